namespace Ams.Web.Inbox;

/// <summary>Which tasks the inbox lists: a scope, and optional reason, holder, serial and overdue filters.</summary>
public sealed record InboxFilter(string? Scope = null, string? Reason = null, string? Holder = null, string? Serial = null, bool Overdue = false)
{
    /// <summary>Whether a task passes the filters.</summary>
    public bool Matches(TaskView task, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(task);
        return (string.IsNullOrWhiteSpace(Reason) || string.Equals(task.Request?.Reason, Reason, StringComparison.OrdinalIgnoreCase))
            && (string.IsNullOrWhiteSpace(Holder) || (task.Request?.HolderEmail.Contains(Holder.Trim(), StringComparison.OrdinalIgnoreCase) ?? false))
            && (string.IsNullOrWhiteSpace(Serial) || string.Equals(task.Request?.SerialNumber, Serial.Trim(), StringComparison.OrdinalIgnoreCase))
            && (!Overdue || task.DueAt < now);
    }
}
