namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary><c>function(x, y) body</c>: a function value closed over the current scope, for built-ins such as <c>sort</c>.</summary>
internal sealed class FeelFunctionLiteralNode(int position, string[] parameters, FeelNode body) : FeelNode(position, DepthOf(body))
{
    public override object? Evaluate(in FeelEvaluationScope scope) => new FeelFunctionValue(parameters, body, scope);
}
