using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ams.Web.Features.Requests;
using Microsoft.Data.Sqlite;

namespace Ams.Web.Tests;

/// <summary>
/// Everything the product keeps lives in the one database of <c>ConnectionStrings:Ams</c>: a whole revocation runs on
/// PostgreSQL, and an installation of the release that kept the CA and the sign-in keys beside its SQLite file is
/// taken over without losing a certificate, a request or a signed-in session.
/// </summary>
public sealed class OneDatabaseTests
{
    [Fact]
    public async Task A_revocation_runs_end_to_end_on_PostgreSQL_and_nothing_is_written_beside_the_database()
    {
        await using var app = new AmsWebApplication(RepositoryFolders.Workflows, AmsWebApplication.OnPostgres());
        var holder = await app.SignInAsync("holder@ams.test");

        var requestId = await RevokeAndApproveAsync(app, holder);

        var request = await RevocationRequests.WaitForAsync(app, requestId, r => r.Enrollment is EnrollmentStates.Success or EnrollmentStates.Failed);
        Assert.Equal(EnrollmentStates.Success, request.Enrollment);
        Assert.False(File.Exists(Path.Combine(app.DataFolder, "ams.db")));
        Assert.False(File.Exists(Path.Combine(app.DataFolder, "pki", "pki.db")));
        Assert.False(Directory.Exists(Path.Combine(app.DataFolder, "keys")));
    }

    [Fact]
    public async Task An_installation_with_the_CA_in_its_own_file_and_keys_in_folders_is_upgraded_without_losing_data()
    {
        var data = Path.Combine(Path.GetTempPath(), "ams-web-tests", Guid.NewGuid().ToString("N"));
        string token;
        string serial;
        Guid requestId;
        var first = new AmsWebApplication(RepositoryFolders.Workflows, dataFolder: data);
        var holder = await first.SignInAsync("holder@ams.test");
        token = holder.DefaultRequestHeaders.Authorization!.Parameter!;
        requestId = await RevokeAndApproveAsync(first, holder);
        serial = (await RevocationRequests.WaitForAsync(first, requestId, r => r.Enrollment == EnrollmentStates.Success)).SerialNumber;
        await first.StopKeepingDataAsync();
        SqliteConnection.ClearAllPools();
        await EarlierLayout.WriteAsync(first.DataFolder);

        await using var upgraded = new AmsWebApplication(RepositoryFolders.Workflows, dataFolder: data);
        var again = upgraded.CreateClient();
        again.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var certificates = (await again.GetFromJsonAsync<JsonArray>("/api/me/certificates"))!;
        Assert.Equal("revoked", certificates.Single(c => c!["serialNumber"]!.GetValue<string>() == serial)!["status"]!.GetValue<string>());
        Assert.Contains(certificates, c => c!["status"]!.GetValue<string>() == "valid");
        var rows = await again.GetFromJsonAsync<JsonArray>("/api/me/requests");
        Assert.Equal("success", rows!.Single(r => r!["id"]!.GetValue<string>() == requestId.ToString())!["enrollment"]!["status"]!.GetValue<string>());
        Assert.False(File.Exists(Path.Combine(upgraded.DataFolder, "pki", "pki.db")));
        Assert.False(Directory.Exists(Path.Combine(upgraded.DataFolder, "keys")));
        Assert.Empty(Directory.GetFiles(Path.Combine(upgraded.DataFolder, "pki"), "*.key.pem"));
    }

    private static async Task<Guid> RevokeAndApproveAsync(AmsWebApplication app, HttpClient holder)
    {
        var serial = (await holder.GetFromJsonAsync<JsonArray>("/api/me/certificates"))!
            .First(c => c!["status"]!.GetValue<string>() == "valid")!["serialNumber"]!.GetValue<string>();
        var filed = await holder.PostAsJsonAsync($"/api/me/certificates/{serial}/revocation-requests", new { reason = "KEY_COMPROMISE" });
        Assert.Equal(HttpStatusCode.Accepted, filed.StatusCode);
        var requestId = Guid.Parse((await filed.Content.ReadFromJsonAsync<JsonObject>())!["requestId"]!.GetValue<string>());
        var op = await app.SignInAsync("op@ams.test");
        var task = (await RevocationRequests.WaitForTaskAsync(op, requestId))["id"]!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsync($"/api/tasks/{task}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables = new { decision = "approved", note = "Revoke" } })).StatusCode);
        return requestId;
    }
}
