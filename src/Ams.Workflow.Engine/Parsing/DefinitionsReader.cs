using System.Xml.Linq;
using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>Reads <c>bpmn:definitions</c>: the messages, signals and errors its events refer to, and its one executable process.</summary>
internal sealed class DefinitionsReader(ProblemList problems)
{
    /// <summary>Nodes whose flows lead to elements that were refused, so their flow checks are skipped.</summary>
    public IReadOnlySet<string> NextToRefused { get; private set; } = new HashSet<string>();

    public ProcessModel? Read(XElement root)
    {
        if (root.Name != BpmnNames.Of("definitions"))
        {
            problems.Error($"The root element is '{root.Name}', not a BPMN 2.0 'definitions' element in namespace {BpmnNames.Bpmn}.");
            return null;
        }

        var messages = ReadMessages(root);
        var signals = ReadSignals(root);
        var errors = ReadErrors(root);
        var processes = root.Elements(BpmnNames.Of("process")).ToList();
        var executable = processes.Where(IsExecutable).ToList();
        switch (executable.Count)
        {
            case 0:
                problems.Error("The document has no executable process: mark the process executable (isExecutable=\"true\").");
                return null;
            case > 1:
                foreach (var extra in executable)
                {
                    problems.Error(extra, "Only one executable process per file is supported; deploy each process in its own file.");
                }

                return null;
        }

        var reader = new ProcessReader(problems, new EventDefinitions(messages, signals, errors));
        var model = reader.Read(executable[0]);
        NextToRefused = reader.NextToRefused;
        return model;
    }

    private Dictionary<string, MessageDefinition> ReadMessages(XElement root)
    {
        var messages = new Dictionary<string, MessageDefinition>(StringComparer.Ordinal);
        foreach (var message in root.Elements(BpmnNames.Of("message")))
        {
            var id = ProblemList.IdOf(message);
            var name = (string?)message.Attribute("name");
            if (id is null)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Error(message, "The message has no name; catch events correlate by name.");
                continue;
            }

            if (name.TrimStart().StartsWith('='))
            {
                problems.Error(message, "A message name that is an expression is not supported; use a fixed name.");
                continue;
            }

            var key = ZeebeExtensions.Of(message, "subscription")?.Attribute("correlationKey")?.Value;
            messages[id] = new MessageDefinition(name, string.IsNullOrWhiteSpace(key) ? null : ZeebeExpression.From(key));
        }

        return messages;
    }

    /// <summary>Root-level <c>bpmn:signal</c>s by id: their names, fixed or FEEL (as Camunda 8 allows).</summary>
    private Dictionary<string, ZeebeExpression> ReadSignals(XElement root)
    {
        var signals = new Dictionary<string, ZeebeExpression>(StringComparer.Ordinal);
        foreach (var signal in root.Elements(BpmnNames.Of("signal")))
        {
            var id = ProblemList.IdOf(signal);
            var name = (string?)signal.Attribute("name");
            if (id is null)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(name) || name.Trim() == "=")
            {
                problems.Error(signal, "The signal has no name; signal events are matched by name.");
                continue;
            }

            var expression = ZeebeExpression.From(name);
            if (expression.Error is { } error)
            {
                problems.Error(signal, $"The signal name '{name.Trim()}' is not valid FEEL: {error.Message} (at position {error.Position}).");
                continue;
            }

            signals[id] = expression;
        }

        return signals;
    }

    private static Dictionary<string, string?> ReadErrors(XElement root)
    {
        var errors = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var error in root.Elements(BpmnNames.Of("error")))
        {
            if (ProblemList.IdOf(error) is { } id)
            {
                var code = (string?)error.Attribute("errorCode");
                errors[id] = string.IsNullOrWhiteSpace(code) ? null : code;
            }
        }

        return errors;
    }

    private static bool IsExecutable(XElement process) =>
        string.Equals(((string?)process.Attribute("isExecutable"))?.Trim(), "true", StringComparison.Ordinal);
}
