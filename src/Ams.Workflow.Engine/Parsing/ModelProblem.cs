namespace Ams.Workflow.Engine.Parsing;

/// <summary>One problem with a model, tied to the element it is about.</summary>
/// <param name="ElementId">The BPMN element's id, when the problem belongs to one.</param>
/// <param name="ElementType">The BPMN element's type (its XML name, such as <c>callActivity</c>).</param>
/// <param name="Message">A sentence saying what is wrong and, where it helps, what to do.</param>
public sealed record ModelProblem(string? ElementId, string? ElementType, string Message)
{
    /// <summary>Whether the problem refuses the deployment (error) or is only reported (warning).</summary>
    public ProblemSeverity Severity { get; init; } = ProblemSeverity.Error;

    /// <summary>A warning: reported with the deployment, which still goes ahead.</summary>
    public static ModelProblem Warning(string? elementId, string? elementType, string message) =>
        new(elementId, elementType, message) { Severity = ProblemSeverity.Warning };
}
