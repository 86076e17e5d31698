namespace Ams.Workflow.Engine.Tests.Feel.Camunda;

/// <summary>Equality with null, ordering, arithmetic and <c>**</c> as Camunda 8 evaluates them.</summary>
public sealed class CamundaNullAndOperatorTests
{
    // https://docs.camunda.io/docs/components/modeler/feel/language-guide/feel-boolean-expressions/ (comparison, null check)
    // and feel-scala's ComparisonTypeTest.
    [Theory]
    [InlineData("null = null", "{}", "true")]
    [InlineData("1 = null", "{}", "false")]
    [InlineData("\"a\" = null", "{}", "false")]
    [InlineData("@\"P1D\" = null", "{}", "false")]
    [InlineData("x = null", "{}", "true")]
    [InlineData("x = null", """{"x": null}""", "true")]
    [InlineData("x != null", """{"x": 1}""", "true")]
    [InlineData("x != null", "{}", "false")]
    [InlineData("decision = null", """{"decision": "approved"}""", "false")]
    [InlineData("1 = true", "{}", "null")]
    [InlineData("1 = \"a\"", "{}", "null")]
    [InlineData("1 < null", "{}", "null")]
    [InlineData("@\"P1D\" > null", "{}", "null")]
    [InlineData("[1, null] = [1, null]", "{}", "true")]
    [InlineData("{a: null} = {a: null}", "{}", "true")]
    public void Equality_with_null_is_true_or_false(string expression, string variables, string expected) =>
        CamundaExpectation.Holds(expression, variables, expected);

    // https://docs.camunda.io/docs/components/modeler/feel/language-guide/feel-numeric-expressions/
    [Theory]
    [InlineData("2 ** 3", "{}", "8")]
    [InlineData("2 ** -1", "{}", "0.5")]
    [InlineData("3 * 2 ** 2", "{}", "12")]
    [InlineData("-2 ** 2", "{}", "4")]
    [InlineData("4 ** 0.5", "{}", "2")]
    [InlineData("1 + 2 * 3", "{}", "7")]
    [InlineData("10 / 4", "{}", "2.5")]
    [InlineData("1 / 0", "{}", "null")]
    [InlineData("x ** 2", """{"x": 3}""", "9")]
    public void Arithmetic_and_power(string expression, string variables, string expected) =>
        CamundaExpectation.Holds(expression, variables, expected);

    // https://docs.camunda.io/docs/components/modeler/feel/language-guide/feel-unary-tests/ and
    // https://docs.camunda.io/docs/components/modeler/feel/language-guide/feel-boolean-expressions/ (in)
    [Theory]
    [InlineData("5 in [1..10]", "{}", "true")]
    [InlineData("10 in [1..10]", "{}", "true")]
    [InlineData("10 in [1..10)", "{}", "false")]
    [InlineData("10 in [1..10[", "{}", "false")]
    [InlineData("1 in (1..10)", "{}", "false")]
    [InlineData("1 in ]1..10]", "{}", "false")]
    [InlineData("2 in ]1..10]", "{}", "true")]
    [InlineData("5 in > 3", "{}", "true")]
    [InlineData("2 in > 3", "{}", "false")]
    [InlineData("3 in >= 3", "{}", "true")]
    [InlineData("0 in (> 3, < 1)", "{}", "true")]
    [InlineData("2 in (> 3, < 1)", "{}", "false")]
    [InlineData("\"b\" in [\"a\", \"b\"]", "{}", "true")]
    [InlineData("\"c\" in [\"a\", \"b\"]", "{}", "false")]
    [InlineData("2 in [1, 2, 3]", "{}", "true")]
    [InlineData("4 in [1, 2, 3]", "{}", "false")]
    [InlineData("x in (1, 2)", """{"x": 2}""", "true")]
    [InlineData("@\"2021-06-15\" in [@\"2021-01-01\"..@\"2021-12-31\"]", "{}", "true")]
    [InlineData("x in [1..10]", "{}", "null")]
    [InlineData("5 in ([1..3], [5..7])", "{}", "true")]
    [InlineData("5 between 1 and 10", "{}", "true")]
    public void In_with_ranges_unary_tests_and_lists(string expression, string variables, string expected) =>
        CamundaExpectation.Holds(expression, variables, expected);
}
