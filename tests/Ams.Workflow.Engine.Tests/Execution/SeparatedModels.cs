using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

/// <summary>Models whose user tasks declare a separation of duties in their task headers.</summary>
public static class SeparatedModels
{
    /// <summary>Two approvals on parallel branches: whoever completes one may not complete the other (declared on <c>legal</c> only).</summary>
    public static readonly string ParallelApprovals = Bpmn.Process(
        Start() + """<bpmn:parallelGateway id="fork" /><bpmn:parallelGateway id="join" />"""
        + User("legal", Headers(("separateFrom", "security"))) + User("security") + End()
        + Flow("f0", "start", "fork") + Flow("fa", "fork", "legal") + Flow("fb", "fork", "security")
        + Flow("ja", "legal", "join") + Flow("jb", "security", "join") + Flow("f1", "join", "end"));

    /// <summary>A user task's extensions with candidate group <c>verifier</c> and the given task headers.</summary>
    public static string Headers(params (string Key, string Value)[] headers) =>
        """<zeebe:assignmentDefinition candidateGroups="verifier" /><zeebe:taskHeaders>"""
        + string.Concat(headers.Select(h => $"""<zeebe:header key="{h.Key}" value="{h.Value}" />"""))
        + "</zeebe:taskHeaders>";
}
