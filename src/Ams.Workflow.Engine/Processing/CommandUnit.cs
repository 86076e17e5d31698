namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// The instances one command changes: the instance it was sent to, the instances its call activities started, and the
/// parents and children it settled with (a child's end completes the parent's call activity; a terminated call
/// activity cancels its child). They are committed together, so no crash leaves a parent waiting for a child that
/// already ended, or a child running for a call activity that is gone.
/// </summary>
internal sealed class CommandUnit
{
    private readonly List<ProcessingContext> contexts = [];

    public CommandUnit(ProcessingContext first) => contexts.Add(first);

    /// <summary>Every instance of the unit, the command's own first.</summary>
    public IReadOnlyList<ProcessingContext> Contexts => contexts;

    /// <summary>The instances this command's call activities started.</summary>
    public int StartedCount => contexts.Count(c => c.Changes.ExpectedRevision < 0 && c.Instance.ParentInstanceId is not null);

    public void Add(ProcessingContext context) => contexts.Add(context);

    public void Remove(ProcessingContext context) => contexts.Remove(context);

    /// <summary>The unit's context for an instance, when it already holds one.</summary>
    public ProcessingContext? Find(Guid instanceId) => contexts.Find(c => c.Instance.Id == instanceId);
}
