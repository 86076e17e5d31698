using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Feel;

namespace Ams.Workflow.Engine.Dmn;

/// <summary>The outcome of evaluating a decision: its value, or why it could not be evaluated.</summary>
/// <param name="Value">The FEEL value (see <see cref="FeelValues"/>): one output's value, a context of several, or a list of them.</param>
/// <param name="Error">Why evaluation failed, naming the decision; null when it succeeded.</param>
public sealed record DecisionResult(object? Value, string? Error)
{
    /// <summary>Whether evaluation failed.</summary>
    public bool Failed => Error is not null;

    /// <summary>The value as JSON, as it is stored in a variable.</summary>
    /// <returns>The JSON value; <see langword="null"/> for a FEEL null.</returns>
    public JsonNode? ToJson() => FeelValues.ToJson(Value);
}
