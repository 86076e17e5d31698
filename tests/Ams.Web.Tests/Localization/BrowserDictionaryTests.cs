using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ams.Web.Infrastructure.Localization;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Web.Tests.Localization;

/// <summary>
/// The browser scripts' dictionaries (src/Ams.Web/ClientApp/src/shared/i18n), read from the repository: both languages
/// have the same keys, no word is empty, and every value the API sends by name has its word.
/// </summary>
public sealed partial class BrowserDictionaryTests
{
    private static string Folder => Path.Combine(RepositoryFolders.Root, "src", "Ams.Web", "ClientApp", "src", "shared", "i18n");

    [Fact]
    public void Every_key_is_in_both_languages_with_a_word_and_the_same_placeholders()
    {
        var indonesian = Read("id.json");
        var english = Read("en.json");

        Assert.Empty(indonesian.Keys.Except(english.Keys).Select(key => $"only in id.json: {key}"));
        Assert.Empty(english.Keys.Except(indonesian.Keys).Select(key => $"only in en.json: {key}"));
        Assert.Empty(indonesian.Concat(english).Where(word => string.IsNullOrWhiteSpace(word.Value)).Select(word => $"empty: {word.Key}"));
        Assert.Empty(indonesian.Keys.Where(key => !Placeholders(indonesian[key]).SetEquals(Placeholders(english[key])))
            .Select(key => $"placeholders differ: {key}"));
    }

    [Fact]
    public void The_Indonesian_words_for_bpmn_js_are_not_empty_and_keep_the_placeholders_of_their_English_key()
    {
        var bpmn = Read("bpmn-id.json");

        Assert.Contains("General", bpmn.Keys);
        Assert.Contains("Create task", bpmn.Keys);
        Assert.Empty(bpmn.Where(word => string.IsNullOrWhiteSpace(word.Value)).Select(word => $"empty: {word.Key}"));
        Assert.Empty(bpmn.Where(word => !Placeholders(word.Key).SetEquals(Placeholders(word.Value))).Select(word => $"placeholders differ: {word.Key}"));
    }

    [Fact]
    public void Every_instance_state_history_event_and_incident_type_the_API_names_has_a_word()
    {
        var indonesian = Read("id.json");
        // The API names an instance state in lower case ("active"), history events and incident kinds as the engine does.
        var named = Enum.GetNames<ProcessInstanceState>().Select(name => $"instanceState.{name.ToLowerInvariant()}")
            .Concat(Enum.GetNames<HistoryEventType>().Select(name => $"historyEvent.{name}"))
            .Concat(Enum.GetNames<IncidentType>().Select(name => $"incidentType.{name}"));

        Assert.Empty(named.Where(key => !indonesian.ContainsKey(key)).Select(key => $"missing: {key}"));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public void Every_instance_state_has_a_page_word(string language)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);

        Assert.DoesNotContain(Enum.GetNames<ProcessInstanceState>().Select(state => "state" + state), key => Texts.Get(key) == key);
    }

    private static Dictionary<string, string> Read(string file) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(Folder, file)))!;

    private static HashSet<string> Placeholders(string word) => [.. Placeholder().Matches(word).Select(match => match.Value)];

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();
}
