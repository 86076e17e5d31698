using System.Text.RegularExpressions;

namespace Ams.Web.Operations.Resources;

/// <summary>What a form or mail template id may be: lower-case letters, digits and dashes, as models name them.</summary>
public static partial class ResourceIds
{
    /// <summary>Whether <paramref name="id"/> is a safe id.</summary>
    public static bool IsSafe(string? id) => id is { Length: > 0 and <= 64 } && Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Pattern();
}
