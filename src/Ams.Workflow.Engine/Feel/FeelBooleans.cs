namespace Ams.Workflow.Engine.Feel;

/// <summary>Boxed booleans shared by all evaluations, so comparisons do not allocate.</summary>
internal static class FeelBooleans
{
    public static readonly object True = true;

    public static readonly object False = false;

    public static object Box(bool value) => value ? True : False;

    public static object? Box(bool? value) => value is { } known ? Box(known) : null;
}
