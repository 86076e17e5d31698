namespace Ams.Workflow.Engine.Dmn;

/// <summary>What a <see cref="HitPolicy.Collect"/> table makes of its matched outputs.</summary>
public enum CollectAggregation
{
    /// <summary>The list of outputs.</summary>
    None,

    /// <summary>The sum of the numbers.</summary>
    Sum,

    /// <summary>The smallest number.</summary>
    Min,

    /// <summary>The largest number.</summary>
    Max,

    /// <summary>How many rules matched.</summary>
    Count,
}
