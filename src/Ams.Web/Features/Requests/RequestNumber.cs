using System.Globalization;

namespace Ams.Web.Features.Requests;

/// <summary>
/// The short number people read and say for a request, in mails and on pages: <c>#</c> and the first eight hex digits
/// of the request's id in upper case, e.g. <c>#80A791B0</c> for <c>80a791b0-…</c>. The <c>#</c> marks it as a request
/// number (a certificate's serial is shown in lower case without one), upper case keeps it apart from the full id, and
/// it is always the id's own start, so an operator can find the request with it. It names a request for people, not
/// for machines: two requests may, rarely, share one; the API and the links keep the full id.
/// </summary>
public readonly record struct RequestNumber
{
    /// <summary>How many hex digits of the id the number shows.</summary>
    public const int Digits = 8;

    private RequestNumber(Guid requestId) => RequestId = requestId;

    /// <summary>The request the number names.</summary>
    public Guid RequestId { get; }

    /// <summary>The number of the request with <paramref name="requestId"/>.</summary>
    public static RequestNumber Of(Guid requestId) => new(requestId);

    /// <summary>The number of a request id given as text; null when the text is no id.</summary>
    public static RequestNumber? Of(string? requestId) => Guid.TryParse(requestId, out var id) ? new RequestNumber(id) : null;

    /// <summary>The number as shown: <c>#80A791B0</c>.</summary>
    public override string ToString() =>
        "#" + RequestId.ToString("N", CultureInfo.InvariantCulture)[..Digits].ToUpperInvariant();
}
