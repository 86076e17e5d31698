namespace Ams.Workflow.Engine.Feel;

/// <summary>Unwinds the parser at the first syntax error; never escapes <see cref="FeelExpression.Parse(string)"/>.</summary>
internal sealed class FeelSyntaxException : Exception
{
    public FeelSyntaxException()
    {
    }

    public FeelSyntaxException(string message)
        : base(message)
    {
    }

    public FeelSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FeelSyntaxException(string message, int position)
        : base(message)
    {
        Position = position;
    }

    public int Position { get; }
}
