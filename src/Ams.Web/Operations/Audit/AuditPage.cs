namespace Ams.Web.Operations.Audit;

/// <summary>One page of audit entries, and how many pass the filter in all.</summary>
/// <param name="Total">Entries that pass the filter.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">Entries per page.</param>
/// <param name="Items">The entries, in chain order.</param>
public sealed record AuditPage(int Total, int Page, int PageSize, IReadOnlyList<AuditEntry> Items);
