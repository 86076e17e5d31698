namespace Ams.Workflow.Engine.Runtime;

/// <summary>
/// A change to the host's own rows (a holder's request, say) that must commit with a command's step or not at all.
/// The engine only carries it in <see cref="InstanceChanges.HostWrites"/>; the store that commits the step knows how to
/// write the kinds it supports, inside the step's transaction.
/// </summary>
public interface IHostWrite;
