using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Ams.Pki.Authority;
using Ams.Pki.Revocation;
using Ams.Pki.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Org.BouncyCastle.Ocsp;

namespace Ams.Web.Tests.Cluster;

/// <summary>Two nodes on one PostgreSQL database share no memory, yet agree: what one node saves or signs, the other uses.</summary>
public sealed class SharedStateTests
{
    [Fact]
    public async Task A_token_a_form_and_a_revocation_from_one_node_hold_on_the_other()
    {
        var database = AmsWebApplication.OnPostgres();
        await using var nodeA = new AmsWebApplication(RepositoryFolders.Workflows, database);
        var admin = await nodeA.SignInAsync("admin@ams.test");
        await using var nodeB = new AmsWebApplication(RepositoryFolders.Workflows, database);

        // A bearer token issued by A is read by B.
        var opOnA = await nodeA.SignInAsync("op@ams.test");
        var opOnB = nodeB.CreateClient();
        opOnB.DefaultRequestHeaders.Authorization = opOnA.DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.OK, (await opOnB.GetAsync("/api/tasks")).StatusCode);

        // B reads the verification form, then A saves a stricter version: B's next completion is checked against it.
        var requestId = await RevocationRequests.FileAsync(nodeA, "holder@ams.test", "UNSPECIFIED");
        var task = (await RevocationRequests.WaitForTaskAsync(opOnB, requestId))["id"]!.ToString();
        Assert.Equal(HttpStatusCode.BadRequest, (await opOnB.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables = new { decision = "escalated", note = "x" } })).StatusCode);
        var stricter = (await File.ReadAllTextAsync(Path.Combine(RepositoryFolders.Workflows, "forms", "verification.form")))
            .Replace("\"maxLength\": 1000", "\"maxLength\": 5", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/forms", new StringContent(stricter, Encoding.UTF8, "application/json"))).StatusCode);
        var tooLong = await opOnB.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables = new { decision = "approved", note = "longer than five" } });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("5", (await tooLong.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["note"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        // A certificate revoked through A's CA is revoked in B's next OCSP answer.
        await using var scope = nodeA.Services.CreateAsyncScope();
        var serial = await RevocationRequests.FirstCertificateAsync(scope.ServiceProvider, "holder2@ams.test");
        var issuer = (await nodeB.Services.GetRequiredService<CertificateAuthority>().GetCaCertificatesAsync()).IssuingCaDer;
        Assert.Null(await OcspStatusAsync(nodeB, issuer, serial)); // good
        Assert.True((await nodeA.Services.GetRequiredService<CertificateAuthority>().RevokeAsync(serial, RevocationReason.KeyCompromise, RevocationActor.Holder)).Succeeded);
        Assert.IsType<RevokedStatus>(await OcspStatusAsync(nodeB, issuer, serial));
    }

    [Fact]
    public async Task Three_nodes_starting_together_on_an_empty_database_migrate_it_once_and_all_serve()
    {
        var database = AmsWebApplication.OnPostgres();
        var nodes = Enumerable.Range(0, 3).Select(_ => new AmsWebApplication(RepositoryFolders.Workflows, database)).ToList();
        try
        {
            var clients = await Task.WhenAll(nodes.Select(node => Task.Run(() => node.SignInAsync("admin@ams.test"))));

            foreach (var client in clients)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
            }

            var versions = await clients[0].GetFromJsonAsync<JsonArray>("/api/workflows");
            Assert.Single(versions!, v => v!["processId"]!.GetValue<string>() == "revocation");
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    private static async Task<object?> OcspStatusAsync(AmsWebApplication node, byte[] issuer, string serial)
    {
        using var body = new ByteArrayContent(OcspRequestBuilder.Build(issuer, [serial]));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/ocsp-request");
        var answer = await node.CreateClient().PostAsync("/pki/ocsp", body);
        var response = new OcspResp(await answer.Content.ReadAsByteArrayAsync());
        Assert.Equal(OcspRespStatus.Successful, response.Status);
        return ((BasicOcspResp)response.GetResponseObject()).Responses[0].GetCertStatus();
    }
}
