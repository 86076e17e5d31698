using System.Globalization;

namespace Ams.Web.Features.Requests;

/// <summary>A request's short number for people: the first 8 hex digits of its id in upper case, e.g. <c>#80A791B0</c>.</summary>
public static class RequestNumber
{
    /// <summary>The short number of the request with id <paramref name="requestId"/>.</summary>
    public static string Of(Guid requestId) => "#" + requestId.ToString("N", CultureInfo.InvariantCulture)[..8].ToUpperInvariant();
}
