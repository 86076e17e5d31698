namespace Ams.Web.Features.Inbox;

/// <summary>Which tasks the inbox lists: a scope, and optional reason, holder, serial, overdue and request-kind (<c>issue</c>, <c>revoke</c>) filters.</summary>
public sealed record InboxFilter(string? Scope = null, string? Reason = null, string? Holder = null, string? Serial = null, bool Overdue = false, string? Kind = null)
{
    /// <summary>Whether a task passes the filters.</summary>
    public bool Matches(TaskView task, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(task);
        return (string.IsNullOrWhiteSpace(Kind) || string.Equals(task.Request?.Kind, Kind, StringComparison.Ordinal))
            && (string.IsNullOrWhiteSpace(Reason) || string.Equals(task.Request?.Reason, Reason, StringComparison.OrdinalIgnoreCase))
            && (string.IsNullOrWhiteSpace(Holder) || (task.Request?.HolderEmail.Contains(Holder.Trim(), StringComparison.OrdinalIgnoreCase) ?? false))
            && (string.IsNullOrWhiteSpace(Serial) || string.Equals(task.Request?.SerialNumber, Serial.Trim(), StringComparison.OrdinalIgnoreCase))
            && (!Overdue || task.DueAt < now);
    }
}
