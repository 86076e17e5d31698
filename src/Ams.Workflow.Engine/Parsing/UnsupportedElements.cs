using System.Xml.Linq;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>What the engine says about BPMN elements outside its subset, and which elements it reads past.</summary>
internal static class UnsupportedElements
{
    /// <summary>Elements that carry no execution semantics: diagram notes, lanes, data references.</summary>
    public static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "documentation", "extensionElements", "incoming", "outgoing", "laneSet", "textAnnotation", "association", "group",
        "dataObject", "dataObjectReference", "dataStoreReference", "property", "ioSpecification",
        // Read with the activity that carries it (a sub-process's marker is one of its children).
        "multiInstanceLoopCharacteristics",
    };

    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["receiveTask"] = "Receive tasks are not supported; use a message intermediate catch event.",
        ["complexGateway"] = "Complex gateways are not supported.",
        ["transaction"] = "Transaction sub-processes are not supported; use an embedded sub-process.",
        ["adHocSubProcess"] = "Ad-hoc sub-processes are not supported.",
    };

    public static void Report(XElement element, ProblemList problems) =>
        problems.Error(element, Reasons.TryGetValue(element.Name.LocalName, out var reason)
            ? reason
            : $"'{element.Name.LocalName}' elements are not supported.");

    /// <summary>Refuses markers that change how an activity runs and that the engine does not run: loops, compensation.</summary>
    public static bool RefuseMarkers(XElement element, ProblemList problems)
    {
        var refused = false;
        if (element.Element(BpmnNames.Of("standardLoopCharacteristics")) is not null)
        {
            problems.Error(element, "Loop activities are not supported; model the loop with an exclusive gateway.");
            refused = true;
        }

        if (string.Equals((string?)element.Attribute("isForCompensation"), "true", StringComparison.Ordinal))
        {
            problems.Error(element, "Compensation activities are not supported.");
            refused = true;
        }

        return refused;
    }
}
