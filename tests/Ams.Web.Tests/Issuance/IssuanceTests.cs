using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Ams.Pki.Authority;
using Ams.Pki.Tests.Support;
using Ams.Web.Features.Requests;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests.Issuance;

/// <summary>
/// Issuance over the API on a real port: apply with documents, a verifier approves from the inbox, the holder enrolls
/// with an openssl-made CSR or a server-made key; openssl verifies the certificate, OCSP says good, the PKCS#12 opens
/// with its passphrase only.
/// </summary>
public sealed class IssuanceTests : IAsyncLifetime
{
    private const string Product = "Proteksi Email dan Tanda Tangan Digital";
    private const string SigningProduct = "Tanda Tangan Digital";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private readonly AmsWebApplication app = new(RepositoryFolders.Workflows);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "ams-web-issuance", Guid.NewGuid().ToString("N"));
    private HttpClient holder = null!;
    private string baseUrl = "";

    [Fact]
    public async Task A_holder_applies_a_verifier_approves_after_opening_a_document_and_an_openssl_csr_is_issued_verified_and_good()
    {
        var products = await holder.GetFromJsonAsync<JsonArray>("/api/products");
        var signing = products!.Single(p => p!["name"]!.GetValue<string>() == SigningProduct)!;
        Assert.DoesNotContain("emailProtection", signing["extendedKeyUsages"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("nonRepudiation", signing["keyUsages"]!.ToJsonString(), StringComparison.Ordinal);

        var requestId = await ApplyAsync(Product);
        var op = await app.SignInAsync("op@ams.test");
        var task = await WaitForTaskAsync(op, requestId, "issue");
        Assert.DoesNotContain(await op.GetFromJsonAsync<JsonArray>("/api/tasks?kind=revoke") ?? [], t => t!["requestId"]?.GetValue<string>() == requestId.ToString());
        var details = await op.GetFromJsonAsync<JsonObject>($"/api/tasks/{task}");
        Assert.Equal(2, details!["documents"]!.AsArray().Count);
        var document = await op.GetAsync(details["documents"]![0]!["href"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("application/pdf", document.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", document.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("inline", document.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.Equal(Pdf, await document.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await holder.GetAsync($"/api/me/certificate-requests/{requestId}/documents/2")).StatusCode);
        var other = await app.SignInAsync("holder2@ams.test");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/me/certificate-requests/{requestId}/documents/1")).StatusCode);

        await ApproveAsync(op, task, requestId);
        await RunOpenSslAsync("req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", "rsa.key", "-subj", "/CN=Not the subject", "-out", "rsa.csr");
        var enrolled = await EnrollAsync(requestId, new { csr = await File.ReadAllTextAsync(Path.Combine(folder, "rsa.csr")) });
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        var pem = await enrolled.Content.ReadAsStringAsync();
        await File.WriteAllTextAsync(Path.Combine(folder, "leaf.pem"), pem);
        await File.WriteAllTextAsync(Path.Combine(folder, "chain.pem"), await holder.GetStringAsync("/pki/ca.pem"));
        var ca = await app.Services.GetRequiredService<CertificateAuthority>().GetCaCertificatesAsync();
        await File.WriteAllTextAsync(Path.Combine(folder, "issuer.pem"), PemEncoding.WriteString("CERTIFICATE", ca.IssuingCaDer));

        Assert.Contains("leaf.pem: OK", await RunOpenSslAsync("verify", "-CAfile", "chain.pem", "leaf.pem"), StringComparison.Ordinal);
        var text = await RunOpenSslAsync("x509", "-in", "leaf.pem", "-noout", "-text");
        Assert.DoesNotContain("Not the subject", text, StringComparison.Ordinal);
        Assert.Contains("E-mail Protection", text, StringComparison.Ordinal);
        Assert.Contains($"_2_{Product}", text, StringComparison.Ordinal);
        Assert.Contains("leaf.pem: good", await RunOpenSslAsync("ocsp", "-issuer", "issuer.pem", "-cert", "leaf.pem", "-CAfile", "chain.pem",
            "-url", $"{baseUrl}/pki/ocsp", "-resp_text"), StringComparison.Ordinal);

        var request = await RevocationRequests.WaitForAsync(app, requestId, r => r.Enrollment == EnrollmentStates.Success);
        var row = (await holder.GetFromJsonAsync<JsonArray>("/api/me/requests"))!.Single(r => r!["id"]!.GetValue<string>() == requestId.ToString())!;
        Assert.Equal("issue", row["kind"]!.GetValue<string>());
        Assert.Equal("approved", row["verification"]!["status"]!.GetValue<string>());
        Assert.Equal("diterima", row["verification"]!["note"]!.GetValue<string>());
        Assert.Equal("success", row["enrollment"]!["status"]!.GetValue<string>());
        var certificates = await holder.GetFromJsonAsync<JsonArray>("/api/me/certificates");
        Assert.Contains(certificates!, c => c!["serialNumber"]!.GetValue<string>() == request.SerialNumber);
        Assert.Equal(pem, await holder.GetStringAsync($"/api/me/certificates/{request.SerialNumber}/certificate?format=pem"));
        using var x509 = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(pem);
        Assert.Equal(x509.RawData, await holder.GetByteArrayAsync($"/api/me/certificates/{request.SerialNumber}/certificate?format=der"));
        Assert.Equal(HttpStatusCode.Conflict, (await EnrollAsync(requestId, new { csr = await File.ReadAllTextAsync(Path.Combine(folder, "rsa.csr")) })).StatusCode);
    }

    [Fact]
    public async Task Weak_and_forged_csrs_are_refused_then_an_ec_csr_is_issued_and_a_generated_key_comes_as_a_pkcs12_that_opens_with_its_passphrase_only()
    {
        var op = await app.SignInAsync("op@ams.test");
        var requestId = await ApplyAsync(SigningProduct);
        await ApproveAsync(op, await WaitForTaskAsync(op, requestId, "issue"), requestId);

        await RunOpenSslAsync("req", "-new", "-newkey", "rsa:1024", "-nodes", "-keyout", "weak.key", "-subj", "/CN=x", "-out", "weak.csr");
        var weak = await EnrollAsync(requestId, new { csr = await File.ReadAllTextAsync(Path.Combine(folder, "weak.csr")) });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("2048", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await RunOpenSslAsync("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "ec.key", "-subj", "/CN=x", "-out", "ec.csr");
        var der = PemDer(await File.ReadAllTextAsync(Path.Combine(folder, "ec.csr")));
        der[^3] ^= 0x55;
        var forged = await EnrollAsync(requestId, new { csr = PemEncoding.WriteString("CERTIFICATE REQUEST", der) });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("csr", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ec = await EnrollAsync(requestId, new { csr = await File.ReadAllTextAsync(Path.Combine(folder, "ec.csr")) });
        Assert.Equal(HttpStatusCode.OK, ec.StatusCode);
        await File.WriteAllTextAsync(Path.Combine(folder, "ec.pem"), await ec.Content.ReadAsStringAsync());
        await File.WriteAllTextAsync(Path.Combine(folder, "chain.pem"), await holder.GetStringAsync("/pki/ca.pem"));
        Assert.Contains("ec.pem: OK", await RunOpenSslAsync("verify", "-CAfile", "chain.pem", "ec.pem"), StringComparison.Ordinal);
        Assert.DoesNotContain("E-mail Protection", await RunOpenSslAsync("x509", "-in", "ec.pem", "-noout", "-text"), StringComparison.Ordinal);

        var second = await ApplyAsync(Product);
        await ApproveAsync(op, await WaitForTaskAsync(op, second, "issue"), second);
        const string Passphrase = "kata sandi yang panjang";
        var bundle = await EnrollAsync(second, new { passphrase = Passphrase });
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("application/x-pkcs12", bundle.Content.Headers.ContentType!.MediaType);
        await File.WriteAllBytesAsync(Path.Combine(folder, "holder.p12"), await bundle.Content.ReadAsByteArrayAsync());
        var info = await RunOpenSslAsync("pkcs12", "-info", "-in", "holder.p12", "-passin", $"pass:{Passphrase}", "-nokeys");
        Assert.Contains("AES-256", info, StringComparison.Ordinal);
        var wrong = await OpenSsl.RunAsync(folder, "pkcs12", "-info", "-in", "holder.p12", "-passin", "pass:wrong passphrase", "-nokeys");
        Assert.NotEqual(0, wrong.ExitCode);
        Assert.Equal(EnrollmentStates.Success, (await RevocationRequests.WaitForAsync(app, second, r => r.Enrollment == EnrollmentStates.Success)).Enrollment);
    }

    [Fact]
    public async Task A_renamed_executable_an_oversized_document_a_missing_one_and_a_second_open_request_are_refused()
    {
        var exe = new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00 };
        var renamed = await holder.PostAsync("/api/me/certificate-requests", Form(Product, ("idCard", exe, "ktp.pdf"), ("recommendationLetter", Pdf, "surat.pdf")));
        Assert.Equal(HttpStatusCode.BadRequest, renamed.StatusCode);
        Assert.Contains("idCard", await renamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var big = new byte[(5 * 1024 * 1024) + 1];
        Pdf.CopyTo(big, 0);
        var oversized = await holder.PostAsync("/api/me/certificate-requests", Form(Product, ("idCard", Png, "ktp.png"), ("recommendationLetter", big, "surat.pdf")));
        Assert.Equal(HttpStatusCode.BadRequest, oversized.StatusCode);
        Assert.Contains("recommendationLetter", await oversized.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var missing = await holder.PostAsync("/api/me/certificate-requests", Form(Product, ("idCard", Png, "ktp.png")));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var unknown = await holder.PostAsync("/api/me/certificate-requests", Form("Server SSL", ("idCard", Png, "ktp.png")));
        Assert.Contains("product", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await holder.PostAsJsonAsync("/api/me/certificate-requests", new { product = Product })).StatusCode);

        await ApplyAsync(Product);
        var again = await holder.PostAsync("/api/me/certificate-requests", Form(Product, ("idCard", Png, "ktp.png"), ("recommendationLetter", Pdf, "surat.pdf")));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await (await app.SignInAsync("op@ams.test")).GetAsync("/api/tasks?kind=other")).StatusCode);
    }

    public async ValueTask InitializeAsync()
    {
        OpenSsl.Require();
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

    internal static MultipartFormDataContent Form(string product, params (string Field, byte[] Content, string FileName)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(product), "product" } };
        foreach (var (field, content, fileName) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(part, field, fileName);
        }

        return form;
    }

    private async Task<Guid> ApplyAsync(string product)
    {
        var filed = await holder.PostAsync("/api/me/certificate-requests", Form(product, ("idCard", Pdf, "ktp.pdf"), ("recommendationLetter", Png, "surat.png")));
        Assert.True(filed.StatusCode == HttpStatusCode.Accepted, await filed.Content.ReadAsStringAsync());
        return Guid.Parse((await filed.Content.ReadFromJsonAsync<JsonObject>())!["requestId"]!.GetValue<string>());
    }

    internal static async Task<string> WaitForTaskAsync(HttpClient op, Guid requestId, string kind)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var tasks = await op.GetFromJsonAsync<JsonArray>($"/api/tasks?kind={kind}");
            if (tasks!.FirstOrDefault(t => t!["requestId"]?.GetValue<string>() == requestId.ToString()) is { } task)
            {
                return task["id"]!.GetValue<string>();
            }

            Assert.True(DateTime.UtcNow < deadline, $"No task for request {requestId} reached the inbox.");
            await Task.Delay(100);
        }
    }

    internal static async Task ApproveAsync(HttpClient op, string task, Guid requestId)
    {
        var decided = await op.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables = new { decision = "approved", note = "diterima" } });
        Assert.True(decided.StatusCode == HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        Assert.DoesNotContain(await op.GetFromJsonAsync<JsonArray>("/api/tasks") ?? [], t => t!["requestId"]?.GetValue<string>() == requestId.ToString()
            && t["elementId"]?.GetValue<string>() == "Task_Enroll");
    }

    /// <summary>Enrolls, waiting while the approval has not yet opened the holder's enrollment task.</summary>
    /// <summary>What the holder is told, in either language, while the decision has not reached the enrollment step yet.</summary>
    private static readonly string[] NotYetEnrollable =
    [
        .. new[] { "enrollmentNotWaiting", "enrollmentNotVerified" }
            .SelectMany(key => new[] { Ams.Web.Infrastructure.Localization.Texts.Both(key).Id, Ams.Web.Infrastructure.Localization.Texts.Both(key).En }),
    ];

    private async Task<HttpResponseMessage> EnrollAsync(Guid requestId, object body)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var answer = await holder.PostAsJsonAsync($"/api/me/certificate-requests/{requestId}/enrollment", body);
            var text = answer.StatusCode == HttpStatusCode.Conflict ? await answer.Content.ReadAsStringAsync() : "";
            if (!NotYetEnrollable.Any(words => text.Contains(words, StringComparison.Ordinal)) || DateTime.UtcNow > deadline)
            {
                return answer;
            }

            await Task.Delay(100);
        }
    }

    private Task<string> RunOpenSslAsync(params string[] arguments) => OpenSsl.RunOkAsync(folder, arguments);

    private static byte[] PemDer(string pem)
    {
        var fields = PemEncoding.Find(pem);
        return Convert.FromBase64String(pem[fields.Base64Data]);
    }
}
