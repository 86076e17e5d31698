using System.Security.Cryptography;
using System.Text;
using Ams.Mail.Templates;
using Ams.Web.Features.Accounts;
using Ams.Web.Operations.Forms;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Operations.Resources;

/// <summary>
/// The versions of forms and mail templates. A save whose content equals the latest version's returns that version;
/// anything else becomes the next number. Saving tells the form catalog and the mail templates to read again.
/// </summary>
public sealed class ResourceStore(AmsDbContext db, TimeProvider clock, FormCatalog forms, MailTemplateSet mailTemplates, Operations.Audit.AuditTrail audit)
{
    private const int MaxAttempts = 3;

    /// <summary>Saves <paramref name="content"/> as the next version of <paramref name="key"/>, unless it equals the latest.</summary>
    public async Task<ResourceSaveResult> SaveAsync(string kind, string key, string content, string deployedBy, bool fromFolder, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(content);
        var checksum = Checksum(content);
        for (var attempt = 1; ; attempt++)
        {
            var latest = await LatestAsync(kind, key, cancellationToken);
            if (latest?.Checksum == checksum)
            {
                return new ResourceSaveResult(latest, Created: false);
            }

            var version = new ResourceVersion
            {
                Kind = kind,
                Key = key,
                Version = (latest?.Version ?? 0) + 1,
                Content = content,
                Checksum = checksum,
                DeployedAt = clock.GetUtcNow(),
                DeployedBy = deployedBy,
                FromFolder = fromFolder,
            };
            db.ResourceVersions.Add(version);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another save took this number first (unique kind, key, version): read the latest again.
                db.Entry(version).State = EntityState.Detached;
                continue;
            }

            Changed(kind, key);
            await audit.RecordAsync(
                new Operations.Audit.AuditEvent(kind == ResourceKinds.Form ? Operations.Audit.AuditEventTypes.FormSaved : Operations.Audit.AuditEventTypes.MailTemplateSaved, $"{key} version {version.Version}"),
                cancellationToken);
            return new ResourceSaveResult(version, Created: true);
        }
    }

    /// <summary>
    /// Saves a shipped file's content, but only when it differs from the last version that came from the folder, so that
    /// an administrator's edit survives a restart and a changed shipped file still takes over.
    /// </summary>
    public async Task<ResourceSaveResult?> ImportShippedAsync(string kind, string key, string content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lastShipped = await db.ResourceVersions.AsNoTracking()
            .Where(v => v.Kind == kind && v.Key == key && v.FromFolder)
            .OrderByDescending(v => v.Version)
            .FirstOrDefaultAsync(cancellationToken);
        return lastShipped?.Checksum == Checksum(content)
            ? null
            : await SaveAsync(kind, key, content, Operations.Workflows.WorkflowFolderDeployment.Deployer, fromFolder: true, cancellationToken);
    }

    /// <summary>The latest version of <paramref name="key"/>, or null.</summary>
    public Task<ResourceVersion?> LatestAsync(string kind, string key, CancellationToken cancellationToken) =>
        db.ResourceVersions.AsNoTracking().Where(v => v.Kind == kind && v.Key == key).OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>One version of <paramref name="key"/>, or null.</summary>
    public Task<ResourceVersion?> FindAsync(string kind, string key, int version, CancellationToken cancellationToken) =>
        db.ResourceVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Kind == kind && v.Key == key && v.Version == version, cancellationToken);

    /// <summary>Every version of <paramref name="key"/>, newest first.</summary>
    public Task<List<ResourceVersion>> VersionsAsync(string kind, string key, CancellationToken cancellationToken) =>
        db.ResourceVersions.AsNoTracking().Where(v => v.Kind == kind && v.Key == key).OrderByDescending(v => v.Version).ToListAsync(cancellationToken);

    /// <summary>The latest version of every key of a kind, by key.</summary>
    public async Task<List<ResourceVersion>> LatestOfEachAsync(string kind, CancellationToken cancellationToken)
    {
        var latest = db.ResourceVersions.Where(v => v.Kind == kind).GroupBy(v => v.Key).Select(g => new { Key = g.Key, Version = g.Max(v => v.Version) });
        var rows = await db.ResourceVersions.AsNoTracking()
            .Where(v => v.Kind == kind)
            .Join(latest, v => new { v.Key, v.Version }, l => new { l.Key, l.Version }, (v, _) => v)
            .ToListAsync(cancellationToken);
        return rows.OrderBy(v => v.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>The ids of the forms, sorted (the designer's templates offer them).</summary>
    public async Task<IReadOnlyList<string>> FormIdsAsync(CancellationToken cancellationToken) =>
        (await db.ResourceVersions.Where(v => v.Kind == ResourceKinds.Form).Select(v => v.Key).Distinct().ToListAsync(cancellationToken))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>The ids of the mail templates without language, sorted (the designer's templates offer them).</summary>
    public async Task<IReadOnlyList<string>> MailTemplateIdsAsync(CancellationToken cancellationToken) =>
        (await db.ResourceVersions.Where(v => v.Kind == ResourceKinds.MailTemplate).Select(v => v.Key).Distinct().ToListAsync(cancellationToken))
            .Select(MailTemplateKey.IdOf).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public static string Checksum(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content ?? "")));

    private void Changed(string kind, string key)
    {
        if (kind == ResourceKinds.Form)
        {
            forms.Forget(key);
        }
        else if (kind == ResourceKinds.MailTemplate)
        {
            mailTemplates.Reload();
        }
    }
}
