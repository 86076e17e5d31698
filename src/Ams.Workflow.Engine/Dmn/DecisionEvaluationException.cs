namespace Ams.Workflow.Engine.Dmn;

/// <summary>
/// A decision that cannot give a result (a UNIQUE table with two matches, a FEEL bound exceeded). Thrown and caught
/// inside <see cref="DecisionRequirementsGraph.Evaluate"/>, which turns it into a failed <see cref="DecisionResult"/>.
/// </summary>
internal sealed class DecisionEvaluationException(string message) : Exception(message);
