using System.Xml.Linq;
using Ams.Workflow.Engine.Feel;
using Ams.Workflow.Engine.Parsing;

namespace Ams.Workflow.Engine.Dmn;

/// <summary>Reads a <c>decisionTable</c>: hit policy, inputs, outputs and rules, every FEEL entry parsed at deploy time.</summary>
internal sealed class DecisionTableReader(string decisionId, ProblemList problems)
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal) { "input", "output", "rule", "annotation", "extensionElements", "documentation" };

    public DecisionTable? Read(XElement table)
    {
        var errorsBefore = problems.All.Count;
        foreach (var child in DmnNames.Children(table).Where(c => !Known.Contains(c.Name.LocalName)))
        {
            problems.Error(decisionId, "decisionTable", $"'{child.Name.LocalName}' is not supported in a decision table.");
        }

        var hitPolicy = ReadHitPolicy(table);
        var aggregation = ReadAggregation(table, hitPolicy);
        var inputs = DmnNames.Children(table).Where(c => c.Name.LocalName == "input").Select(ReadInput).ToList();
        var outputs = DmnNames.Children(table).Where(c => c.Name.LocalName == "output").Select(ReadOutput).ToList();
        if (outputs.Count == 0)
        {
            problems.Error(decisionId, "decisionTable", "The decision table has no output.");
        }
        else if (outputs.Count > 1)
        {
            foreach (var output in outputs.Where(o => o is not null && string.IsNullOrEmpty(o.Name)))
            {
                problems.Error(output!.Id ?? decisionId, "output", "The output has no name: a table with several outputs names each one, as the keys of its result.");
            }

            foreach (var twice in outputs.Where(o => o is not null).GroupBy(o => o!.Name).Where(g => g.Count() > 1))
            {
                problems.Error(twice.First()!.Id ?? decisionId, "output", $"Two outputs are named '{twice.Key}'.");
            }
        }

        var rules = DmnNames.Children(table).Where(c => c.Name.LocalName == "rule").Select(r => ReadRule(r, inputs.Count, outputs.Count)).ToList();
        return problems.All.Count > errorsBefore || hitPolicy is null
            ? null
            : new DecisionTable(hitPolicy.Value, aggregation, inputs!, outputs!, rules!);
    }

    private HitPolicy? ReadHitPolicy(XElement table)
    {
        var text = ((string?)table.Attribute("hitPolicy"))?.Trim() ?? "UNIQUE";
        HitPolicy? policy = text switch
        {
            "UNIQUE" => HitPolicy.Unique,
            "FIRST" => HitPolicy.First,
            "PRIORITY" => HitPolicy.Priority,
            "ANY" => HitPolicy.Any,
            "RULE ORDER" => HitPolicy.RuleOrder,
            "OUTPUT ORDER" => HitPolicy.OutputOrder,
            "COLLECT" => HitPolicy.Collect,
            _ => null,
        };
        if (policy is null)
        {
            problems.Error(decisionId, "decisionTable", $"The hit policy '{text}' is not supported: use UNIQUE, FIRST, PRIORITY, ANY, RULE ORDER, OUTPUT ORDER or COLLECT.");
        }

        return policy;
    }

    private CollectAggregation ReadAggregation(XElement table, HitPolicy? hitPolicy)
    {
        var text = ((string?)table.Attribute("aggregation"))?.Trim();
        if (text is null)
        {
            return CollectAggregation.None;
        }

        if (hitPolicy != HitPolicy.Collect)
        {
            problems.Error(decisionId, "decisionTable", $"The aggregation '{text}' belongs to the COLLECT hit policy only.");
        }

        switch (text)
        {
            case "SUM": return CollectAggregation.Sum;
            case "MIN": return CollectAggregation.Min;
            case "MAX": return CollectAggregation.Max;
            case "COUNT": return CollectAggregation.Count;
            default:
                problems.Error(decisionId, "decisionTable", $"The aggregation '{text}' is not supported: use SUM, MIN, MAX or COUNT.");
                return CollectAggregation.None;
        }
    }

    private DecisionTableInput? ReadInput(XElement input)
    {
        var id = ProblemList.IdOf(input);
        var expression = DmnNames.Child(input, "inputExpression");
        var text = DmnNames.Text(expression);
        if (string.IsNullOrEmpty(text))
        {
            problems.Error(id ?? decisionId, "input", "The input has no input expression.");
            return null;
        }

        var parsed = FeelExpression.Parse(text);
        if (!parsed.Succeeded)
        {
            problems.Error(id ?? decisionId, "input", $"The input expression '{text}' is not valid FEEL: {parsed.Error!.Message}");
            return null;
        }

        return new DecisionTableInput(id, (string?)input.Attribute("label"), parsed.Expression!, (string?)expression!.Attribute("typeRef"));
    }

    private DecisionTableOutput? ReadOutput(XElement output)
    {
        var id = ProblemList.IdOf(output);
        if (DmnNames.Child(output, "defaultOutputEntry") is not null)
        {
            problems.Error(id ?? decisionId, "output", "Default output entries are not supported: add a last rule that matches any input.");
        }

        var priorities = DmnNames.Text(DmnNames.Child(output, "outputValues")) is { Length: > 0 } values
            ? values.Split(',').Select(v => v.Trim().Replace("\"", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal)).ToList()
            : [];
        return new DecisionTableOutput(id, ((string?)output.Attribute("name"))?.Trim() ?? "", (string?)output.Attribute("typeRef"), priorities);
    }

    private DecisionRule? ReadRule(XElement rule, int inputCount, int outputCount)
    {
        var id = ProblemList.IdOf(rule) ?? decisionId;
        var inputEntries = DmnNames.Children(rule).Where(c => c.Name.LocalName == "inputEntry").ToList();
        var outputEntries = DmnNames.Children(rule).Where(c => c.Name.LocalName == "outputEntry").ToList();
        if (inputEntries.Count != inputCount || outputEntries.Count != outputCount)
        {
            problems.Error(id, "rule", $"The rule has {inputEntries.Count} input and {outputEntries.Count} output entries; the table has {inputCount} inputs and {outputCount} outputs.");
            return null;
        }

        var tests = new List<FeelUnaryTests>();
        for (var i = 0; i < inputEntries.Count; i++)
        {
            var text = DmnNames.Text(inputEntries[i]) ?? "";
            if (FeelUnaryTests.Parse(text, out var error) is { } parsed)
            {
                tests.Add(parsed);
            }
            else
            {
                problems.Error(id, "rule", $"Input entry {i + 1} ('{text}') is not valid FEEL unary tests: {error!.Message}");
            }
        }

        var expressions = new List<FeelExpression?>();
        for (var i = 0; i < outputEntries.Count; i++)
        {
            var text = DmnNames.Text(outputEntries[i]);
            if (string.IsNullOrEmpty(text))
            {
                expressions.Add(null);
                continue;
            }

            var parsed = FeelExpression.Parse(text);
            if (parsed.Succeeded)
            {
                expressions.Add(parsed.Expression);
            }
            else
            {
                problems.Error(id, "rule", $"Output entry {i + 1} ('{text}') is not valid FEEL: {parsed.Error!.Message}");
            }
        }

        return tests.Count == inputCount && expressions.Count == outputCount ? new DecisionRule(ProblemList.IdOf(rule), tests, expressions) : null;
    }
}
