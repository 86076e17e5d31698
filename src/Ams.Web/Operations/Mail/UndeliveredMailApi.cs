using Ams.Web.Features.Accounts;

namespace Ams.Web.Operations.Mail;

/// <summary>Administrators list the mail given up on and send it again: <c>/api/mail/undelivered</c>.</summary>
public static class UndeliveredMailApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapUndeliveredMailApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/mail/undelivered").RequireAuthorization(Roles.Admin).WithTags("Mail");
        group.MapGet("/", async (UndeliveredMail mail, CancellationToken cancellationToken) => TypedResults.Ok(await mail.ListAsync(cancellationToken)));
        group.MapPost("/{id:guid}/resend", async Task<IResult> (Guid id, UndeliveredMail mail, CancellationToken cancellationToken) =>
            await mail.ResendAsync(id, cancellationToken) is var resent and > 0
                ? TypedResults.Ok(new { resent })
                : Infrastructure.Hosting.CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", "No undelivered mail with this id."));
        group.MapPost("/resend", async (UndeliveredMail mail, CancellationToken cancellationToken) =>
            TypedResults.Ok(new { resent = await mail.ResendAsync(null, cancellationToken) }));
        return routes;
    }
}
