using System.Text.Json;
using Ams.Pki.Authority;
using Ams.Pki.Issuance;
using Ams.Pki.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ams.Pki.Enrollment;

/// <summary>
/// The small gateway in front of the CA: the registration authority submits enrollments and polls their
/// status; the host's background job calls <see cref="ProcessPendingAsync"/> to execute the queue. An
/// external CA could replace the embedded one behind the same three calls.
/// </summary>
public sealed class EnrollmentGateway
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly CertificateAuthority _authority;
    private readonly IDbContextFactory<PkiDbContext> _dbFactory;
    private readonly PkiRuntime _runtime;
    private readonly TimeProvider _clock;
    private readonly ILogger<EnrollmentGateway> _logger;
    private readonly TimeSpan _lease;

    internal EnrollmentGateway(
        CertificateAuthority authority, IDbContextFactory<PkiDbContext> dbFactory, PkiRuntime runtime, PkiOptions options, TimeProvider clock, ILogger<EnrollmentGateway> logger)
    {
        _lease = options.EnrollmentLease;
        _authority = authority;
        _dbFactory = dbFactory;
        _runtime = runtime;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>
    /// Queues an enrollment; it is executed by a later <see cref="ProcessPendingAsync"/>. Submitting again with the same
    /// <paramref name="reference"/> (a retry after a crash) returns the enrollment already queued or executed, so the CA
    /// never executes one request twice.
    /// </summary>
    /// <param name="request">An <see cref="IssueEnrollment"/> or a <see cref="RevokeEnrollment"/>.</param>
    /// <param name="reference">The submitter's id for it (a request id), or null for none.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The enrollment id to poll with <see cref="GetStatusAsync"/>.</returns>
    public async Task<Guid> SubmitAsync(EnrollmentRequest request, Guid? reference = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _runtime.GetCredentialsAsync(cancellationToken);
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        if (await FindByReferenceAsync(db, reference, cancellationToken) is { } existing)
        {
            return existing;
        }

        var record = new EnrollmentRecord
        {
            Id = Guid.CreateVersion7(),
            Reference = reference,
            Kind = request.Kind,
            Payload = JsonSerializer.Serialize(request, Json),
            State = EnrollmentStates.Pending,
            CreatedAt = _clock.GetUtcNow(),
        };
        db.Enrollments.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return record.Id;
        }
        catch (DbUpdateException) when (reference is not null)
        {
            // Submitted at the same moment by another worker: theirs is the one.
            return await FindByReferenceAsync(db, reference, cancellationToken) ?? throw new InvalidOperationException($"Enrollment {reference} could not be queued.");
        }
    }

    private static async Task<Guid?> FindByReferenceAsync(PkiDbContext db, Guid? reference, CancellationToken cancellationToken) =>
        reference is null
            ? null
            : await db.Enrollments.AsNoTracking().Where(e => e.Reference == reference).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The status of an enrollment, or a failure when the id is unknown.</summary>
    /// <param name="id">The enrollment id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<PkiResult<EnrollmentStatus>> GetStatusAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await _runtime.GetCredentialsAsync(cancellationToken);
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Enrollments.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (record is null)
        {
            return PkiResult<EnrollmentStatus>.Failure(PkiErrorCode.EnrollmentNotFound, $"No enrollment with id {id}.");
        }

        var state = record.State switch
        {
            EnrollmentStates.Success => EnrollmentState.Success,
            EnrollmentStates.Failed => EnrollmentState.Failed,
            _ => EnrollmentState.Pending,
        };
        var result = record.Result is null ? null : JsonSerializer.Deserialize<EnrollmentResult>(record.Result, Json);
        return PkiResult<EnrollmentStatus>.Success(
            new EnrollmentStatus(record.Id, record.Kind, state, record.CreatedAt, record.CompletedAt, result, record.FailureReason));
    }

    /// <summary>
    /// Executes queued enrollments, oldest first. Each is claimed with a conditional update, so several
    /// workers never execute the same one.
    /// </summary>
    /// <param name="maxCount">Most enrollments to execute in this call.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many were executed.</returns>
    public async Task<int> ProcessPendingAsync(int maxCount = 100, CancellationToken cancellationToken = default)
    {
        await _runtime.GetCredentialsAsync(cancellationToken);
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        var staleBefore = _clock.GetUtcNow() - _lease;
        var candidates = await db.Enrollments.AsNoTracking()
            .Where(e => e.State == EnrollmentStates.Pending || (e.State == EnrollmentStates.Running && e.StartedAt < staleBefore))
            .OrderBy(e => e.CreatedAt)
            .Select(e => new { e.Id, e.State, e.StartedAt })
            .Take(maxCount)
            .ToListAsync(cancellationToken);

        var executed = 0;
        foreach (var candidate in candidates)
        {
            if (await TryExecuteAsync(db, candidate.Id, candidate.State, candidate.StartedAt, cancellationToken))
            {
                executed++;
            }
        }

        return executed;
    }

    /// <summary>
    /// Executes one queued enrollment now, in the caller's time (a holder waiting for the certificate), and returns its
    /// status. An enrollment already executed, or being executed by another worker, is not executed again: its status is
    /// returned as it stands.
    /// </summary>
    /// <param name="id">The enrollment id from <see cref="SubmitAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<PkiResult<EnrollmentStatus>> ProcessAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await _runtime.GetCredentialsAsync(cancellationToken);
        await using (var db = await _dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var pending = await db.Enrollments.AsNoTracking()
                .Where(e => e.Id == id && e.State == EnrollmentStates.Pending)
                .Select(e => new { e.Id, e.State, e.StartedAt })
                .SingleOrDefaultAsync(cancellationToken);
            if (pending is not null)
            {
                await TryExecuteAsync(db, pending.Id, pending.State, pending.StartedAt, cancellationToken);
            }
        }

        return await GetStatusAsync(id, cancellationToken);
    }

    /// <summary>Claims an enrollment with a conditional update and executes it; false when another worker has it.</summary>
    private async Task<bool> TryExecuteAsync(PkiDbContext db, Guid id, string state, DateTimeOffset? startedAt, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var claimed = await db.Enrollments
            .Where(e => e.Id == id && e.State == state && e.StartedAt == startedAt)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.State, EnrollmentStates.Running).SetProperty(e => e.StartedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var record = await db.Enrollments.SingleAsync(e => e.Id == id, cancellationToken);
        await using (new EnrollmentLeaseRenewal(_dbFactory, record.Id, _lease, _clock))
        {
            await ExecuteAsync(record, cancellationToken);
        }

        record.CompletedAt = _clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// When the earliest lease of an enrollment another worker is executing runs out (null when none is running): a
    /// worker that stopped in the middle leaves its enrollment to be executed again then.
    /// </summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<DateTimeOffset?> NextLeaseEndAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        var started = await db.Enrollments.AsNoTracking()
            .Where(e => e.State == EnrollmentStates.Running && e.StartedAt != null)
            .Select(e => e.StartedAt!.Value)
            .ToListAsync(cancellationToken);
        return started.Count == 0 ? null : started.Min() + _lease;
    }

    private async Task ExecuteAsync(EnrollmentRecord record, CancellationToken cancellationToken)
    {
        EnrollmentRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<EnrollmentRequest>(record.Payload, Json);
        }
        catch (JsonException)
        {
            request = null;
        }

        var outcome = request switch
        {
            IssueEnrollment issue => await IssueAsync(issue, record.Id, cancellationToken),
            RevokeEnrollment revoke => await RevokeAsync(revoke, record.Id, cancellationToken),
            _ => PkiResult<EnrollmentResult>.Failure(PkiErrorCode.InvalidRequest, "The enrollment request could not be read."),
        };
        if (outcome.Succeeded)
        {
            record.State = EnrollmentStates.Success;
            record.Result = JsonSerializer.Serialize(outcome.Value, Json);
        }
        else
        {
            record.State = EnrollmentStates.Failed;
            record.FailureReason = outcome.Error.Message;
            _logger.LogInformation("Enrollment {Id} ({Kind}) failed: {Reason}", record.Id, record.Kind, outcome.Error);
        }
    }

    /// <summary>Issues, marking the enrollment done in the transaction that stores the certificate.</summary>
    private async Task<PkiResult<EnrollmentResult>> IssueAsync(IssueEnrollment issue, Guid enrollmentId, CancellationToken cancellationToken)
    {
        var profile = CertificateProfile.FindByName(issue.ProfileName);
        if (profile is null)
        {
            return PkiResult<EnrollmentResult>.Failure(PkiErrorCode.InvalidRequest, $"Unknown certificate profile '{issue.ProfileName}'.");
        }

        var issued = await _authority.IssueFromCsrAsync(issue.Csr, issue.Subject, profile,
            (db, certificate) => MarkDoneAsync(db, enrollmentId, IssuedResultOf(certificate), cancellationToken), cancellationToken);
        return issued.Succeeded
            ? PkiResult<EnrollmentResult>.Success(IssuedResultOf(issued.Value))
            : PkiResult<EnrollmentResult>.Failure(issued.Error);
    }

    /// <summary>Revokes, marking the enrollment done in the revocation's own transaction.</summary>
    private async Task<PkiResult<EnrollmentResult>> RevokeAsync(RevokeEnrollment revoke, Guid enrollmentId, CancellationToken cancellationToken)
    {
        var revoked = await _authority.RevokeAsync(revoke.Serial, revoke.Reason, revoke.Actor, revoke.InvalidityDate,
            (db, certificate) => MarkDoneAsync(db, enrollmentId, RevokedResultOf(certificate), cancellationToken), cancellationToken);
        return revoked.Succeeded
            ? PkiResult<EnrollmentResult>.Success(RevokedResultOf(revoked.Value))
            : PkiResult<EnrollmentResult>.Failure(revoked.Error);
    }

    private static EnrollmentResult IssuedResultOf(CertificateInfo issued) => new(issued.Serial, issued.Pem, null, null);

    private static EnrollmentResult RevokedResultOf(CertificateInfo revoked) => new(revoked.Serial, null, revoked.RevocationReasonName, revoked.RevokedAt);

    /// <summary>
    /// Marks an enrollment succeeded in the CA's own transaction, so that a crash cannot leave the CA's change made and
    /// the enrollment to be executed a second time.
    /// </summary>
    private async Task MarkDoneAsync(PkiDbContext db, Guid enrollmentId, EnrollmentResult result, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(result, Json);
        var now = _clock.GetUtcNow();
        await db.Enrollments.Where(e => e.Id == enrollmentId).ExecuteUpdateAsync(
            s => s.SetProperty(e => e.State, EnrollmentStates.Success).SetProperty(e => e.Result, json).SetProperty(e => e.CompletedAt, now),
            cancellationToken);
    }
}
