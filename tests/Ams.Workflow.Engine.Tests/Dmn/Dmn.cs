using System.Security;
using System.Text;
using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Dmn;
using Ams.Workflow.Engine.Feel;

namespace Ams.Workflow.Engine.Tests.Dmn;

/// <summary>Writes DMN 1.3 XML as Camunda Modeler does, for tests: one decision table or literal expression per decision.</summary>
internal static class Dmn
{
    public const string Namespace = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    public static string Definitions(string id, params string[] decisions) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="{Namespace}" xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/" id="{id}" name="{id}" namespace="http://camunda.org/schema/1.0/dmn">
        {string.Concat(decisions)}
          <dmndi:DMNDI><dmndi:DMNDiagram id="diagram" /></dmndi:DMNDI>
        </definitions>
        """;

    /// <summary>A decision table; each rule lists its input entries, then its output entries.</summary>
    public static string Table(
        string decisionId, string hitPolicy, string[] inputs, string[] outputs, string[][] rules, string? aggregation = null, string[]? requires = null, string[]? outputValues = null)
    {
        var xml = new StringBuilder();
        xml.Append($"""<decision id="{decisionId}" name="{decisionId}">""");
        foreach (var required in requires ?? [])
        {
            xml.Append($"""<informationRequirement id="req_{decisionId}_{required}"><requiredDecision href="#{required}" /></informationRequirement>""");
        }

        xml.Append($"""<decisionTable id="table_{decisionId}" hitPolicy="{hitPolicy}"{(aggregation is null ? "" : $" aggregation=\"{aggregation}\"")}>""");
        for (var i = 0; i < inputs.Length; i++)
        {
            xml.Append($"""<input id="input_{i + 1}" label="{E(inputs[i])}"><inputExpression id="inputExpression_{i + 1}" typeRef="string"><text>{E(inputs[i])}</text></inputExpression></input>""");
        }

        for (var i = 0; i < outputs.Length; i++)
        {
            var values = outputValues?[i] is { } listed ? $"<outputValues><text>{E(listed)}</text></outputValues>" : "";
            xml.Append($"""<output id="output_{i + 1}" name="{outputs[i]}" typeRef="string">{values}</output>""");
        }

        for (var r = 0; r < rules.Length; r++)
        {
            xml.Append($"""<rule id="rule_{r + 1}">""");
            for (var c = 0; c < rules[r].Length; c++)
            {
                var kind = c < inputs.Length ? "inputEntry" : "outputEntry";
                xml.Append($"""<{kind} id="entry_{r + 1}_{c + 1}"><text>{E(rules[r][c])}</text></{kind}>""");
            }

            xml.Append("</rule>");
        }

        xml.Append("</decisionTable></decision>");
        return xml.ToString();
    }

    public static string Literal(string decisionId, string expression, string[]? requires = null) =>
        $"""
        <decision id="{decisionId}" name="{decisionId}">
          {string.Concat((requires ?? []).Select(r => $"""<informationRequirement id="req_{decisionId}_{r}"><requiredDecision href="#{r}" /></informationRequirement>"""))}
          <variable id="variable_{decisionId}" name="{decisionId}" />
          <literalExpression id="literal_{decisionId}"><text>{E(expression)}</text></literalExpression>
        </decision>
        """;

    public static DecisionRequirementsGraph Parse(string xml)
    {
        var parsed = DmnParser.Parse(xml);
        Assert.True(parsed.Succeeded, string.Join("; ", parsed.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
        return parsed.Graph!;
    }

    public static DecisionResult Evaluate(DecisionRequirementsGraph graph, string decisionId, string variables) =>
        graph.Evaluate(decisionId, new JsonObjectFeelVariables((JsonObject)JsonNode.Parse(variables)!), new FeelEvaluationContext(DateTimeOffset.UnixEpoch));

    /// <summary>The result as compact JSON, to compare with what a variable would hold.</summary>
    public static string Json(DecisionResult result)
    {
        Assert.False(result.Failed, result.Error);
        return result.ToJson()?.ToJsonString() ?? "null";
    }

    private static string E(string text) => SecurityElement.Escape(text);
}
