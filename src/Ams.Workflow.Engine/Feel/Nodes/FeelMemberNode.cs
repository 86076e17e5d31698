namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>
/// A member of a computed value: an entry of a context (<c>{a: 1}.a</c>) or a property of a date, date-time or
/// duration (<c>now().year</c>). Null when the value has no such member.
/// </summary>
internal sealed class FeelMemberNode(int position, FeelNode target, string member) : FeelNode(position, DepthOf(target))
{
    public override object? Evaluate(in FeelEvaluationScope scope) => target.Evaluate(scope) switch
    {
        IReadOnlyDictionary<string, object?> context => context.TryGetValue(member, out var value) ? value : null,
        var other => FeelTemporalProperties.TryGet(other, member, out var property) ? property : null,
    };
}
