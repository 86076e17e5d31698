using Ams.Workflow.Engine.Dmn;
using static Ams.Workflow.Engine.Tests.Dmn.Dmn;

namespace Ams.Workflow.Engine.Tests.Dmn;

public sealed class DmnParserTests
{
    [Theory]
    [InlineData("http://www.omg.org/spec/DMN/20151101/dmn.xsd")]
    [InlineData("http://www.omg.org/spec/DMN/20180521/MODEL/")]
    [InlineData("https://www.omg.org/spec/DMN/20191111/MODEL/")]
    public void Reads_dmn_1_1_to_1_3(string ns)
    {
        var xml = Definitions("greetings", Literal("greeting", "\"Hi\"")).Replace(Namespace, ns, StringComparison.Ordinal);

        var parsed = DmnParser.Parse(xml);

        Assert.True(parsed.Succeeded);
        Assert.Equal("greetings", parsed.Graph!.Id);
        Assert.Equal(["greeting"], parsed.Graph.Decisions.Select(d => d.Id));
    }

    [Fact]
    public void Invalid_feel_in_an_entry_is_a_problem_naming_the_rule_and_column()
    {
        var xml = Definitions("bad", Table("bad", "UNIQUE", ["a", "b"], ["c"], [["1", "< ", "\"x\""], ["2", "3", "1 +"]]));

        var problems = DmnParser.Parse(xml).Problems;

        Assert.Collection(problems,
            p => Assert.True(p is { ElementId: "rule_1", ElementType: "rule" } && p.Message.StartsWith("Input entry 2 ('<')", StringComparison.Ordinal), p.Message),
            p => Assert.True(p is { ElementId: "rule_2", ElementType: "rule" } && p.Message.StartsWith("Output entry 1 ('1 +')", StringComparison.Ordinal), p.Message));
    }

    [Theory]
    [InlineData("""<decision id="d1"><context id="ctx" /></decision>""", "d1", "'context' is not supported")]
    [InlineData("""<businessKnowledgeModel id="bkm" />""", "bkm", "'businessKnowledgeModel' elements are not supported")]
    [InlineData("""<decision id="d1" />""", "d1", "neither a decision table nor a literal expression")]
    [InlineData("""<decision id="d1"><decisionTable id="t" hitPolicy="SOMETIMES"><output id="o" name="o" /></decisionTable></decision>""", "d1", "hit policy 'SOMETIMES'")]
    [InlineData("""<decision id="d1"><decisionTable id="t" hitPolicy="FIRST" aggregation="SUM"><output id="o" name="o" /></decisionTable></decision>""", "d1", "COLLECT hit policy only")]
    [InlineData("""<decision id="d1"><decisionTable id="t"><input id="i1"><inputExpression id="e"><text></text></inputExpression></input><output id="o" name="o" /></decisionTable></decision>""", "i1", "no input expression")]
    [InlineData("""<decision id="d1"><decisionTable id="t"><output id="o1" name="o" /><output id="o2" /></decisionTable></decision>""", "o2", "has no name")]
    [InlineData("""<decision id="d1"><decisionTable id="t"><output id="o1" name="o"><defaultOutputEntry><text>1</text></defaultOutputEntry></output></decisionTable></decision>""", "o1", "Default output entries")]
    [InlineData("""<decision id="d1"><decisionTable id="t"><output id="o" name="o" /><rule id="r1"><inputEntry id="x"><text>1</text></inputEntry><outputEntry id="y"><text>1</text></outputEntry></rule></decisionTable></decision>""", "r1", "1 input and 1 output entries; the table has 0 inputs")]
    [InlineData("""<decision id="d1"><informationRequirement id="ir"><requiredDecision href="#missing" /></informationRequirement><literalExpression id="l"><text>1</text></literalExpression></decision>""", "d1", "requires the decision 'missing'")]
    [InlineData("""<decision id="d1"><informationRequirement id="ir"><requiredDecision href="#d1" /></informationRequirement><literalExpression id="l"><text>1</text></literalExpression></decision>""", "d1", "requires itself")]
    [InlineData("""<decision id="d1"><literalExpression id="l"><text>1 +</text></literalExpression></decision>""", "d1", "is not valid FEEL")]
    public void Anything_outside_the_subset_is_a_problem_naming_its_element(string decisionXml, string elementId, string message)
    {
        var problems = DmnParser.Parse(Definitions("defs", decisionXml)).Problems;

        Assert.Contains(problems, p => p.ElementId == elementId && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<definitions id=\"x\" />", "not DMN")]
    [InlineData("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"><decision id=\"d\"><literalExpression><text>1</text></literalExpression></decision></definitions>", "no id")]
    [InlineData("not xml", "not accepted as XML")]
    public void A_document_that_is_not_dmn_is_refused(string xml, string message)
    {
        var parsed = DmnParser.Parse(xml);

        Assert.False(parsed.Succeeded);
        Assert.Contains(parsed.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Input_data_annotations_and_diagrams_are_read_past()
    {
        var xml = Definitions("defs",
            """<inputData id="in1" name="amount" />""",
            """<decision id="d1"><informationRequirement id="ir"><requiredInput href="#in1" /></informationRequirement><decisionTable id="t" hitPolicy="COLLECT"><input id="i"><inputExpression id="e"><text>amount</text></inputExpression></input><output id="o" name="o" /><annotation name="Why" /><rule id="r"><inputEntry id="ie"><text>-</text></inputEntry><outputEntry id="oe"><text>"any"</text></outputEntry><annotationEntry><text>note</text></annotationEntry></rule></decisionTable></decision>""");

        Assert.Equal("[\"any\"]", Json(Evaluate(Parse(xml), "d1", """{"amount":3}""")));
    }
}
