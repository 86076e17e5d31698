namespace Ams.Workflow.Engine.Feel;

/// <summary>Thrown when evaluating a FEEL expression exceeds a bound (string length, list length, nesting).</summary>
public sealed class FeelEvaluationException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public FeelEvaluationException()
        : base("The FEEL evaluation exceeded a bound.")
    {
    }

    /// <summary>Creates an exception with the given message.</summary>
    /// <param name="message">A sentence that says which bound was exceeded.</param>
    public FeelEvaluationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with the given message and cause.</summary>
    /// <param name="message">A sentence that says which bound was exceeded.</param>
    /// <param name="innerException">The cause.</param>
    public FeelEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
