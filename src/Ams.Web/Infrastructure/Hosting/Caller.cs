using System.Security.Claims;

namespace Ams.Web.Infrastructure.Hosting;

/// <summary>Who is calling, as the engine records actors and workers.</summary>
public static class Caller
{
    /// <summary>The caller's user id.</summary>
    public static string Id(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("An authenticated caller has no user id.");
    }

    /// <summary>The caller's email (or id), for history and version lists.</summary>
    public static string Name(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.Email) ?? user.FindFirstValue(ClaimTypes.Name) ?? Id(user);
    }
}
