using System.Security.Claims;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Features.Requests;

/// <summary><c>GET /api/me/requests</c>: the holder's <em>Status Permohonan</em>, own requests only, newest first.</summary>
public static class RequestsApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapRequestsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/me/requests", ListAsync).RequireAuthorization(Roles.Holder).WithTags("Holder");
        return routes;
    }

    private static async Task<IResult> ListAsync(ClaimsPrincipal user, AmsDbContext db, CancellationToken cancellationToken)
    {
        var holder = Caller.Id(user);
        var requests = await db.Requests.AsNoTracking().Where(r => r.HolderId == holder).ToListAsync(cancellationToken);
        return TypedResults.Ok(requests.OrderByDescending(r => r.CreatedAt).Select(RequestView.From));
    }
}
