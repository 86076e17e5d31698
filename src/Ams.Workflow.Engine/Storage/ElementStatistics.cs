namespace Ams.Workflow.Engine.Storage;

/// <summary>How many running instances of one process version sit at an element, and how many open incidents it holds.</summary>
/// <param name="ElementId">The BPMN element id.</param>
/// <param name="Active">Active instances with a live token at the element.</param>
/// <param name="Incidents">Open incidents raised at the element.</param>
public sealed record ElementStatistics(string ElementId, int Active, int Incidents);
