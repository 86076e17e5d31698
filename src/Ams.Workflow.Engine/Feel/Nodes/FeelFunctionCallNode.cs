using Ams.Workflow.Engine.Feel.Functions;

namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>A call of a built-in function; the parser has checked the name and the argument count.</summary>
internal sealed class FeelFunctionCallNode(int position, FeelFunction function, FeelNode[] arguments)
    : FeelNode(position, DepthOf(arguments))
{
    public override object? Evaluate(in FeelEvaluationScope scope)
    {
        var values = arguments.Length == 0 ? [] : new object?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            values[i] = arguments[i].Evaluate(scope);
        }

        return function.Body(values, scope.Context);
    }
}
