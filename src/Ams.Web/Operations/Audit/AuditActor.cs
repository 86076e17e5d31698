using System.Security.Claims;
using Ams.Web.Infrastructure.Hosting;

namespace Ams.Web.Operations.Audit;

/// <summary>Who did something and from which client address; the system (a background job, start-up) names its node.</summary>
/// <param name="Id">The user's id, or <see cref="SystemId"/>.</param>
/// <param name="Name">The user's email, or the node's name.</param>
/// <param name="ClientAddress">The client's IP address, when the action came over HTTP.</param>
public sealed record AuditActor(string Id, string Name, string? ClientAddress)
{
    /// <summary>The actor id of whatever the host does on its own.</summary>
    public const string SystemId = "system";

    /// <summary>The host itself, on node <paramref name="node"/>.</summary>
    public static AuditActor System(string node) => new(SystemId, node, null);

    /// <summary>
    /// The signed-in user of <paramref name="http"/> and the client's address; an anonymous request (a failed sign-in)
    /// is named by <paramref name="claimedName"/>, the name the client gave.
    /// </summary>
    public static AuditActor Of(HttpContext http, string? claimedName = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        var address = http.Connection.RemoteIpAddress is { } ip ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString() : null;
        return http.User.Identity?.IsAuthenticated == true && http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not null
            ? new AuditActor(Caller.Id(http.User), Caller.Name(http.User), address)
            : new AuditActor("anonymous", claimedName ?? "anonymous", address);
    }

    /// <summary>A user the caller names (the account signing in), from the client address of <paramref name="http"/>.</summary>
    public static AuditActor User(string userId, string name, HttpContext? http) =>
        new(userId, name, http is null ? null : Of(http).ClientAddress);
}
