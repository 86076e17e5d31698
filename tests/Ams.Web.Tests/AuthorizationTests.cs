using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ams.Web.Tests;

/// <summary>Every endpoint and page, called by nobody, a holder, a verifier and an administrator: who may is let in, who may not is refused.</summary>
public sealed class AuthorizationTests(AuthorizationTests.Host host) : IClassFixture<AuthorizationTests.Host>
{
    private static readonly string[] Callers = ["holder@ams.test", "op@ams.test", "admin@ams.test"];

    public static TheoryData<string, string, string> Endpoints() => new()
    {
        { "POST", "/api/workflows", "admin" },
        { "GET", "/api/workflows", "admin" },
        { "POST", "/api/workflows/validation", "admin" },
        { "GET", "/api/workflows/revocation/versions", "admin" },
        { "GET", "/api/workflows/revocation/versions/1/xml", "admin" },
        { "POST", "/api/decisions", "admin" },
        { "GET", "/api/decisions", "admin" },
        { "POST", "/api/decisions/validation", "admin" },
        { "GET", "/api/decisions/revocation-verification/versions/1/xml", "admin" },
        { "GET", "/api/designer/element-templates", "admin" },
        { "GET", "/admin/designer", "admin" },
        { "GET", "/admin/workflows", "admin" },
        { "GET", "/admin/workflows/compare?processId=revocation&left=1&right=2", "admin" },
        { "POST", "/api/process-instances", "admin" },
        { "GET", $"/api/process-instances/{Guid.NewGuid()}", "admin" },
        { "GET", "/api/process-instances", "admin" },
        { "GET", $"/api/process-instances/{Guid.NewGuid()}/history", "admin" },
        { "GET", $"/api/process-instances/{Guid.NewGuid()}/model", "admin" },
        { "GET", "/api/process-instances/statistics?processId=revocation&version=1", "admin" },
        { "GET", "/admin/instances", "admin" },
        { "GET", $"/admin/instances/{Guid.NewGuid()}", "admin" },
        { "GET", "/admin/instances/overview?processId=revocation&version=1", "admin" },
        { "GET", "/admin/instances/overview", "admin" },
        { "GET", "/admin/api-reference", "admin" },
        { "POST", "/api/messages", "admin" },
        { "POST", "/api/signals", "admin" },
        { "POST", "/api/jobs/activation", "admin" },
        { "POST", $"/api/jobs/{Guid.NewGuid()}/complete", "admin" },
        { "POST", $"/api/jobs/{Guid.NewGuid()}/fail", "admin" },
        { "POST", $"/api/jobs/{Guid.NewGuid()}/error", "admin" },
        { "POST", "/api/admin/holders", "admin" },
        { "GET", "/api/incidents", "admin" },
        { "GET", "/api/mail/undelivered", "admin" },
        { "POST", "/api/mail/undelivered/resend", "admin" },
        { "POST", $"/api/mail/undelivered/{Guid.NewGuid()}/resend", "admin" },
        { "GET", "/api/audit", "admin" },
        { "GET", "/api/audit?format=jsonl", "admin" },
        { "GET", "/api/audit/verify", "admin" },
        { "GET", "/admin/mail", "admin" },
        { "POST", $"/api/incidents/{Guid.NewGuid()}/retry", "admin" },
        { "GET", "/hangfire", "admin" },
        { "GET", "/api/forms", "admin" },
        { "GET", "/api/forms/verification", "admin" },
        { "GET", "/api/forms/verification/versions", "admin" },
        { "POST", "/api/forms", "admin" },
        { "GET", "/api/mail-templates", "admin" },
        { "GET", "/api/mail-templates/request-received/id", "admin" },
        { "GET", "/api/mail-templates/request-received/id/versions", "admin" },
        { "POST", "/api/mail-templates", "admin" },
        { "POST", "/api/mail-templates/preview", "admin" },
        { "GET", "/admin/forms", "admin" },
        { "GET", "/admin/forms/verification", "admin" },
        { "GET", "/admin/mail-templates", "admin" },
        { "GET", "/admin/mail-templates/request-received", "admin" },
        { "GET", "/admin/pemegang", "admin" },
        { "GET", "/api/tasks", "verifier admin" },
        { "GET", $"/api/tasks/{Guid.NewGuid()}", "verifier admin" },
        { "POST", $"/api/tasks/{Guid.NewGuid()}/claim", "verifier admin" },
        { "POST", $"/api/tasks/{Guid.NewGuid()}/unclaim", "verifier admin" },
        { "POST", $"/api/tasks/{Guid.NewGuid()}/complete", "verifier admin" },
        { "GET", "/inbox", "verifier admin" },
        { "GET", "/api/me/certificates", "holder" },
        { "GET", "/api/me/certificates/00ff", "holder" },
        { "GET", "/api/me/certificates/00ff/pem", "holder" },
        { "POST", "/api/me/certificates/00ff/revocation-requests", "holder" },
        { "GET", "/api/me/requests", "holder" },
        { "GET", $"/api/tasks/{Guid.NewGuid()}/documents/1", "verifier admin" },
        { "GET", "/api/products", "holder verifier admin" },
        { "POST", "/api/me/certificate-requests", "holder" },
        { "GET", $"/api/me/certificate-requests/{Guid.NewGuid()}/documents/1", "holder" },
        { "POST", $"/api/me/certificate-requests/{Guid.NewGuid()}/enrollment", "holder" },
        { "GET", "/api/me/certificates/00ff/certificate?format=der", "holder" },
        { "GET", "/sertifikat", "holder" },
        { "GET", "/permohonan", "holder" },
        { "GET", "/health", "anyone" },
        { "GET", "/pki/ca.pem", "anyone" },
        { "GET", "/pki/crl", "anyone" },
        { "GET", "/openapi/v1.json", "anyone" },
        { "GET", "/login", "anyone" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Each_role_gets_in_only_where_it_may(string method, string path, string allowed)
    {
        var anonymous = await SendAsync(host.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), method, path);
        if (allowed == "anyone")
        {
            Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
            return;
        }

        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/login", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }

        foreach (var caller in Callers)
        {
            var role = caller switch { "holder@ams.test" => "holder", "op@ams.test" => "verifier", _ => "admin" };
            var answer = await SendAsync(await host.ClientAsync(caller), method, path);
            if (allowed.Split(' ').Contains(role))
            {
                Assert.True(answer.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.InternalServerError),
                    $"{role} on {method} {path}: {answer.StatusCode}");
            }
            else
            {
                Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
            }
        }
    }

    /// <summary>One host for every row, with a signed-in client per caller.</summary>
    public sealed class Host : IAsyncDisposable
    {
        private readonly Dictionary<string, HttpClient> clients = [];

        public AmsWebApplication App { get; } = new();

        public async Task<HttpClient> ClientAsync(string email)
        {
            if (!clients.TryGetValue(email, out var client))
            {
                client = await App.SignInAsync(email);
                clients[email] = client;
            }

            return client;
        }

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = path.StartsWith("/api/workflows", StringComparison.Ordinal) || path.StartsWith("/api/decisions", StringComparison.Ordinal)
                ? new StringContent("<not-bpmn/>", Encoding.UTF8, "application/xml")
                : new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request);
    }
}
