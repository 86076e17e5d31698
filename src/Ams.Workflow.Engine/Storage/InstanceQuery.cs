using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Storage;

/// <summary>Which process instances to list, newest first; every filter is optional.</summary>
public sealed record InstanceQuery
{
    /// <summary>Only instances of this process.</summary>
    public string? ProcessId { get; init; }

    /// <summary>Only instances of this version.</summary>
    public int? Version { get; init; }

    /// <summary>Only instances in this state.</summary>
    public ProcessInstanceState? State { get; init; }

    /// <summary>Only instances with (true) or without (false) an open incident.</summary>
    public bool? WithIncidents { get; init; }

    /// <summary>Only the instance of this business key (for this product, a request id).</summary>
    public string? BusinessKey { get; init; }

    /// <summary>At most this many.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>Skips this many of the newest first, for the next page.</summary>
    public int Offset { get; init; }
}
