using System.Data;
using System.Data.Common;
using System.Security.Cryptography;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;

namespace Ams.Volume.Bench;

/// <summary>
/// Fills a migrated database with a registration office's volume: certificates of many holders (one in ten revoked),
/// their requests, and open verification tasks, written by multi-row statements in large transactions.
/// </summary>
internal static class VolumeSeed
{
    private const int RowsPerStatement = 500;

    public static async Task CertificatesAsync(DbConnection connection, int certificates, int holders, byte[] der, List<string> sampleSerials)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await InsertAsync(connection, certificates,
            "pki_certificates (serial, subject_dn, holder_email, profile, not_before, not_after, issued_at, der, revoked_at, revocation_reason, invalidity_date)",
            i =>
            {
                var serial = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)).TrimStart('0');
                if (i % 1000 == 0)
                {
                    sampleSerials.Add(serial);
                }

                var revoked = i % 10 == 0;
                return [serial, $"CN=Holder {i % holders}", Holder(i % holders), "Proteksi Email dan Tanda Tangan Digital", now - 86_400_000L, now + 31_536_000_000L, now - 86_400_000L, der,
                    revoked ? now - 3_600_000L : DbType.Int64, revoked ? 1 : DbType.Int32, DbType.Int64];
            });
    }

    public static Task RequestsAsync(DbConnection connection, int requests, int holders, bool postgres) =>
        InsertAsync(connection, requests,
            "ams_requests (\"Id\", \"Kind\", \"HolderId\", \"HolderEmail\", \"SerialNumber\", \"Reason\", \"CreatedAt\", \"Verification\", \"Enrollment\")",
            i => [postgres ? Guid.NewGuid() : Guid.NewGuid().ToString().ToUpperInvariant(), "revoke", HolderId(i % holders), Holder(i % holders), $"{i:x16}", "KEY_COMPROMISE",
                DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - i, "rejected", "none"]);

    public static Task OpenTasksAsync(DbConnection connection, int tasks)
    {
        var now = DateTimeOffset.UtcNow;
        return InsertAsync(connection, tasks,
            "wf_user_tasks (key, process_instance_id, business_key, element_id, state, assignee, candidate_groups, candidate_users, due_at, priority, created_at, completed_by, json)",
            i =>
            {
                var task = new UserTaskRecord
                {
                    Key = Guid.NewGuid(),
                    ProcessInstanceId = Guid.NewGuid(),
                    ProcessId = "revocation",
                    BusinessKey = Guid.NewGuid().ToString(),
                    ElementInstanceKey = Guid.NewGuid(),
                    ElementId = "Task_Verify",
                    Name = "Verifikasi OP",
                    State = UserTaskState.Created,
                    CandidateGroups = ["verifier"],
                    DueAt = now.AddDays(1).AddMinutes(i),
                    Priority = i % 3 == 0 ? 90 : 50,
                    FormKey = "verification",
                    Variables = new() { ["requestId"] = Guid.NewGuid().ToString(), ["reason"] = "KEY_COMPROMISE", ["serialNumber"] = $"{i:x16}" },
                    CreatedAt = now.AddSeconds(-i),
                };
                return [task.Key.ToString("D"), task.ProcessInstanceId.ToString("D"), task.BusinessKey, task.ElementId, (int)task.State, DbType.String, "|verifier|", "||",
                    task.DueAt.Value.ToUnixTimeMilliseconds(), task.Priority, task.CreatedAt.ToUnixTimeMilliseconds(), DbType.String, InstanceSerializer.SerializeRecord(task)];
            });
    }

    public static string Holder(int i) => $"holder{i}@ams.test";

    public static string HolderId(int i) => $"holder-{i}";

    /// <summary>Inserts <paramref name="rows"/> rows; a <see cref="DbType"/> in a row stands for a null of that type.</summary>
    private static async Task InsertAsync(DbConnection connection, int rows, string target, Func<int, object[]> row)
    {
        var columns = target[(target.IndexOf('(', StringComparison.Ordinal) + 1)..].Count(c => c == ',') + 1;
        for (var start = 0; start < rows;)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            for (var inTransaction = 0; inTransaction < 50_000 && start < rows; inTransaction += RowsPerStatement)
            {
                var count = Math.Min(RowsPerStatement, rows - start);
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                var values = new List<string>(count);
                for (var r = 0; r < count; r++)
                {
                    var fields = row(start + r);
                    var names = new string[columns];
                    for (var c = 0; c < columns; c++)
                    {
                        var parameter = command.CreateParameter();
                        parameter.ParameterName = names[c] = $"@p{r}_{c}";
                        if (fields[c] is DbType typedNull)
                        {
                            // A null of the column's type: PostgreSQL types a multi-row VALUES list by its rows.
                            parameter.DbType = typedNull;
                            parameter.Value = DBNull.Value;
                        }
                        else
                        {
                            parameter.Value = fields[c];
                        }
                        command.Parameters.Add(parameter);
                    }

                    values.Add("(" + string.Join(", ", names) + ")");
                }

                command.CommandText = $"INSERT INTO {target} VALUES {string.Join(", ", values)}";
                await command.ExecuteNonQueryAsync();
                start += count;
            }

            await transaction.CommitAsync();
        }
    }
}
