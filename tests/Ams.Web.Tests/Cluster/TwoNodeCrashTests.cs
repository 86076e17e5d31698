using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Ams.Mail.Tests.Support;
using Ams.Pki;
using Ams.Pki.Authority;
using Ams.Pki.Issuance;
using Ams.Pki.Storage;
using Ams.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ams.Web.Tests.Cluster;

/// <summary>
/// Two host processes on one PostgreSQL database: holders file on one node, verifiers decide on the other, and the
/// holders' node is killed with SIGKILL in the middle and started again. Every request still ends <c>success</c>, each
/// mail arrives once, no job ran twice, and both nodes' OCSP say <c>revoked</c>.
/// </summary>
public sealed class TwoNodeCrashTests
{
    private const int Requests = 200;
    private const string Passphrase = "passphrase of the test cluster";

    [Fact]
    public async Task Two_hundred_revocations_across_two_nodes_survive_a_SIGKILL_of_one_node()
    {
        AiosmtpdServer.RequireInstalled();
        var watch = Stopwatch.StartNew();
        var connectionString = PostgresServer.Instance.CreateDatabase();
        var maildir = Path.Combine(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ams-cluster-tests")).FullName, "mail-" + Guid.NewGuid().ToString("N"));
        await using var smtp = new AiosmtpdServer(maildir);
        await smtp.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Ams__Database__Provider"] = "Postgres",
            ["ConnectionStrings__Ams"] = connectionString,
            ["Ams__Pki__KeyPassphrase"] = Passphrase,
            ["Ams__Mail__Smtp__Host"] = "127.0.0.1",
            ["Ams__Mail__Smtp__Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Mail a killed node had claimed is claimed again after this lease (default 2 min).
            ["Ams__Mail__Delivery__LeaseDuration"] = "00:00:20",
        };
        await using var holdersNode = new HostProcess("node-a", settings);
        await using var verifiersNode = new HostProcess("node-b", settings);
        await holdersNode.StartAsync();
        await verifiersNode.StartAsync();
        var serials = await IssueCertificatesAsync(connectionString);
        var holders = new Dictionary<string, HttpClient>
        {
            ["holder@ams.test"] = await holdersNode.SignInAsync("holder@ams.test"),
            ["holder2@ams.test"] = await holdersNode.SignInAsync("holder2@ams.test"),
        };
        var op = await verifiersNode.SignInAsync("op@ams.test");
        TestContext.Current.TestOutputHelper?.WriteLine($"Cluster up, {serials.Count} certificates issued: {watch.Elapsed}");

        var requestIds = new List<Guid>();
        foreach (var chunk in serials.Chunk(10))
        {
            requestIds.AddRange(await Task.WhenAll(chunk.Select(s => FileAsync(holders[s.Email], s.Serial))));
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{requestIds.Count} requests filed on node A: {watch.Elapsed}");
        var approved = 0;
        var killed = false;
        while (approved < Requests)
        {
            var tasks = (await op.GetFromJsonAsync<JsonArray>("/api/tasks?scope=open"))!;
            foreach (var task in tasks.Take(20))
            {
                var id = task!["id"]!.ToString();
                Assert.Equal(HttpStatusCode.OK, (await op.PostAsync($"/api/tasks/{id}/claim", null)).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"/api/tasks/{id}/complete", new { variables = new { decision = "approved", note = "Disetujui" } })).StatusCode);
                approved++;
            }

            if (!killed && approved >= Requests / 2)
            {
                holdersNode.Kill();
                killed = true;
                TestContext.Current.TestOutputHelper?.WriteLine($"Node A killed after {approved} approvals: {watch.Elapsed}");
                await holdersNode.StartAsync();
                TestContext.Current.TestOutputHelper?.WriteLine($"Node A restarted: {watch.Elapsed}");
                holders = new Dictionary<string, HttpClient>
                {
                    ["holder@ams.test"] = await holdersNode.SignInAsync("holder@ams.test"),
                    ["holder2@ams.test"] = await holdersNode.SignInAsync("holder2@ams.test"),
                };
            }

            if (tasks.Count == 0)
            {
                await Task.Delay(200);
            }
        }

        await WaitUntilAllSucceededAsync(holders.Values, requestIds);
        TestContext.Current.TestOutputHelper?.WriteLine($"All {Requests} requests ended success: {watch.Elapsed}");

        await AssertNoJobRanTwiceAsync(connectionString);
        AssertEachMailArrivedOnce(smtp, requestIds);
        await AssertOcspSaysRevokedOnBothNodesAsync([holdersNode, verifiersNode], serials.Take(3).Select(s => s.Serial));
        TestContext.Current.TestOutputHelper?.WriteLine($"Checked: {watch.Elapsed}");
    }

    /// <summary>Certificates for the two demo holders, issued by the cluster's CA through its database.</summary>
    private static async Task<List<(string Email, string Serial)>> IssueCertificatesAsync(string connectionString)
    {
        await using var services = new ServiceCollection()
            .AddAmsPki(pki =>
            {
                pki.DataDirectory = Path.Combine(Path.GetTempPath(), "ams-cluster-tests", Guid.NewGuid().ToString("N"));
                pki.KeyPassphrase = Passphrase;
                pki.ConfigureDatabase = db => PkiDatabase.UsePostgres(db, connectionString);
            })
            .BuildServiceProvider();
        var ca = services.GetRequiredService<CertificateAuthority>();
        var serials = new List<(string, string)>();
        for (var i = 0; i < Requests; i++)
        {
            var email = i % 2 == 0 ? "holder@ams.test" : "holder2@ams.test";
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var csr = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=ignored", key, HashAlgorithmName.SHA256).CreateSigningRequest();
            var issued = await ca.IssueFromCsrAsync(csr, new SubjectInfo(email, email, "3171000000000000"), CertificateProfile.ProteksiEmailDanTandaTanganDigital);
            Assert.True(issued.Succeeded, issued.ToString());
            serials.Add((email, issued.Value.Serial.ToLowerInvariant()));
        }

        return serials;
    }

    private static async Task<Guid> FileAsync(HttpClient holder, string serial)
    {
        var filed = await holder.PostAsJsonAsync($"/api/me/certificates/{serial}/revocation-requests", new { reason = "KEY_COMPROMISE" });
        Assert.Equal(HttpStatusCode.Accepted, filed.StatusCode);
        return Guid.Parse((await filed.Content.ReadFromJsonAsync<JsonObject>())!["requestId"]!.GetValue<string>());
    }

    private static async Task WaitUntilAllSucceededAsync(IEnumerable<HttpClient> holders, List<Guid> requestIds)
    {
        var wanted = requestIds.Select(id => id.ToString()).ToHashSet();
        var deadline = DateTime.UtcNow.AddMinutes(6);
        while (true)
        {
            var rows = new List<JsonNode>();
            foreach (var holder in holders)
            {
                rows.AddRange((await holder.GetFromJsonAsync<JsonArray>("/api/me/requests"))!.Where(r => wanted.Contains(r!["id"]!.GetValue<string>()))!);
            }

            var failed = rows.Where(r => r["enrollment"]!["status"]!.GetValue<string>() == "failed").ToList();
            Assert.True(failed.Count == 0, $"Requests failed: {string.Join("; ", failed.Select(r => r.ToJsonString()))}");
            var done = rows.Count(r => r["enrollment"]!["status"]!.GetValue<string>() == "success");
            if (done == wanted.Count)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{done} of {wanted.Count} requests ended success in time.");
            await Task.Delay(1000);
        }
    }

    /// <summary>Every job of every instance completed once, and the CA executed each request's enrollment once.</summary>
    private static async Task AssertNoJobRanTwiceAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var twice = new NpgsqlCommand(
            $"SELECT process_instance_id, element_id, COUNT(*) FROM wf_history WHERE type = {(int)Ams.Workflow.Engine.Runtime.HistoryEventType.JobCompleted} " +
            "GROUP BY process_instance_id, element_id HAVING COUNT(*) > 1", connection);
        await using (var reader = await twice.ExecuteReaderAsync())
        {
            Assert.False(await reader.ReadAsync(), "A job completed twice.");
        }

        await using var completed = new NpgsqlCommand(
            $"SELECT COUNT(*) FROM wf_history WHERE type = {(int)Ams.Workflow.Engine.Runtime.HistoryEventType.JobCompleted}", connection);
        Assert.True((long)(await completed.ExecuteScalarAsync())! >= Requests * 3);
        await using var enrollments = new NpgsqlCommand("SELECT COUNT(*), COUNT(DISTINCT reference) FROM pki_enrollments", connection);
        await using var counts = await enrollments.ExecuteReaderAsync();
        await counts.ReadAsync();
        Assert.Equal(Requests, counts.GetInt64(0));
        Assert.Equal(Requests, counts.GetInt64(1));
    }

    /// <summary>
    /// Each request's mails arrived once each, counted by Message-ID: the same number for every request. SMTP hand-over is
    /// at least once: a node killed after the server took a mail and before marking it sent leaves it to be sent again,
    /// and the copy carries the same Message-ID (derived from the outbox row), by which mail clients show it once.
    /// </summary>
    private static void AssertEachMailArrivedOnce(AiosmtpdServer smtp, List<Guid> requestIds)
    {
        // Mail the killed node had claimed arrives once its lease ran out and a minutely pass took it again.
        var deadline = DateTime.UtcNow.AddSeconds(150);
        var perRequest = requestIds.ToDictionary(id => id, _ => 0);
        IReadOnlyList<MimeKit.MimeMessage> messages;
        while (true)
        {
            messages = smtp.ReceivedMessages();
            var distinct = messages.DistinctBy(m => m.MessageId).ToList();
            foreach (var id in requestIds)
            {
                var text = id.ToString()[..8];
                perRequest[id] = distinct.Count(m => (m.Subject + m.TextBody + m.HtmlBody).Contains(text, StringComparison.OrdinalIgnoreCase));
            }

            if (perRequest.Values.Distinct().Count() == 1 || DateTime.UtcNow > deadline)
            {
                break;
            }

            Thread.Sleep(500);
        }

        Assert.Single(perRequest.Values.Distinct());
        Assert.True(perRequest.Values.First() >= 2, $"Each request got {perRequest.Values.First()} mails.");
        var differing = messages.GroupBy(m => m.MessageId).Where(g => g.Select(m => (m.Subject, To: m.To.ToString(), m.TextBody)).Distinct().Count() > 1).ToList();
        Assert.True(differing.Count == 0, $"One Message-ID named different mails: {string.Join("; ", differing.Select(d => d.Key))}");
        TestContext.Current.TestOutputHelper?.WriteLine($"{messages.Count} SMTP hand-overs for {messages.DistinctBy(m => m.MessageId).Count()} mails.");
    }

    private static async Task AssertOcspSaysRevokedOnBothNodesAsync(IEnumerable<HostProcess> nodes, IEnumerable<string> serials)
    {
        var nodeList = nodes.ToList();
        var ocsp = await OcspQuery.ForClusterAsync(nodeList[0].BaseAddress);
        foreach (var serial in serials)
        {
            foreach (var node in nodeList)
            {
                var answer = await ocsp.AskAsync(node.BaseAddress, serial);
                Assert.True(OcspQuery.SaysRevoked(answer, serial), answer);
            }
        }
    }
}
