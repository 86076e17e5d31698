using System.Text.RegularExpressions;

namespace Ams.Web.Forms;

/// <summary>What a form id may be: lower-case letters, digits and dashes, as user tasks name it.</summary>
public static partial class FormIds
{
    /// <summary>Whether <paramref name="id"/> is a safe form id.</summary>
    public static bool IsSafe(string? id) => id is { Length: > 0 and <= 64 } && Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Pattern();
}
