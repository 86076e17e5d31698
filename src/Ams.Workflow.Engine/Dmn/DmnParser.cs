using System.Xml.Linq;
using Ams.Workflow.Engine.Feel;
using Ams.Workflow.Engine.Parsing;

namespace Ams.Workflow.Engine.Dmn;

/// <summary>
/// Reads DMN XML (1.3 as Camunda Modeler writes it; 1.1, 1.2, 1.4 and 1.5 too) into a
/// <see cref="DecisionRequirementsGraph"/>: decisions with a decision table or a literal expression and their required
/// decisions. Anything outside that subset, and every invalid FEEL entry, is a problem naming its element.
/// </summary>
public static class DmnParser
{
    private static readonly HashSet<string> IgnoredInDefinitions = new(StringComparer.Ordinal)
    {
        "extensionElements", "documentation", "inputData", "textAnnotation", "association", "knowledgeSource",
    };

    private static readonly HashSet<string> IgnoredInDecision = new(StringComparer.Ordinal)
    {
        "extensionElements", "documentation", "question", "allowedAnswers", "variable", "authorityRequirement",
        "informationRequirement", "decisionTable", "literalExpression",
    };

    /// <summary>Parses and validates DMN XML.</summary>
    /// <param name="xml">The DMN XML.</param>
    /// <returns>The decisions, or every problem found.</returns>
    public static DmnParseResult Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var problems = new ProblemList();
        if (xml.Length > BpmnParser.MaxDocumentCharacters)
        {
            problems.Error($"The document has {xml.Length:N0} characters; at most {BpmnParser.MaxDocumentCharacters:N0} are accepted.");
            return new DmnParseResult(null, problems.All);
        }

        var root = BpmnParser.Load(xml, problems)?.Root;
        if (root is null)
        {
            return new DmnParseResult(null, problems.All);
        }

        if (root.Name.LocalName != "definitions" || !DmnNames.IsDmn(root.Name.Namespace))
        {
            problems.Error($"The document is not DMN: its root is '{root.Name}', not a DMN 1.1–1.5 'definitions'.");
            return new DmnParseResult(null, problems.All);
        }

        var id = ProblemList.IdOf(root);
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Error(null, "definitions", "The DMN definitions have no id: it names the decision requirements graph.");
        }

        var decisions = new List<Decision>();
        foreach (var element in DmnNames.Children(root))
        {
            var name = element.Name.LocalName;
            if (name == "decision")
            {
                if (ReadDecision(element, problems) is { } decision)
                {
                    decisions.Add(decision);
                }
            }
            else if (!IgnoredInDefinitions.Contains(name))
            {
                problems.Error(element, $"'{name}' elements are not supported: only decisions with a decision table or a literal expression are.");
            }
        }

        CheckGraph(decisions, problems);
        return problems.HasErrors || id is null
            ? new DmnParseResult(null, problems.All)
            : new DmnParseResult(new DecisionRequirementsGraph(id, (string?)root.Attribute("name"), decisions), problems.All);
    }

    private static Decision? ReadDecision(XElement element, ProblemList problems)
    {
        var id = ProblemList.IdOf(element);
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Error(element, "A decision has no id.");
            return null;
        }

        foreach (var child in DmnNames.Children(element).Where(c => !IgnoredInDecision.Contains(c.Name.LocalName)))
        {
            problems.Error(id, "decision", $"'{child.Name.LocalName}' is not supported in a decision: use a decision table or a literal expression.");
        }

        var required = new List<string>();
        foreach (var requirement in DmnNames.Children(element).Where(c => c.Name.LocalName == "informationRequirement"))
        {
            if (DmnNames.Child(requirement, "requiredDecision") is { } requiredDecision)
            {
                var href = ((string?)requiredDecision.Attribute("href"))?.Trim() ?? "";
                required.Add(href.StartsWith('#') ? href[1..] : href);
            }
        }

        var table = DmnNames.Child(element, "decisionTable");
        var literal = DmnNames.Child(element, "literalExpression");
        DecisionLogic? logic = (table, literal) switch
        {
            (not null, null) => new DecisionTableReader(id, problems).Read(table),
            (null, not null) => ReadLiteral(id, literal, DmnNames.Child(element, "variable"), problems),
            _ => null,
        };
        if (table is null && literal is null)
        {
            problems.Error(id, "decision", "The decision has neither a decision table nor a literal expression.");
        }
        else if (table is not null && literal is not null)
        {
            problems.Error(id, "decision", "The decision has both a decision table and a literal expression: keep one.");
        }

        return logic is null ? null : new Decision(id, (string?)element.Attribute("name"), required, logic);
    }

    private static LiteralExpression? ReadLiteral(string decisionId, XElement literal, XElement? variable, ProblemList problems)
    {
        var text = DmnNames.Text(literal);
        if (string.IsNullOrEmpty(text))
        {
            problems.Error(decisionId, "decision", "The literal expression is empty.");
            return null;
        }

        var parsed = FeelExpression.Parse(text);
        if (!parsed.Succeeded)
        {
            problems.Error(decisionId, "decision", $"The literal expression '{text}' is not valid FEEL: {parsed.Error!.Message}");
            return null;
        }

        return new LiteralExpression(parsed.Expression!, (string?)variable?.Attribute("name"));
    }

    /// <summary>Every required decision exists, and no decision requires itself through others.</summary>
    private static void CheckGraph(List<Decision> decisions, ProblemList problems)
    {
        var byId = new Dictionary<string, Decision>(StringComparer.Ordinal);
        foreach (var decision in decisions)
        {
            if (!byId.TryAdd(decision.Id, decision))
            {
                problems.Error(decision.Id, "decision", $"Two decisions have the id '{decision.Id}'.");
            }
        }

        foreach (var decision in decisions)
        {
            foreach (var missing in decision.RequiredDecisionIds.Where(r => !byId.ContainsKey(r)))
            {
                problems.Error(decision.Id, "decision", $"The decision requires the decision '{missing}', which this DMN does not define.");
            }
        }

        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var decision in decisions)
        {
            if (RequiresItself(decision.Id, byId, [], done))
            {
                problems.Error(decision.Id, "decision", "The decision requires itself through its required decisions.");
            }
        }
    }

    private static bool RequiresItself(string id, Dictionary<string, Decision> byId, HashSet<string> path, HashSet<string> done)
    {
        if (done.Contains(id) || !byId.TryGetValue(id, out var decision))
        {
            return false;
        }

        if (!path.Add(id))
        {
            return true;
        }

        var cyclic = decision.RequiredDecisionIds.Any(r => RequiresItself(r, byId, path, done));
        path.Remove(id);
        if (!cyclic)
        {
            done.Add(id);
        }

        return cyclic;
    }
}
