using System.Collections.Frozen;
using Ams.Workflow.Engine.Feel.Nodes;

namespace Ams.Workflow.Engine.Feel;

/// <summary>
/// A parsed FEEL expression of the supported subset. Parse once, evaluate many times; evaluation is sandboxed
/// (no clock, files, reflection or network) and bounded.
/// </summary>
/// <remarks>
/// The subset, with Camunda 8's semantics, is listed in <c>docs/feel.md</c>: literals, paths, arithmetic with
/// <c>**</c>, comparisons, <c>and or</c>, <c>in</c> with unary tests and ranges, <c>between</c>, <c>if</c>, filters and
/// indexes, <c>for</c>, <c>some</c>/<c>every</c>, function literals as arguments, and Camunda's built-in functions.
/// Anything else is a parse error with its position.
/// </remarks>
public sealed class FeelExpression
{
    private readonly FeelNode root;
    private readonly bool iterates;

    private FeelExpression(string source, FeelNode root, IReadOnlySet<string> rootVariables, bool iterates)
    {
        Source = source;
        this.root = root;
        RootVariables = rootVariables;
        this.iterates = iterates;
    }

    /// <summary>The source text the expression was parsed from.</summary>
    public string Source { get; }

    /// <summary>The names of the variables the expression reads, e.g. <c>a</c> and <c>c</c> for <c>a.b + c</c>.</summary>
    public IReadOnlySet<string> RootVariables { get; }

    /// <summary>
    /// Parses a FEEL expression: the text after the leading <c>=</c> of a Zeebe expression. Anything outside the
    /// subset is an error with a position, never an exception.
    /// </summary>
    /// <param name="source">The FEEL source, at most 10,000 characters.</param>
    /// <returns>The expression, or the first error found.</returns>
    public static FeelParseResult Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Length > FeelLimits.MaxSourceLength)
        {
            return Failure(
                $"The expression has {source.Length} characters at position {FeelLimits.MaxSourceLength}: at most {FeelLimits.MaxSourceLength} are allowed.",
                FeelLimits.MaxSourceLength);
        }

        try
        {
            var root = FeelParser.Parse(source, out var rootVariables, out var iterates);
            var expression = new FeelExpression(source, root, rootVariables.ToFrozenSet(StringComparer.Ordinal), iterates);
            return new FeelParseResult(expression, null);
        }
        catch (FeelSyntaxException exception)
        {
            return Failure(exception.Message, exception.Position);
        }
    }

    /// <summary>Evaluates the expression.</summary>
    /// <param name="variables">The variables it may read.</param>
    /// <param name="context">The evaluation context; <c>now()</c> and <c>today()</c> come from it.</param>
    /// <returns>A FEEL value (see <see cref="FeelValues"/>); type mismatches and invalid arguments give null.</returns>
    /// <exception cref="FeelEvaluationException">A bound on string or list length was exceeded.</exception>
    public object? Evaluate(IFeelVariables variables, FeelEvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(context);
        return root.Evaluate(new FeelEvaluationScope(variables, context, Budget: iterates ? new FeelEvaluationBudget() : null));
    }

    /// <summary>The source text.</summary>
    /// <returns>The source text.</returns>
    public override string ToString() => Source;

    private static FeelParseResult Failure(string message, int position) => new(null, new FeelError(message, position));
}
