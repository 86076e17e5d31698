using System.Text.Json.Nodes;

namespace Ams.Workflow.Engine.Runtime;

/// <summary>A signal a throw or end event broadcasts: its evaluated name and the event's local variables.</summary>
/// <param name="Name">The signal name.</param>
/// <param name="Variables">The variables the signal carries: the throwing event's input mappings' results.</param>
/// <param name="ElementId">The throwing event.</param>
public sealed record ThrownSignal(string Name, JsonObject Variables, string ElementId);
