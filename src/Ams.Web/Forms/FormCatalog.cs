using System.Collections.Concurrent;
using Ams.Web.Hosting;

namespace Ams.Web.Forms;

/// <summary>The forms of <c>workflows/forms</c>, read once each, by id.</summary>
public sealed class FormCatalog(AmsPaths paths)
{
    private readonly ConcurrentDictionary<string, FormSchema?> forms = new(StringComparer.Ordinal);

    /// <summary>The form with this id, or null when none is shipped.</summary>
    public FormSchema? Find(string? formKey)
    {
        if (string.IsNullOrWhiteSpace(formKey) || formKey.IndexOfAny(['/', '\\', '.']) >= 0)
        {
            return null;
        }

        return forms.GetOrAdd(formKey, key =>
        {
            var file = Path.Combine(paths.Workflows, "forms", key + ".form");
            return File.Exists(file) ? FormSchema.Parse(File.ReadAllText(file)) : null;
        });
    }
}
