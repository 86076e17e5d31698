using Ams.Workflow.Engine.Parsing;

namespace Ams.Workflow.Engine.Tests.Parsing;

/// <summary>Models other people wrote for Camunda 8: the supported ones deploy, the others are refused by element.</summary>
public sealed class CorpusParsingTests
{
    public static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static TheoryData<string> Supported() => Files("supported");

    public static TheoryData<string> Unsupported() => Files("unsupported");

    [Theory]
    [MemberData(nameof(Supported))]
    public void A_supported_model_parses_without_errors(string file)
    {
        var result = BpmnParser.Parse(File.ReadAllText(Path.Combine(Corpus, "supported", file)));

        Assert.True(result.Succeeded, Describe(result));
        Assert.DoesNotContain(result.Problems, p => p.Severity == ProblemSeverity.Error);
    }

    [Theory]
    [InlineData("emaarco__easy-zeebe__membership.bpmn", "boundaryEvent", "endEvent")]
    public void An_unsupported_model_is_refused_naming_each_offending_element(string file, params string[] types)
    {
        var result = BpmnParser.Parse(File.ReadAllText(Path.Combine(Corpus, "unsupported", file)));

        Assert.False(result.Succeeded);
        Assert.Null(result.Model);
        foreach (var type in types)
        {
            Assert.Contains(result.Problems, p => p.ElementType == type && p.Severity == ProblemSeverity.Error && p.ElementId is not null);
        }

        var errors = result.Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        Assert.Equal(errors.Count, errors.Select(p => (p.ElementId, p.Message)).Distinct().Count());
    }

    [Fact]
    public void Every_unsupported_file_is_named_by_a_case_above() =>
        Assert.Single(Unsupported());

    [Fact]
    public void A_model_whose_gateway_may_match_nothing_deploys_with_a_warning_on_that_gateway()
    {
        var result = BpmnParser.Parse(File.ReadAllText(Path.Combine(Corpus, "supported",
            "berndruecker__customer-onboarding-camunda-8-springboot__customer-onboarding.bpmn")));

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Problems, p => p.ElementType == "exclusiveGateway");
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void Complementary_is_defined_conditions_need_no_default_flow()
    {
        var result = BpmnParser.Parse(File.ReadAllText(Path.Combine(Corpus, "supported", "quarkiverse__quarkus-zeebe__gateway.bpmn")));

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Problems, p => p.ElementType == "exclusiveGateway");
    }

    private static TheoryData<string> Files(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Corpus, folder), "*.bpmn").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    private static string Describe(BpmnParseResult result) =>
        string.Join("; ", result.Problems.Select(p => $"{p.Severity} {p.ElementType} {p.ElementId}: {p.Message}"));
}
