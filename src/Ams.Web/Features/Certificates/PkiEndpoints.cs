using Ams.Pki.Authority;
using Ams.Pki.Crl;
using Ams.Pki.Ocsp;

namespace Ams.Web.Features.Certificates;

/// <summary>The certification authority's public endpoints: the CA chain, the current CRL and OCSP (POST and GET).</summary>
public static class PkiEndpoints
{
    /// <summary>The largest OCSP request read from a POST body.</summary>
    public const int MaxOcspRequestBytes = 64 * 1024;

    /// <summary>Maps the endpoints; anyone may call them.</summary>
    public static IEndpointRouteBuilder MapPkiEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/pki").AllowAnonymous().WithTags("PKI");
        group.MapGet("/ca.pem", async (CertificateAuthority ca, CancellationToken ct) =>
            TypedResults.Text((await ca.GetCaCertificatesAsync(ct)).ChainPem, "application/x-pem-file"));
        group.MapGet("/crl", async (CrlPublisher crl, CancellationToken ct) =>
            TypedResults.Bytes(await crl.GetCurrentCrlAsync(ct), "application/pkix-crl"));
        group.MapPost("/ocsp", PostOcspAsync).DisableAntiforgery();
        group.MapGet("/ocsp/{**request}", async (string request, OcspResponder ocsp, CancellationToken ct) =>
            TypedResults.Bytes(await ocsp.RespondToGetAsync(request, ct), "application/ocsp-response"));
        return routes;
    }

    private static async Task<IResult> PostOcspAsync(HttpRequest request, OcspResponder ocsp, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > MaxOcspRequestBytes)
            {
                // Too large to be a sane request: answered malformedRequest like any other bad input.
                return TypedResults.Bytes(await ocsp.RespondAsync(ReadOnlyMemory<byte>.Empty, cancellationToken), "application/ocsp-response");
            }

            body.Write(buffer, 0, read);
        }

        return TypedResults.Bytes(await ocsp.RespondAsync(body.ToArray(), cancellationToken), "application/ocsp-response");
    }
}
