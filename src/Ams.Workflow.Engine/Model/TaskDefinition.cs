namespace Ams.Workflow.Engine.Model;

/// <summary>The <c>zeebe:taskDefinition</c> of a service or send task.</summary>
/// <param name="Type">The job type, literal or FEEL.</param>
/// <param name="Retries">The retries, literal or FEEL; null when empty (the default applies).</param>
public sealed record TaskDefinition(ZeebeExpression Type, ZeebeExpression? Retries)
{
    /// <summary>Retries when the model says nothing.</summary>
    public const int DefaultRetries = 3;
}
