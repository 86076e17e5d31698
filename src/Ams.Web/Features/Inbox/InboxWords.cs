using Ams.Web.Features.Requests;
using Ams.Web.Infrastructure.Localization;

namespace Ams.Web.Features.Inbox;

/// <summary>The inbox's values in the page's words: request kinds, decisions, priorities.</summary>
public static class InboxWords
{
    /// <summary><c>revoke</c> and <c>issue</c> in words; another kind as it is.</summary>
    public static string Kind(string? kind) => kind switch
    {
        RequestKinds.Revoke => Texts.Get("kindRevoke"),
        RequestKinds.Issue => Texts.Get("kindIssue"),
        null => "—",
        _ => kind,
    };

    /// <summary><c>approved</c> and <c>rejected</c> in words, a dash for none; another value as it is.</summary>
    public static string Decision(string? decision) => decision switch
    {
        VerificationStates.Approved => Texts.Get("decisionApproved"),
        VerificationStates.Rejected => Texts.Get("decisionRejected"),
        null or "" => "—",
        _ => decision,
    };

    /// <summary>A priority in words (see <see cref="TaskPriority"/>).</summary>
    public static string Priority(int priority) => Texts.Get(TaskPriority.KeyOf(priority));
}
