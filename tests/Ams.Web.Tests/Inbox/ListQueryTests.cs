using Ams.Web.Infrastructure.Lists;
using Microsoft.AspNetCore.Http;

namespace Ams.Web.Tests.Inbox;

/// <summary>The list's sort and page from the query string, and the links it writes.</summary>
public sealed class ListQueryTests
{
    private static readonly Dictionary<string, Func<int, IComparable?>> Keys = new(StringComparer.Ordinal) { ["value"] = v => v, ["parity"] = v => v % 2 };

    [Fact]
    public void Sorts_by_the_asked_column_and_cuts_the_asked_page()
    {
        var list = Query("?sort=value&dir=desc&page=2&scope=open", pageSize: 3);

        var rows = list.Apply(Enumerable.Range(1, 8), Keys);

        Assert.Equal([5, 4, 3], rows);
        Assert.Equal(3, list.PageCount);
        Assert.Equal("descending", list.AriaSort("value"));
        Assert.Null(list.AriaSort("parity"));
        Assert.Equal("/inbox?scope=open&sort=value&dir=asc", list.LinkToSort("value"));
        Assert.Equal("/inbox?scope=open&sort=parity&dir=asc", list.LinkToSort("parity"));
        Assert.Equal("/inbox?scope=open&sort=value&dir=desc&page=3", list.LinkToPage(3));
    }

    [Fact]
    public void An_unknown_column_or_a_page_out_of_range_falls_back_instead_of_failing()
    {
        var list = Query("?sort=secret&dir=sideways&page=9", pageSize: 3);

        var rows = list.Apply(Enumerable.Range(1, 5), Keys);

        Assert.Equal("value", list.Sort);
        Assert.True(list.Descending);
        Assert.Equal(2, list.Page);
        Assert.Equal([2, 1], rows);
    }

    [Fact]
    public void Rows_that_tie_keep_their_order()
    {
        var rows = Query("?sort=parity&dir=asc", pageSize: 20).Apply([5, 2, 3, 4, 1], Keys);

        Assert.Equal([2, 4, 5, 3, 1], rows);
    }

    private static ListQuery Query(string queryString, int pageSize)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/inbox";
        context.Request.QueryString = new QueryString(queryString);
        return ListQuery.From(context.Request, Keys.Keys, "value", defaultDescending: true, pageSize);
    }
}
