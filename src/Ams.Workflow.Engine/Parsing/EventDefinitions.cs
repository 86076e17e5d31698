using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>The root-level definitions events refer to, by id: messages, signals (their names) and errors (their codes).</summary>
internal sealed record EventDefinitions(
    IReadOnlyDictionary<string, MessageDefinition> Messages,
    IReadOnlyDictionary<string, ZeebeExpression> Signals,
    IReadOnlyDictionary<string, string?> Errors);
