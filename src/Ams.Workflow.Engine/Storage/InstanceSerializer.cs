using System.Text.Json;
using System.Text.Json.Serialization;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Storage;

/// <summary>The durable JSON form of an instance, shared by every store.</summary>
public static class InstanceSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Writes an instance.</summary>
    public static string Serialize(ProcessInstance instance) => JsonSerializer.Serialize(instance, Options);

    /// <summary>Reads an instance.</summary>
    public static ProcessInstance Deserialize(string json) =>
        JsonSerializer.Deserialize<ProcessInstance>(json, Options) ?? throw new JsonException("An instance was stored as null.");

    /// <summary>Writes any record (a job, a task) in the same form.</summary>
    public static string SerializeRecord<T>(T record) => JsonSerializer.Serialize(record, Options);

    /// <summary>Reads any record in the same form.</summary>
    public static T DeserializeRecord<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("A record was stored as null.");
}
