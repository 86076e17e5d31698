using Ams.Web.Infrastructure.Hosting;

namespace Ams.Web.Features.Accounts;

/// <summary>
/// Administrators' account calls: <c>POST /api/admin/holders</c> creates a holder's account, which is sent by email;
/// <c>GET /api/admin/accounts/locked</c> lists accounts locked after repeated failed sign-ins and
/// <c>POST /api/admin/accounts/{id}/unlock</c> lifts every lock of one.
/// </summary>
public static class AccountsApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/admin/holders", InviteAsync).RequireAuthorization(Roles.Admin).WithTags("Accounts");
        routes.MapGet("/api/admin/accounts/locked", LockedAsync).RequireAuthorization(Roles.Admin).WithTags("Accounts");
        routes.MapPost("/api/admin/accounts/{id}/unlock", UnlockAsync).RequireAuthorization(Roles.Admin).WithTags("Accounts");
        return routes;
    }

    /// <summary>
    /// The holder to invite, with what their certificates will carry besides name and email, and the language of the
    /// account and its invitation (<c>id</c>, the default, or <c>en</c>).
    /// </summary>
    public sealed record InviteRequest(
        string? Email, string? DisplayName, string? Organization = null, string? OrganizationalUnit = null, string? IdentityNumber = null, string? Language = null);

    private static async Task<IResult> InviteAsync(InviteRequest request, HolderInvitations invitations, CancellationToken cancellationToken)
    {
        var (user, field, problem) = await invitations.InviteAsync(
            request.Email, request.DisplayName, new HolderSubjectFields(request.Organization, request.OrganizationalUnit, request.IdentityNumber), request.Language, cancellationToken);
        return user is not null
            ? TypedResults.Created($"/api/admin/holders/{user.Id}", new { id = user.Id, email = user.Email })
            : field is null
                ? CommandResults.Problem(StatusCodes.Status409Conflict, "Conflict", problem)
                : CommandResults.Invalid(field, problem!);
    }

    private static async Task<IResult> LockedAsync(FailedSignIns failures, CancellationToken cancellationToken) =>
        TypedResults.Ok((await failures.LockedAsync(cancellationToken))
            .Select(user => new { id = user.Id, email = user.Email, failedSignIns = user.AccessFailedCount, lockedUntil = user.LockoutEnd }));

    private static async Task<IResult> UnlockAsync(string id, FailedSignIns failures, CancellationToken cancellationToken) =>
        await failures.UnlockAsync(id, cancellationToken)
            ? TypedResults.Ok(new { id, unlocked = true })
            : CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", $"There is no account {id}.");
}
