using System.Text;

namespace Ams.Workflow.Engine.Feel.Functions;

/// <summary>The string functions of Camunda's FEEL: conversion, search, case, substrings, regular expressions and joining.</summary>
internal static class FeelTextFunctions
{
    public static object? String(object?[] arguments, FeelEvaluationContext context)
    {
        var text = FeelValues.ToText(arguments[0]);
        if (text is { Length: > FeelLimits.MaxStringLength })
        {
            throw new FeelEvaluationException(
                $"string() would produce {text.Length} characters; at most {FeelLimits.MaxStringLength} are allowed.");
        }

        return text;
    }

    public static object? Number(object?[] arguments, FeelEvaluationContext context) => arguments[0] switch
    {
        string text => FeelNumberText.Parse(text),
        decimal number => number,
        _ => null,
    };

    public static object? Contains(object?[] arguments, FeelEvaluationContext context) =>
        arguments is [string text, string match] ? FeelBooleans.Box(text.Contains(match, StringComparison.Ordinal)) : null;

    public static object? StartsWith(object?[] arguments, FeelEvaluationContext context) =>
        arguments is [string text, string match] ? FeelBooleans.Box(text.StartsWith(match, StringComparison.Ordinal)) : null;

    public static object? EndsWith(object?[] arguments, FeelEvaluationContext context) =>
        arguments is [string text, string match] ? FeelBooleans.Box(text.EndsWith(match, StringComparison.Ordinal)) : null;

    public static object? UpperCase(object?[] arguments, FeelEvaluationContext context) =>
        arguments[0] is string text ? text.ToUpperInvariant() : null;

    public static object? LowerCase(object?[] arguments, FeelEvaluationContext context) =>
        arguments[0] is string text ? text.ToLowerInvariant() : null;

    public static object? StringLength(object?[] arguments, FeelEvaluationContext context) =>
        arguments[0] is string text ? (decimal)text.Length : null;

    public static object? Trim(object?[] arguments, FeelEvaluationContext context) =>
        arguments[0] is string text ? text.Trim() : null;

    /// <summary><c>substring(string, start position, length?)</c>: 1-based; a negative start counts from the end.</summary>
    public static object? Substring(object?[] arguments, FeelEvaluationContext context)
    {
        if (arguments[0] is not string text || FeelArguments.Integer(arguments[1]) is not { } position)
        {
            return null;
        }

        var start = position > 0 ? position - 1 : text.Length + position;
        if (start < 0 || start > text.Length)
        {
            return null;
        }

        if (arguments.Length == 2)
        {
            return text[start..];
        }

        return FeelArguments.Integer(arguments[2]) is { } length and >= 0 ? text.Substring(start, Math.Min(length, text.Length - start)) : null;
    }

    public static object? SubstringBefore(object?[] arguments, FeelEvaluationContext context)
    {
        if (arguments is not [string text, string match])
        {
            return null;
        }

        var at = text.IndexOf(match, StringComparison.Ordinal);
        return at >= 0 ? text[..at] : string.Empty;
    }

    public static object? SubstringAfter(object?[] arguments, FeelEvaluationContext context)
    {
        if (arguments is not [string text, string match])
        {
            return null;
        }

        var at = text.IndexOf(match, StringComparison.Ordinal);
        return at >= 0 ? text[(at + match.Length)..] : string.Empty;
    }

    public static object? Matches(object?[] arguments, FeelEvaluationContext context)
    {
        if (arguments[0] is not string text || arguments[1] is not string pattern
            || FeelRegex.Create(pattern, arguments.Length > 2 ? arguments[2] as string : null) is not { } regex)
        {
            return null;
        }

        return FeelBooleans.Box(FeelRegex.Run(() => regex.IsMatch(text)));
    }

    public static object? Replace(object?[] arguments, FeelEvaluationContext context)
    {
        if (arguments[0] is not string text || arguments[1] is not string pattern || arguments[2] is not string replacement
            || FeelRegex.Create(pattern, arguments.Length > 3 ? arguments[3] as string : null) is not { } regex)
        {
            return null;
        }

        var result = FeelRegex.Run(() => regex.Replace(text, replacement));
        FeelLimits.CheckStringLength(result.Length, "replace()");
        return result;
    }

    public static object? Split(object?[] arguments, FeelEvaluationContext context)
    {
        if (arguments[0] is not string text || arguments[1] is not string delimiter || FeelRegex.Create(delimiter) is not { } regex)
        {
            return null;
        }

        var parts = FeelRegex.Run(() => regex.Split(text));
        FeelLimits.CheckListLength(parts.Length, "The result of split()");
        return parts.Cast<object?>().ToArray();
    }

    /// <summary><c>string join(list, delimiter?, prefix?, suffix?)</c>: null items are skipped; any other non-string makes it null.</summary>
    public static object? StringJoin(object?[] arguments, FeelEvaluationContext context)
    {
        if (arguments[0] is not IReadOnlyList<object?> list)
        {
            return null;
        }

        var delimiter = arguments.Length > 1 ? arguments[1] as string ?? string.Empty : string.Empty;
        var builder = new StringBuilder(arguments.Length > 2 ? arguments[2] as string : null);
        var first = true;
        foreach (var item in list)
        {
            switch (item)
            {
                case null:
                    continue;
                case string text:
                    if (!first)
                    {
                        builder.Append(delimiter);
                    }

                    builder.Append(text);
                    first = false;
                    FeelLimits.CheckStringLength(builder.Length, "string join()");
                    break;
                default:
                    return null;
            }
        }

        builder.Append(arguments.Length > 3 ? arguments[3] as string : null);
        return builder.ToString();
    }
}
