namespace Ams.Workflow.Engine.Feel;

/// <summary>What the nodes of one evaluation read: the variables, the context, local names and the iteration budget.</summary>
/// <param name="Variables">The variables.</param>
/// <param name="Context">The evaluation context (the current instant).</param>
/// <param name="Locals">Names bound by loops, quantifiers, filters and function parameters; null outside them.</param>
/// <param name="Budget">The iteration budget; null when the expression has no loop, filter or function literal.</param>
internal readonly record struct FeelEvaluationScope(
    IFeelVariables Variables,
    FeelEvaluationContext Context,
    FeelLocals? Locals = null,
    FeelEvaluationBudget? Budget = null)
{
    /// <summary>This scope with <paramref name="name"/> bound to <paramref name="value"/>.</summary>
    public FeelEvaluationScope With(string name, object? value) => this with { Locals = new FeelLocals(Locals, name, value, null) };

    /// <summary>This scope inside a filter: <c>item</c> is the item, and a context item's entries are names too.</summary>
    public FeelEvaluationScope WithItem(object? item) =>
        this with { Locals = new FeelLocals(Locals, "item", item, item as IReadOnlyDictionary<string, object?>) };
}
