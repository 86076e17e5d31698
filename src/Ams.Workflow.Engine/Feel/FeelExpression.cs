namespace Ams.Workflow.Engine.Feel;

/// <summary>A parsed FEEL expression (placeholder until the evaluator lands).</summary>
public sealed class FeelExpression
{
    private FeelExpression(string source) => Source = source;

    /// <summary>The expression text, without the leading <c>=</c>.</summary>
    public string Source { get; }

    /// <summary>Root variable names the expression reads.</summary>
    public IReadOnlySet<string> RootVariables { get; } = new HashSet<string>();

    /// <summary>Parses an expression; never throws for bad input.</summary>
    public static FeelParseResult Parse(string source) => new(new FeelExpression(source), null);

    /// <summary>Evaluates the expression.</summary>
    public object? Evaluate(IFeelVariables variables, FeelEvaluationContext context) =>
        variables.TryGetVariable(Source.Trim(), out var value) ? FeelValues.FromJson(value) : null;
}
