using Ams.Mail.Templates;

namespace Ams.Web.Operations.Resources;

/// <summary>The latest saved version of every mail template variant, as the mail library reads its templates.</summary>
public sealed class DatabaseMailTemplateSource(IServiceScopeFactory scopes) : IMailTemplateSource
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<MailTemplateText>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ResourceStore>().LatestOfEachAsync(ResourceKinds.MailTemplate, cancellationToken);
        return rows.Select(r => new MailTemplateText(r.Key + MailTemplate.FileExtension, r.Content)).ToList();
    }
}
