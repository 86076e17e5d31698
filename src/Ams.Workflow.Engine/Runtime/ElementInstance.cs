using System.Text.Json.Nodes;

namespace Ams.Workflow.Engine.Runtime;

/// <summary>A token at an element: one visit of one flow node, alive until it completes or is terminated.</summary>
public sealed class ElementInstance
{
    /// <summary>The instance key.</summary>
    public Guid Key { get; set; }

    /// <summary>The BPMN element id.</summary>
    public string ElementId { get; set; } = "";

    /// <summary>The enclosing sub-process instance; null at the process level.</summary>
    public Guid? ScopeKey { get; set; }

    /// <summary>The lifecycle step.</summary>
    public ElementInstanceState State { get; set; }

    /// <summary>Variables local to this element (input mappings, sub-process scope); null when none.</summary>
    public JsonObject? Variables { get; set; }

    /// <summary>Set on the body of a multi-instance activity: how far its inner instances have got.</summary>
    public LoopProgress? Loop { get; set; }

    /// <summary>Set on an inner instance of a multi-instance activity: its 1-based position in the input collection.</summary>
    public int? LoopCounter { get; set; }

    /// <summary>Set on a call activity while it waits: the child instance it started.</summary>
    public Guid? CalledInstanceId { get; set; }

    /// <summary>When the token arrived.</summary>
    public DateTimeOffset ActivatedAt { get; set; }
}
