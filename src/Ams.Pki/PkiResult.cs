using System.Diagnostics.CodeAnalysis;

namespace Ams.Pki;

/// <summary>The outcome of an operation that may be refused: a value, or a <see cref="PkiError"/>.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class PkiResult<T>
{
    private PkiResult(T? value, PkiError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value when <see cref="Succeeded"/>.</summary>
    public T? Value { get; }

    /// <summary>The reason of the refusal when not <see cref="Succeeded"/>.</summary>
    public PkiError? Error { get; }

    /// <summary>Whether the operation succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    /// <summary>A successful result.</summary>
    /// <param name="value">The value.</param>
    public static PkiResult<T> Success(T value) => new(value, null);

    /// <summary>A refusal.</summary>
    /// <param name="code">The kind of failure.</param>
    /// <param name="message">The user-facing explanation.</param>
    public static PkiResult<T> Failure(PkiErrorCode code, string message) => new(default, new PkiError(code, message));

    /// <summary>A refusal.</summary>
    /// <param name="error">The failure.</param>
    public static PkiResult<T> Failure(PkiError error) => new(default, error);

    /// <inheritdoc />
    public override string ToString() => Succeeded ? $"Success({Value})" : $"Failure({Error})";
}
