using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Ams.Workflow.Store;

/// <summary>
/// What differs between the providers in the store's own SQL; everything else is written once. SQLite has one
/// writer per file, so this process queues its writers; PostgreSQL locks rows, so leases skip rows another node holds.
/// </summary>
internal sealed class StoreDialect
{
    public static readonly StoreDialect Sqlite = new(
        singleWriter: true,
        insertHistory: null,
        lockForLease: "",
        tokensOfActiveInstances: "json_extract(token.value, '$.elementId')",
        tokenSource: "json_each(i.state_json, '$.elements') token",
        incidentElement: "json_extract(n.json, '$.elementId')");

    public static readonly StoreDialect Postgres = new(
        singleWriter: false,
        insertHistory: """
            INSERT INTO wf_history (process_instance_id, type, element_id, element_instance_key, actor, at, details)
            SELECT r.value ->> 0, (r.value ->> 1)::integer, r.value ->> 2, r.value ->> 3, r.value ->> 4, (r.value ->> 5)::bigint, r.value ->> 6
            FROM jsonb_array_elements(@rows::jsonb) WITH ORDINALITY AS r(value, n) ORDER BY r.n
            """,
        lockForLease: "FOR UPDATE SKIP LOCKED",
        tokensOfActiveInstances: "token.value ->> 'elementId'",
        tokenSource: "jsonb_array_elements(i.state_json::jsonb -> 'elements') token",
        incidentElement: "n.json::jsonb ->> 'elementId'");

    private StoreDialect(bool singleWriter, string? insertHistory, string lockForLease, string tokensOfActiveInstances, string tokenSource, string incidentElement)
    {
        SingleWriter = singleWriter;
        InsertHistory = insertHistory;
        LockForLease = lockForLease;
        ElementStatistics =
            $"""
            SELECT element_id, SUM(active), SUM(incidents) FROM (
                SELECT {tokensOfActiveInstances} AS element_id, COUNT(DISTINCT i.id) AS active, 0 AS incidents
                FROM wf_instances i, {tokenSource}
                WHERE i.process_id = @process AND i.version = @version AND i.state = @active
                  AND {tokensOfActiveInstances} <> i.process_id
                GROUP BY element_id
                UNION ALL
                SELECT {incidentElement} AS element_id, 0 AS active, COUNT(*) AS incidents
                FROM wf_incidents n JOIN wf_instances i ON i.id = n.process_instance_id
                WHERE i.process_id = @process AND i.version = @version AND n.state = @open
                GROUP BY element_id) counts
            GROUP BY element_id
            ORDER BY element_id
            """;
    }

    /// <summary>Whether writers must take turns in this process (SQLite) rather than meet in the database.</summary>
    public bool SingleWriter { get; }

    /// <summary>
    /// Appends a batch's history rows, given as one JSON text (<see cref="HistoryRowsJson"/>) in <c>@rows</c>, in their
    /// order: one statement, one round trip, for any number of rows. Null on SQLite, where a statement costs no round
    /// trip and the writer steps a prepared row per history row (<see cref="SqliteHistoryInsert"/>).
    /// </summary>
    public string? InsertHistory { get; }

    /// <summary>Appended to a lease's row selection: rows another transaction holds are skipped, not waited for.</summary>
    public string LockForLease { get; }

    /// <summary>Per element of a version: active instances with a token there, and open incidents there.</summary>
    public string ElementStatistics { get; }

    public static StoreDialect Of(DbConnection connection) => connection is SqliteConnection ? Sqlite : Postgres;
}
