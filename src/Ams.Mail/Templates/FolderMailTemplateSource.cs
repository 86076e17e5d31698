namespace Ams.Mail.Templates;

/// <summary>The <c>*.liquid</c> files of a folder; a missing folder holds no templates.</summary>
public sealed class FolderMailTemplateSource : IMailTemplateSource
{
    /// <summary>Reads the templates of <paramref name="directory"/>.</summary>
    public FolderMailTemplateSource(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory = directory;
    }

    /// <summary>The folder read.</summary>
    public string Directory { get; }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MailTemplateText>> ReadAsync(CancellationToken cancellationToken)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        var texts = new List<MailTemplateText>();
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*" + MailTemplate.FileExtension).Order(StringComparer.Ordinal))
        {
            texts.Add(new MailTemplateText(Path.GetFileName(path), await File.ReadAllTextAsync(path, cancellationToken)));
        }

        return texts;
    }
}
