using System.Globalization;
using Ams.Web.Infrastructure.Localization;

namespace Ams.Web.Pages;

/// <summary>How a sign-in page answers a throttled attempt: 429 with <c>Retry-After</c>, and the wait in the reader's language.</summary>
public static class ThrottledSignIn
{
    /// <summary>Sets the status and header on <paramref name="response"/>; returns the message for the page.</summary>
    public static string Answer(HttpResponse response, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(response);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return string.Format(CultureInfo.InvariantCulture, Texts.Get("tooManyAttempts"), seconds);
    }
}
