using Ams.Mail.Templates;
using Ams.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Resources;

/// <summary>The latest saved version of every mail template variant, as the mail library reads its templates.</summary>
public sealed class DatabaseMailTemplateSource(IServiceScopeFactory scopes) : IMailTemplateSource
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<MailTemplateText>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmsDbContext>();
        var latest = db.ResourceVersions.Where(v => v.Kind == ResourceKinds.MailTemplate)
            .GroupBy(v => v.Key).Select(g => new { Key = g.Key, Version = g.Max(v => v.Version) });
        var rows = await db.ResourceVersions.AsNoTracking()
            .Where(v => v.Kind == ResourceKinds.MailTemplate)
            .Join(latest, v => new { v.Key, v.Version }, l => new { l.Key, l.Version }, (v, _) => new { v.Key, v.Content })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new MailTemplateText(r.Key + MailTemplate.FileExtension, r.Content)).ToList();
    }
}
