using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Feel;
using static Ams.Workflow.Engine.Tests.Feel.FeelTestEvaluation;

namespace Ams.Workflow.Engine.Tests.Feel;

public sealed class FeelVariablePathTests
{
    [Theory]
    [InlineData("benchmark_starter_id")]
    [InlineData("CorrelationId_RetrievePayment")]
    [InlineData("myCorrKey")]
    [InlineData("$internal")]
    [InlineData("_x1")]
    public void Variable_name_reads_the_variable(string name)
    {
        var result = Evaluate(name, $$"""{"{{name}}": "value"}""");

        Assert.Equal("value", result);
    }

    [Fact]
    public void Missing_variable_is_null()
    {
        var result = Evaluate("missing", """{"other": 1}""");

        Assert.Null(result);
    }

    [Fact]
    public void Path_reads_nested_members()
    {
        var result = Evaluate("request.body.val1", """{"request": {"body": {"val1": 12.5}}}""");

        Assert.Equal(12.5m, result);
    }

    [Fact]
    public void Path_with_missing_member_is_null()
    {
        var result = Evaluate("customerInformation.email", """{"customerInformation": {"name": "Ann"}}""");

        Assert.Null(result);
    }

    [Fact]
    public void Path_through_a_non_context_is_null()
    {
        var result = Evaluate("a.b.c", """{"a": {"b": "text"}}""");

        Assert.Null(result);
    }

    [Fact]
    public void Path_member_may_be_a_keyword()
    {
        var result = Evaluate("a.in + a.null", """{"a": {"in": 1, "null": 2}}""");

        Assert.Equal(3m, result);
    }

    [Fact]
    public void Path_on_a_parenthesised_variable_reads_the_member()
    {
        var result = Evaluate("(a).b", """{"a": {"b": true}}""");

        Assert.Equal(true, result);
    }

    [Fact]
    public void Object_variable_becomes_a_context_and_array_a_list()
    {
        var result = Evaluate("data", """{"data": {"items": [1, "two", null], "ok": true}}""");

        var context = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result);
        Assert.Equal(true, context["ok"]);
        var items = Assert.IsAssignableFrom<IReadOnlyList<object?>>(context["items"]);
        Assert.Equal([1m, "two", null], items);
    }

    [Fact]
    public void Path_converts_only_the_member_it_ends_on()
    {
        var variables = new CountingFeelVariables(new JsonObject
        {
            ["order"] = new JsonObject { ["id"] = 5, ["lines"] = new JsonArray(1, 2, 3) },
        });

        var result = Parse("order.id").Evaluate(variables, Context);

        Assert.Equal(5m, result);
        Assert.Equal(["order"], variables.Requested);
    }

    [Fact]
    public void Variables_built_from_clr_values_convert_like_parsed_json()
    {
        var variables = new JsonObjectFeelVariables(new JsonObject
        {
            ["count"] = 3,
            ["big"] = 12345678901L,
            ["ratio"] = 0.5,
            ["name"] = "x",
            ["flag"] = true,
        });

        var result = Parse("[count, big, ratio, name, flag]").Evaluate(variables, Context);

        Assert.Equal([3m, 12345678901m, 0.5m, "x", true], Assert.IsAssignableFrom<IReadOnlyList<object?>>(result));
    }

    private sealed class CountingFeelVariables(JsonObject json) : IFeelVariables
    {
        public List<string> Requested { get; } = [];

        public bool TryGetVariable(string name, out JsonNode? value)
        {
            Requested.Add(name);
            return json.TryGetPropertyValue(name, out value);
        }
    }
}
