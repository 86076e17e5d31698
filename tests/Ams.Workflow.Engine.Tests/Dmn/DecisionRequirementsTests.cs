using static Ams.Workflow.Engine.Tests.Dmn.Dmn;

namespace Ams.Workflow.Engine.Tests.Dmn;

public sealed class DecisionRequirementsTests
{
    [Fact]
    public void A_literal_expression_decision_gives_its_value()
    {
        var graph = Parse(Definitions("greetings", Literal("greeting", "\"Hello \" + name")));

        Assert.Equal("\"Hello John\"", Json(Evaluate(graph, "greeting", """{"name":"John"}""")));
    }

    [Fact]
    public void A_required_decision_is_evaluated_first_and_seen_under_its_id()
    {
        var xml = Definitions("discounts",
            Table("discount", "UNIQUE", ["customer", "orderSize"], ["discount"], [["\"Business\"", "< 10", "0.1"], ["\"Business\"", ">= 10", "0.15"], ["\"Private\"", "", "0.05"]]),
            Literal("netPrice", "orderSize * price * (1 - discount)", requires: ["discount"]),
            Table("shipping", "FIRST", ["netPrice"], ["shipping"], [["> 100", "0"], ["", "4.9"]], requires: ["netPrice"]));
        var graph = Parse(xml);

        Assert.Equal("0", Json(Evaluate(graph, "shipping", """{"customer":"Business","orderSize":20,"price":10}""")));
        Assert.Equal("4.9", Json(Evaluate(graph, "shipping", """{"customer":"Private","orderSize":2,"price":10}""")));
        Assert.Equal(19m, Evaluate(graph, "netPrice", """{"customer":"Private","orderSize":2,"price":10}""").Value);
    }

    [Fact]
    public void A_failing_required_decision_fails_the_decision_and_is_named()
    {
        var xml = Definitions("chain",
            Table("first", "UNIQUE", ["x"], ["y"], [["> 1", "1"], ["> 2", "2"]]),
            Literal("second", "first + 1", requires: ["first"]));

        var result = Evaluate(Parse(xml), "second", """{"x":5}""");

        Assert.True(result.Failed);
        Assert.StartsWith("The decision 'first' failed to evaluate", result.Error);
    }

    [Fact]
    public void An_unknown_decision_is_an_error()
    {
        var result = Evaluate(Parse(Definitions("one", Literal("a", "1"))), "b", "{}");

        Assert.True(result.Failed);
        Assert.Contains("No decision 'b'", result.Error);
    }
}
