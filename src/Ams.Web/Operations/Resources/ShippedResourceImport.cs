using Ams.Mail.Templates;
using Ams.Web.Infrastructure.Hosting;
using Ams.Web.Operations.Forms;

namespace Ams.Web.Operations.Resources;

/// <summary>
/// Loads the shipped <c>workflows/forms/*.form</c> and <c>workflows/mail/{id}.{language}.liquid</c> at start-up: a file
/// becomes a new version only when it differs from the last version that came from the folder, so an administrator's
/// edit is not overwritten by a restart. A shipped file that does not parse stops the start.
/// </summary>
public sealed partial class ShippedResourceImport(ResourceStore store, AmsPaths paths, ILogger<ShippedResourceImport> logger)
{
    /// <summary>Imports every shipped form and mail template.</summary>
    public async Task ImportAsync(CancellationToken cancellationToken)
    {
        foreach (var file in Files("forms", "*.form"))
        {
            var content = await File.ReadAllTextAsync(file, cancellationToken);
            var form = FormSchema.Parse(content);
            if (!ResourceIds.IsSafe(form.Id))
            {
                throw new InvalidOperationException($"The shipped form {Path.GetFileName(file)} has an unsafe id '{form.Id}'.");
            }

            Log(await store.ImportShippedAsync(ResourceKinds.Form, form.Id, content, cancellationToken), form.Id);
        }

        foreach (var file in Files("mail", "*" + MailTemplate.FileExtension))
        {
            var name = Path.GetFileName(file);
            var content = await File.ReadAllTextAsync(file, cancellationToken);
            if (!MailTemplate.TryParse(name, content, out var template, out var problems))
            {
                throw new InvalidOperationException("The shipped mail template cannot be used: " + string.Join(" ", problems));
            }

            var key = MailTemplateKey.Of(template.Id, template.Language);
            Log(await store.ImportShippedAsync(ResourceKinds.MailTemplate, key, content, cancellationToken), key);
        }
    }

    private IEnumerable<string> Files(string folder, string pattern)
    {
        var directory = Path.Combine(paths.Workflows, folder);
        return Directory.Exists(directory) ? Directory.EnumerateFiles(directory, pattern).Order(StringComparer.Ordinal) : [];
    }

    private void Log(ResourceSaveResult? result, string key)
    {
        if (result is { Created: true })
        {
            LogImported(key, result.Version.Version);
        }
    }

    [LoggerMessage(LogLevel.Information, "Shipped {Key} is now version {Version}.")]
    private partial void LogImported(string key, int version);
}
