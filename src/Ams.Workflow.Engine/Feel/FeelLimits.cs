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
}
