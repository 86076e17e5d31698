using System.Globalization;

namespace Ams.Workflow.Engine.Feel;

/// <summary>Reads and writes dates and date-times as ISO 8601 text.</summary>
internal static class FeelTemporalText
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
    ];

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>Parses a date-time with an offset or <c>Z</c>; one without an offset is taken as UTC.</summary>
    public static DateTimeOffset? ParseDateTime(string text) =>
        DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset value)
    {
        var local = value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        return value.Offset == TimeSpan.Zero
            ? local + "Z"
            : local + value.ToString("zzz", CultureInfo.InvariantCulture);
    }
}
