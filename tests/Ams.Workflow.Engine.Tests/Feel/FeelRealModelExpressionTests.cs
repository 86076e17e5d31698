using static Ams.Workflow.Engine.Tests.Feel.FeelTestEvaluation;

namespace Ams.Workflow.Engine.Tests.Feel;

/// <summary>Expressions taken from the BPMN models in the corpus; each must parse and give the right value.</summary>
public sealed class FeelRealModelExpressionTests
{
    private const string HeadersSource = "if is defined(internal_organization) and internal_organization != null "
        + "then {\"Content-Type\":\"application/json\", \"OpenAI-Organization\":internal_organization} "
        + "else {\"Content-Type\":\"application/json\"}";

    [Theory]
    [InlineData("manualApprovalNecessary=true", true, true)]
    [InlineData("manualApprovalNecessary=true", false, false)]
    [InlineData(" manualApprovalNecessary=true", true, true)]
    [InlineData(" manualApprovalNecessary=false", true, false)]
    public void Gateway_condition_on_a_boolean_variable(string source, bool value, bool expected)
    {
        var result = Evaluate(source, $$"""{"manualApprovalNecessary": {{(value ? "true" : "false")}}}""");

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Gateway_condition_on_a_missing_variable_is_false_as_in_camunda()
    {
        Assert.Equal(false, Evaluate("manualApprovalNecessary=true"));
    }

    [Theory]
    [InlineData("(automaticProcessing = false)", false, true)]
    [InlineData("(automaticProcessing = false)", true, false)]
    [InlineData("( automaticProcessing=true )", true, true)]
    [InlineData("( automaticProcessing=true )", false, false)]
    public void Parenthesised_gateway_condition(string source, bool value, bool expected)
    {
        var result = Evaluate(source, $$"""{"automaticProcessing": {{(value ? "true" : "false")}}}""");

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("var2=true", """{"var2": true}""", true)]
    [InlineData("success = false", """{"success": false}""", true)]
    [InlineData("success = false", """{"success": true}""", false)]
    [InlineData("decision = \"approved\"", """{"decision": "approved"}""", true)]
    [InlineData("decision = \"approved\"", """{"decision": "rejected"}""", false)]
    [InlineData("approved=false", """{"approved": false}""", true)]
    public void Simple_conditions_from_models(string source, string variables, bool expected)
    {
        Assert.Equal(expected, Evaluate(source, variables));
    }

    [Theory]
    [InlineData("is defined(data)", """{"data": {"x": 1}}""", true)]
    [InlineData("is defined(data)", """{"data": null}""", true)]
    [InlineData("is defined(data)", "{}", false)]
    [InlineData("not(is defined(data))", "{}", true)]
    [InlineData("not(is defined(data))", """{"data": 1}""", false)]
    public void Is_defined_conditions_from_models(string source, string variables, bool expected)
    {
        Assert.Equal(expected, Evaluate(source, variables));
    }

    [Fact]
    public void Job_type_built_from_a_prefix_and_a_variable()
    {
        var result = Evaluate("\"benchmark-task-\" + benchmark_starter_id", """{"benchmark_starter_id": "abc-1"}""");

        Assert.Equal("benchmark-task-abc-1", result);
    }

    [Fact]
    public void Job_type_built_from_a_prefix_a_variable_and_a_suffix()
    {
        var result = Evaluate(
            "\"benchmark-task-\" + benchmark_starter_id + \"-completed\"",
            """{"benchmark_starter_id": "abc-1"}""");

        Assert.Equal("benchmark-task-abc-1-completed", result);
    }

    [Fact]
    public void Concatenating_a_number_variable_is_null_as_in_feel()
    {
        Assert.Null(Evaluate("\"benchmark-task-\" + benchmark_starter_id", """{"benchmark_starter_id": 7}"""));
    }

    [Theory]
    [InlineData("a", """{"a": "key-1"}""", "key-1")]
    [InlineData("ck", """{"ck": "order-9"}""", "order-9")]
    [InlineData("\"Cherry.jpg\"", "{}", "Cherry.jpg")]
    [InlineData("customerInformation.email", """{"customerInformation": {"email": "a@b.c"}}""", "a@b.c")]
    [InlineData("\"camunda::RPA-Task::\" + camundaRpaTaskType", """{"camundaRpaTaskType": "x"}""", "camunda::RPA-Task::x")]
    public void Values_read_by_mappings_and_correlation_keys(string source, string variables, string expected)
    {
        Assert.Equal(expected, Evaluate(source, variables));
    }

    [Fact]
    public void Error_code_when_an_error_is_defined()
    {
        var result = Evaluate("if is defined(error) then error.code else null", """{"error": {"code": "E42"}}""");

        Assert.Equal("E42", result);
    }

    [Fact]
    public void Null_when_no_error_is_defined()
    {
        Assert.Null(Evaluate("if is defined(error) then error.code else null"));
    }

    [Fact]
    public void Due_date_four_hours_from_now()
    {
        var result = Evaluate("now() + duration(\"PT4H\")");

        Assert.Equal(Now.AddHours(4), result);
    }

    [Theory]
    [InlineData("KEY_COMPROMISE", 1)]
    [InlineData("SUPERSEDED", 4)]
    public void Due_date_depends_on_the_revocation_reason(string reason, int hours)
    {
        var result = Evaluate(
            "if reason = \"KEY_COMPROMISE\" then now() + duration(\"PT1H\") else now() + duration(\"PT4H\")",
            $$"""{"reason": "{{reason}}"}""");

        Assert.Equal(Now.AddHours(hours), result);
    }

    [Fact]
    public void Due_date_with_a_missing_reason_takes_the_else_branch()
    {
        var result = Evaluate("if reason = \"KEY_COMPROMISE\" then now() + duration(\"PT1H\") else now() + duration(\"PT4H\")");

        Assert.Equal(Now.AddHours(4), result);
    }

    [Fact]
    public void Headers_context_without_the_optional_variable_takes_the_else_branch()
    {
        var result = Evaluate(HeadersSource);

        var headers = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result);
        Assert.Equal("application/json", Assert.Single(headers).Value);
    }

    // Camunda's null rules: 'x != null' is true for a present x, so this connector idiom takes its then branch.
    [Fact]
    public void Headers_context_with_the_optional_variable_takes_the_then_branch()
    {
        var result = Evaluate(HeadersSource, """{"internal_organization": "org-1"}""");

        var headers = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result);
        Assert.Equal("org-1", headers["OpenAI-Organization"]);
    }

    [Fact]
    public void Output_mapping_with_a_multi_line_context()
    {
        var result = Evaluate(
            "{\n   claim: {\n      number: claimNumber,\n      resolution: \"PAID\"\n    }\n}",
            """{"claimNumber": "C-1"}""");

        var claim = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(
            Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result)["claim"]);
        Assert.Equal("C-1", claim["number"]);
        Assert.Equal("PAID", claim["resolution"]);
    }

    [Fact]
    public void Request_body_with_quoted_keys_a_list_and_concatenation()
    {
        const string Source = "{\"CreditMemoRequestType\":\"CR\",\"SalesOrganization\": salesOrg,"
            + "\"PurchaseOrderByCustomer\":\"Claim \" + claimNumber + \" (via Camunda)\","
            + "\"to_Item\":[{\"Material\":\"TG11\",\"RequestedQuantity\": quantity}]}";

        var result = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(
            Evaluate(Source, """{"salesOrg": "1710", "claimNumber": "C-9", "quantity": 2}"""));

        Assert.Equal("Claim C-9 (via Camunda)", result["PurchaseOrderByCustomer"]);
        var item = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(
            Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<object?>>(result["to_Item"])));
        Assert.Equal(2m, item["RequestedQuantity"]);
    }

    [Fact]
    public void Model_expression_with_an_index_reads_the_first_choice()
    {
        var result = Evaluate(
            "{\n  autoApproval: lower case(response.body.choices[1].message.content) = \"true\"\n}\n",
            """{"response": {"body": {"choices": [{"message": {"content": "TRUE"}}, {"message": {"content": "no"}}]}}}""");

        Assert.Equal(true, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result)["autoApproval"]);
    }
}
