using System.Globalization;

namespace Ams.Workflow.Engine.Feel.Functions;

/// <summary>
/// A built-in function: its FEEL name, its parameter names (for named arguments, as Camunda documents them), the
/// argument counts it accepts, and its body. A variadic function takes any count from <see cref="VariadicFrom"/> up.
/// </summary>
internal sealed class FeelFunction(string name, string[] parameters, int[] arities, FeelFunctionBody body, int variadicFrom = int.MaxValue)
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Parameters { get; } = parameters;

    public IReadOnlyList<int> Arities { get; } = arities;

    public int VariadicFrom { get; } = variadicFrom;

    public FeelFunctionBody Body { get; } = body;

    public bool Accepts(int argumentCount) => Arities.Contains(argumentCount) || argumentCount >= VariadicFrom;

    /// <summary>How the accepted counts read in an error message, e.g. "1 or 3 arguments" or "at least 1 argument".</summary>
    public string DescribeArities()
    {
        var counts = Arities.Count == 1
            ? Arities[0].ToString(CultureInfo.InvariantCulture)
            : string.Join(", ", Arities.Take(Arities.Count - 1)) + " or " + Arities[^1];
        if (VariadicFrom != int.MaxValue)
        {
            counts = Arities.Count == 0 ? $"at least {VariadicFrom}" : $"{counts} or at least {VariadicFrom}";
        }

        return counts + (counts is "1" or "at least 1" ? " argument" : " arguments");
    }
}
