namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>The comparison operators.</summary>
internal enum FeelComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
