namespace Ams.Workflow.Engine.Model;

/// <summary>
/// A script task with a FEEL expression (<c>zeebe:script</c>): evaluated on activation, its value stored in the result
/// variable. A script task with a job type instead is read as a <see cref="ServiceTask"/>.
/// </summary>
public sealed class ScriptTask(string id, string? name, ZeebeExpression? expression, string? resultVariable) : Activity(id, name)
{
    /// <summary>The expression; null only in a model that fails validation.</summary>
    public ZeebeExpression? Expression { get; } = expression;

    /// <summary>The variable that receives the value; null only in a model that fails validation.</summary>
    public string? ResultVariable { get; } = resultVariable;

    /// <inheritdoc />
    public override string ElementType => "scriptTask";
}
