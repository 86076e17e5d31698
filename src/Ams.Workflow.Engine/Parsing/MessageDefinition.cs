using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>A root-level <c>bpmn:message</c>: its name and the correlation key its catch events subscribe with.</summary>
internal sealed record MessageDefinition(string Name, ZeebeExpression? CorrelationKey);
