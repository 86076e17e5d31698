using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Ams.Pki.Authority;
using Ams.Pki.Tests.Support;
using Ams.Web.Features.Requests;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests;

/// <summary>
/// Holders' certificates over the API and the CA's endpoints on a real port: <c>openssl ocsp</c> says good before the
/// flow and revoked with the reason after it, and the CRL lists the serial.
/// </summary>
public sealed class CertificateTests : IAsyncLifetime
{
    private readonly AmsWebApplication app = new(RepositoryFolders.Workflows);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "ams-web-pki", Guid.NewGuid().ToString("N"));
    private HttpClient holder = null!;
    private string baseUrl = "";

    [Fact]
    public async Task A_holder_lists_their_demo_certificates_with_lower_case_hex_serials()
    {
        var certificates = await holder.GetFromJsonAsync<JsonArray>("/api/me/certificates");

        Assert.Equal(2, certificates!.Count);
        Assert.All(certificates, c =>
        {
            Assert.Equal("valid", c!["status"]!.GetValue<string>());
            Assert.Matches("^[0-9a-f]{16,}$", c["serialNumber"]!.GetValue<string>());
            Assert.Contains("OID.2.5.4.13=", c["subjectDn"]!.GetValue<string>().Replace("2.5.4.13=", "OID.2.5.4.13=", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Equal("Proteksi Email dan Tanda Tangan Digital", c["product"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task Another_holders_certificate_is_a_404_for_every_call()
    {
        var other = (await (await app.SignInAsync("holder2@ams.test")).GetFromJsonAsync<JsonArray>("/api/me/certificates"))![0]!["serialNumber"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.NotFound, (await holder.GetAsync($"/api/me/certificates/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await holder.GetAsync($"/api/me/certificates/{other}/pem")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await holder.PostAsJsonAsync($"/api/me/certificates/{other}/revocation-requests", new { reason = "UNSPECIFIED" })).StatusCode);
    }

    [Fact]
    public async Task Reasons_a_holder_may_not_choose_or_spelled_otherwise_than_documented_are_refused_and_a_second_request_is_a_conflict()
    {
        var serial = await FirstSerialAsync();

        var privileged = await holder.PostAsJsonAsync($"/api/me/certificates/{serial}/revocation-requests", new { reason = "PRIVILEGE_WITHDRAWN" });
        var hold = await holder.PostAsJsonAsync($"/api/me/certificates/{serial}/revocation-requests", new { reason = "CERTIFICATE_HOLD" });
        var spaced = await holder.PostAsJsonAsync($"/api/me/certificates/{serial}/revocation-requests", new { reason = "key_compromise " });
        var lower = await holder.PostAsJsonAsync($"/api/me/certificates/{serial}/revocation-requests", new { reason = "superseded" });
        var first = await holder.PostAsJsonAsync($"/api/me/certificates/{serial}/revocation-requests", new { reason = "SUPERSEDED" });
        var second = await holder.PostAsJsonAsync($"/api/me/certificates/{serial}/revocation-requests", new { reason = "SUPERSEDED" });

        Assert.Equal(HttpStatusCode.BadRequest, privileged.StatusCode);
        Assert.Contains("\"reason\"", await privileged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, hold.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, spaced.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, lower.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Fact]
    public async Task Verifiers_and_administrators_have_no_certificates_api()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync("op@ams.test")).GetAsync("/api/me/certificates")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync("admin@ams.test")).GetAsync("/api/me/requests")).StatusCode);
    }

    [Fact]
    public async Task Openssl_ocsp_says_good_before_the_flow_and_revoked_with_the_reason_after_it()
    {
        var serial = await FirstSerialAsync();
        await WriteChainAsync(serial);
        Assert.Contains($"leaf.pem: good", await OcspAsync(), StringComparison.Ordinal);

        var filed = await holder.PostAsJsonAsync($"/api/me/certificates/{serial}/revocation-requests", new { reason = "KEY_COMPROMISE" });
        var requestId = Guid.Parse((await filed.Content.ReadFromJsonAsync<JsonObject>())!["requestId"]!.GetValue<string>());
        var op = await app.SignInAsync("op@ams.test");
        var task = (await RevocationRequests.WaitForTaskAsync(op, requestId))["id"]!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables = new { decision = "approved", note = "Revoke" } })).StatusCode);
        var request = await RevocationRequests.WaitForAsync(app, requestId, r => r.Enrollment is EnrollmentStates.Success or EnrollmentStates.Failed);
        Assert.Equal(EnrollmentStates.Success, request.Enrollment);

        var answer = await OcspAsync();
        Assert.Contains("leaf.pem: revoked", answer, StringComparison.Ordinal);
        Assert.Contains("Reason: keyCompromise", answer, StringComparison.Ordinal);
        Assert.Contains("Response verify OK", answer, StringComparison.Ordinal);
        var crl = await WaitForCrlListingAsync(serial);
        Assert.Contains("Key Compromise", crl, StringComparison.Ordinal);
        var rows = await holder.GetFromJsonAsync<JsonArray>("/api/me/requests");
        var row = rows!.Single(r => r!["id"]!.GetValue<string>() == requestId.ToString())!;
        Assert.Equal("approved", row["verification"]!["status"]!.GetValue<string>());
        Assert.Equal("success", row["enrollment"]!["status"]!.GetValue<string>());
    }

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        app.UseKestrel(0);
        app.StartServer();
        baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        holder = await app.SignInAsync("holder@ams.test");
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private async Task<string> FirstSerialAsync() =>
        (await holder.GetFromJsonAsync<JsonArray>("/api/me/certificates"))![0]!["serialNumber"]!.GetValue<string>();

    private async Task WriteChainAsync(string serial)
    {
        var ca = await app.Services.GetRequiredService<CertificateAuthority>().GetCaCertificatesAsync();
        await File.WriteAllTextAsync(Path.Combine(folder, "issuer.pem"), PemEncoding.WriteString("CERTIFICATE", ca.IssuingCaDer));
        await File.WriteAllTextAsync(Path.Combine(folder, "root.pem"), PemEncoding.WriteString("CERTIFICATE", ca.RootDer));
        await File.WriteAllTextAsync(Path.Combine(folder, "leaf.pem"), await holder.GetStringAsync($"/api/me/certificates/{serial}/pem"));
        await File.WriteAllTextAsync(Path.Combine(folder, "served-chain.pem"), await holder.GetStringAsync("/pki/ca.pem"));
    }

    private Task<string> OcspAsync() => OpenSsl.RunOkAsync(folder,
        "ocsp", "-issuer", "issuer.pem", "-cert", "leaf.pem", "-CAfile", "served-chain.pem", "-url", $"{baseUrl}/pki/ocsp", "-resp_text");

    private async Task<string> WaitForCrlListingAsync(string serial)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "current.crl"), await holder.GetByteArrayAsync("/pki/crl"));
            var text = await OpenSsl.RunOkAsync(folder, "crl", "-inform", "DER", "-in", "current.crl", "-text", "-noout");
            if (text.Contains(serial, StringComparison.OrdinalIgnoreCase))
            {
                return text;
            }

            Assert.True(DateTime.UtcNow < deadline, "The CRL did not list the revoked serial in time.");
            await Task.Delay(250);
        }
    }
}
