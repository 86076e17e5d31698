using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Feel;

namespace Ams.Workflow.Engine.Tests.Feel;

/// <summary>Parses and evaluates FEEL sources against JSON variables at a fixed instant.</summary>
internal static class FeelTestEvaluation
{
    public static readonly DateTimeOffset Now = new(2030, 10, 1, 12, 0, 0, TimeSpan.Zero);

    public static FeelEvaluationContext Context { get; } = new(Now);

    public static FeelExpression Parse(string source)
    {
        var result = FeelExpression.Parse(source);
        Assert.True(result.Succeeded, $"'{source}' did not parse: {result.Error?.Message}");
        return result.Expression!;
    }

    public static FeelError ParseError(string source)
    {
        var result = FeelExpression.Parse(source);
        Assert.False(result.Succeeded, $"'{source}' parsed but should have been refused.");
        Assert.Null(result.Expression);
        return result.Error!;
    }

    public static object? Evaluate(string source, string variablesJson = "{}") =>
        Parse(source).Evaluate(Variables(variablesJson), Context);

    public static JsonObjectFeelVariables Variables(string json) =>
        new(JsonNode.Parse(json)!.AsObject());
}
