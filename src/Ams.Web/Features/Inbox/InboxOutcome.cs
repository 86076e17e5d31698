using Ams.Workflow.Engine;

namespace Ams.Web.Features.Inbox;

/// <summary>What an inbox action came to, for the API and the pages to word in their own way.</summary>
public sealed record InboxOutcome(InboxOutcomeKind Kind, string? Message = null, IDictionary<string, string[]>? Errors = null)
{
    /// <summary>Done.</summary>
    public static InboxOutcome Done { get; } = new(InboxOutcomeKind.Done);

    /// <summary>No such task for this caller.</summary>
    public static InboxOutcome NotFound { get; } = new(InboxOutcomeKind.NotFound, "No such task in your inbox.");

    /// <summary>The caller made the request.</summary>
    public static InboxOutcome OwnRequest { get; } = new(InboxOutcomeKind.FourEyes, "You cannot decide a request you made yourself.");

    /// <summary>The caller decided an earlier step of the same request: every approval is made by a different person.</summary>
    public static InboxOutcome SecondDecision { get; } = new(InboxOutcomeKind.FourEyes, "You decided an earlier step of this request; another verifier must decide this one.");

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

    /// <summary>The caller made the request.</summary>
    FourEyes,

    /// <summary>Someone else got there first.</summary>
    Conflict,

    /// <summary>The input is not acceptable.</summary>
    Invalid,
}
