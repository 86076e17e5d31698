namespace Ams.Workflow.Engine.Tests.Execution;

/// <summary>Multi-instance markers for execution tests, written as Camunda Modeler writes them.</summary>
public static class MultiInstance
{
    /// <summary>Puts a multi-instance marker inside <paramref name="activity"/>, after its extension elements.</summary>
    public static string Loop(
        string activity,
        string inputCollection,
        string? inputElement = "item",
        string? outputCollection = null,
        string? outputElement = null,
        string? completionCondition = null,
        bool sequential = false)
    {
        var attributes = $"""inputCollection="{Escape(inputCollection)}" """
            + (inputElement is null ? "" : $"""inputElement="{inputElement}" """)
            + (outputCollection is null ? "" : $"""outputCollection="{outputCollection}" """)
            + (outputElement is null ? "" : $"""outputElement="{Escape(outputElement)}" """);
        var condition = completionCondition is null
            ? ""
            : $"""<bpmn:completionCondition xsi:type="bpmn:tFormalExpression">{Escape(completionCondition)}</bpmn:completionCondition>""";
        var marker = $"""<bpmn:multiInstanceLoopCharacteristics{(sequential ? " isSequential=\"true\"" : "")}><bpmn:extensionElements><zeebe:loopCharacteristics {attributes}/></bpmn:extensionElements>{condition}</bpmn:multiInstanceLoopCharacteristics>""";
        var close = activity.LastIndexOf("</bpmn:", StringComparison.Ordinal);
        return activity[..close] + marker + activity[close..];
    }

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);
}
