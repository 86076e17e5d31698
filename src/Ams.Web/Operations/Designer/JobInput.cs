namespace Ams.Web.Operations.Designer;

/// <summary>A <c>zeebe:input</c> mapping a worker reads, as its element template asks for it.</summary>
/// <param name="Target">The local variable the worker reads.</param>
/// <param name="Label">The field's label.</param>
/// <param name="Choices">Where the allowed values come from.</param>
/// <param name="Value">The default (a FEEL expression starting with <c>=</c> for <see cref="JobInputChoices.Expression"/>).</param>
public sealed record JobInput(string Target, string Label, JobInputChoices Choices, string? Value = null);

/// <summary>Where an input's values come from.</summary>
public enum JobInputChoices
{
    /// <summary>Any FEEL expression.</summary>
    Expression,

    /// <summary>One of the mail templates' ids.</summary>
    MailTemplate,
}
