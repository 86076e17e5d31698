namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>
/// <c>is defined(x)</c>: for a variable path, whether it resolves (a null value still counts as defined);
/// for any other argument, true once it is evaluated. Never an error.
/// </summary>
internal sealed class FeelIsDefinedNode(int position, FeelNode argument) : FeelNode(position, DepthOf(argument))
{
    public override object? Evaluate(in FeelEvaluationScope scope)
    {
        if (argument is FeelVariableNode variable)
        {
            return FeelBooleans.Box(variable.Exists(scope));
        }

        argument.Evaluate(scope);
        return FeelBooleans.True;
    }
}
