using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Feel;

namespace Ams.Workflow.Engine.Dmn;

/// <summary>
/// The decisions of one DMN resource (its <c>definitions</c>), evaluated as dmn-scala does: a decision's required
/// decisions are evaluated first, and each one's result is visible to it as a variable named by the required decision's id.
/// </summary>
public sealed class DecisionRequirementsGraph
{
    private readonly Dictionary<string, Decision> decisions;

    /// <summary>Creates a graph; the parser has checked that every required decision exists and that none requires itself.</summary>
    /// <param name="id">The <c>definitions</c> id.</param>
    /// <param name="name">The <c>definitions</c> name.</param>
    /// <param name="decisions">The decisions.</param>
    public DecisionRequirementsGraph(string id, string? name, IReadOnlyList<Decision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        Id = id;
        Name = name;
        Decisions = decisions;
        this.decisions = decisions.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>The decision requirements id (the <c>definitions</c> id).</summary>
    public string Id { get; }

    /// <summary>The name.</summary>
    public string? Name { get; }

    /// <summary>The decisions, in document order.</summary>
    public IReadOnlyList<Decision> Decisions { get; }

    /// <summary>Whether the graph holds a decision with this id.</summary>
    /// <param name="decisionId">The decision id.</param>
    /// <returns>True when it does.</returns>
    public bool Contains(string decisionId) => decisions.ContainsKey(decisionId);

    /// <summary>Evaluates a decision with its required decisions.</summary>
    /// <param name="decisionId">The decision id.</param>
    /// <param name="variables">The variables the decisions read.</param>
    /// <param name="context">The FEEL evaluation context.</param>
    /// <returns>The value, or an error that names the decision and the reason.</returns>
    public DecisionResult Evaluate(string decisionId, IFeelVariables variables, FeelEvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(decisionId);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(context);
        if (!decisions.ContainsKey(decisionId))
        {
            return new DecisionResult(null, $"No decision '{decisionId}' in the decision requirements graph '{Id}'.");
        }

        var evaluating = decisionId;
        try
        {
            return new DecisionResult(EvaluateWithRequired(decisionId, variables, context, new Dictionary<string, object?>(StringComparer.Ordinal), ref evaluating), null);
        }
        catch (Exception e) when (e is DecisionEvaluationException or FeelEvaluationException)
        {
            return new DecisionResult(null, $"The decision '{evaluating}' failed to evaluate: {e.Message}");
        }
    }

    private object? EvaluateWithRequired(string decisionId, IFeelVariables variables, FeelEvaluationContext context, Dictionary<string, object?> results, ref string evaluating)
    {
        if (results.TryGetValue(decisionId, out var known))
        {
            return known;
        }

        var decision = decisions[decisionId];
        var required = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var requiredId in decision.RequiredDecisionIds)
        {
            required[requiredId] = FeelValues.ToJson(EvaluateWithRequired(requiredId, variables, context, results, ref evaluating));
        }

        evaluating = decisionId;
        var value = decision.Logic.Evaluate(required.Count == 0 ? variables : new DecisionVariables(variables, required), context);
        results[decisionId] = value;
        return value;
    }
}
