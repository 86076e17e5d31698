using System.Text.Json.Nodes;
using Ams.Web.Accounts;
using Ams.Web.Requests;
using Ams.Workflow.Engine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests;

/// <summary>Files a revocation request for a holder the way the holder portal does: the request row, then its process.</summary>
public static class RevocationRequests
{
    public static async Task<Guid> FileAsync(AmsWebApplication app, string holderEmail, string reason, string? serial = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        serial ??= await FirstCertificateAsync(scope.ServiceProvider, holderEmail);
        var holder = await scope.ServiceProvider.GetRequiredService<UserManager<AmsUser>>().FindByEmailAsync(holderEmail);
        var db = scope.ServiceProvider.GetRequiredService<AmsDbContext>();
        var request = new HolderRequest
        {
            Kind = RequestKinds.Revoke,
            HolderId = holder!.Id,
            HolderEmail = holderEmail,
            SerialNumber = serial,
            Reason = reason,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Requests.Add(request);
        await db.SaveChangesAsync();
        var started = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartInstanceAsync("revocation", new JsonObject
        {
            ["requestId"] = request.Id.ToString(),
            ["serialNumber"] = serial,
            ["reason"] = reason,
            ["requesterId"] = holder.Id,
            ["holderEmail"] = holderEmail,
        }, businessKey: request.Id.ToString());
        Assert.True(started.Succeeded, started.Message);
        return request.Id;
    }

    /// <summary>The serial of a valid certificate of the holder (a demo certificate, or one issued now).</summary>
    public static async Task<string> FirstCertificateAsync(IServiceProvider services, string holderEmail)
    {
        var ca = services.GetRequiredService<Ams.Pki.Authority.CertificateAuthority>();
        var certificates = await ca.ListByHolderEmailAsync(holderEmail);
        if (certificates.FirstOrDefault(c => !c.IsRevoked) is { } valid)
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
