namespace Ams.Web.Operations.Audit;

/// <summary>
/// What the host asks the audit trail to record: the event's type (<see cref="AuditEventTypes"/>), a short detail, and the
/// request or certificate it concerns. Who and from where is taken from the call (<see cref="AuditActor"/>).
/// </summary>
/// <param name="Type">One of <see cref="AuditEventTypes"/>.</param>
/// <param name="Detail">A short description (at most 1000 characters are kept).</param>
/// <param name="RequestId">The holder's request it concerns, if any.</param>
/// <param name="SerialNumber">The certificate it concerns (hex serial), if any.</param>
public sealed record AuditEvent(string Type, string? Detail = null, Guid? RequestId = null, string? SerialNumber = null)
{
    /// <summary>A BPMN model deployed as a new version.</summary>
    public static AuditEvent Deployed(string processId, int version) => new(AuditEventTypes.ModelDeployed, $"{processId} version {version}");

    /// <summary>A DMN decision requirements graph deployed as a new version.</summary>
    public static AuditEvent DecisionsDeployed(string decisionRequirementsId, int version) =>
        new(AuditEventTypes.DecisionsDeployed, $"{decisionRequirementsId} version {version}");
}
