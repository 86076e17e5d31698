namespace Ams.Workflow.Engine.Processing;

/// <summary>A value an expression gave, or the sentence saying why it could not.</summary>
internal readonly record struct Evaluated<T>(T? Value, string? Error)
{
    public bool Failed => Error is not null;

    public static Evaluated<T> Ok(T? value) => new(value, null);

    public static Evaluated<T> Fail(string error) => new(default, error);
}
