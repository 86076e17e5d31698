using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ams.Docker.Tests.Support;
using Ams.Web.Tests;

namespace Ams.Docker.Tests;

/// <summary>
/// docker/ end to end, the way a user runs it: the images built, compose.yaml up with PostgreSQL, two app nodes behind
/// the load balancer and the SMTP catcher, then a revocation over the REST API through the load balancer, from the
/// holder's request through the verifier's approval to the enrollment and the holder's mail.
/// </summary>
public sealed partial class ComposeTests(ITestOutputHelper output)
{
    private const string DemoPassword = "Demo-Ams-2026!";

    [Fact(Timeout = 20 * 60 * 1000)]
    public async Task Two_nodes_behind_the_load_balancer_take_a_revocation_from_request_to_the_holders_mail()
    {
        await DockerEngine.RequireUsableAsync();
        var cancellationToken = TestContext.Current.CancellationToken;
        var timeline = new Timeline(output);
        var root = RepositoryFolders.Root;
        var work = Path.Combine(Path.GetTempPath(), "ams-docker-test-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            output.WriteLine(await StandInImages.EnsureBuiltAsync(root, cancellationToken));
            timeline.Mark("stand-in images (docker/local-images.sh)");
            var context = Path.Combine(work, "context");
            await PrebuiltContext.CreateAsync(root, Path.Combine(work, "sources"), context, cancellationToken);
            timeline.Mark("dotnet publish -r linux-x64 --self-contained");

            await using var stack = new ComposeStack(root, context);
            output.WriteLine($"compose project {stack.Project} at {stack.Address}");
            try
            {
                await stack.BuildAsync(cancellationToken);
                timeline.Mark("docker-compose build");
                await stack.UpAsync(cancellationToken);
                timeline.Mark("docker-compose up (db healthy, app1 healthy)");
                await WaitUntilServingAsync(stack, cancellationToken);
                timeline.Mark("app2 healthy, /health answers through the load balancer");
                await RevokeThroughTheApiAsync(stack, timeline, cancellationToken);
                await BothNodesAnsweredAsync(stack, cancellationToken);
                await PrintWarningsAsync(stack, cancellationToken);
            }
            catch
            {
                // Also when the test times out: what the services said is the way to why.
                output.WriteLine("The last lines of every service:");
                output.WriteLine(await stack.LogsAsync(service: null, CancellationToken.None));
                throw;
            }

            await stack.DownAsync();
            timeline.Mark("docker-compose down --volumes --rmi local");
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static async Task WaitUntilServingAsync(ComposeStack stack, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = stack.Address, Timeout = TimeSpan.FromSeconds(10) };
        await EventuallyAsync("both app nodes healthy and /health answering through the load balancer", TimeSpan.FromMinutes(3), async () =>
        {
            foreach (var node in new[] { "app1", "app2" })
            {
                if (await stack.HealthAsync(node, cancellationToken) != "healthy")
                {
                    return false;
                }
            }

            try
            {
                // Twice: round robin asks each node once.
                for (var i = 0; i < 2; i++)
                {
                    using var response = await http.GetAsync("/health", cancellationToken);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        return false;
                    }
                }

                return true;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // The first request to a fresh container can be reset.
                return false;
            }
        }, cancellationToken);
    }

    private async Task RevokeThroughTheApiAsync(ComposeStack stack, Timeline timeline, CancellationToken cancellationToken)
    {
        using var holder = await AmsApi.SignInAsync(stack.Address, "holder@ams.test", DemoPassword, cancellationToken);
        var certificates = await holder.GetArrayAsync("/api/me/certificates", cancellationToken);
        var serial = certificates.Select(c => c!.AsObject()).First(c => c["status"]!.GetValue<string>() == "valid")["serialNumber"]!.GetValue<string>();
        var (status, body) = await holder.PostAsync($"/api/me/certificates/{serial}/revocation-requests", new { reason = "KEY_COMPROMISE" }, cancellationToken);
        Assert.True(status == 202, $"Filing the revocation of {serial}: {status} {body}");
        var requestId = JsonNode.Parse(body)!["requestId"]!.GetValue<string>();
        timeline.Mark($"holder@ams.test filed request {requestId} for certificate {serial}");

        using var verifier = await AmsApi.SignInAsync(stack.Address, "op@ams.test", DemoPassword, cancellationToken);
        var taskId = "";
        await EventuallyAsync("the verification task in op@ams.test's inbox", TimeSpan.FromMinutes(2), async () =>
        {
            var tasks = await verifier.GetArrayAsync("/api/tasks", cancellationToken);
            var task = tasks.Select(t => t!.AsObject())
                .FirstOrDefault(t => string.Equals(t["requestId"]?.GetValue<string>(), requestId, StringComparison.OrdinalIgnoreCase));
            taskId = task?["id"]!.GetValue<string>() ?? "";
            return task is not null;
        }, cancellationToken);
        timeline.Mark($"task {taskId} in the inbox");

        (status, body) = await verifier.PostAsync($"/api/tasks/{taskId}/claim", body: null, cancellationToken);
        Assert.True(status == 200, $"Claiming task {taskId}: {status} {body}");
        (status, body) = await verifier.PostAsync($"/api/tasks/{taskId}/complete",
            new { variables = new { decision = "approved", note = "ok" } }, cancellationToken);
        Assert.True(status == 200, $"Completing task {taskId}: {status} {body}");
        timeline.Mark("op@ams.test claimed and approved");

        var row = new JsonObject();
        await EventuallyAsync("the holder's request approved and enrolled (success)", TimeSpan.FromMinutes(4), async () =>
        {
            var requests = await holder.GetArrayAsync("/api/me/requests", cancellationToken);
            row = requests.Select(r => r!.AsObject())
                .Single(r => string.Equals(r["id"]!.GetValue<string>(), requestId, StringComparison.OrdinalIgnoreCase));
            var enrollment = row["enrollment"]!["status"]!.GetValue<string>();
            Assert.False(enrollment == "failed", $"The enrollment failed: {row.ToJsonString()}");
            return row["verification"]!["status"]!.GetValue<string>() == "approved" && enrollment == "success";
        }, cancellationToken);
        Assert.Equal("ok", row["verification"]!["note"]?.GetValue<string>());
        timeline.Mark("Status Permohonan: approved, note, enrollment success");

        var certificate = await holder.GetObjectAsync($"/api/me/certificates/{serial}", cancellationToken);
        Assert.Equal("revoked", certificate["status"]!.GetValue<string>());

        var caught = "";
        await EventuallyAsync("a mail to holder@ams.test in the SMTP catcher", TimeSpan.FromMinutes(3), async () =>
        {
            caught = await stack.LogsAsync("mail", cancellationToken);
            return MailToHolder().IsMatch(caught);
        }, cancellationToken);
        timeline.Mark("the SMTP catcher caught the holder's mail");
        output.WriteLine(string.Join(Environment.NewLine, caught.Split('\n').Where(line => line.Contains("| To:", StringComparison.Ordinal)
            || line.Contains("| Subject:", StringComparison.Ordinal))));
    }

    /// <summary>The load balancer's log names the node behind each answer: the API calls above went to both.</summary>
    private async Task BothNodesAnsweredAsync(ComposeStack stack, CancellationToken cancellationToken)
    {
        var answers = ApiAnswer().Matches(await stack.LogsAsync("lb", cancellationToken));
        var nodes = answers.GroupBy(a => a.Groups["node"].Value).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine("API calls per node: " + string.Join(", ", nodes.Select(n => $"{n.Key} {n.Value}")));
        Assert.True(nodes.Count >= 2, $"The load balancer sent every API call to one node: {string.Join(", ", nodes.Keys)}.");
    }

    /// <summary>What the nodes warned about, to see why a step was slow even when the test passes.</summary>
    private async Task PrintWarningsAsync(ComposeStack stack, CancellationToken cancellationToken)
    {
        foreach (var node in new[] { "app1", "app2" })
        {
            // The console formatter writes "warn: Category[id]" and the message on the next line.
            var lines = (await stack.LogsAsync(node, cancellationToken)).Split('\n');
            var warnings = lines.Select((line, i) => (line, i))
                .Where(l => l.line.Contains("| warn: ", StringComparison.Ordinal) || l.line.Contains("| fail: ", StringComparison.Ordinal)
                    || l.line.Contains("| crit: ", StringComparison.Ordinal))
                .ToList();
            output.WriteLine($"{node}: {warnings.Count} warnings and errors");
            foreach (var line in warnings.Take(30).SelectMany(w => lines.Skip(w.i).Take(2)))
            {
                output.WriteLine(line);
            }
        }
    }

    private static async Task EventuallyAsync(string what, TimeSpan within, Func<Task<bool>> condition, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not within {within}: {what}.");
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    // docker/nginx.conf's log format: … "POST /api/… HTTP/1.1" 202 52 -> 172.18.0.5:8080 0.012s
    [GeneratedRegex(@"""[A-Z]+ /api/[^""]*"" \d{3} \d+ -> (?<node>[^\s,]+)")]
    private static partial Regex ApiAnswer();

    // aiosmtpd's Debugging handler prints each message's headers; docker-compose prefixes the service's lines.
    [GeneratedRegex(@"\| To: .*holder@ams\.test", RegexOptions.Multiline)]
    private static partial Regex MailToHolder();
}
