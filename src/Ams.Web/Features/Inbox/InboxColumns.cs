namespace Ams.Web.Features.Inbox;

/// <summary>The inbox's sortable columns, by the name the query string uses (<c>?sort=requested&amp;dir=desc</c>), with their sort keys.</summary>
public static class InboxColumns
{
    /// <summary>The sort key of each sortable column.</summary>
    public static IReadOnlyDictionary<string, Func<TaskView, IComparable?>> Keys { get; } = new Dictionary<string, Func<TaskView, IComparable?>>(StringComparer.Ordinal)
    {
        ["number"] = t => t.RequestNumber,
        ["task"] = t => t.Name,
        ["kind"] = t => t.Request?.Kind,
        ["requested"] = t => t.Request?.CreatedAt,
        ["reason"] = t => t.Request?.Reason,
        ["holder"] = t => t.Request?.HolderEmail,
        ["serial"] = t => t.Request?.SerialNumber,
        ["priority"] = t => t.Priority,
        ["due"] = t => t.DueAt,
        ["decision"] = t => t.Decision?.Decision,
        ["completed"] = t => t.EndedAt,
    };
}
