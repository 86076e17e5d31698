using Ams.Workflow.Engine.Parsing;

namespace Ams.Workflow.Engine.Tests.Parsing;

/// <summary>Hostile or broken documents are refused before anything in them is read or expanded.</summary>
public sealed class XmlSafetyTests
{
    [Fact]
    public void Malformed_xml_is_refused_with_its_line()
    {
        var result = BpmnParser.Parse("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n<bpmn:process id=\"p\">");

        var problem = Assert.Single(result.Problems);
        Assert.Null(result.Model);
        Assert.Contains("line 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_nested_deeper_than_the_limit_is_refused_at_the_limit_without_reading_on()
    {
        const int depth = 200_000;
        var xml = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">"
            + string.Concat(Enumerable.Repeat("<x>", depth)) + string.Concat(Enumerable.Repeat("</x>", depth)) + "</bpmn:definitions>";

        var result = BpmnParser.Parse(xml);

        Assert.Null(result.Model);
        var problem = Assert.Single(result.Problems);
        Assert.Contains($"deeper than {BpmnParser.MaxXmlDepth} levels", problem.Message, StringComparison.Ordinal);
        // Where it stopped: at the limit, near the start, not at the end of the 1.4 MB document.
        var position = int.Parse(System.Text.RegularExpressions.Regex.Match(problem.Message, @"position (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(position, BpmnParser.MaxXmlDepth * 3, BpmnParser.MaxXmlDepth * 3 + 200);
    }

    [Fact]
    public void A_document_type_declaration_is_refused()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE definitions [<!ELEMENT definitions ANY>]>" + Bpmn.Process(Execution.Elements.Chain()).Split("?>", 2)[1];

        var result = BpmnParser.Parse(xml);

        Assert.False(result.Succeeded);
        Assert.Contains("DTD", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entity_expansion_is_refused_without_expanding()
    {
        const string laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            ]>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="&lol4;" isExecutable="true" /></bpmn:definitions>
            """;

        var result = BpmnParser.Parse(laughs);

        Assert.Null(result.Model);
        Assert.Single(result.Problems);
    }

    [Fact]
    public void An_external_entity_is_never_resolved()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "top-secret");
        try
        {
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p" name="&x;" isExecutable="true" /></bpmn:definitions>
                """;

            var result = BpmnParser.Parse(xml);

            Assert.Null(result.Model);
            Assert.DoesNotContain(result.Problems, p => p.Message.Contains("top-secret", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_unread()
    {
        var result = BpmnParser.Parse(new string(' ', BpmnParser.MaxDocumentCharacters + 1));

        Assert.Contains("at most", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_is_not_bpmn_is_refused()
    {
        var result = BpmnParser.Parse("<definitions xmlns=\"urn:other\"><process id=\"p\" /></definitions>");

        Assert.Contains("BPMN 2.0", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_with_more_flow_elements_than_the_limit_is_refused()
    {
        var body = string.Concat(Enumerable.Range(0, BpmnParser.MaxFlowElements + 1).Select(i => $"""<bpmn:endEvent id="e{i}" />"""));

        var result = BpmnParser.Parse(Bpmn.Process(body));

        Assert.Contains(result.Problems, p => p.Message.Contains("more than 10,000", StringComparison.Ordinal));
    }
}
