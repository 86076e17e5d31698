using Ams.Workflow.Engine;

namespace Ams.Web.Features.Inbox;

/// <summary>What an inbox action came to, for the API and the pages to word in their own way.</summary>
public sealed record InboxOutcome(InboxOutcomeKind Kind, string? Message = null, IDictionary<string, string[]>? Errors = null)
{
    /// <summary>For <see cref="InboxOutcomeKind.FourEyes"/>: the model's rule that kept the caller out (a task header such as <c>separateFromRequester</c>).</summary>
    public string? Rule { get; init; }

    /// <summary>Done.</summary>
    public static InboxOutcome Done { get; } = new(InboxOutcomeKind.Done);

    /// <summary>No such task for this caller.</summary>
    public static InboxOutcome NotFound { get; } = new(InboxOutcomeKind.NotFound, "No such task in your inbox.");

    /// <summary>Another verifier holds the task: only they decide it, until they return it.</summary>
    public static InboxOutcome HeldByAnother { get; } = new(InboxOutcomeKind.Conflict, "The task is claimed by another verifier; only they can decide it until they return it.");

    /// <summary>Someone else got there first.</summary>
    public static InboxOutcome Conflict(string? message) => new(InboxOutcomeKind.Conflict, message);

    /// <summary>The form is not filled in correctly.</summary>
    public static InboxOutcome Invalid(IDictionary<string, string[]> errors) => new(InboxOutcomeKind.Invalid, "The form is not filled in correctly.", errors);

    /// <summary>From an engine command.</summary>
    public static InboxOutcome From(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            CommandStatus.Ok => Done,
            CommandStatus.NotFound => NotFound,
            CommandStatus.Conflict => Conflict(result.Message),
            CommandStatus.Refused => new InboxOutcome(InboxOutcomeKind.FourEyes, result.Message) { Rule = result.Rule },
            _ => new InboxOutcome(InboxOutcomeKind.Invalid, result.Message),
        };
    }
}

/// <summary>The kinds of <see cref="InboxOutcome"/>.</summary>
public enum InboxOutcomeKind
{
    /// <summary>Done.</summary>
    Done,

    /// <summary>No such task for this caller.</summary>
    NotFound,

    /// <summary>The model's separation of duties keeps the caller out: they made the request, or did a step it separates from this one.</summary>
    FourEyes,

    /// <summary>Someone else got there first.</summary>
    Conflict,

    /// <summary>The input is not acceptable.</summary>
    Invalid,
}
