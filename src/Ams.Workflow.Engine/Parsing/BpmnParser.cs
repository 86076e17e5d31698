using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>Placeholder until the parser lands.</summary>
public static class BpmnParser
{
    /// <summary>Parses and validates BPMN XML.</summary>
    public static BpmnParseResult Parse(string xml) => new(null, [new ModelProblem(null, null, "The parser is not available yet.")]);
}

/// <summary>The outcome of parsing.</summary>
public sealed record BpmnParseResult(ProcessModel? Model, IReadOnlyList<ModelProblem> Problems)
{
    /// <summary>Whether the model can be deployed.</summary>
    public bool Succeeded => Model is not null && Problems.Count == 0;
}

/// <summary>One problem with a model.</summary>
public sealed record ModelProblem(string? ElementId, string? ElementType, string Message);
