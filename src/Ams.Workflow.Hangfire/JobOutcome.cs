using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Hangfire;

/// <summary>What an in-process worker reports for a job: completed, failed, or a BPMN error.</summary>
public abstract record JobOutcome
{
    /// <summary>Completed, with variables, outbox rows and the host's own writes committed in the same transaction.</summary>
    public static JobOutcome Complete(JsonObject? variables = null, IReadOnlyList<OutboxMessage>? outbox = null, IReadOnlyList<IHostWrite>? alsoWrite = null) =>
        new Completed(variables, outbox ?? [], alsoWrite ?? []);

    /// <summary>Failed; the engine retries after a back-off while retries are left, then raises an incident.</summary>
    public static JobOutcome Fail(string message) => new Failed(message);

    /// <summary>A business error for an error boundary event to catch.</summary>
    public static JobOutcome Error(string errorCode, string? message = null) => new BpmnError(errorCode, message);

    /// <summary>Completed.</summary>
    public sealed record Completed(JsonObject? Variables, IReadOnlyList<OutboxMessage> Outbox, IReadOnlyList<IHostWrite> HostWrites) : JobOutcome;

    /// <summary>Failed.</summary>
    public sealed record Failed(string Message) : JobOutcome;

    /// <summary>A BPMN error.</summary>
    public sealed record BpmnError(string ErrorCode, string? Message) : JobOutcome;
}
