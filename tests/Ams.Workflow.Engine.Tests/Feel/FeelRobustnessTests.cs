using Ams.Workflow.Engine.Feel;
using static Ams.Workflow.Engine.Tests.Feel.FeelTestEvaluation;

namespace Ams.Workflow.Engine.Tests.Feel;

public sealed class FeelRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "a", "b.c", "d", "1", "2.5", "0", "-", "+", "*", "/", "(", ")", "[", "]", "{", "}", ":", ",", ".", "..",
        "\"s\"", "\"", "\\", "=", "!=", "<", ">=", "and", "or", "not(", "if", "then", "else", "between", "in",
        "is defined(", "date and time(", "duration(\"P1D\")", "date(", "now()", "@", "null", "true", "some", "x",
        "count(", "string(", "upper case(", "\"2030-01-01\"", "\"PT1H\"", "today()", "#", "é",
    ];

    [Fact]
    public void Random_token_soup_never_throws_from_parse_or_evaluate()
    {
        var random = new Random(20301001);
        var variables = Variables("""{"a": 1, "b": {"c": "text"}, "d": [1, 2], "x": null}""");
        var parsed = 0;

        for (var i = 0; i < 20_000; i++)
        {
            var source = string.Join(
                random.Next(2) == 0 ? " " : string.Empty,
                Enumerable.Range(0, random.Next(1, 12)).Select(_ => Fragments[random.Next(Fragments.Length)]));

            var result = FeelExpression.Parse(source);
            Assert.True(result.Succeeded ^ result.Error is not null, source);
            if (result.Error is { } error)
            {
                Assert.InRange(error.Position, 0, source.Length);
                Assert.Contains("position", error.Message);
                continue;
            }

            parsed++;
            _ = result.Expression!.Evaluate(variables, Context);
        }

        Assert.True(parsed > 100, $"Only {parsed} sources parsed; the soup is too thin to test evaluation.");
    }
}
