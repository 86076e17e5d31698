using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ams.Web.Features.Requests;

namespace Ams.Web.Tests.Inbox;

/// <summary>
/// The verifier's inbox pages as a browser gets them: claim, unclaim and decide post and redirect (a reload posts
/// nothing) with a message saying what happened; a decision claims an unclaimed task; completed tasks show the
/// decision, the note and when; values in words; sortable columns.
/// </summary>
public sealed partial class InboxPagesTests : IAsyncLifetime
{
    private readonly AmsWebApplication app = new(RepositoryFolders.Workflows);
    private HttpClient op = null!;
    private HttpClient browser = null!;

    [Fact]
    public async Task Claiming_and_unclaiming_redirect_to_the_task_and_say_once_what_happened()
    {
        var task = await OpenTaskAsync("UNSPECIFIED");

        var claimed = await PostAsync($"/inbox/{task}?handler=Claim", []);

        Assert.Equal(HttpMethod.Get, claimed.RequestMessage!.Method);
        Assert.Equal($"/inbox/{task}", claimed.RequestMessage.RequestUri!.AbsolutePath);
        var html = await claimed.Content.ReadAsStringAsync();
        Assert.Contains("id=\"inbox-message\" role=\"status\">Tugas berhasil diklaim.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"unclaim\"", html, StringComparison.Ordinal);
        Assert.Contains(">Putuskan</button>", html, StringComparison.Ordinal);
        var reloaded = await browser.GetStringAsync($"/inbox/{task}");
        Assert.DoesNotContain("id=\"inbox-message\"", reloaded, StringComparison.Ordinal);

        var unclaimed = await PostAsync($"/inbox/{task}?handler=Unclaim", []);

        Assert.Equal(HttpMethod.Get, unclaimed.RequestMessage!.Method);
        var after = await unclaimed.Content.ReadAsStringAsync();
        Assert.Contains("Klaim dilepas.", after, StringComparison.Ordinal);
        Assert.Contains("id=\"claim\"", after, StringComparison.Ordinal);
        Assert.Contains(">Klaim &amp; putuskan</button>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deciding_an_unclaimed_task_claims_and_decides_it_in_one_post_and_the_completed_task_shows_decision_note_and_time()
    {
        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", "UNSPECIFIED");
        var task = (await RevocationRequests.WaitForTaskAsync(op, requestId))["id"]!.ToString();
        var page = await browser.GetStringAsync($"/inbox/{task}");
        Assert.Contains("id=\"confirm-decision\"", page, StringComparison.Ordinal);
        Assert.Contains("data-decision-rejected=\"Ditolak\"", page, StringComparison.Ordinal);

        var decided = await PostAsync($"/inbox/{task}?handler=Decide", new() { ["values"] = """{"decision":"rejected","note":"Dokumen tidak lengkap"}""" });

        Assert.Equal(HttpMethod.Get, decided.RequestMessage!.Method);
        Assert.Equal("/inbox?scope=completed", decided.RequestMessage.RequestUri!.PathAndQuery);
        Assert.Contains($"Keputusan untuk permohonan {RequestNumber.Of(requestId)} tersimpan: Ditolak.", await decided.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var request = await RevocationRequests.WaitForAsync(app, requestId, r => r.Verification != VerificationStates.Pending);
        Assert.Equal(VerificationStates.Rejected, request.Verification);
        Assert.Equal("op@ams.test", request.DecidedBy);
        var when = request.DecidedAt!.Value.ToOffset(TimeSpan.FromHours(7)).ToString("dd-MM-yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " WIB";

        var row = Row(await browser.GetStringAsync("/inbox?scope=completed"), task);
        Assert.Contains("data-decision=\"rejected\">Ditolak</td>", row, StringComparison.Ordinal);
        Assert.Contains(">Dokumen tidak lengkap</td>", row, StringComparison.Ordinal);
        Assert.Contains($">{when}</td>", row, StringComparison.Ordinal);
        var completed = await browser.GetStringAsync($"/inbox/{task}");
        Assert.Contains("id=\"decision-value\" data-decision=\"rejected\">Ditolak</dd>", completed, StringComparison.Ordinal);
        Assert.Contains("id=\"decision-note\">Dokumen tidak lengkap</dd>", completed, StringComparison.Ordinal);
        Assert.Contains($"id=\"decision-at\">{when}</dd>", completed, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"complete\"", completed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_decision_returns_to_the_task_with_the_reason_in_words_and_the_values_filled_in_again()
    {
        var task = await OpenTaskAsync("UNSPECIFIED");

        var refused = await PostAsync($"/inbox/{task}?handler=Decide", new() { ["values"] = """{"decision":"rejected","note":""}""" });

        Assert.Equal(HttpMethod.Get, refused.RequestMessage!.Method);
        Assert.Equal($"/inbox/{task}", refused.RequestMessage.RequestUri!.AbsolutePath);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\">Formulir belum diisi dengan benar. Catatan wajib diisi bila permohonan ditolak.</p>", html, StringComparison.Ordinal);
        Assert.Contains("\"decision\":\"rejected\"", FormData(html), StringComparison.Ordinal);
        var details = await op.GetFromJsonAsync<JsonObject>($"/api/tasks/{task}");
        Assert.Equal("created", details!["task"]!["state"]!.GetValue<string>());
        Assert.Null(details["task"]!["assignee"]);
    }

    [Fact]
    public async Task A_task_held_by_another_verifier_names_them_and_offers_no_decision()
    {
        var task = await OpenTaskAsync("UNSPECIFIED");
        var token = await TokenAsync($"/inbox/{task}"); // taken while the page still had a form, as a page left open would
        var op2 = await app.SignInAsync("op2@ams.test");
        Assert.Equal(HttpStatusCode.OK, (await op2.PostAsync($"/api/tasks/{task}/claim", null)).StatusCode);

        var html = await browser.GetStringAsync($"/inbox/{task}");

        Assert.Contains("id=\"held-by-another\">Tugas ini sedang dipegang oleh op2@ams.test.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"complete\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"claim\"", html, StringComparison.Ordinal);
        var decided = await PostAsync($"/inbox/{task}?handler=Decide", new() { ["values"] = """{"decision":"approved"}""" }, token);
        Assert.Contains("Tugas ini sudah diputuskan atau sedang dipegang verifikator lain.", await decided.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_inbox_shows_request_number_kind_reason_date_and_priority_in_words_keeping_the_number_in_a_title()
    {
        var urgent = await RevocationRequests.FileAsync(app, "holder@ams.test", "KEY_COMPROMISE");
        var ordinary = await RevocationRequests.FileAsync(app, "holder2@ams.test", "SUPERSEDED");
        var urgentTask = (await RevocationRequests.WaitForTaskAsync(op, urgent))["id"]!.ToString();
        var ordinaryTask = (await RevocationRequests.WaitForTaskAsync(op, ordinary))["id"]!.ToString();

        var html = await browser.GetStringAsync("/inbox");

        var row = Row(html, urgentTask);
        Assert.Contains($"title=\"{urgent}\">{RequestNumber.Of(urgent)}</td>", row, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"revoke\">Pencabutan</td>", row, StringComparison.Ordinal);
        Assert.Contains("data-reason=\"KEY_COMPROMISE\">Kunci dikompromikan (KEY_COMPROMISE)</td>", row, StringComparison.Ordinal);
        Assert.Contains("class=\"priority\" title=\"90\">Tinggi</td>", row, StringComparison.Ordinal);
        Assert.Matches(@"class=""requested nowrap"">\d\d-\d\d-\d{4} \d\d:\d\d WIB</td>", row);
        Assert.Contains("class=\"priority\" title=\"50\">Normal</td>", Row(html, ordinaryTask), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_inbox_sorts_by_a_column_both_ways_and_marks_the_sorted_header()
    {
        var first = await RevocationRequests.FileAsync(app, "holder@ams.test", "SUPERSEDED");
        var second = await RevocationRequests.FileAsync(app, "holder2@ams.test", "KEY_COMPROMISE");
        var firstTask = (await RevocationRequests.WaitForTaskAsync(op, first))["id"]!.ToString();
        var secondTask = (await RevocationRequests.WaitForTaskAsync(op, second))["id"]!.ToString();

        var ascending = await browser.GetStringAsync("/inbox?scope=open&sort=requested&dir=asc");
        var descending = await browser.GetStringAsync("/inbox?scope=open&sort=requested&dir=desc");
        var byDefault = await browser.GetStringAsync("/inbox");

        Assert.True(ascending.IndexOf(firstTask, StringComparison.Ordinal) < ascending.IndexOf(secondTask, StringComparison.Ordinal));
        Assert.True(descending.IndexOf(secondTask, StringComparison.Ordinal) < descending.IndexOf(firstTask, StringComparison.Ordinal));
        Assert.Contains("aria-sort=\"ascending\" data-column=\"requested\"", ascending, StringComparison.Ordinal);
        Assert.Contains("href=\"/inbox?scope=open&amp;sort=requested&amp;dir=desc\"", ascending, StringComparison.Ordinal);
        Assert.Contains("aria-sort=\"descending\" data-column=\"priority\"", byDefault, StringComparison.Ordinal);
        Assert.True(byDefault.IndexOf(secondTask, StringComparison.Ordinal) < byDefault.IndexOf(firstTask, StringComparison.Ordinal), "Higher priority first.");
        Assert.Single(SortedHeaders().Matches(ascending));
    }

    public async ValueTask InitializeAsync()
    {
        op = await app.SignInAsync("op@ams.test");
        browser = await app.SignInWithCookieAsync("op@ams.test");
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<string> OpenTaskAsync(string reason)
    {
        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", reason);
        return (await RevocationRequests.WaitForTaskAsync(op, requestId))["id"]!.ToString();
    }

    /// <summary>Posts a page's form as a browser does: with the page's antiforgery token, following the redirect.</summary>
    private async Task<HttpResponseMessage> PostAsync(string url, Dictionary<string, string> fields, string? token = null)
    {
        fields["__RequestVerificationToken"] = token ?? await TokenAsync(url.Split('?')[0]);
        var response = await browser.PostAsync(url, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private async Task<string> TokenAsync(string url) =>
        AntiforgeryToken().Match(await browser.GetStringAsync(url)).Groups[1].Value;

    private static string Row(string html, string task)
    {
        var start = html.IndexOf($"<tr data-task=\"{task}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row for task {task}.");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static string FormData(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, "id=\"task-form-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("aria-sort=\"")]
    private static partial Regex SortedHeaders();
}
