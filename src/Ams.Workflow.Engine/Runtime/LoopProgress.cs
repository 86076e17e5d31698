namespace Ams.Workflow.Engine.Runtime;

/// <summary>How far the body of a multi-instance activity has got: inner instances created, completed and terminated.</summary>
public sealed class LoopProgress
{
    /// <summary>How many inner instances the body runs: the size of the input collection.</summary>
    public int Total { get; set; }

    /// <summary>How many inner instances have been created so far.</summary>
    public int Started { get; set; }

    /// <summary>How many inner instances completed.</summary>
    public int Completed { get; set; }

    /// <summary>How many inner instances were terminated because the completion condition was met.</summary>
    public int Terminated { get; set; }

    /// <summary>Inner instances created and not yet completed or terminated.</summary>
    public int Active => Started - Completed - Terminated;
}
