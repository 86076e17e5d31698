namespace Ams.Web.Infrastructure.Localization;

/// <summary>A revocation reason as the pages show it: words in the reader's language, the upper-case name beside them.</summary>
public static class ReasonLabels
{
    /// <summary><c>Kunci dikompromikan (KEY_COMPROMISE)</c>; the name alone when it has no words; empty for none.</summary>
    public static string Of(string? name) => Of(name, Texts.Language);

    /// <summary>The same label in <paramref name="language"/> (<c>id</c> or <c>en</c>), for a mail written in its reader's language.</summary>
    public static string Of(string? name, string language)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        if (!Texts.Keys.Contains("reason:" + name))
        {
            return name;
        }

        var (id, en) = Texts.Both("reason:" + name);
        return $"{(language == "en" ? en : id)} ({name})";
    }
}
