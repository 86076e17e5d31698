namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary><c>?</c> in a unary test: the value the test is applied to (a decision table input's value).</summary>
internal sealed class FeelInputValueNode(int position) : FeelNode(position, 1)
{
    /// <summary>The local name the input value is bound to; not a valid FEEL name, so no variable can hide it.</summary>
    public const string LocalName = "?";

    public override object? Evaluate(in FeelEvaluationScope scope) =>
        scope.Locals is not null && scope.Locals.TryGet(LocalName, out var input) ? input : null;
}
