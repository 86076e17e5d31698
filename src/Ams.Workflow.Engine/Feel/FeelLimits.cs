namespace Ams.Workflow.Engine.Feel;

/// <summary>The bounds that keep parsing and evaluation small and predictable.</summary>
internal static class FeelLimits
{
    public const int MaxSourceLength = 10_000;

    public const int MaxNestingDepth = 64;

    // Chains such as a + b + c ... build a deep tree without any parentheses; evaluation recurses on it.
    public const int MaxTreeDepth = 256;

    public const int MaxStringLength = 1_000_000;

    public const int MaxListLength = 100_000;

    public const int MaxJsonDepth = 256;

    // Loop bodies, filter tests, quantifier tests and calls of function literals in one evaluation.
    public const long MaxIterations = 1_000_000;

    // The largest whole exponent of '**' computed exactly; a larger one goes through double precision.
    public const int MaxExactExponent = 1_000;

    public static void CheckListLength(long length, string what)
    {
        if (length > MaxListLength)
        {
            throw new FeelEvaluationException($"{what} would have {length} items; at most {MaxListLength} are allowed.");
        }
    }

    public static void CheckStringLength(long length, string what)
    {
        if (length > MaxStringLength)
        {
            throw new FeelEvaluationException($"{what} would produce {length} characters; at most {MaxStringLength} are allowed.");
        }
    }
}
