using System.Text.RegularExpressions;

namespace Ams.Workflow.Engine.Feel.Functions;

/// <summary>
/// Regular expressions for <c>matches</c>, <c>replace</c> and <c>split</c>, sandboxed: the linear-time engine where the
/// pattern allows it, otherwise a backtracking one with a match timeout that ends the evaluation with an error.
/// </summary>
internal static class FeelRegex
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>The regular expression for a pattern and FEEL flags (<c>i s m x</c>); null when either is invalid.</summary>
    public static Regex? Create(string pattern, string? flags = null)
    {
        var options = RegexOptions.CultureInvariant;
        foreach (var flag in flags ?? string.Empty)
        {
            options |= flag switch
            {
                'i' => RegexOptions.IgnoreCase,
                's' => RegexOptions.Singleline,
                'm' => RegexOptions.Multiline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => (RegexOptions)(-1),
            };
            if (options == (RegexOptions)(-1))
            {
                return null;
            }
        }

        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking, Timeout);
        }
        catch (NotSupportedException)
        {
            return CreateBacktracking(pattern, options);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Runs a regular expression operation, turning a timeout into a bounded evaluation error.</summary>
    public static T Run<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (RegexMatchTimeoutException exception)
        {
            throw new FeelEvaluationException("A regular expression took too long to match.", exception);
        }
    }

    private static Regex? CreateBacktracking(string pattern, RegexOptions options)
    {
        try
        {
            return new Regex(pattern, options, Timeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
