using System.Xml.Linq;
using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>Reads an activity's <c>bpmn:multiInstanceLoopCharacteristics</c> and the <c>zeebe:loopCharacteristics</c> inside it.</summary>
internal static class MultiInstanceReader
{
    /// <summary>The marker of <paramref name="activity"/>, or null when it runs once.</summary>
    public static MultiInstanceLoop? Read(XElement activity)
    {
        var marker = activity.Element(BpmnNames.Of("multiInstanceLoopCharacteristics"));
        if (marker is null)
        {
            return null;
        }

        var zeebe = ZeebeExtensions.Of(marker, "loopCharacteristics");
        var completion = marker.Element(BpmnNames.Of("completionCondition"))?.Value;
        return new MultiInstanceLoop
        {
            IsSequential = string.Equals(((string?)marker.Attribute("isSequential"))?.Trim(), "true", StringComparison.Ordinal),
            InputCollection = ZeebeExtensions.Expression(zeebe, "inputCollection"),
            InputElement = Name(zeebe, "inputElement"),
            OutputCollection = Name(zeebe, "outputCollection"),
            OutputElement = ZeebeExtensions.Expression(zeebe, "outputElement"),
            CompletionCondition = string.IsNullOrWhiteSpace(completion) ? null : ZeebeExpression.Condition(completion.Trim()),
        };
    }

    private static string? Name(XElement? extension, string attribute) =>
        ((string?)extension?.Attribute(attribute))?.Trim() is { Length: > 0 } name ? name : null;
}
