using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Ams.Web.Infrastructure.Lists;

/// <summary>
/// How a list page is sorted and which page of it is shown, from the query string (<c>sort</c>, <c>dir</c>, <c>page</c>);
/// 20 rows a page. It sorts and cuts the rows on the server and writes the links of the sortable headers and the pager
/// (<c>_SortHeader</c>, <c>_Pager</c>), keeping the page's other query values (filters, scope).
/// </summary>
public sealed class ListQuery
{
    /// <summary>Rows a page, unless the page says otherwise.</summary>
    public const int DefaultPageSize = 20;

    private readonly string path;
    private readonly List<KeyValuePair<string, string?>> kept;

    private ListQuery(string path, List<KeyValuePair<string, string?>> kept, string sort, bool descending, int page, int pageSize)
    {
        this.path = path;
        this.kept = kept;
        Sort = sort;
        Descending = descending;
        Page = page;
        PageSize = pageSize;
    }

    /// <summary>The column sorted by.</summary>
    public string Sort { get; }

    /// <summary>Whether the sort runs from high to low.</summary>
    public bool Descending { get; }

    /// <summary>The page shown, from 1; within the pages once <see cref="Apply{T}"/> has counted the rows.</summary>
    public int Page { get; private set; }

    /// <summary>Rows a page.</summary>
    public int PageSize { get; }

    /// <summary>All rows of the list, over all pages.</summary>
    public int Total { get; private set; }

    /// <summary>How many pages the list has (at least one).</summary>
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>
    /// Reads <c>sort</c>, <c>dir</c> (<c>asc</c>, <c>desc</c>) and <c>page</c> from <paramref name="request"/>; an unknown
    /// column or a page that is not a number falls back to the default instead of failing.
    /// </summary>
    public static ListQuery From(HttpRequest request, IEnumerable<string> columns, string defaultSort, bool defaultDescending, int pageSize = DefaultPageSize)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var asked = request.Query["sort"].ToString();
        var known = columns.Contains(asked, StringComparer.Ordinal);
        var sort = known ? asked : defaultSort;
        var descending = request.Query["dir"].ToString() switch
        {
            "desc" when known => true,
            "asc" when known => false,
            _ => known ? false : defaultDescending,
        };
        var page = int.TryParse(request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : 1;
        var kept = request.Query
            .Where(q => q.Key is not ("sort" or "dir" or "page"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .ToList();
        return new ListQuery(request.PathBase + request.Path, kept, sort, descending, page, pageSize);
    }

    /// <summary>Sorts <paramref name="rows"/> by the chosen column's key (rows that tie keep their order) and returns the rows of the page shown.</summary>
    public IReadOnlyList<T> Apply<T>(IEnumerable<T> rows, IReadOnlyDictionary<string, Func<T, IComparable?>> keys)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(keys);
        var all = rows.ToList();
        if (keys.TryGetValue(Sort, out var key))
        {
            all = (Descending ? all.OrderByDescending(key, Comparer<IComparable?>.Default) : all.OrderBy(key, Comparer<IComparable?>.Default)).ToList();
        }

        Total = all.Count;
        Page = Math.Min(Page, PageCount);
        return all.Skip((Page - 1) * PageSize).Take(PageSize).ToList();
    }

    /// <summary>The link of a column's header: sorts by it, ascending first, the other way when it is already the sorted column.</summary>
    public string LinkToSort(string column) =>
        Link(column, column == Sort ? !Descending : false, 1);

    /// <summary>The link to another page of the list, sorted the same way.</summary>
    public string LinkToPage(int page) => Link(Sort, Descending, page);

    /// <summary>The header's <c>aria-sort</c>: <c>ascending</c> or <c>descending</c> on the sorted column, null (no attribute) elsewhere.</summary>
    public string? AriaSort(string column) => column == Sort ? (Descending ? "descending" : "ascending") : null;

    private string Link(string sort, bool descending, int page)
    {
        var query = new List<KeyValuePair<string, string?>>(kept)
        {
            new("sort", sort),
            new("dir", descending ? "desc" : "asc"),
        };
        if (page > 1)
        {
            query.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryHelpers.AddQueryString(path, query);
    }
}
