namespace Ams.Workflow.Store.Rows;

/// <summary>A signal that starts the latest version of a process.</summary>
public sealed class SignalStartRow
{
    public string ProcessId { get; set; } = "";

    public string SignalName { get; set; } = "";

    public string DefinitionKey { get; set; } = "";
}
