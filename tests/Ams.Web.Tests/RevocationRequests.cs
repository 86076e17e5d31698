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
    public static async Task<Guid> FileAsync(AmsWebApplication app, string holderEmail, string reason, string serial = "14a6e6b5ef3449ec")
    {
        await using var scope = app.Services.CreateAsyncScope();
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

    /// <summary>Waits until the request satisfies <paramref name="condition"/> (Hangfire runs its jobs in the background).</summary>
    public static async Task<HolderRequest> WaitForAsync(AmsWebApplication app, Guid requestId, Func<HolderRequest, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
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
