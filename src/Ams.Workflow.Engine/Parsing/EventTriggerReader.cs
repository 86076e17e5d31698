using System.Xml.Linq;
using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>
/// Reads an event's definition (timer, message, signal, error, terminate) and refuses the kinds the engine does not run
/// for that event type.
/// </summary>
internal sealed class EventTriggerReader(ProblemList problems, EventDefinitions definitions)
{
    /// <summary>Which event definitions each event type supports.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        // An error start event is only valid in an event sub-process: the model validator refuses it elsewhere.
        ["startEvent"] = ["timerEventDefinition", "messageEventDefinition", "signalEventDefinition", "errorEventDefinition"],
        ["endEvent"] = ["terminateEventDefinition", "errorEventDefinition", "signalEventDefinition"],
        ["intermediateCatchEvent"] = ["timerEventDefinition", "messageEventDefinition", "signalEventDefinition"],
        ["intermediateThrowEvent"] = ["signalEventDefinition"],
        ["boundaryEvent"] = ["timerEventDefinition", "messageEventDefinition", "signalEventDefinition", "errorEventDefinition"],
    };

    /// <summary>Reads the trigger; <paramref name="ok"/> is false when the event was refused.</summary>
    public EventTrigger? Read(XElement element, out bool ok)
    {
        ok = true;
        var type = element.Name.LocalName;
        var definitions = element.Elements()
            .Where(e => e.Name.Namespace == BpmnNames.Bpmn && e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal))
            .ToList();
        if (definitions.Count == 0)
        {
            return null;
        }

        if (definitions.Count > 1)
        {
            problems.Error(element, "An event with several event definitions is not supported.");
            ok = false;
            return null;
        }

        var definition = definitions[0];
        var kind = definition.Name.LocalName;
        if (!Allowed[type].Contains(kind))
        {
            problems.Error(element, $"A {Describe(kind)} {Describe(type)} is not supported.");
            ok = false;
            return null;
        }

        EventTrigger? trigger = kind switch
        {
            "timerEventDefinition" => Timer(element, definition),
            "messageEventDefinition" => Message(element, definition),
            "errorEventDefinition" => Error(element, definition),
            "signalEventDefinition" => Signal(element, definition),
            _ => new TerminateTrigger(),
        };
        ok = trigger is not null;
        return trigger;
    }

    private TimerTrigger? Timer(XElement element, XElement definition)
    {
        foreach (var (name, kind) in new[]
                 {
                     ("timeDuration", TimerKind.Duration),
                     ("timeDate", TimerKind.Date),
                     ("timeCycle", TimerKind.Cycle),
                 })
        {
            var value = definition.Element(BpmnNames.Of(name))?.Value.Trim();
            if (!string.IsNullOrEmpty(value))
            {
                return new TimerTrigger(kind, ZeebeExpression.From(value));
            }
        }

        problems.Error(element, "The timer has no duration, date or cycle.");
        return null;
    }

    private MessageTrigger? Message(XElement element, XElement definition)
    {
        var reference = (string?)definition.Attribute("messageRef");
        if (reference is null || !definitions.Messages.TryGetValue(reference, out var message))
        {
            problems.Error(element, reference is null
                ? "The message event refers to no message: choose or create a global message."
                : $"The message event refers to message '{reference}', which is not defined (or has no name).");
            return null;
        }

        return new MessageTrigger(message.Name, message.CorrelationKey);
    }

    private ErrorTrigger? Error(XElement element, XElement definition)
    {
        var reference = (string?)definition.Attribute("errorRef");
        if (reference is null)
        {
            return new ErrorTrigger(null);
        }

        if (!definitions.Errors.TryGetValue(reference, out var code))
        {
            problems.Error(element, $"The error event refers to error '{reference}', which is not defined.");
            return null;
        }

        return new ErrorTrigger(code);
    }

    private SignalTrigger? Signal(XElement element, XElement definition)
    {
        var reference = (string?)definition.Attribute("signalRef");
        if (reference is null || !definitions.Signals.TryGetValue(reference, out var name))
        {
            problems.Error(element, reference is null
                ? "The signal event refers to no signal: choose or create a global signal."
                : $"The signal event refers to signal '{reference}', which is not defined (or has no name).");
            return null;
        }

        return new SignalTrigger(name);
    }

    private static string Describe(string name) => name switch
    {
        "startEvent" => "start event",
        "endEvent" => "end event",
        "intermediateCatchEvent" => "intermediate catch event",
        "intermediateThrowEvent" => "intermediate throw event",
        "boundaryEvent" => "boundary event",
        _ => name.Replace("EventDefinition", "", StringComparison.Ordinal),
    };
}
