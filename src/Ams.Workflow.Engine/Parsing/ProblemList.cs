using System.Xml.Linq;
using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>Collects every problem of one parse, so the modeller sees them all at once.</summary>
internal sealed class ProblemList
{
    private readonly List<ModelProblem> problems = [];

    public IReadOnlyList<ModelProblem> All => problems;

    public bool HasErrors => problems.Exists(p => p.Severity == ProblemSeverity.Error);

    public void Error(XElement element, string message) =>
        problems.Add(new ModelProblem(IdOf(element), element.Name.LocalName, message));

    public void Error(FlowElement element, string message) =>
        problems.Add(new ModelProblem(element.Id, element.ElementType, message));

    public void Error(string? elementId, string? elementType, string message) =>
        problems.Add(new ModelProblem(elementId, elementType, message));

    public void Error(string message) => problems.Add(new ModelProblem(null, null, message));

    public void Warning(FlowElement element, string message) =>
        problems.Add(ModelProblem.Warning(element.Id, element.ElementType, message));

    public static string? IdOf(XElement element) => (string?)element.Attribute("id");
}
