using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Runtime;
using Microsoft.Data.Sqlite;

namespace Ams.Web.Tests.Cluster;

/// <summary>
/// One node with its default settings (SQLite, default leases) killed with SIGKILL at several points after a verifier
/// approved a revocation, and started again: each time OCSP says <c>revoked</c> within 30 seconds of the restart, and
/// the request ends <c>success</c>.
/// </summary>
public sealed class CrashRecoveryTests
{
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_node_killed_anywhere_after_an_approval_revokes_the_certificate_within_30_seconds_of_its_restart()
    {
        await using var node = new HostProcess("node-r", []);
        await node.StartAsync();
        var database = Path.Combine(node.DataFolder, "ams.db");
        var killPoints = new (string Name, Func<Task<bool>> Reached)[]
        {
            ("right after the approval answered", () => Task.FromResult(true)),
            ("while a job is leased", () => WaitForRowAsync(database, $"SELECT COUNT(*) FROM wf_jobs WHERE state = {(int)JobState.Activated}")),
            ("while the enrollment waits for the CA", () => WaitForRowAsync(database, "SELECT COUNT(*) FROM pki_enrollments WHERE state IN ('pending', 'running')")),
            ("half a second after the approval", async () => { await Task.Delay(500); return true; }),
        };
        var holders = new[] { "holder@ams.test", "holder2@ams.test" };
        var serials = new List<(string Holder, string Serial)>();
        foreach (var email in holders)
        {
            var client = await node.SignInAsync(email);
            serials.AddRange((await client.GetFromJsonAsync<JsonArray>("/api/me/certificates"))!.Select(c => (email, c!["serialNumber"]!.GetValue<string>())));
        }

        Assert.True(serials.Count >= killPoints.Length, $"The demo holders have {serials.Count} certificates.");
        var ocsp = await OcspQuery.ForClusterAsync(node.BaseAddress);
        for (var round = 0; round < killPoints.Length; round++)
        {
            var (holder, serial) = serials[round];
            var requestId = await FileAndApproveAsync(node, holder, serial);
            var reached = await killPoints[round].Reached();
            node.Kill();
            var state = await DescribeAsync(database);
            var restart = Stopwatch.StartNew();
            await node.StartAsync();
            var revokedAfter = await WaitUntilRevokedAsync(node, ocsp, serial, restart);
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"Killed {killPoints[round].Name} ({(reached ? "reached" : "passed before the kill")}; {state}): OCSP revoked {revokedAfter.TotalSeconds:F1} s after the restart began.");
            Assert.True(revokedAfter <= Target, $"Killed {killPoints[round].Name}: OCSP said revoked only {revokedAfter} after the restart.");
            await WaitUntilSucceededAsync(await node.SignInAsync(holder), requestId);
        }
    }

    private static async Task<Guid> FileAndApproveAsync(HostProcess node, string holderEmail, string serial)
    {
        var holder = await node.SignInAsync(holderEmail);
        var filed = await holder.PostAsJsonAsync($"/api/me/certificates/{serial}/revocation-requests", new { reason = "KEY_COMPROMISE" });
        Assert.Equal(HttpStatusCode.Accepted, filed.StatusCode);
        var requestId = Guid.Parse((await filed.Content.ReadFromJsonAsync<JsonObject>())!["requestId"]!.GetValue<string>());
        var op = await node.SignInAsync("op@ams.test");
        var task = await RevocationRequests.WaitForTaskAsync(op, requestId);
        var id = task["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsync($"/api/tasks/{id}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"/api/tasks/{id}/complete", new { variables = new { decision = "approved", note = "Disetujui" } })).StatusCode);
        return requestId;
    }

    /// <summary>Waits (briefly) until the query counts a row; false when the flow went past it first.</summary>
    private static async Task<bool> WaitForRowAsync(string database, string query)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            await using var command = new SqliteCommand(query, connection);
            if (Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                return true;
            }

            await Task.Delay(2);
        }

        return false;
    }

    /// <summary>What the database held when the node died: open jobs by state and enrollments by state.</summary>
    private static async Task<string> DescribeAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var parts = new List<string>();
        foreach (var query in new[]
        {
            $"SELECT 'job ' || type || ' ' || state FROM wf_jobs WHERE state IN ({(int)JobState.Activatable}, {(int)JobState.Activated})",
            "SELECT 'enrollment ' || state FROM pki_enrollments WHERE state IN ('pending', 'running')",
        })
        {
            await using var command = new SqliteCommand(query, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                parts.Add(reader.GetString(0));
            }
        }

        return parts.Count == 0 ? "nothing open" : string.Join(", ", parts);
    }

    private static async Task<TimeSpan> WaitUntilRevokedAsync(HostProcess node, OcspQuery ocsp, string serial, Stopwatch restart)
    {
        while (true)
        {
            var answer = await ocsp.AskAsync(node.BaseAddress, serial);
            if (OcspQuery.SaysRevoked(answer, serial))
            {
                return restart.Elapsed;
            }

            Assert.True(restart.Elapsed < TimeSpan.FromMinutes(3), $"OCSP never said revoked for {serial}: {answer}");
            await Task.Delay(250);
        }
    }

    private static async Task WaitUntilSucceededAsync(HttpClient holder, Guid requestId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var row = (await holder.GetFromJsonAsync<JsonArray>("/api/me/requests"))!.Single(r => r!["id"]!.GetValue<string>() == requestId.ToString())!;
            var status = row["enrollment"]!["status"]!.GetValue<string>();
            Assert.NotEqual("failed", status);
            if (status == "success")
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Request {requestId} is still {status}.");
            await Task.Delay(500);
        }
    }
}
