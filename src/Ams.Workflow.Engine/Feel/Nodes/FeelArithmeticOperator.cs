namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>The binary arithmetic operators.</summary>
internal enum FeelArithmeticOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Power,
}
