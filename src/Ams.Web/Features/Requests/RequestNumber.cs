namespace Ams.Web.Features.Requests;

/// <summary>A request's short number as people read it: the first eight hex digits of its id, upper case (<c>#80A791B0</c>).</summary>
public static class RequestNumber
{
    /// <summary>The short number of the request <paramref name="id"/>.</summary>
    public static string Of(Guid id) => "#" + id.ToString("N")[..8].ToUpperInvariant();
}
