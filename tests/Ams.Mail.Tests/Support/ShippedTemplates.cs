using Ams.Mail.Templates;

namespace Ams.Mail.Tests.Support;

/// <summary>The templates of <c>workflows/mail</c>, copied next to the tests.</summary>
internal static class ShippedTemplates
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "mail");

    public static MailTemplateLibrary Load()
    {
        var loaded = MailTemplateLibrary.Load(Directory);
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Problems));
        return loaded.Library;
    }
}
