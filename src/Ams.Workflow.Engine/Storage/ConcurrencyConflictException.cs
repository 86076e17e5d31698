namespace Ams.Workflow.Engine.Storage;

/// <summary>Another command changed the instance (or took the job lease) first; nothing was written.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);
