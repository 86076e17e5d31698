using System.Security.Claims;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;

namespace Ams.Web.Features.Issuance;

/// <summary>
/// <c>/api/me/certificate-requests</c>: a holder applies for a certificate (multipart: <c>product</c> and the documents),
/// reads back their documents, and enrolls once approved (a CSR, or a passphrase for a key the server makes).
/// </summary>
public static class CertificateRequestsApi
{
    /// <summary>How a holder enrolls: exactly one of the two.</summary>
    /// <param name="Csr">A PKCS#10 request, PEM: the certificate comes back as PEM.</param>
    /// <param name="Passphrase">The PKCS#12 passphrase: the server makes the key and returns <c>application/x-pkcs12</c>, once.</param>
    public sealed record EnrollmentBody(string? Csr, string? Passphrase);

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapCertificateRequestsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/me/certificate-requests").RequireAuthorization(Roles.Holder).WithTags("Holder");
        // No Accepts metadata: its 415 would answer before authorization does; the handler reads the multipart form itself.
        group.MapPost("/", ApplyAsync).DisableAntiforgery()
            .Produces(StatusCodes.Status202Accepted).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}/documents/{number:int}", DocumentAsync)
            .Produces<byte[]>(StatusCodes.Status200OK, contentType: "application/pdf", "image/jpeg", "image/png").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/enrollment", EnrollAsync)
            .Produces<byte[]>(StatusCodes.Status200OK, contentType: "application/x-pem-file", "application/x-pkcs12")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return routes;
    }

    private static async Task<IResult> ApplyAsync(HttpRequest http, ClaimsPrincipal user, IssuanceApplications applications, CancellationToken cancellationToken)
    {
        if (!http.HasFormContentType)
        {
            return CommandResults.Invalid("product", "Send multipart/form-data with 'product' and the documents.");
        }

        IFormCollection form;
        try
        {
            form = await http.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return CommandResults.Invalid("product", $"The form could not be read: {e.Message}");
        }

        var outcome = await applications.ApplyAsync(user, form, cancellationToken);
        return outcome.Kind == IssuanceOutcomeKind.Done
            ? TypedResults.Accepted("/api/me/requests", new { requestId = outcome.RequestId })
            : Answer(outcome);
    }

    private static async Task<IResult> DocumentAsync(
        Guid id, int number, HttpContext context, ClaimsPrincipal user, AmsDbContext db, CancellationToken cancellationToken)
    {
        var holder = Caller.Id(user);
        var own = await db.Requests.FindAsync([id], cancellationToken) is { } request && request.HolderId == holder;
        return own && await DocumentDownload.FindAsync(db, id, number, cancellationToken) is { } document
            ? DocumentDownload.Serve(context, document)
            : CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", "No such document of yours.");
    }

    private static async Task<IResult> EnrollAsync(
        Guid id, EnrollmentBody? body, ClaimsPrincipal user, HolderEnrollment enrollment, CancellationToken cancellationToken)
    {
        var outcome = await enrollment.EnrollAsync(user, id, body?.Csr, body?.Passphrase, cancellationToken);
        return outcome.Kind == IssuanceOutcomeKind.Done
            ? TypedResults.Bytes(outcome.Content!, outcome.ContentType, outcome.ContentType == "application/x-pkcs12" ? $"{outcome.Serial}.p12" : null)
            : Answer(outcome);
    }

    private static IResult Answer(IssuanceOutcome outcome) => outcome.Kind switch
    {
        IssuanceOutcomeKind.Invalid => CommandResults.Invalid(outcome.Field!, outcome.Message!),
        IssuanceOutcomeKind.NotFound => CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", outcome.Message),
        IssuanceOutcomeKind.Conflict => CommandResults.Problem(StatusCodes.Status409Conflict, "Conflict", outcome.Message),
        _ => CommandResults.Problem(StatusCodes.Status503ServiceUnavailable, "Unavailable", outcome.Message),
    };
}
