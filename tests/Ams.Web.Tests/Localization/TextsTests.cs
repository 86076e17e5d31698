using Ams.Web.Infrastructure.Localization;

namespace Ams.Web.Tests.Localization;

public sealed class TextsTests
{
    [Fact]
    public void Every_page_text_is_written_in_Indonesian_and_in_English()
    {
        Assert.NotEmpty(Texts.Keys);

        var oneLanguageOnly = Texts.Keys
            .Where(key => string.IsNullOrWhiteSpace(Texts.Both(key).Id) || string.IsNullOrWhiteSpace(Texts.Both(key).En))
            .ToList();

        Assert.True(oneLanguageOnly.Count == 0, $"Texts in one language only: {string.Join(", ", oneLanguageOnly)}");
    }

    [Fact]
    public void No_page_text_key_is_written_twice_where_the_later_would_silently_replace_the_earlier()
    {
        // The words are spread over Texts.cs and one TextsArea.cs per area; a key written twice within one area would
        // silently replace the earlier word, so every file is read. The count below fails when a file holding words is missed.
        var folder = Path.Combine(RepositoryFolders.Root, "src", "Ams.Web", "Infrastructure", "Localization");
        var keys = Directory.GetFiles(folder, "Texts*.cs")
            .SelectMany(file => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), @"^\s*\[""([^""]+)""\]\s*=", System.Text.RegularExpressions.RegexOptions.Multiline))
            .Select(m => m.Groups[1].Value)
            .ToList();

        Assert.Empty(keys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Equal(Texts.Keys.Count, keys.Count);
    }

    [Fact]
    public void A_request_number_is_a_hash_and_the_first_eight_hex_digits_of_the_id_in_upper_case()
    {
        var number = Ams.Web.Features.Requests.RequestNumber.Of(Guid.Parse("80a791b0-1c2d-4e5f-8a9b-0c1d2e3f4a5b"));

        Assert.Equal("#80A791B0", number.ToString());
        Assert.Null(Ams.Web.Features.Requests.RequestNumber.Of("not an id"));
    }
}
