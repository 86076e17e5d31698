using System.Globalization;

namespace Ams.Web.Infrastructure.Localization;

/// <summary>The pages' words, Indonesian first (the seed's labels), English on request.</summary>
public static partial class Texts
{
    // Each area's words are in their own file (TextsSignIn.cs, TextsInbox.cs…); they meet here, where a key written
    // in two areas stops the application instead of one word silently replacing the other.
    private static readonly Dictionary<string, (string Id, string En)> Words = AllWords(
        SignInWords(),
        RefusalWords(),
        InboxWords(),
        ErrorWords(),
        AccountWords(),
        HolderWords(),
        IssuanceWords(),
        DesignerWords(),
        AdministrationWords());

    /// <summary>The word for <paramref name="key"/> in the current UI language.</summary>
    public static string Get(string key)
    {
        if (!Words.TryGetValue(key, out var word))
        {
            return key;
        }

        return IsEnglish ? word.En : word.Id;
    }

    /// <summary>The text for <paramref name="key"/> in the current UI language with its <c>{0}</c>, <c>{1}</c>… filled in.</summary>
    public static string Format(string key, params object?[] values) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), values);

    /// <summary>Every key, for the check that each has both languages.</summary>
    public static IReadOnlyCollection<string> Keys => Words.Keys;

    /// <summary>Both texts of <paramref name="key"/>: Indonesian and English.</summary>
    public static (string Id, string En) Both(string key) => Words[key];

    /// <summary>Of two words that come with their data (a product's document labels), the one in the current UI language.</summary>
    public static string Pick(string id, string en) => IsEnglish ? en : id;

    /// <summary>The other language's culture name, for the switch.</summary>
    public static string OtherLanguage => IsEnglish ? "id" : "en";

    /// <summary>The current request's language: <c>id</c> or <c>en</c>.</summary>
    public static string Language => IsEnglish ? "en" : "id";

    /// <summary>Whether the current request reads English (else Indonesian, the default).</summary>
    private static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>Western Indonesia Time (WIB), in which pages and mails show moments.</summary>
    public static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>A moment as the seed shows it, in Western Indonesia Time with the zone named: <c>24-05-2019 14:34 WIB</c>; empty for none.</summary>
    public static string Moment(DateTimeOffset? at) =>
        at is { } value ? value.ToOffset(Wib).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture) + " WIB" : "";

    private static Dictionary<string, (string Id, string En)> AllWords(params Dictionary<string, (string Id, string En)>[] areas)
    {
        var words = new Dictionary<string, (string Id, string En)>(StringComparer.Ordinal);
        foreach (var area in areas)
        {
            foreach (var (key, word) in area)
            {
                if (!words.TryAdd(key, word))
                {
                    throw new InvalidOperationException($"The page text '{key}' is written in two areas of Texts.");
                }
            }
        }

        return words;
    }
}
