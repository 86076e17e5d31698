using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>
/// axe-core on a page as it stands, reporting the violations of impact serious or critical one line each: who, where,
/// the rule, its impact and the element. bpmn-js's and form-js's canvases are checked too: nothing drawn by them needs
/// excluding today; should an update of theirs bring a violation we cannot fix, exclude that element here and say why.
/// The API reference is the one page left out: Scalar writes the whole page (no <c>lang</c> on its <c>html</c>, its own
/// search box's placeholder colour), and none of its markup is ours to change.
/// </summary>
public static class AxeCheck
{
    private static readonly HashSet<string> Blocking = new(StringComparer.Ordinal) { "serious", "critical" };

    /// <summary>The serious and critical violations of <paramref name="page"/>, which shows <paramref name="visit"/>.</summary>
    public static async Task<IReadOnlyList<string>> SeriousOrCriticalAsync(IPage page, RolePage visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        if (!visit.OurMarkup)
        {
            return [];
        }

        var result = await page.RunAxe();
        return [.. result.Violations
            .Where(v => Blocking.Contains(v.Impact))
            .SelectMany(v => v.Nodes.Select(n => $"{visit.Role} {visit.Path}: {v.Id} ({v.Impact}) at {n.Target}: {Shorten(n.Html)}"))];
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";
}
