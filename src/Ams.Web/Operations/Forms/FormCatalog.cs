using System.Collections.Concurrent;
using System.Text.Json;
using Ams.Web.Operations.Resources;

namespace Ams.Web.Operations.Forms;

/// <summary>The latest version of each form, by id, read once and again after a save on any node.</summary>
public sealed class FormCatalog(IServiceScopeFactory scopes, ResourceGeneration generation)
{
    private readonly ConcurrentDictionary<string, FormSchema?> forms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> saves = new(StringComparer.Ordinal);

    /// <summary>The latest version of the form with this id, or null when there is none.</summary>
    public async Task<FormSchema?> FindAsync(string? formKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(formKey) || !Operations.Resources.ResourceIds.IsSafe(formKey))
        {
            return null;
        }

        if (await generation.ChangedSinceLastAskedAsync("forms", cancellationToken))
        {
            forms.Clear();
        }

        if (forms.TryGetValue(formKey, out var known))
        {
            return known;
        }

        var savesBefore = saves.GetValueOrDefault(formKey);
        await using var scope = scopes.CreateAsyncScope();
        var latest = await scope.ServiceProvider.GetRequiredService<ResourceStore>().LatestAsync(ResourceKinds.Form, formKey, cancellationToken);
        FormSchema? form;
        try
        {
            form = latest is null ? null : FormSchema.Parse(latest.Content);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            form = null;
        }

        // A save while this read ran may have made it stale: keep it only when no save happened in between.
        forms[formKey] = form;
        if (saves.GetValueOrDefault(formKey) != savesBefore)
        {
            forms.TryRemove(formKey, out _);
        }

        return form;
    }

    /// <summary>Forgets what was read of a form, after a new version was saved.</summary>
    public void Forget(string formKey)
    {
        saves.AddOrUpdate(formKey, 1, (_, count) => count + 1);
        forms.TryRemove(formKey, out _);
    }
}
