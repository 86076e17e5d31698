using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ams.Pki.Authority;
using Ams.Pki.Issuance;
using Ams.Pki.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Ocsp;

namespace Ams.Flow.Bench;

/// <summary>The approval-to-OCSP-revoked benchmark.</summary>
internal static class FlowBenchmark
{
    public static async Task Main(string[] args)
    {
        // Usage: dotnet run -c Release --project bench/Ams.Flow.Bench -- [revocations]
        // Measures, with the host's default settings, the time from a verifier's approval (the API call returning) to
        // the moment the host's OCSP responder answers "revoked" for the certificate.
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
        const string Password = "Bench-Ams-Password-1";
        var folder = Path.Combine(Path.GetTempPath(), "ams-flow-bench", Guid.NewGuid().ToString("N"));
        var root = Directory.GetCurrentDirectory();
        while (!File.Exists(Path.Combine(root, "Ams.Workflow.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run from inside the repository.");
        }

        var host = new FlowHost(folder, root, Password);
        var ca = host.Services.GetRequiredService<CertificateAuthority>();
        var issuer = (await ca.GetCaCertificatesAsync()).IssuingCaDer;
        var serials = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var issued = await ca.IssueWithGeneratedKeyAsync(new SubjectInfo("Budi Santoso", "holder@ams.test", "bench"), CertificateProfile.ProteksiEmailDanTandaTanganDigital, Password, HolderKeyType.EcP256);
            serials.Add(issued.Value!.Certificate.Serial.ToLowerInvariant());
        }

        var holder = await SignInAsync("holder@ams.test");
        var verifier = await SignInAsync("op@ams.test");
        var anonymous = host.CreateClient();
        var latencies = new List<double>();
        foreach (var serial in serials)
        {
            var filed = await holder.PostAsJsonAsync($"/api/me/certificates/{serial}/revocation-requests", new { reason = "KEY_COMPROMISE" });
            filed.EnsureSuccessStatusCode();
            var requestId = (await filed.Content.ReadFromJsonAsync<JsonObject>())!["requestId"]!.GetValue<string>();
            var taskId = await WaitForTaskAsync(requestId);
            var approved = await verifier.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = new { decision = "approved", note = "bench" } });
            approved.EnsureSuccessStatusCode();
            var clock = Stopwatch.StartNew();
            while (!await IsRevokedAsync(serial))
            {
                if (clock.Elapsed > TimeSpan.FromMinutes(2))
                {
                    throw new InvalidOperationException($"{serial} was not revoked within two minutes of its approval.");
                }

                await Task.Delay(10);
            }

            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }

        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"approval -> OCSP revoked, {count} revocations one after another, default settings: p50 {Percentile(0.50):F0} ms, p95 {Percentile(0.95):F0} ms, max {latencies[^1]:F0} ms"));
        await host.DisposeAsync();
        Directory.Delete(folder, recursive: true);

        double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];

        async Task<HttpClient> SignInAsync(string email)
        {
            var client = host.CreateClient();
            var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
            response.EnsureSuccessStatusCode();
            var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client;
        }

        async Task<string> WaitForTaskAsync(string requestId)
        {
            while (true)
            {
                var tasks = await verifier.GetFromJsonAsync<JsonArray>("/api/tasks");
                if (tasks!.FirstOrDefault(t => t!["requestId"]?.GetValue<string>() == requestId) is JsonObject task)
                {
                    return task["id"]!.ToString();
                }

                await Task.Delay(10);
            }
        }

        async Task<bool> IsRevokedAsync(string serial)
        {
            using var content = new ByteArrayContent(OcspRequestBuilder.Build(issuer, [serial]));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/ocsp-request");
            var response = await anonymous.PostAsync("/pki/ocsp", content);
            var ocsp = new OcspResp(await response.Content.ReadAsByteArrayAsync());
            var basic = (BasicOcspResp)ocsp.GetResponseObject();
            return basic.Responses[0].GetCertStatus() is RevokedStatus;
        }
    }
}
