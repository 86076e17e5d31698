using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ams.Pki.Storage;

/// <summary>The PKI's own tables (prefixed <c>pki_</c>), in the host's database (SQLite or PostgreSQL) or a SQLite file of their own.</summary>
public class PkiDbContext : DbContext
{
    /// <summary>The PKI's migration history, apart from the host's and the engine's.</summary>
    public const string MigrationsTable = "__pki_migrations";

    /// <summary>Creates the context.</summary>
    /// <param name="options">EF Core options.</param>
    public PkiDbContext(DbContextOptions<PkiDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own migrations type (<see cref="PostgresPkiDbContext"/>).</summary>
    /// <param name="options">EF Core options.</param>
    protected PkiDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Issued certificates.</summary>
    public DbSet<CertificateRecord> Certificates => Set<CertificateRecord>();

    /// <summary>Enrollment queue.</summary>
    public DbSet<EnrollmentRecord> Enrollments => Set<EnrollmentRecord>();

    /// <summary>CRL counter and schedule.</summary>
    public DbSet<CrlStateRecord> CrlState => Set<CrlStateRecord>();

    /// <summary>The hierarchy's certificates and encrypted keys.</summary>
    public DbSet<CaKeyRecord> CaKeys => Set<CaKeyRecord>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Unix milliseconds: sortable and comparable in SQLite, readable by the raw OCSP and CRL queries.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CertificateRecord>(entity =>
        {
            entity.ToTable("pki_certificates");
            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.Serial).HasColumnName("serial").HasMaxLength(40);
            entity.HasIndex(e => e.Serial).IsUnique();
            entity.Property(e => e.SubjectDn).HasColumnName("subject_dn");
            entity.Property(e => e.HolderEmail).HasColumnName("holder_email");
            entity.HasIndex(e => e.HolderEmail);
            entity.Property(e => e.Profile).HasColumnName("profile");
            entity.Property(e => e.NotBefore).HasColumnName("not_before");
            entity.Property(e => e.NotAfter).HasColumnName("not_after");
            entity.Property(e => e.IssuedAt).HasColumnName("issued_at");
            entity.Property(e => e.Der).HasColumnName("der");
            entity.Property(e => e.RevokedAt).HasColumnName("revoked_at");
            entity.HasIndex(e => e.RevokedAt);
            entity.Property(e => e.ReasonCode).HasColumnName("revocation_reason");
            entity.Property(e => e.InvalidityDate).HasColumnName("invalidity_date");
        });
        modelBuilder.Entity<EnrollmentRecord>(entity =>
        {
            entity.ToTable("pki_enrollments");
            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.Reference).HasColumnName("reference");
            entity.HasIndex(e => e.Reference).IsUnique();
            entity.Property(e => e.Kind).HasColumnName("kind");
            entity.Property(e => e.Payload).HasColumnName("payload");
            entity.Property(e => e.State).HasColumnName("state");
            entity.HasIndex(e => new { e.State, e.CreatedAt });
            entity.Property(e => e.CreatedAt).HasColumnName("created_at");
            entity.Property(e => e.StartedAt).HasColumnName("started_at");
            entity.Property(e => e.CompletedAt).HasColumnName("completed_at");
            entity.Property(e => e.Result).HasColumnName("result");
            entity.Property(e => e.FailureReason).HasColumnName("failure_reason");
        });
        modelBuilder.Entity<CrlStateRecord>(entity =>
        {
            entity.ToTable("pki_crl_state");
            entity.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
            entity.Property(e => e.CrlNumber).HasColumnName("crl_number");
            entity.Property(e => e.LastPublishedAt).HasColumnName("last_published_at");
            entity.Property(e => e.PendingSince).HasColumnName("pending_since");
            entity.Property(e => e.RevocationCount).HasColumnName("revocation_count");
            entity.Property(e => e.PublishedRevocationCount).HasColumnName("published_revocation_count");
            entity.Property(e => e.CurrentCrl).HasColumnName("current_crl");
        });
        modelBuilder.Entity<CaKeyRecord>(entity =>
        {
            entity.ToTable("pki_ca_keys");
            entity.HasKey(e => e.Name);
            entity.Property(e => e.Name).HasColumnName("name").HasMaxLength(64);
            entity.Property(e => e.Pem).HasColumnName("pem");
            entity.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        });
    }

    private sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.ToUnixTimeMilliseconds(),
        value => DateTimeOffset.FromUnixTimeMilliseconds(value));
}
