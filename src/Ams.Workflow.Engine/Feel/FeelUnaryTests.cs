using System.Collections.Frozen;
using Ams.Workflow.Engine.Feel.Nodes;

namespace Ams.Workflow.Engine.Feel;

/// <summary>
/// Parsed FEEL unary tests, a decision table's input entry, with Camunda's semantics: <c>-</c> or an empty entry
/// (any input), comma-separated tests of which one must hold, <c>not(...)</c>, comparisons (<c>&lt; 5</c>), ranges
/// (<c>[1..5]</c>, <c>]1..5[</c>), values compared for equality, and expressions on the input value <c>?</c>.
/// </summary>
public sealed class FeelUnaryTests
{
    private readonly FeelUnaryTestsNode root;
    private readonly bool iterates;

    private FeelUnaryTests(string source, FeelUnaryTestsNode root, IReadOnlySet<string> rootVariables, bool iterates)
    {
        Source = source;
        this.root = root;
        RootVariables = rootVariables;
        this.iterates = iterates;
    }

    /// <summary>The source text the tests were parsed from.</summary>
    public string Source { get; }

    /// <summary>The names of the variables the tests read.</summary>
    public IReadOnlySet<string> RootVariables { get; }

    /// <summary>Parses unary tests; anything outside the subset is an error with a position, never an exception.</summary>
    /// <param name="source">The source, at most 10,000 characters.</param>
    /// <param name="error">Why parsing failed, or <see langword="null"/>.</param>
    /// <returns>The tests, or <see langword="null"/> when parsing failed.</returns>
    public static FeelUnaryTests? Parse(string source, out FeelError? error)
    {
        ArgumentNullException.ThrowIfNull(source);
        error = null;
        if (source.Length > FeelLimits.MaxSourceLength)
        {
            error = new FeelError($"The unary tests have {source.Length} characters: at most {FeelLimits.MaxSourceLength} are allowed.", FeelLimits.MaxSourceLength);
            return null;
        }

        try
        {
            var root = FeelParser.ParseUnaryTests(source, out var rootVariables, out var iterates);
            return new FeelUnaryTests(source, root, rootVariables.ToFrozenSet(StringComparer.Ordinal), iterates);
        }
        catch (FeelSyntaxException exception)
        {
            error = new FeelError(exception.Message, exception.Position);
            return null;
        }
    }

    /// <summary>Applies the tests to <paramref name="input"/>.</summary>
    /// <param name="input">The FEEL value tested (see <see cref="FeelValues"/>), which <c>?</c> stands for.</param>
    /// <param name="variables">The variables the tests may read.</param>
    /// <param name="context">The evaluation context.</param>
    /// <returns>True when the tests hold, false when they do not, null when they cannot tell (types that do not compare).</returns>
    /// <exception cref="FeelEvaluationException">A bound on string or list length was exceeded.</exception>
    public bool? Test(object? input, IFeelVariables variables, FeelEvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(context);
        return root.Test(input, new FeelEvaluationScope(variables, context, Budget: iterates ? new FeelEvaluationBudget() : null));
    }

    /// <summary>The source text.</summary>
    /// <returns>The source text.</returns>
    public override string ToString() => Source;
}
