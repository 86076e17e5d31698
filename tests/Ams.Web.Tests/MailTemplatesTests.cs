using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Ams.Web.Tests;

/// <summary>Versioned mail templates: the shipped ones imported, saves refused with the line, a preview with sample variables, and the next mail using an edit.</summary>
public sealed class MailTemplatesTests : IAsyncLifetime
{
    private readonly AmsWebApplication app = new(RepositoryFolders.Workflows);
    private HttpClient admin = null!;

    [Fact]
    public async Task The_shipped_templates_are_listed_with_both_languages()
    {
        var templates = await admin.GetFromJsonAsync<JsonArray>("/api/mail-templates");

        var received = Assert.Single(templates!, t => t!["id"]!.GetValue<string>() == "request-received")!;
        Assert.Equal(["en", "id"], received["languages"]!.AsArray().Select(l => l!["language"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var content = await admin.GetFromJsonAsync<JsonObject>("/api/mail-templates/request-received/id");
        Assert.StartsWith("subject:", content!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_is_the_next_version_and_an_identical_save_returns_it()
    {
        var original = (await admin.GetFromJsonAsync<JsonObject>("/api/mail-templates/request-rejected/en"))!["content"]!.GetValue<string>();
        var edited = original.Replace("Dear", "Hello", StringComparison.Ordinal);

        var saved = await admin.PostAsJsonAsync("/api/mail-templates", new { id = "request-rejected", language = "en", content = edited });
        var again = await admin.PostAsJsonAsync("/api/mail-templates", new { id = "request-rejected", language = "en", content = edited });

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, (await again.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<int>());
        var versions = await admin.GetFromJsonAsync<JsonArray>("/api/mail-templates/request-rejected/en/versions");
        Assert.Equal([2, 1], versions!.Select(v => v!["version"]!.GetValue<int>()));
        var first = await admin.GetFromJsonAsync<JsonObject>("/api/mail-templates/request-rejected/en?version=1");
        Assert.Equal(original, first!["content"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Dear {{ holderName }}\n\nbody", 1, "subject")]
    [InlineData("subject: Hi\n\nDear {% if holderName %} no end", 3, null)]
    [InlineData("subject: Hi {{ serialNumber \n\nbody", 1, null)]
    public async Task A_template_that_does_not_parse_is_refused_with_its_line(string content, int line, string? words)
    {
        var answer = await admin.PostAsJsonAsync("/api/mail-templates", new { id = "request-received", language = "id", content });
        var preview = await admin.PostAsJsonAsync("/api/mail-templates/preview", new { language = "id", content });

        foreach (var response in new[] { answer, preview })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
            Assert.Equal(line, problem!["line"]!.GetValue<int>());
            Assert.Contains($"Baris {line}, kolom", problem["errors"]!["content"]![0]!.GetValue<string>(), StringComparison.Ordinal);
            if (words is not null)
            {
                Assert.Contains(words, problem["message"]!.GetValue<string>(), StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("../x", "id", "id")]
    [InlineData("request-received", "fr", "language")]
    [InlineData("request-received", "id", "content")]
    public async Task A_save_with_a_bad_id_language_or_no_content_names_the_field(string id, string language, string field)
    {
        var answer = await admin.PostAsJsonAsync("/api/mail-templates", new { id, language, content = "" });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.True((await answer.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().ContainsKey(field));
    }

    [Fact]
    public async Task The_preview_renders_subject_and_body_with_the_sample_variables()
    {
        var answer = await admin.PostAsJsonAsync("/api/mail-templates/preview", new
        {
            language = "id",
            content = "subject: Sertifikat {{ serialNumber }} dicabut\n\nYth. {{ holderName }}, alasan {{ reason }} pada {{ revokedAt | date: \"%d-%m-%Y\" }}.",
        });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var preview = await answer.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Sertifikat 5d3c9a0f1e2b4c6d dicabut", preview!["subject"]!.GetValue<string>());
        Assert.Equal("Yth. Budi Santoso, alasan KEY_COMPROMISE pada 24-05-2026.\n", preview["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mail_sent_after_an_edit_uses_the_edited_template()
    {
        var original = (await admin.GetFromJsonAsync<JsonObject>("/api/mail-templates/request-received/id"))!["content"]!.GetValue<string>();
        var edited = "subject: Permohonan diterima (template baru) {{ serialNumber }}" + original[original.IndexOf('\n', StringComparison.Ordinal)..];
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/mail-templates", new { id = "request-received", language = "id", content = edited })).StatusCode);

        await RevocationRequests.FileAsync(app, "holder@ams.test", "KEY_COMPROMISE");

        var pickup = Path.Combine(app.DataFolder, "mail");
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!(Directory.Exists(pickup) && Directory.EnumerateFiles(pickup, "*.eml").Any()))
        {
            Assert.True(DateTime.UtcNow < deadline, "No mail was written.");
            await Task.Delay(100);
        }

        var mail = await MimeKit.MimeMessage.LoadAsync(Directory.EnumerateFiles(pickup, "*.eml").Single());
        Assert.StartsWith("Permohonan diterima (template baru)", mail.Subject, StringComparison.Ordinal);
    }

    public async ValueTask InitializeAsync() => admin = await app.SignInAsync("admin@ams.test");

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
