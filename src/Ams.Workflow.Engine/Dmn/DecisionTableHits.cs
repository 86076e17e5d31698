using System.Globalization;
using Ams.Workflow.Engine.Feel;

namespace Ams.Workflow.Engine.Dmn;

/// <summary>The matched rules of one evaluation and their outputs, turned into the table's result by its hit policy.</summary>
internal sealed class DecisionTableHits(DecisionTable table, IReadOnlyList<DecisionRule> rules, IReadOnlyList<Dictionary<string, object?>> outputs)
{
    public object? Result() => table.HitPolicy switch
    {
        HitPolicy.First => Single(outputs[0]),
        HitPolicy.Unique when outputs.Count > 1 => throw new DecisionEvaluationException(
            $"the UNIQUE hit policy allows one matching rule, but {outputs.Count} matched ({string.Join(", ", rules.Select(r => r.Id))})"),
        HitPolicy.Unique => Single(outputs[0]),
        HitPolicy.Any when outputs.Skip(1).Any(o => !SameOutputs(o, outputs[0])) => throw new DecisionEvaluationException(
            $"the ANY hit policy allows matching rules with equal outputs only, but the rules {string.Join(", ", rules.Select(r => r.Id))} give different ones"),
        HitPolicy.Any => Single(outputs[0]),
        HitPolicy.Priority => Single(ByPriority()[0]),
        HitPolicy.OutputOrder => Multiple(ByPriority()),
        HitPolicy.RuleOrder => Multiple(outputs),
        _ => Collected(),
    };

    private object? Collected() => table.Aggregation switch
    {
        CollectAggregation.Count => (decimal)outputs.Count,
        CollectAggregation.Sum => Numbers().Sum(),
        CollectAggregation.Min => Numbers().Min(),
        CollectAggregation.Max => Numbers().Max(),
        _ => Multiple(outputs),
    };

    private static object? Single(Dictionary<string, object?> values) =>
        values.Count == 1 ? values.Values.First() : values;

    private static List<object?> Multiple(IEnumerable<Dictionary<string, object?>> values) =>
        values.Select(Single).ToList();

    private List<decimal> Numbers()
    {
        if (table.Outputs.Count > 1)
        {
            throw new DecisionEvaluationException($"COLLECT {table.Aggregation.ToString().ToUpperInvariant()} needs a single output, but the table has {table.Outputs.Count}");
        }

        return outputs.Select(o => o.Values.First() is decimal number
            ? number
            : throw new DecisionEvaluationException(
                $"COLLECT {table.Aggregation.ToString().ToUpperInvariant()} needs numbers, but a rule gave '{FeelValues.ToText(o.Values.First()) ?? "null"}'")).ToList();
    }

    private static bool SameOutputs(Dictionary<string, object?> left, Dictionary<string, object?> right) =>
        left.All(entry => FeelComparison.AreEqual(entry.Value, right[entry.Key]) is true);

    /// <summary>Stable order by each output's position among its listed values; a value not listed comes last.</summary>
    private List<Dictionary<string, object?>> ByPriority() =>
        outputs.OrderBy(o => o, Comparer<Dictionary<string, object?>>.Create(CompareByPriority)).ToList();

    private int CompareByPriority(Dictionary<string, object?> left, Dictionary<string, object?> right)
    {
        foreach (var output in table.Outputs)
        {
            var order = RankOf(output, left[output.Name]).CompareTo(RankOf(output, right[output.Name]));
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    private static int RankOf(DecisionTableOutput output, object? value)
    {
        var text = value switch
        {
            string s => s,
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        var rank = text is null ? -1 : IndexOf(output.PriorityValues, text);
        return rank < 0 ? int.MaxValue : rank;
    }

    private static int IndexOf(IReadOnlyList<string> values, string wanted)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == wanted)
            {
                return i;
            }
        }

        return -1;
    }
}
