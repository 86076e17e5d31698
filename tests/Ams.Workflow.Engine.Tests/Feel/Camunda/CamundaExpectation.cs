using System.Text.Json;
using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Feel;
using static Ams.Workflow.Engine.Tests.Feel.FeelTestEvaluation;

namespace Ams.Workflow.Engine.Tests.Feel.Camunda;

/// <summary>Evaluates a row of a Camunda table and compares the result, as JSON, with the value Camunda's documentation gives.</summary>
internal static class CamundaExpectation
{
    public static void Holds(string expression, string variables, string expected)
    {
        var result = FeelValues.ToJson(Evaluate(expression, variables));
        var wanted = JsonNode.Parse(expected);
        Assert.True(
            SameValue(wanted, result),
            $"'{expression}' gave {result?.ToJsonString() ?? "null"}, Camunda gives {expected}.");
    }

    // Numbers are compared by value (1.10 = 1.1), everything else structurally.
    private static bool SameValue(JsonNode? expected, JsonNode? actual) => (expected, actual) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (JsonArray a, JsonArray b) => a.Count == b.Count && a.Zip(b).All(pair => SameValue(pair.First, pair.Second)),
        (JsonObject a, JsonObject b) => a.Count == b.Count
            && a.All(entry => b.TryGetPropertyValue(entry.Key, out var other) && SameValue(entry.Value, other)),
        (JsonValue a, JsonValue b) when a.GetValueKind() == JsonValueKind.Number && b.GetValueKind() == JsonValueKind.Number =>
            a.GetValue<decimal>() == b.GetValue<decimal>(),
        _ => JsonNode.DeepEquals(expected, actual),
    };
}
