using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Requests;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests;

/// <summary>A request row and its process step commit together: never a request without its process, or two open ones.</summary>
public sealed class RequestTransactionTests
{
    public static TheoryData<string> Providers { get; } = ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Twenty_simultaneous_filings_for_one_certificate_give_one_request_with_one_process_and_nineteen_conflicts(string provider)
    {
        await using var app = new AmsWebApplication(RepositoryFolders.Workflows, provider == "Postgres" ? AmsWebApplication.OnPostgres() : null);
        var holders = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.SignInAsync("holder@ams.test")));
        var serial = (await holders[0].GetFromJsonAsync<JsonArray>("/api/me/certificates"))!
            .First(c => c!["status"]!.GetValue<string>() == "valid")!["serialNumber"]!.GetValue<string>();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            holders[i % holders.Length].PostAsJsonAsync($"/api/me/certificates/{serial}/revocation-requests", new { reason = "KEY_COMPROMISE" }))));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Accepted);
        Assert.Equal(19, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        await using var scope = app.Services.CreateAsyncScope();
        var requests = await scope.ServiceProvider.GetRequiredService<AmsDbContext>().Requests.AsNoTracking().ToListAsync();
        var request = Assert.Single(requests, r => r.SerialNumber == serial && r.Kind == RequestKinds.Revoke);
        var instances = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().Store.QueryInstancesAsync(new InstanceQuery { ProcessId = "revocation" }, default);
        var instance = Assert.Single(instances, i => i.BusinessKey == request.Id.ToString());
        Assert.Equal(instance.Id, request.ProcessInstanceId);
        Assert.All(instances, i => Assert.Contains(requests, r => r.Id.ToString() == i.BusinessKey));
    }
}
