using System.Buffers;
using System.Text;
using System.Text.Json;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Store;

/// <summary>
/// A batch's history rows as one JSON array of rows (<c>[[instance, type, element, element instance, actor, at,
/// details], ...]</c>), the single parameter of <see cref="StoreDialect.InsertHistory"/>: the database unpacks it
/// itself, so any number of rows is one statement, one round trip to PostgreSQL.
/// </summary>
internal static class HistoryRowsJson
{
    public static string Of(IReadOnlyList<HistoryEvent> history)
    {
        var buffer = new ArrayBufferWriter<byte>(history.Count * 160);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var e in history)
            {
                json.WriteStartArray();
                json.WriteStringValue(Sql.Id(e.ProcessInstanceId));
                json.WriteNumberValue((int)e.Type);
                WriteOptional(json, e.ElementId);
                WriteOptional(json, e.ElementInstanceKey is { } key ? Sql.Id(key) : null);
                WriteOptional(json, e.Actor);
                json.WriteNumberValue(Sql.Ms(e.At));
                WriteOptional(json, e.Details);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteOptional(Utf8JsonWriter json, string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(value);
        }
    }
}
