using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Ams.Web.Features.Requests;

namespace Ams.Web.Tests.Issuance;

/// <summary>An approved issuance the holder does not enroll within <c>Ams:Issuance:EnrollmentWindow</c> expires by the model's boundary timer, with mails for each step.</summary>
public sealed class IssuanceExpiryTests : IAsyncLifetime
{
    private readonly AmsWebApplication app = new(RepositoryFolders.Workflows, new() { ["Ams:Issuance:EnrollmentWindow"] = "PT2S" });

    [Fact]
    public async Task Not_enrolled_in_time_the_request_expires_the_holder_is_mailed_and_may_apply_again()
    {
        var holder = await app.SignInAsync("holder2@ams.test");
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");
        var form = IssuanceTests.Form("Tanda Tangan Digital", ("idCard", pdf, "ktp.pdf"), ("recommendationLetter", pdf, "surat.pdf"));
        var filed = await holder.PostAsync("/api/me/certificate-requests", form);
        Assert.Equal(HttpStatusCode.Accepted, filed.StatusCode);
        var requestId = Guid.Parse((await filed.Content.ReadFromJsonAsync<JsonObject>())!["requestId"]!.GetValue<string>());
        var op = await app.SignInAsync("op@ams.test");
        await IssuanceTests.ApproveAsync(op, await IssuanceTests.WaitForTaskAsync(op, requestId, "issue"), requestId);

        var request = await RevocationRequests.WaitForAsync(app, requestId, r => r.Enrollment == EnrollmentStates.Expired);
        Assert.Equal(VerificationStates.Approved, request.Verification);
        var enroll = await holder.PostAsJsonAsync($"/api/me/certificate-requests/{requestId}/enrollment", new { passphrase = "long enough passphrase" });
        Assert.Equal(HttpStatusCode.Conflict, enroll.StatusCode);

        var subjects = await WaitForMailSubjectsAsync(3);
        Assert.Contains(subjects, s => s.Contains("diterima", StringComparison.Ordinal));
        Assert.Contains(subjects, s => s.Contains("enrollment", StringComparison.Ordinal));
        Assert.Contains(subjects, s => s.Contains("kedaluwarsa", StringComparison.Ordinal));
        var again = await holder.PostAsync("/api/me/certificate-requests", IssuanceTests.Form("Tanda Tangan Digital", ("idCard", pdf, "ktp.pdf"), ("recommendationLetter", pdf, "surat.pdf")));
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<List<string>> WaitForMailSubjectsAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        var folder = Path.Combine(app.DataFolder, "mail");
        while (true)
        {
            var subjects = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f).Subject ?? "").ToList()
                : [];
            if (subjects.Count >= count)
            {
                return subjects;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{subjects.Count} of {count} mails: {string.Join(" | ", subjects)}");
            await Task.Delay(200);
        }
    }
}
