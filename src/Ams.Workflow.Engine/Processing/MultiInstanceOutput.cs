using System.Text.RegularExpressions;
using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>Where the output of a multi-instance activity lives: per inner instance, then in the body's output collection.</summary>
internal static partial class MultiInstanceOutput
{
    /// <summary>
    /// The variable an output element such as <c>=result</c> or <c>=result.total</c> reads, which each inner instance
    /// holds locally; null when the output element is any other expression or names the input element.
    /// </summary>
    public static string? LocalVariableOf(MultiInstanceLoop loop)
    {
        if (loop.OutputElement?.Feel?.Source.Trim() is not { } source || !VariablePath().IsMatch(source))
        {
            return null;
        }

        var root = source.Split('.')[0];
        return root == loop.InputElement ? null : root;
    }

    /// <summary>A completing body hands its output collection to the scope around it.</summary>
    public static void Propagate(ProcessingContext context, ElementInstance body, Activity activity)
    {
        if (activity.Loop?.OutputCollection is { } name && body.Variables?[name] is { } collected)
        {
            context.VariablesOf(body.ScopeKey).Propagate(name, collected.DeepClone());
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex VariablePath();
}
