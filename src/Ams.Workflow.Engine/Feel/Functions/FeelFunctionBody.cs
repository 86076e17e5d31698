namespace Ams.Workflow.Engine.Feel.Functions;

/// <summary>The implementation of a built-in function: evaluated arguments in, FEEL value out; never throws for bad values.</summary>
/// <param name="arguments">The evaluated arguments; their count is one the function accepts.</param>
/// <param name="context">The evaluation context, for <c>now()</c> and <c>today()</c>.</param>
/// <returns>The FEEL value; null for arguments of the wrong type or invalid text.</returns>
/// <exception cref="FeelEvaluationException">A result would exceed a bound of <see cref="FeelLimits"/>.</exception>
internal delegate object? FeelFunctionBody(object?[] arguments, FeelEvaluationContext context);
