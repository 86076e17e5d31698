using Ams.Web.Features.Requests;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Features.Accounts;

/// <summary>
/// The product's own tables (accounts, roles, requests, forms and mail templates, the data-protection keys that sign
/// cookies and tokens), beside the engine's and the CA's in the same database.
/// </summary>
public class AmsDbContext : IdentityDbContext<AmsUser>, IDataProtectionKeyContext
{
    /// <summary>Creates the context.</summary>
    public AmsDbContext(DbContextOptions<AmsDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own migrations type (<see cref="PostgresAmsDbContext"/>).</summary>
    protected AmsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The product's migration history, apart from the engine's.</summary>
    public const string MigrationsTable = "__ams_migrations";

    /// <summary>Holders' requests: the rows of <em>Status Permohonan</em>.</summary>
    public DbSet<HolderRequest> Requests => Set<HolderRequest>();

    /// <summary>The documents holders attached to their issuance requests.</summary>
    public DbSet<Features.Issuance.RequestDocument> RequestDocuments => Set<Features.Issuance.RequestDocument>();

    /// <summary>The keys every node signs and reads cookies and bearer tokens with.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The saved versions of forms and mail templates.</summary>
    public DbSet<Operations.Resources.ResourceVersion> ResourceVersions => Set<Operations.Resources.ResourceVersion>();

    /// <summary>The append-only, hash-chained audit log (<see cref="Operations.Audit.AuditEntry"/>).</summary>
    public DbSet<Operations.Audit.AuditEntry> AuditLog => Set<Operations.Audit.AuditEntry>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<HolderRequest>(request =>
        {
            request.ToTable("ams_requests");
            request.HasKey(r => r.Id);
            request.Property(r => r.Kind).HasMaxLength(16);
            request.Property(r => r.HolderId).HasMaxLength(64);
            request.Property(r => r.HolderEmail).HasMaxLength(256);
            request.Property(r => r.SerialNumber).HasMaxLength(64);
            request.Property(r => r.Reason).HasMaxLength(32);
            request.Property(r => r.Verification).HasMaxLength(16);
            request.Property(r => r.Enrollment).HasMaxLength(16);
            request.Property(r => r.Note).HasMaxLength(1000);
            request.Property(r => r.FailureReason).HasMaxLength(1000);
            request.Property(r => r.CreatedAt).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
            request.Property(r => r.DecidedAt).HasConversion(v => v.HasValue ? v.Value.ToUnixTimeMilliseconds() : (long?)null, v => v.HasValue ? DateTimeOffset.FromUnixTimeMilliseconds(v.Value) : null);
            request.Property(r => r.EnrolledAt).HasConversion(v => v.HasValue ? v.Value.ToUnixTimeMilliseconds() : (long?)null, v => v.HasValue ? DateTimeOffset.FromUnixTimeMilliseconds(v.Value) : null);
            request.HasIndex(r => new { r.HolderId, r.CreatedAt });
            request.HasIndex(r => r.SerialNumber);
            // At most one open request per certificate (HolderRequest.Open, as SQL both providers read).
            request.HasIndex(r => r.SerialNumber, "IX_ams_requests_open_per_certificate")
                .IsUnique()
                .HasFilter("\"Kind\" = 'revoke' AND (\"Verification\" = 'pending' OR (\"Verification\" = 'approved' AND \"Enrollment\" IN ('none', 'pending')))");
            request.Property(r => r.Product).HasMaxLength(64);
            request.Property(r => r.Subject).HasMaxLength(1000).HasConversion(
                v => v == null ? null : System.Text.Json.JsonSerializer.Serialize(v, System.Text.Json.JsonSerializerOptions.Web),
                v => v == null ? null : System.Text.Json.JsonSerializer.Deserialize<Features.Issuance.IssuanceSubject>(v, System.Text.Json.JsonSerializerOptions.Web));
            // At most one open issuance request per holder and product.
            request.HasIndex(r => new { r.HolderId, r.Product }, "IX_ams_requests_open_per_product")
                .IsUnique()
                .HasFilter("\"Kind\" = 'issue' AND (\"Verification\" = 'pending' OR (\"Verification\" = 'approved' AND \"Enrollment\" IN ('none', 'pending')))");
        });
        builder.Entity<Features.Issuance.RequestDocument>(document =>
        {
            document.ToTable("ams_request_documents");
            document.HasKey(d => d.Id);
            document.HasIndex(d => new { d.RequestId, d.Number }).IsUnique();
            document.HasOne<HolderRequest>().WithMany().HasForeignKey(d => d.RequestId).OnDelete(DeleteBehavior.Cascade);
            document.Property(d => d.Kind).HasMaxLength(32);
            document.Property(d => d.FileName).HasMaxLength(256);
            document.Property(d => d.ContentType).HasMaxLength(32);
        });
        builder.Entity<AmsUser>(user =>
        {
            user.Property(u => u.Organization).HasMaxLength(64);
            user.Property(u => u.OrganizationalUnit).HasMaxLength(64);
            user.Property(u => u.IdentityNumber).HasMaxLength(64);
            user.Property(u => u.Language).HasMaxLength(8).HasDefaultValue(AccountLanguage.Indonesian);
        });
        builder.Entity<DataProtectionKey>().ToTable("ams_data_protection_keys");
        builder.Entity<Operations.Resources.ResourceVersion>(version =>
        {
            version.ToTable("ams_resource_versions");
            version.HasKey(v => v.Id);
            version.Property(v => v.Kind).HasMaxLength(16);
            version.Property(v => v.Key).HasMaxLength(128);
            version.Property(v => v.Checksum).HasMaxLength(64);
            version.Property(v => v.DeployedBy).HasMaxLength(256);
            version.Property(v => v.DeployedAt).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
            version.HasIndex(v => new { v.Kind, v.Key, v.Version }).IsUnique();
        });
        builder.Entity<Operations.Audit.AuditEntry>(entry =>
        {
            entry.ToTable("ams_audit_log");
            entry.HasKey(e => e.Id);
            entry.HasIndex(e => e.Sequence).IsUnique();
            entry.Property(e => e.At).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
            entry.Property(e => e.EventType).HasMaxLength(32);
            entry.Property(e => e.ActorId).HasMaxLength(64);
            entry.Property(e => e.ActorName).HasMaxLength(256);
            entry.Property(e => e.ClientAddress).HasMaxLength(64);
            entry.Property(e => e.Detail).HasMaxLength(1000);
            entry.Property(e => e.SerialNumber).HasMaxLength(64);
            entry.Property(e => e.PreviousHash).HasMaxLength(64);
            entry.Property(e => e.Hash).HasMaxLength(64);
            entry.HasIndex(e => e.At);
            entry.HasIndex(e => new { e.EventType, e.Sequence });
            entry.HasIndex(e => e.RequestId);
            entry.HasIndex(e => e.SerialNumber);
        });
    }
}
