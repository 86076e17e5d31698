using System.Text.Json.Nodes;
using Ams.Mail.Templates;
using Ams.Mail.Tests.Support;

namespace Ams.Mail.Tests.Templates;

public sealed class MailTemplateLibraryTests
{
    private static readonly JsonObject Model = new() { ["name"] = "Siti" };

    [Fact]
    public void Reports_a_syntax_error_with_the_file_line_and_column_at_load()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.File("good.id.liquid"), "subject: Halo\n\nIsi {{ name }}\n");
        File.WriteAllText(folder.File("broken.id.liquid"), "subject: Halo {{ name }}\n\nBaris satu\nBaris {{ name \n");

        var loaded = MailTemplateLibrary.Load(folder.Path);

        Assert.False(loaded.Succeeded);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal("broken.id.liquid", problem.File);
        Assert.Equal(4, problem.Line);
        Assert.Equal(14, problem.Column);
        Assert.Contains("'}}'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_syntax_error_in_the_subject_at_its_column_in_the_file()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.File("broken.en.liquid"), "subject: Hello {% if name %}\n\nBody\n");

        var loaded = MailTemplateLibrary.Load(folder.Path);

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(("broken.en.liquid", 1), (problem.File, problem.Line));
        // Fluid points just past the end of the subject, where '{% endif %}' was expected.
        Assert.Equal(29, problem.Column);
        Assert.Contains("endif", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Halo\n\nIsi\n", 1)]
    [InlineData("subject: Halo\nIsi\n", 2)]
    public void Reports_a_file_without_subject_line_and_blank_line(string source, int line)
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.File("odd.id.liquid"), source);

        var loaded = MailTemplateLibrary.Load(folder.Path);

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(("odd.id.liquid", line), (problem.File, problem.Line));
    }

    [Fact]
    public void Reports_a_file_name_without_language()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.File("greeting.liquid"), "subject: Halo\n\nIsi\n");

        var loaded = MailTemplateLibrary.Load(folder.Path);

        Assert.Equal("greeting.liquid", Assert.Single(loaded.Problems).File);
    }

    [Fact]
    public void Reports_a_missing_folder()
    {
        var loaded = MailTemplateLibrary.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));

        Assert.False(loaded.Succeeded);
        Assert.Contains("does not exist", Assert.Single(loaded.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Hello Siti", "en")]
    [InlineData("EN-us", "Hello Siti", "en")]
    [InlineData("id", "Halo Siti", "id")]
    [InlineData("fr", "Halo Siti", "id")]
    [InlineData(null, "Halo Siti", "id")]
    public void Picks_the_language_variant_and_falls_back_to_Indonesian(string? language, string subject, string rendered)
    {
        var library = Library(("greeting.id.liquid", "subject: Halo {{ name }}\n\nIsi\n"), ("greeting.en.liquid", "subject: Hello {{ name }}\n\nBody\n"));

        var result = library.Render("greeting", language, Model);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((subject, rendered), (result.Mail.Subject, result.Mail.Language));
    }

    [Fact]
    public void Falls_back_to_Indonesian_when_the_English_variant_is_missing()
    {
        var library = Library(("greeting.id.liquid", "subject: Halo {{ name }}\n\nIsi\n"));

        var result = library.Render("greeting", "en", Model);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Halo Siti", result.Mail.Subject);
    }

    [Fact]
    public void Reports_an_unknown_template_as_an_error_value()
    {
        var library = Library(("greeting.id.liquid", "subject: Halo\n\nIsi\n"));

        var result = library.Render("farewell", "id", Model);

        Assert.False(result.Succeeded);
        Assert.Contains("Unknown mail template 'farewell'", result.Error, StringComparison.Ordinal);
        Assert.Contains("greeting", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_language_missing_everywhere_as_an_error_value()
    {
        var library = Library(("greeting.en.liquid", "subject: Hello\n\nBody\n"));

        var result = library.Render("greeting", "fr", Model);

        Assert.False(result.Succeeded);
        Assert.Contains("no variant in 'fr' nor in 'id'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Renders_nested_model_values_and_lists_and_keeps_the_subject_on_one_line()
    {
        var library = Library(("list.id.liquid", "subject: {% for s in serials %}  {{ s }}\t{% endfor %}\n\n{{ holder.name }} punya {{ serials | size }} sertifikat\n"));
        var model = new JsonObject { ["holder"] = new JsonObject { ["name"] = "Siti" }, ["serials"] = new JsonArray("0a", "0b") };

        var result = library.Render("list", "id", model);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("0a 0b", result.Mail.Subject);
        Assert.Equal("Siti punya 2 sertifikat\n", result.Mail.Body);
    }

    [Fact]
    public void Stops_a_runaway_template_with_an_error_value()
    {
        var library = Library(("loop.id.liquid", "subject: x\n\n{% for i in (1..10000000) %}{{ i }}{% endfor %}\n"));

        var result = library.Render("loop", "id", Model);

        Assert.False(result.Succeeded);
        Assert.Contains("loop.id.liquid", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cannot_include_files()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.File("secret.liquid"), "SECRET");
        var library = Library(("inc.id.liquid", "subject: x\n\n{% include 'secret' %}\n"));

        var result = library.Render("inc", "id", Model);

        Assert.False(result.Succeeded && result.Mail.Body.Contains("SECRET", StringComparison.Ordinal));
    }

    private static MailTemplateLibrary Library(params (string File, string Source)[] files)
    {
        var templates = files.Select(f =>
        {
            Assert.True(MailTemplate.TryParse(f.File, f.Source, out var template, out var problems), string.Join("; ", problems));
            return template;
        });
        return MailTemplateLibrary.Create(templates);
    }
}
