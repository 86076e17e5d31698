namespace Ams.Workflow.Store.Rows;

/// <summary>A message that starts the latest version of a process.</summary>
public sealed class MessageStartRow
{
    public string ProcessId { get; set; } = "";

    public string MessageName { get; set; } = "";

    public string DefinitionKey { get; set; } = "";
}
