namespace Ams.Workflow.Engine.Processing;

/// <summary>A command would leave an instance with more variables than it may hold; nothing was written.</summary>
internal sealed class VariableLimitException(string message) : Exception(message);
