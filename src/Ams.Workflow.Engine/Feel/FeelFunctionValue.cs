using Ams.Workflow.Engine.Feel.Nodes;

namespace Ams.Workflow.Engine.Feel;

/// <summary>
/// A function literal such as <c>function(x, y) x &lt; y</c>, closed over the scope it was written in. Built-in
/// functions that take a function (<c>sort</c>) call it; as a variable it is written as null.
/// </summary>
public sealed class FeelFunctionValue
{
    private readonly string[] parameters;
    private readonly FeelNode body;
    private readonly FeelEvaluationScope scope;

    internal FeelFunctionValue(string[] parameters, FeelNode body, FeelEvaluationScope scope)
    {
        this.parameters = parameters;
        this.body = body;
        this.scope = scope;
    }

    /// <summary>How many parameters the function declares.</summary>
    public int ParameterCount => parameters.Length;

    internal object? Invoke(params ReadOnlySpan<object?> arguments)
    {
        scope.Budget?.Spend(1);
        var inner = scope;
        for (var i = 0; i < parameters.Length; i++)
        {
            inner = inner.With(parameters[i], i < arguments.Length ? arguments[i] : null);
        }

        return body.Evaluate(inner);
    }

    /// <summary>The function as FEEL text.</summary>
    /// <returns>A short description naming the parameters.</returns>
    public override string ToString() => $"function({string.Join(", ", parameters)})";
}
