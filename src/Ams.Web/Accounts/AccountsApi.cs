using Ams.Web.Hosting;

namespace Ams.Web.Accounts;

/// <summary><c>POST /api/admin/holders</c>: an administrator creates a holder's account, which is sent by email.</summary>
public static class AccountsApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/admin/holders", InviteAsync).RequireAuthorization(Roles.Admin).WithTags("Accounts");
        return routes;
    }

    /// <summary>The holder to invite.</summary>
    public sealed record InviteRequest(string? Email, string? DisplayName);

    private static async Task<IResult> InviteAsync(InviteRequest request, HolderInvitations invitations, CancellationToken cancellationToken)
    {
        var (user, field, problem) = await invitations.InviteAsync(request.Email, request.DisplayName, cancellationToken);
        return user is not null
            ? TypedResults.Created($"/api/admin/holders/{user.Id}", new { id = user.Id, email = user.Email })
            : field is null
                ? CommandResults.Problem(StatusCodes.Status409Conflict, "Conflict", problem)
                : CommandResults.Invalid(field, problem!);
    }
}
