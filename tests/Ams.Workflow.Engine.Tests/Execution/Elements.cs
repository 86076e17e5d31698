namespace Ams.Workflow.Engine.Tests.Execution;

/// <summary>Short BPMN fragments for execution tests, written as Camunda Modeler writes them.</summary>
public static class Elements
{
    public static string Start(string id = "start") => $"""<bpmn:startEvent id="{id}" />""";

    public static string End(string id = "end") => $"""<bpmn:endEvent id="{id}" />""";

    public static string Flow(string id, string from, string to, string? condition = null) => condition is null
        ? $"""<bpmn:sequenceFlow id="{id}" sourceRef="{from}" targetRef="{to}" />"""
        : $"""<bpmn:sequenceFlow id="{id}" sourceRef="{from}" targetRef="{to}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{System.Security.SecurityElement.Escape(condition)}</bpmn:conditionExpression></bpmn:sequenceFlow>""";

    public static string Service(string id, string type, string extensions = "", string retries = "") =>
        $"""<bpmn:serviceTask id="{id}" name="{id}"><bpmn:extensionElements><zeebe:taskDefinition type="{type}" {(retries.Length > 0 ? $"retries=\"{retries}\"" : "")} />{extensions}</bpmn:extensionElements></bpmn:serviceTask>""";

    public static string User(string id, string extensions = """<zeebe:assignmentDefinition candidateGroups="verifier" />""") =>
        $"""<bpmn:userTask id="{id}" name="{id}"><bpmn:extensionElements><zeebe:userTask />{extensions}</bpmn:extensionElements></bpmn:userTask>""";

    public static string Message(string id, string name, string correlationKey) =>
        $"""<bpmn:message id="{id}" name="{name}"><bpmn:extensionElements><zeebe:subscription correlationKey="{correlationKey}" /></bpmn:extensionElements></bpmn:message>""";

    /// <summary>A chain start → nodes… → end, connected in order.</summary>
    public static string Chain(params string[] nodes)
    {
        var ids = new List<string> { "start" };
        ids.AddRange(nodes.Select(IdOf));
        ids.Add("end");
        var flows = ids.Zip(ids.Skip(1), (a, b) => Flow($"f_{a}_{b}", a, b));
        return Start() + string.Concat(nodes) + End() + string.Concat(flows);
    }

    private static string IdOf(string node)
    {
        var at = node.IndexOf("id=\"", StringComparison.Ordinal) + 4;
        return node[at..node.IndexOf('"', at)];
    }
}
