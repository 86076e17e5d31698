namespace Ams.Workflow.Engine.Feel;

/// <summary>What the nodes of one evaluation read: the variables and the context.</summary>
/// <param name="Variables">The variables.</param>
/// <param name="Context">The evaluation context (the current instant).</param>
internal readonly record struct FeelEvaluationScope(IFeelVariables Variables, FeelEvaluationContext Context);
