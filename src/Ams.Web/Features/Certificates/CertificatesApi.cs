using System.Security.Claims;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;

namespace Ams.Web.Features.Certificates;

/// <summary><c>/api/me/certificates</c>: the holder's own certificates and their revocation requests (DESIGN.md §6).</summary>
public static class CertificatesApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapCertificatesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/me/certificates").RequireAuthorization(Roles.Holder).WithTags("Holder");
        group.MapGet("/", ListAsync);
        group.MapGet("/{serial}", GetAsync);
        group.MapGet("/{serial}/pem", PemAsync);
        group.MapGet("/{serial}/certificate", DownloadAsync)
            .Produces<byte[]>(StatusCodes.Status200OK, contentType: "application/x-pem-file", "application/pkix-cert").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{serial}/revocation-requests", RequestRevocationAsync);
        return routes;
    }

    /// <summary>The reason a holder chooses.</summary>
    public sealed record RevocationRequestBody(string? Reason);

    private static async Task<IResult> ListAsync(ClaimsPrincipal user, HolderCertificates certificates, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return TypedResults.Ok((await certificates.ListAsync(user, cancellationToken)).Select(c => CertificateView.From(c, now)));
    }

    private static async Task<IResult> GetAsync(string serial, ClaimsPrincipal user, HolderCertificates certificates, TimeProvider clock, CancellationToken cancellationToken) =>
        await certificates.FindAsync(user, serial, cancellationToken) is { } certificate
            ? TypedResults.Ok(CertificateView.From(certificate, clock.GetUtcNow()))
            : NotFound();

    private static async Task<IResult> PemAsync(string serial, ClaimsPrincipal user, HolderCertificates certificates, CancellationToken cancellationToken) =>
        await certificates.FindAsync(user, serial, cancellationToken) is { } certificate
            ? TypedResults.Text(certificate.Pem, "application/x-pem-file")
            : NotFound();

    /// <summary>The certificate as a file: <c>format=pem</c> (default) or <c>der</c>.</summary>
    private static async Task<IResult> DownloadAsync(string serial, ClaimsPrincipal user, HolderCertificates certificates, CancellationToken cancellationToken, string? format = null)
    {
        if (format is not (null or "pem" or "der"))
        {
            return CommandResults.Invalid("format", "The format is pem or der.");
        }

        if (await certificates.FindAsync(user, serial, cancellationToken) is not { } certificate)
        {
            return NotFound();
        }

        var name = certificate.Serial.ToLowerInvariant();
        return format == "der"
            ? TypedResults.Bytes(certificate.Der, "application/pkix-cert", $"{name}.cer")
            : TypedResults.Bytes(System.Text.Encoding.ASCII.GetBytes(certificate.Pem), "application/x-pem-file", $"{name}.pem");
    }

    private static async Task<IResult> RequestRevocationAsync(
        string serial, RevocationRequestBody? body, ClaimsPrincipal user, HolderCertificates certificates, CancellationToken cancellationToken)
    {
        var filing = await certificates.RequestRevocationAsync(user, serial, body?.Reason, cancellationToken);
        return filing.Kind switch
        {
            RevocationFilingKind.Filed => TypedResults.Accepted($"/api/me/requests", new { requestId = filing.RequestId }),
            RevocationFilingKind.NotFound => NotFound(),
            RevocationFilingKind.Refused => CommandResults.Invalid("reason", filing.Message!),
            RevocationFilingKind.Conflict => CommandResults.Problem(StatusCodes.Status409Conflict, "Conflict", filing.Message),
            _ => CommandResults.Problem(StatusCodes.Status503ServiceUnavailable, "Unavailable", filing.Message),
        };
    }

    private static IResult NotFound() => CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", "No such certificate of yours.");
}
