using Ams.Web.Hosting;

namespace Ams.Web.Designer;

/// <summary>Reads the ids from the workflows folder: <c>mail/{id}.{lang}.liquid</c> and <c>forms/{id}.form</c>.</summary>
public sealed class FileDesignerCatalog(AmsPaths paths) : IDesignerCatalog
{
    /// <inheritdoc />
    public Task<IReadOnlyList<string>> MailTemplateIdsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(IdsOf("mail", "*.liquid", name => name[..name.IndexOf('.', StringComparison.Ordinal)]));

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> FormIdsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(IdsOf("forms", "*.form", Path.GetFileNameWithoutExtension));

    private IReadOnlyList<string> IdsOf(string folder, string pattern, Func<string, string> idOf)
    {
        var directory = Path.Combine(paths.Workflows, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory.EnumerateFiles(directory, pattern)
            .Select(file => idOf(Path.GetFileName(file)))
            .Where(id => id.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
