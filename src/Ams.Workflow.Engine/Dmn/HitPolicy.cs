namespace Ams.Workflow.Engine.Dmn;

/// <summary>How a decision table turns its matched rules into a result, as DMN names them.</summary>
public enum HitPolicy
{
    /// <summary>At most one rule may match; two or more are an evaluation error.</summary>
    Unique,

    /// <summary>The first matching rule, in table order.</summary>
    First,

    /// <summary>The matching rule whose outputs come first in the outputs' listed values.</summary>
    Priority,

    /// <summary>Any matching rule; matches with different outputs are an evaluation error.</summary>
    Any,

    /// <summary>Every matching rule's outputs, in table order.</summary>
    RuleOrder,

    /// <summary>Every matching rule's outputs, ordered by the outputs' listed values.</summary>
    OutputOrder,

    /// <summary>Every matching rule's outputs, or one aggregate of them.</summary>
    Collect,
}
