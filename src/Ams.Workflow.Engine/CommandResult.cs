namespace Ams.Workflow.Engine;

/// <summary>The outcome of a command: expected failures are values, with a sentence for the caller.</summary>
public record CommandResult(CommandStatus Status, string? Message = null)
{
    /// <summary>Whether the command was committed.</summary>
    public bool Succeeded => Status == CommandStatus.Ok;

    /// <summary>For <see cref="CommandStatus.Refused"/>: the rule that refused, e.g. the task header <c>separateFrom</c>.</summary>
    public string? Rule { get; init; }

    /// <summary>Done.</summary>
    public static CommandResult Ok { get; } = new(CommandStatus.Ok);

    /// <summary>Nothing to act on.</summary>
    public static CommandResult NotFound(string message) => new(CommandStatus.NotFound, message);

    /// <summary>Lost a race.</summary>
    public static CommandResult Conflict(string message) => new(CommandStatus.Conflict, message);

    /// <summary>The model's rule <paramref name="rule"/> does not let this person do it.</summary>
    public static CommandResult Refused(string rule, string message) => new(CommandStatus.Refused, message) { Rule = rule };

    /// <summary>Bad request.</summary>
    public static CommandResult Invalid(string message) => new(CommandStatus.Invalid, message);
}

/// <summary>The outcome of a command that gives a value.</summary>
public sealed record CommandResult<T>(CommandStatus Status, T? Value, string? Message = null) : CommandResult(Status, Message)
{
    /// <summary>Turns a failure into the typed form.</summary>
    public static CommandResult<T> From(CommandResult failure) => new(failure.Status, default, failure.Message) { Rule = failure.Rule };
}
