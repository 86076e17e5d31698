namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>
/// A member of a computed value: an entry of a context (<c>{a: 1}.a</c>), a property of a date, date-time or
/// duration (<c>now().year</c>), or that member of every item of a list. Null when the value has no such member.
/// </summary>
internal sealed class FeelMemberNode(int position, FeelNode target, string member) : FeelNode(position, DepthOf(target))
{
    public override object? Evaluate(in FeelEvaluationScope scope) => FeelPath.Member(target.Evaluate(scope), member);
}
