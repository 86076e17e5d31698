namespace Ams.Workflow.Engine.Model;

/// <summary>
/// The multi-instance marker of an activity (<c>bpmn:multiInstanceLoopCharacteristics</c> with
/// <c>zeebe:loopCharacteristics</c>): the activity runs once per item of a collection, one after the other or all at once.
/// </summary>
public sealed class MultiInstanceLoop
{
    /// <summary>Whether the inner instances run one after the other (<c>isSequential="true"</c>) instead of all at once.</summary>
    public bool IsSequential { get; init; }

    /// <summary>The FEEL expression giving the list to iterate over; null only in a model that fails validation.</summary>
    public ZeebeExpression? InputCollection { get; init; }

    /// <summary>The variable, local to each inner instance, that holds its item; none when null.</summary>
    public string? InputElement { get; init; }

    /// <summary>The variable that collects each inner instance's <see cref="OutputElement"/>, in the input's order.</summary>
    public string? OutputCollection { get; init; }

    /// <summary>The FEEL expression, evaluated when an inner instance completes, whose value is collected.</summary>
    public ZeebeExpression? OutputElement { get; init; }

    /// <summary>The FEEL condition checked after each inner completion; when true the remaining inner instances are terminated.</summary>
    public ZeebeExpression? CompletionCondition { get; init; }
}
