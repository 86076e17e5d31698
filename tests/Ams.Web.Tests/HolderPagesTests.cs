using System.Net;
using System.Text.RegularExpressions;
using Ams.Pki.Authority;
using Ams.Pki.Revocation;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests;

/// <summary>
/// The holder's pages as a browser gets them: Revoke posts and redirects with a notice shown once, statuses and reasons in
/// words, pending cells that say what they wait for, the revocation's reason and date, the PEM download with the cookie,
/// dates that do not wrap and the same empty state on every list.
/// </summary>
public sealed partial class HolderPagesTests : IAsyncLifetime
{
    private readonly AmsWebApplication app = new(RepositoryFolders.Workflows);

    [Fact]
    public async Task Revoke_redirects_to_the_request_status_which_confirms_once_and_every_page_shows_the_request_in_progress()
    {
        var holder = await app.SignInWithCookieAsync("holder@ams.test");
        string serial;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            serial = await RevocationRequests.FirstCertificateAsync(scope.ServiceProvider, "holder@ams.test");
        }

        var info = await holder.GetStringAsync($"/sertifikat/{serial}");
        Assert.Contains("<option value=\"KEY_COMPROMISE\">Kunci dikompromikan (KEY_COMPROMISE)</option>", info, StringComparison.Ordinal);
        var filed = await holder.PostAsync($"/sertifikat/{serial}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(info).Groups[1].Value,
            ["reason"] = "KEY_COMPROMISE",
        }));

        // The post answered a redirect, followed with a GET: reloading the page shown re-posts nothing.
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        Assert.Equal(HttpMethod.Get, filed.RequestMessage!.Method);
        Assert.Equal("/permohonan", filed.RequestMessage.RequestUri!.AbsolutePath);
        var status = await filed.Content.ReadAsStringAsync();
        var request = await OnlyOpenRevocationAsync(serial);
        var number = RequestNumber.Of(request).ToString();
        Assert.Matches("^#[0-9A-F]{8}$", number);
        Assert.Contains($"Permohonan pencabutan {number} untuk sertifikat {serial} telah diajukan", status, StringComparison.Ordinal);
        var row = Row(status, $"data-request=\"{request}\"");
        Assert.Contains(number, row, StringComparison.Ordinal);
        Assert.Contains("Kunci dikompromikan (KEY_COMPROMISE)", row, StringComparison.Ordinal);
        Assert.Matches("class=\"verification\" data-status=\"pending\">\\s*menunggu verifikasi\\s*</td>", row);
        Assert.Matches("class=\"enrollment\" data-status=\"none\">menunggu verifikasi", row);
        Assert.Matches("<td class=\"date\">\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d WIB</td>", row);

        var reloaded = await holder.GetStringAsync("/permohonan");
        Assert.DoesNotContain("telah diajukan", reloaded, StringComparison.Ordinal);
        Assert.Equal(1, await OpenRevocationCountAsync(serial));

        var list = await holder.GetStringAsync("/sertifikat");
        Assert.Matches("class=\"status\" data-status=\"revocation-requested\">\\s*pencabutan diajukan\\s*</td>", Row(list, $"data-serial=\"{serial}\""));
        var infoNow = await holder.GetStringAsync($"/sertifikat/{serial}");
        Assert.Contains($"Permohonan {number} untuk sertifikat ini sedang diproses.", infoNow, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"revoke\"", infoNow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_revoke_redirects_back_to_the_certificate_with_the_reason_in_words()
    {
        var holder = await app.SignInWithCookieAsync("holder@ams.test");
        string serial;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            serial = await RevocationRequests.FirstCertificateAsync(scope.ServiceProvider, "holder@ams.test");
        }

        var info = await holder.GetStringAsync($"/sertifikat/{serial}");
        var refused = await holder.PostAsync($"/sertifikat/{serial}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(info).Groups[1].Value,
            ["reason"] = "PRIVILEGE_WITHDRAWN",
        }));

        Assert.Equal(HttpMethod.Get, refused.RequestMessage!.Method);
        Assert.Equal($"/sertifikat/{serial}", refused.RequestMessage.RequestUri!.AbsolutePath);
        Assert.Contains("Alasan ini tidak dapat dipilih oleh pemegang sertifikat.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await OpenRevocationCountAsync(serial));
    }

    [Fact]
    public async Task A_revoked_certificate_shows_the_reason_in_words_and_the_date_in_WIB_and_downloads_as_PEM_with_the_cookie()
    {
        var holder = await app.SignInWithCookieAsync("holder@ams.test");
        string serial;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            serial = await RevocationRequests.FirstCertificateAsync(scope.ServiceProvider, "holder@ams.test");
            var revoked = await scope.ServiceProvider.GetRequiredService<CertificateAuthority>().RevokeAsync(serial, RevocationReason.KeyCompromise, RevocationActor.Operator);
            Assert.True(revoked.Succeeded);
            var at = revoked.Value!.RevokedAt!.Value.ToOffset(TimeSpan.FromHours(7)).ToString("dd-MM-yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

            var info = await holder.GetStringAsync($"/sertifikat/{serial}");

            Assert.Contains("<dd id=\"revocation-reason\">Kunci dikompromikan (KEY_COMPROMISE)</dd>", info, StringComparison.Ordinal);
            Assert.Contains($"<dd id=\"revoked-at\" class=\"date\">{at} WIB</dd>", info, StringComparison.Ordinal);
            Assert.Contains(">dicabut</dd>", info, StringComparison.Ordinal);
            var pem = Regex.Match(info, "id=\"download-pem\" href=\"([^\"]+)\"").Groups[1].Value;
            var download = await holder.GetAsync(pem);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.StartsWith("-----BEGIN CERTIFICATE-----", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var list = await holder.GetStringAsync("/sertifikat");
        var row = Row(list, $"data-serial=\"{serial}\"");
        Assert.Contains("dicabut", row, StringComparison.Ordinal);
        Assert.Contains("Kunci dikompromikan (KEY_COMPROMISE)", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_holder_list_shows_the_same_empty_state_and_dates_do_not_wrap()
    {
        await app.CreateUserAsync("new-holder@ams.test", Roles.Holder);
        var holder = await app.SignInWithCookieAsync("new-holder@ams.test");

        var certificates = await holder.GetStringAsync("/sertifikat");
        var requests = await holder.GetStringAsync("/permohonan");
        var css = await holder.GetStringAsync("/css/site.css");

        Assert.Contains("class=\"card empty-state\" id=\"no-certificates\"", certificates, StringComparison.Ordinal);
        Assert.Contains("class=\"card empty-state\" id=\"no-requests\"", requests, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", certificates, StringComparison.Ordinal);
        Assert.Contains("td.date, dd.date, .date { white-space: nowrap; }", css, StringComparison.Ordinal);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task<Guid> OnlyOpenRevocationAsync(string serial)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<AmsDbContext>().Requests
            .Where(r => r.SerialNumber == serial && r.Kind == RequestKinds.Revoke).AsEnumerable().Single(r => r.IsOpen).Id;
    }

    private async Task<int> OpenRevocationCountAsync(string serial)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<AmsDbContext>().Requests
            .Where(r => r.SerialNumber == serial && r.Kind == RequestKinds.Revoke).AsEnumerable().Count(r => r.IsOpen);
    }

    /// <summary>The table row carrying <paramref name="attribute"/>.</summary>
    private static string Row(string page, string attribute)
    {
        var start = page.IndexOf(attribute, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row with {attribute}.");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
