using System.Xml.Linq;
using Ams.Workflow.Engine.Feel;

namespace Ams.Workflow.Engine.Tests.Feel;

/// <summary>Every FEEL expression in the models of the supported corpus must parse.</summary>
public sealed class FeelCorpusExpressionTests
{
    private static readonly string SupportedCorpus = Path.Combine(AppContext.BaseDirectory, "Corpus", "supported");

    public static TheoryData<string, string> SupportedExpressions()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(SupportedCorpus, "*.bpmn").Order(StringComparer.Ordinal))
        {
            foreach (var expression in ExpressionsIn(XDocument.Load(file)).Distinct(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file), expression);
            }
        }

        return data;
    }

    [Fact]
    public void Supported_corpus_contains_expressions()
    {
        Assert.True(SupportedExpressions().Count >= 20);
    }

    [Theory]
    [MemberData(nameof(SupportedExpressions))]
    public void Expression_in_a_supported_model_parses(string model, string expression)
    {
        var result = FeelExpression.Parse(expression);

        Assert.True(result.Succeeded, $"{model}: '{expression}' was refused: {result.Error?.Message}");
    }

    // Zeebe treats a value as FEEL when it starts with '='; attributes and condition texts both carry them. Task header
    // values are not among them: Zeebe hands them to the worker as text (a connector's resultExpression is the
    // connector runtime's FEEL, not the engine's).
    private static IEnumerable<string> ExpressionsIn(XDocument model)
    {
        var values = model.Descendants().Where(element => element.Name.LocalName != "header").Attributes().Select(attribute => attribute.Value)
            .Concat(model.Descendants().Where(element => !element.HasElements).Select(element => element.Value));
        foreach (var value in values)
        {
            var trimmed = value.TrimStart();
            if (trimmed.StartsWith('='))
            {
                yield return trimmed[1..];
            }
        }
    }
}
