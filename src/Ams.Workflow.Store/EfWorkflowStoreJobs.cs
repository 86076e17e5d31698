using System.Data.Common;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
using Ams.Workflow.Store.Rows;
using Microsoft.EntityFrameworkCore;

namespace Ams.Workflow.Store;

/// <summary>Jobs: finding them, leasing them to workers, renewing and releasing leases.</summary>
public sealed partial class EfWorkflowStore
{
    /// <inheritdoc />
    public async Task<JobRecord?> FindJobAsync(Guid key, CancellationToken cancellationToken)
    {
        // On every job completion's path: plain SQL, no query pipeline.
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null, $"SELECT {JobColumns} FROM wf_jobs WHERE key = @key", ("@key", Sql.Id(key)));
        return (await ReadJobsAsync(command, cancellationToken)).FirstOrDefault();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<JobRecord>> ActivateJobsAsync(string type, int maxJobs, string worker, DateTimeOffset lockedUntil, DateTimeOffset now, CancellationToken cancellationToken) =>
        LeaseAsync("type = @type", ("@type", type), maxJobs, worker, lockedUntil, now, cancellationToken);

    /// <inheritdoc />
    public async Task<JobRecord?> ActivateJobAsync(Guid key, string worker, DateTimeOffset lockedUntil, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await LeaseAsync("key = @key", ("@key", Sql.Id(key)), 1, worker, lockedUntil, now, cancellationToken)).FirstOrDefault();

    /// <inheritdoc />
    public async Task<bool> RenewJobLeaseAsync(Guid key, string worker, DateTimeOffset lockedUntil, CancellationToken cancellationToken) =>
        await UpdateJobsAsync(
            "UPDATE wf_jobs SET locked_until = @until WHERE key = @key AND worker = @worker AND state = @activated",
            cancellationToken, ("@until", Sql.Ms(lockedUntil)), ("@key", Sql.Id(key)), ("@worker", worker), ("@activated", (int)JobState.Activated)) == 1;

    /// <inheritdoc />
    public Task<int> ReleaseJobLeasesAsync(string worker, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateJobsAsync(
            "UPDATE wf_jobs SET locked_until = @now WHERE worker = @worker AND state = @activated AND locked_until > @now",
            cancellationToken, ("@now", Sql.Ms(now)), ("@worker", worker), ("@activated", (int)JobState.Activated));

    private async Task<int> UpdateJobsAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] values)
    {
        using var gate = await writes.EnterAsync(cancellationToken);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JobRecord>> FindActivatableJobsAsync(IReadOnlyCollection<string> types, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var at = Sql.Ms(now);
        var rows = await db.Jobs.AsNoTracking()
            .Where(j => types.Contains(j.Type)
                && ((j.State == (int)JobState.Activatable && (j.RetryAt == null || j.RetryAt <= at))
                    || (j.State == (int)JobState.Activated && j.LockedUntil <= at)))
            .OrderBy(j => j.CreatedAt)
            .Take(max)
            .ToListAsync(cancellationToken);
        return rows.Select(ToJob).ToList();
    }

    private async Task<IReadOnlyList<JobRecord>> LeaseAsync(
        string filter,
        (string Name, object? Value) filterValue,
        int maxJobs,
        string worker,
        DateTimeOffset lockedUntil,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        using var gate = await writes.EnterAsync(cancellationToken);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = Sql.Command(connection, transaction,
            $"""
            UPDATE wf_jobs SET state = @activated, worker = @worker, locked_until = @until
            WHERE key IN (
                SELECT key FROM wf_jobs
                WHERE {filter}
                  AND ((state = @activatable AND (retry_at IS NULL OR retry_at <= @now)) OR (state = @activated AND locked_until <= @now))
                ORDER BY created_at
                LIMIT @max
                {connections.Dialect.LockForLease})
            RETURNING {JobColumns}
            """,
            filterValue, ("@activated", (int)JobState.Activated), ("@activatable", (int)JobState.Activatable), ("@worker", worker),
            ("@until", Sql.Ms(lockedUntil)), ("@now", Sql.Ms(now)), ("@max", maxJobs));
        var leased = await ReadJobsAsync(command, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return leased;
    }

    private const string JobColumns = "key, type, process_instance_id, state, retry_at, worker, locked_until, created_at, json";

    private static async Task<List<JobRecord>> ReadJobsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var jobs = new List<JobRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            jobs.Add(ToJob(new JobRow
            {
                Key = reader.GetString(0),
                Type = reader.GetString(1),
                ProcessInstanceId = reader.GetString(2),
                State = reader.GetInt32(3),
                RetryAt = reader.IsDBNull(4) ? null : reader.GetInt64(4),
                Worker = reader.IsDBNull(5) ? null : reader.GetString(5),
                LockedUntil = reader.IsDBNull(6) ? null : reader.GetInt64(6),
                CreatedAt = reader.GetInt64(7),
                Json = reader.GetString(8),
            }));
        }

        return jobs;
    }

    private static JobRecord ToJob(JobRow row)
    {
        var job = InstanceSerializer.DeserializeRecord<JobRecord>(row.Json);
        job.State = (JobState)row.State;
        job.Worker = row.Worker;
        job.LockedUntil = row.LockedUntil is { } until ? Sql.At(until) : null;
        job.RetryAt = row.RetryAt is { } retry ? Sql.At(retry) : null;
        return job;
    }
}
