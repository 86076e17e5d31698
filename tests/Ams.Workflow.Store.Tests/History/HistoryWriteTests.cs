using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Store.Tests.History;

/// <summary>
/// A batch's history rows go to the database in bulk (one JSON statement on PostgreSQL, one prepared row bound by position
/// per row on SQLite); they must read back exactly, in their order.
/// </summary>
public sealed class HistoryWriteTests
{
    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task History_rows_read_back_as_written_in_order_with_their_nulls_and_any_text(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var store = database.OpenStore();
        var start = new DateTimeOffset(2026, 12, 2, 8, 30, 0, 123, TimeSpan.Zero);
        var instance = new ProcessInstance
        {
            Id = Guid.CreateVersion7(),
            DefinitionKey = Guid.CreateVersion7(),
            ProcessId = "history",
            Version = 1,
            State = ProcessInstanceState.Active,
            StartedAt = start,
        };
        var changes = new InstanceChanges(instance, expectedRevision: -1);
        string?[] texts = [null, "", "plain", "quote \" and back\\slash", "line\nbreak\ttab", "Pencabutan — ✓ ü 证书 🔐", "<a href='x'>&amp;</a>", "{\"json\": [1, 2]}"];
        var types = Enum.GetValues<HistoryEventType>();
        for (var i = 0; i < 130; i++)
        {
            changes.History.Add(new HistoryEvent(
                instance.Id,
                types[i % types.Length],
                i % 5 == 0 ? null : $"element-{i}",
                i % 3 == 0 ? null : Guid.CreateVersion7(),
                texts[(i + 3) % texts.Length],
                start.AddMilliseconds(i * 7),
                texts[i % texts.Length]));
        }

        await store.CommitAsync(changes, CancellationToken.None);

        Assert.Equal(changes.History, await store.GetHistoryAsync(instance.Id, CancellationToken.None));
    }
}
