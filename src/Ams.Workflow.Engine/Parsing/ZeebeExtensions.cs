using System.Xml.Linq;
using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>Reads the <c>zeebe:</c> extension elements Camunda Modeler writes under <c>bpmn:extensionElements</c>.</summary>
internal static class ZeebeExtensions
{
    /// <summary>Extensions that change how an element runs and that this engine does not run: refused, never ignored.</summary>
    private static readonly Dictionary<string, string> Refused = new(StringComparer.Ordinal)
    {
        ["executionListeners"] = "Execution listeners are not supported.",
        ["taskListeners"] = "Task listeners are not supported.",
        ["calledElement"] = "A called element belongs on a call activity.",
        ["calledDecision"] = "A called decision belongs on a business rule task.",
        ["script"] = "A script belongs on a script task.",
        ["loopCharacteristics"] = "Loop characteristics belong inside the activity's bpmn:multiInstanceLoopCharacteristics.",
        ["adHoc"] = "Ad-hoc sub-processes are not supported.",
    };

    public static IEnumerable<XElement> All(XElement element) =>
        element.Elements(BpmnNames.Of("extensionElements")).Elements().Where(e => e.Name.Namespace == BpmnNames.Zeebe);

    public static XElement? Of(XElement element, string localName) =>
        element.Elements(BpmnNames.Of("extensionElements")).Elements(BpmnNames.OfZeebe(localName)).FirstOrDefault();

    public static void RefuseUnsupported(XElement element, ProblemList problems)
    {
        foreach (var extension in All(element))
        {
            var own = (extension.Name.LocalName, element.Name.LocalName) is ("script", "scriptTask") or ("calledElement", "callActivity") or ("calledDecision", "businessRuleTask");
            if (!own && Refused.TryGetValue(extension.Name.LocalName, out var message))
            {
                problems.Error(element, $"{message} (zeebe:{extension.Name.LocalName})");
            }
        }
    }

    public static ZeebeExpression? Expression(XElement? extension, string attribute)
    {
        var raw = (string?)extension?.Attribute(attribute);
        return string.IsNullOrWhiteSpace(raw) ? null : ZeebeExpression.From(raw);
    }

    public static IoMapping IoMapping(XElement element, ProblemList problems)
    {
        var mapping = Of(element, "ioMapping");
        if (mapping is null)
        {
            return Model.IoMapping.None;
        }

        return new IoMapping(Mappings(mapping, "input", element, problems), Mappings(mapping, "output", element, problems));
    }

    public static IReadOnlyDictionary<string, string> Headers(XElement element, ProblemList problems)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        var taskHeaders = Of(element, "taskHeaders");
        if (taskHeaders is null)
        {
            return headers;
        }

        foreach (var header in taskHeaders.Elements(BpmnNames.OfZeebe("header")))
        {
            var key = (string?)header.Attribute("key");
            if (string.IsNullOrWhiteSpace(key))
            {
                problems.Error(element, "A task header has no key.");
            }
            else if (!headers.TryAdd(key, (string?)header.Attribute("value") ?? ""))
            {
                problems.Error(element, $"The task header '{key}' is defined twice.");
            }
        }

        return headers;
    }

    private static List<VariableMapping> Mappings(XElement mapping, string kind, XElement element, ProblemList problems)
    {
        var result = new List<VariableMapping>();
        foreach (var entry in mapping.Elements(BpmnNames.OfZeebe(kind)))
        {
            var source = (string?)entry.Attribute("source");
            var target = (string?)entry.Attribute("target");
            if (string.IsNullOrWhiteSpace(target))
            {
                problems.Error(element, $"An {kind} mapping has no target variable.");
                continue;
            }

            // Camunda treats a missing source as null: the target variable is created empty.
            result.Add(new VariableMapping(ZeebeExpression.From(string.IsNullOrWhiteSpace(source) ? "=null" : source), target.Trim()));
        }

        return result;
    }
}
