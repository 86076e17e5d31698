namespace Ams.Workflow.Engine.Model;

/// <summary>The <c>zeebe:ioMapping</c> of an element.</summary>
public sealed record IoMapping(IReadOnlyList<VariableMapping> Inputs, IReadOnlyList<VariableMapping> Outputs)
{
    /// <summary>No mappings.</summary>
    public static IoMapping None { get; } = new([], []);

    /// <summary>Whether there is at least one output mapping.</summary>
    public bool HasOutputs => Outputs.Count > 0;
}
