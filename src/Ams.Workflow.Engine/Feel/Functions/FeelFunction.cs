namespace Ams.Workflow.Engine.Feel.Functions;

/// <summary>A built-in function: its FEEL name, the argument counts it accepts and its body.</summary>
internal sealed class FeelFunction(string name, int[] arities, FeelFunctionBody body)
{
    public string Name { get; } = name;

    public IReadOnlyList<int> Arities { get; } = arities;

    public FeelFunctionBody Body { get; } = body;

    public bool Accepts(int argumentCount) => Arities.Contains(argumentCount);

    /// <summary>How the accepted counts read in an error message, e.g. "1 or 3 arguments".</summary>
    public string DescribeArities()
    {
        var counts = Arities.Count == 1
            ? Arities[0].ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Join(", ", Arities.Take(Arities.Count - 1)) + " or " + Arities[^1];
        return counts + (Arities is [1] ? " argument" : " arguments");
    }
}
