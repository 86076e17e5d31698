using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests;

/// <summary>Files revocation requests the way a holder does: signed in, through the API.</summary>
public static class RevocationRequests
{
    public static async Task<Guid> FileAsync(AmsWebApplication app, string holderEmail, string reason, string? serial = null)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            serial ??= await FirstCertificateAsync(scope.ServiceProvider, holderEmail);
        }

        var holder = await app.SignInAsync(holderEmail);
        var filed = await holder.PostAsJsonAsync($"/api/me/certificates/{serial}/revocation-requests", new { reason });
        Assert.True(filed.StatusCode == System.Net.HttpStatusCode.Accepted, await filed.Content.ReadAsStringAsync());
        return Guid.Parse((await filed.Content.ReadFromJsonAsync<JsonObject>())!["requestId"]!.GetValue<string>());
    }

    /// <summary>The serial of a valid certificate of the holder with no request open (a demo certificate, or one issued now).</summary>
    public static async Task<string> FirstCertificateAsync(IServiceProvider services, string holderEmail)
    {
        var ca = services.GetRequiredService<Ams.Pki.Authority.CertificateAuthority>();
        var certificates = await ca.ListByHolderEmailAsync(holderEmail);
        var open = await services.GetRequiredService<AmsDbContext>().Requests.AsNoTracking()
            .Where(HolderRequest.Open).Select(r => r.SerialNumber).ToListAsync();
        if (certificates.FirstOrDefault(c => !c.IsRevoked && !open.Contains(c.Serial.ToLowerInvariant())) is { } valid)
        {
            return valid.Serial.ToLowerInvariant();
        }

        var issued = await ca.IssueWithGeneratedKeyAsync(
            new Ams.Pki.Issuance.SubjectInfo(holderEmail, holderEmail, "test"), Ams.Pki.Issuance.CertificateProfile.ProteksiEmailDanTandaTanganDigital, "password-123");
        Assert.True(issued.Succeeded, issued.Error?.ToString());
        return issued.Value!.Certificate.Serial.ToLowerInvariant();
    }

    /// <summary>Waits until the request's verification task reaches <paramref name="client"/>'s inbox; returns the task.</summary>
    public static async Task<System.Text.Json.Nodes.JsonObject> WaitForTaskAsync(HttpClient client, Guid requestId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var tasks = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>(client, "/api/tasks");
            if (tasks!.FirstOrDefault(t => t!["requestId"]?.GetValue<string>() == requestId.ToString()) is System.Text.Json.Nodes.JsonObject task)
            {
                return task;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No task for request {requestId} reached the inbox.");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits until the request satisfies <paramref name="condition"/> (Hangfire runs its jobs in the background).</summary>
    public static async Task<HolderRequest> WaitForAsync(AmsWebApplication app, Guid requestId, Func<HolderRequest, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var request = await scope.ServiceProvider.GetRequiredService<AmsDbContext>().Requests.FindAsync(requestId);
                if (request is not null && condition(request))
                {
                    return request;
                }

                if (DateTime.UtcNow > deadline)
                {
                    Assert.Fail($"Request {requestId} did not reach the expected state: verification {request?.Verification}, enrollment {request?.Enrollment}.");
                }
            }

            await Task.Delay(100);
        }
    }
}
