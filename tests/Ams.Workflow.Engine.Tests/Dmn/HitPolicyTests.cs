using static Ams.Workflow.Engine.Tests.Dmn.Dmn;

namespace Ams.Workflow.Engine.Tests.Dmn;

/// <summary>Every hit policy and aggregation, with the tables and values of dmn-scala's DecisionTableHitPolicyTest.</summary>
public sealed class HitPolicyTests
{
    private static readonly string Discount = Definitions("discounts", Table("discount", "UNIQUE", ["customer", "orderSize"], ["discount"],
    [
        ["\"Business\"", "< 10", "0.1"],
        ["\"Business\"", ">= 9", "0.15"],
        ["\"Private\"", "", "0.05"],
    ]));

    private static readonly string[][] HolidayRules =
    [
        ["", "", "22"],
        ["< 18", "", "5"],
        [">= 60", "", "5"],
        ["", ">= 30", "5"],
        ["[18..60)", "[15..30)", "2"],
        [">= 60", "", "3"],
        ["", ">= 30", "3"],
    ];

    private static string Holidays(string hitPolicy, string? aggregation) =>
        Definitions("holidays", Table("holidays", hitPolicy, ["age", "yearsOfService"], ["holidays"], HolidayRules, aggregation));

    [Theory]
    [InlineData("""{"customer":"Business","orderSize":7}""", "0.1")]
    [InlineData("""{"customer":"Business","orderSize":15}""", "0.15")]
    [InlineData("""{"customer":"Private","orderSize":9}""", "0.05")]
    [InlineData("""{"customer":"Public","orderSize":9}""", "null")]
    public void Unique_gives_the_one_matching_rule_or_null(string variables, string expected)
    {
        Assert.Equal(expected, Json(Evaluate(Parse(Discount), "discount", variables)));
    }

    [Fact]
    public void Unique_with_two_matching_rules_is_an_evaluation_error_naming_the_decision_and_rules()
    {
        var result = Evaluate(Parse(Discount), "discount", """{"customer":"Business","orderSize":9}""");

        Assert.True(result.Failed);
        Assert.Contains("'discount'", result.Error);
        Assert.Contains("UNIQUE", result.Error);
        Assert.Contains("rule_1, rule_2", result.Error);
    }

    [Theory]
    [InlineData("""{"typeOfOrder":"Web","customerLocation":"Non-US","typeOfCustomer":"Retailer"}""", "0")]
    [InlineData("""{"typeOfOrder":"Web","customerLocation":"US","typeOfCustomer":"Retailer"}""", "5")]
    [InlineData("""{"typeOfOrder":"Web","customerLocation":"US","typeOfCustomer":"Wholesaler"}""", "10")]
    public void First_gives_the_first_matching_rule(string variables, string expected)
    {
        var xml = Definitions("special", Table("specialDiscount", "FIRST", ["typeOfOrder", "customerLocation", "typeOfCustomer"], ["specialDiscount"],
        [
            ["\"Web\"", "\"US\"", "\"Wholesaler\"", "10"],
            ["\"Phone\"", "\"US\"", "\"Wholesaler\"", "15"],
            ["", "\"US\"", "\"Retailer\"", "5"],
            ["", "", "", "0"],
        ]));

        Assert.Equal(expected, Json(Evaluate(Parse(xml), "specialDiscount", variables)));
    }

    [Theory]
    [InlineData(65, "bad", "High")]
    [InlineData(55, "bad", "Medium")]
    [InlineData(30, "good", "Medium")]
    [InlineData(20, "bad", "Medium")]
    [InlineData(20, "good", "Low")]
    public void Priority_gives_the_match_whose_output_is_listed_first(int age, string history, string expected)
    {
        var xml = Definitions("risk", Table("applicantRiskRating", "PRIORITY", ["applicantAge", "medicalHistory"], ["applicantRiskRating"],
        [
            [">= 25", "\"good\"", "\"Medium\""],
            ["> 60", "\"bad\"", "\"High\""],
            ["", "\"bad\"", "\"Medium\""],
            ["< 25", "\"good\"", "\"Low\""],
        ], outputValues: ["\"High\", \"Medium\", \"Low\""]));

        Assert.Equal($"\"{expected}\"", Json(Evaluate(Parse(xml), "applicantRiskRating", $$"""{"applicantAge":{{age}},"medicalHistory":"{{history}}"}""")));
    }

    private static readonly string Compliance = Definitions("loans", Table("personLoanCompliance", "ANY", ["creditRating", "creditBalance", "loanBalance"], ["compliance"],
    [
        ["\"A\"", "< 10000", "< 50000", "\"Compliant\""],
        ["not(\"A\")", "", "", "\"Not Compliant\""],
        ["", ">= 10000", "", "\"Not Compliant\""],
        ["", "", ">= 50000", "\"Not Compliant\""],
    ]));

    [Theory]
    [InlineData("""{"creditRating":"B","creditBalance":10000,"loanBalance":50000}""", "\"Not Compliant\"")]
    [InlineData("""{"creditRating":"A","creditBalance":5000,"loanBalance":10000}""", "\"Compliant\"")]
    public void Any_gives_the_output_all_matches_agree_on(string variables, string expected)
    {
        Assert.Equal(expected, Json(Evaluate(Parse(Compliance), "personLoanCompliance", variables)));
    }

    [Fact]
    public void Any_with_matches_that_disagree_is_an_evaluation_error()
    {
        var xml = Definitions("any", Table("grade", "ANY", ["score"], ["grade"], [["> 5", "\"pass\""], ["> 8", "\"merit\""]]));

        var result = Evaluate(Parse(xml), "grade", """{"score":9}""");

        Assert.True(result.Failed);
        Assert.Contains("ANY", result.Error);
    }

    [Theory]
    [InlineData(3.6, 4, "Yes", """["20% Scholarship","30% Loan"]""")]
    [InlineData(3.6, 4, "No", """["20% Work-On-Campus"]""")]
    [InlineData(3.0, 4, "Yes", """["5% Work-On-Campus"]""")]
    public void Rule_order_gives_every_match_in_table_order(double gpa, int activities, string membership, string expected)
    {
        var xml = Definitions("eligibility", Table("eligibility", "RULE ORDER", ["gpa", "activitiesCount", "socialMembership"], ["eligibilityList"],
        [
            ["> 3.5", ">= 4", "\"Yes\"", "\"20% Scholarship\""],
            ["> 3.0", "", "\"Yes\"", "\"30% Loan\""],
            ["> 3.0", ">= 2", "\"No\"", "\"20% Work-On-Campus\""],
            ["<= 3.0", "", "", "\"5% Work-On-Campus\""],
        ]));
        var variables = $$"""{"gpa":{{gpa.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"activitiesCount":{{activities}},"socialMembership":"{{membership}}"}""";

        Assert.Equal(expected, Json(Evaluate(Parse(xml), "eligibility", variables)));
    }

    [Theory]
    [InlineData(17, "HIGH", true, """[{"routing":"DECLINE","reviewLevel":"NONE","reason":"Applicant too young"},{"routing":"REFER","reviewLevel":"LEVEL 2","reason":"Applicant under dept review"},{"routing":"REFER","reviewLevel":"LEVEL 1","reason":"High risk application"},{"routing":"ACCEPT","reviewLevel":"NONE","reason":"Acceptable"}]""")]
    [InlineData(25, "MEDIUM", false, """[{"routing":"ACCEPT","reviewLevel":"NONE","reason":"Acceptable"}]""")]
    public void Output_order_gives_every_match_ordered_by_the_listed_output_values(int age, string risk, bool review, string expected)
    {
        var xml = Definitions("routing", Table("routingRules", "OUTPUT ORDER", ["age", "riskCategory", "deptReview"], ["routing", "reviewLevel", "reason"],
        [
            ["", "", "", "\"ACCEPT\"", "\"NONE\"", "\"Acceptable\""],
            ["< 18", "", "", "\"DECLINE\"", "\"NONE\"", "\"Applicant too young\""],
            ["", "\"HIGH\"", "", "\"REFER\"", "\"LEVEL 1\"", "\"High risk application\""],
            ["", "", "true", "\"REFER\"", "\"LEVEL 2\"", "\"Applicant under dept review\""],
        ], outputValues: ["\"DECLINE\",\"REFER\",\"ACCEPT\"", "\"LEVEL 2\",\"LEVEL 1\", \"NONE\"", null!]));

        Assert.Equal(expected, Json(Evaluate(Parse(xml), "routingRules", $$"""{"age":{{age}},"riskCategory":"{{risk}}","deptReview":{{(review ? "true" : "false")}}}""")));
    }

    [Theory]
    [InlineData(58, 31, null, "[22,5,3]")]
    [InlineData(25, 2, null, "[22]")]
    [InlineData(58, 31, "SUM", "30")]
    [InlineData(25, 2, "SUM", "22")]
    [InlineData(16, 1, "SUM", "27")]
    [InlineData(46, 19, "SUM", "24")]
    [InlineData(58, 31, "MIN", "3")]
    [InlineData(58, 31, "MAX", "22")]
    [InlineData(58, 31, "COUNT", "3")]
    [InlineData(25, 2, "COUNT", "1")]
    public void Collect_gives_every_match_or_its_aggregate(int age, int years, string? aggregation, string expected)
    {
        var result = Evaluate(Parse(Holidays("COLLECT", aggregation)), "holidays", $$"""{"age":{{age}},"yearsOfService":{{years}}}""");

        Assert.Equal(expected, Json(result));
    }

    [Theory]
    [InlineData("RULE ORDER", null)]
    [InlineData("COLLECT", null)]
    [InlineData("COLLECT", "SUM")]
    [InlineData("COLLECT", "COUNT")]
    public void No_match_gives_null_whatever_the_hit_policy_as_dmn_scala_does(string hitPolicy, string? aggregation)
    {
        var xml = Definitions("none", Table("none", hitPolicy, ["x"], ["y"], [["> 10", "1"]], aggregation));

        Assert.Equal("null", Json(Evaluate(Parse(xml), "none", """{"x":1}""")));
    }

    [Theory]
    [InlineData(1, "200")]
    [InlineData(4, "190")]
    [InlineData(16, "100")]
    public void Collect_min_gives_the_smallest_output(int years, string expected)
    {
        var xml = Definitions("fees", Table("insuranceFee", "COLLECT", ["years"], ["insuranceFee"],
            [["", "200"], ["> 2", "190"], ["> 5", "170"], ["> 10", "150"], ["> 15", "100"]], "MIN"));

        Assert.Equal(expected, Json(Evaluate(Parse(xml), "insuranceFee", $$"""{"years":{{years}}}""")));
    }

    [Fact]
    public void Collect_sum_of_text_is_an_evaluation_error()
    {
        var xml = Definitions("texts", Table("texts", "COLLECT", ["x"], ["y"], [["", "\"a\""]], "SUM"));

        var result = Evaluate(Parse(xml), "texts", """{"x":1}""");

        Assert.True(result.Failed);
        Assert.Contains("needs numbers", result.Error);
    }

    [Fact]
    public void Several_outputs_give_a_context_by_output_name()
    {
        var xml = Definitions("pair", Table("pair", "UNIQUE", ["x"], ["label", "score"], [["< 5", "\"low\"", "x * 2"], [">= 5", "\"high\"", "x * 3"]]));

        Assert.Equal("""{"label":"high","score":21}""", Json(Evaluate(Parse(xml), "pair", """{"x":7}""")));
    }
}
