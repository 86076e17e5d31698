namespace Ams.Workflow.Engine.Tests.Feel.Camunda;

/// <summary>Lists as Camunda 8 evaluates them: indexes, filters, paths, loops and quantifiers.</summary>
public sealed class CamundaListTests
{
    private const string Orders = """{"orders": [{"id": "a", "amount": 5}, {"id": "b", "amount": 20}, {"id": "c", "amount": 30}]}""";

    // https://docs.camunda.io/docs/components/modeler/feel/language-guide/feel-list-expressions/ (get element, filter)
    [Theory]
    [InlineData("[1, 2, 3, 4][1]", "{}", "1")]
    [InlineData("[1, 2, 3, 4][2]", "{}", "2")]
    [InlineData("[1, 2, 3, 4][-1]", "{}", "4")]
    [InlineData("[1, 2, 3, 4][-4]", "{}", "1")]
    [InlineData("[1, 2, 3, 4][5]", "{}", "null")]
    [InlineData("[1, 2, 3, 4][-5]", "{}", "null")]
    [InlineData("[1, 2, 3, 4][0]", "{}", "null")]
    [InlineData("xs[i]", """{"xs": ["a", "b"], "i": 2}""", "\"b\"")]
    [InlineData("[1, 2, 3, 4][item > 2]", "{}", "[3, 4]")]
    [InlineData("[1, 2, 3, 4][item > 10]", "{}", "[]")]
    [InlineData("[][item > 1]", "{}", "[]")]
    [InlineData("[{a: \"p\", b: 5}, {a: \"q\", b: 15}][b > 10]", "{}", """[{"a": "q", "b": 15}]""")]
    [InlineData("[{a: \"p\", b: 5}, {a: \"q\", b: 15}][item.b > 10].a", "{}", """["q"]""")]
    [InlineData("orders[amount > 10]", Orders, """[{"id": "b", "amount": 20}, {"id": "c", "amount": 30}]""")]
    [InlineData("orders[amount > 10].id", Orders, """["b", "c"]""")]
    [InlineData("orders[1].id", Orders, "\"a\"")]
    [InlineData("orders[-1].amount", Orders, "30")]
    [InlineData("count(orders[amount > limit])", """{"orders": [{"amount": 5}, {"amount": 20}], "limit": 4}""", "2")]
    public void Index_and_filter(string expression, string variables, string expected) =>
        CamundaExpectation.Holds(expression, variables, expected);

    // https://docs.camunda.io/docs/components/modeler/feel/language-guide/feel-context-expressions/ (get entry / path on a list)
    [Theory]
    [InlineData("orders.amount", Orders, "[5, 20, 30]")]
    [InlineData("[{a: 1}, {a: 2}].a", "{}", "[1, 2]")]
    [InlineData("sum(orders.amount)", Orders, "55")]
    [InlineData("shop.orders.id", """{"shop": {"orders": [{"id": "x"}, {"id": "y"}]}}""", """["x", "y"]""")]
    public void Path_on_a_list(string expression, string variables, string expected) =>
        CamundaExpectation.Holds(expression, variables, expected);

    // https://docs.camunda.io/docs/components/modeler/feel/language-guide/feel-list-expressions/ (for, some, every)
    [Theory]
    [InlineData("for x in [1, 2, 3] return x * 2", "{}", "[2, 4, 6]")]
    [InlineData("for i in 1..3 return i", "{}", "[1, 2, 3]")]
    [InlineData("for i in 3..1 return i", "{}", "[3, 2, 1]")]
    [InlineData("for x in [1, 2], y in [3, 4] return x * y", "{}", "[3, 4, 6, 8]")]
    [InlineData("for o in orders return o.amount + 1", Orders, "[6, 21, 31]")]
    [InlineData("for x in [] return x", "{}", "[]")]
    [InlineData("for x in null return x", "{}", "null")]
    [InlineData("for x in [1..3] return x", "{}", "[1, 2, 3]")]
    [InlineData("some x in [1, 2, 3] satisfies x > 2", "{}", "true")]
    [InlineData("some x in [1, 2, 3] satisfies x > 5", "{}", "false")]
    [InlineData("every x in [1, 2, 3] satisfies x >= 1", "{}", "true")]
    [InlineData("some item in items satisfies not(item.ok)", "{\"items\": [{\"ok\": true}, {\"ok\": false}]}", "true")]
    [InlineData("for x in xs return abs(x)", "{\"xs\": [-1, 2]}", "[1, 2]")]
    [InlineData("every x in [1, 2, 3] satisfies x >= 2", "{}", "false")]
    [InlineData("some o in orders satisfies o.amount > 25", Orders, "true")]
    [InlineData("every x in [] satisfies x > 1", "{}", "true")]
    [InlineData("some x in [1, 2], y in [2, 3] satisfies x * y = 6", "{}", "true")]
    public void Loops_and_quantifiers(string expression, string variables, string expected) =>
        CamundaExpectation.Holds(expression, variables, expected);
}
