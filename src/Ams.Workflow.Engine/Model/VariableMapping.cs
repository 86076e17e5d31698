namespace Ams.Workflow.Engine.Model;

/// <summary>One <c>zeebe:input</c> or <c>zeebe:output</c>: a source value and a target variable path.</summary>
public sealed record VariableMapping(ZeebeExpression Source, string Target);
