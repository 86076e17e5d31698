using System.Text.RegularExpressions;
using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>What a multi-instance marker needs to run: a FEEL input collection, variable names, an output pair.</summary>
internal static partial class MultiInstanceRules
{
    public static void Validate(Activity activity, ProblemList problems)
    {
        if (activity.Loop is not { } loop)
        {
            return;
        }

        if (loop.InputCollection is null)
        {
            problems.Error(activity, "The multi-instance activity has no input collection: set zeebe:loopCharacteristics inputCollection, e.g. \"=items\".");
        }
        else if (!loop.InputCollection.IsExpression)
        {
            problems.Error(activity, $"The input collection '{loop.InputCollection.Raw}' is a literal, not a list: write it as a FEEL expression starting with '=', e.g. \"={loop.InputCollection.Raw.Trim()}\".");
        }

        if (loop.OutputElement is not null && loop.OutputCollection is null)
        {
            problems.Error(activity, "The multi-instance activity has an output element but no output collection to gather it in: set outputCollection.");
        }

        if (loop.OutputCollection is not null && loop.OutputElement is null)
        {
            problems.Error(activity, $"The multi-instance activity collects into '{loop.OutputCollection}' but has no output element saying what to collect: set outputElement.");
        }

        foreach (var (what, name) in new[] { ("input element", loop.InputElement), ("output collection", loop.OutputCollection) })
        {
            if (name is not null && !VariableName().IsMatch(name))
            {
                problems.Error(activity, $"The {what} '{name}' is not a variable name: use letters, digits and '_', starting with a letter or '_'.");
            }
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariableName();
}
