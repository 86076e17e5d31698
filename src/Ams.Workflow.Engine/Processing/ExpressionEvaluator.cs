using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using Ams.Workflow.Engine.Feel;
using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>Turns Zeebe attribute values (literal or FEEL) into the typed values elements need.</summary>
internal sealed class ExpressionEvaluator(ProcessInstance instance, DateTimeOffset now)
{
    private readonly FeelEvaluationContext context = new(now);

    public Evaluated<object> Evaluate(ZeebeExpression expression, Guid? scopeKey, string attribute) =>
        Evaluate(expression, new ScopeVariables(instance, scopeKey), attribute);

    /// <summary>Evaluates against <paramref name="variables"/> instead of an element's scope (a completion condition's counts).</summary>
    public Evaluated<object> Evaluate(ZeebeExpression expression, IFeelVariables variables, string attribute)
    {
        if (!expression.IsExpression)
        {
            return Evaluated<object>.Ok(expression.Literal);
        }

        if (expression.Feel is null)
        {
            return Evaluated<object>.Fail($"The {attribute} '{expression.Raw}' is not valid FEEL: {expression.Error?.Message}");
        }

        try
        {
            return Evaluated<object>.Ok(expression.Feel.Evaluate(variables, context));
        }
        catch (FeelEvaluationException e)
        {
            return Evaluated<object>.Fail($"The {attribute} '{expression.Raw}' could not be evaluated: {e.Message}");
        }
    }

    public Evaluated<JsonNode> EvaluateJson(ZeebeExpression expression, Guid? scopeKey, string attribute)
    {
        var value = Evaluate(expression, scopeKey, attribute);
        if (value.Failed)
        {
            return Evaluated<JsonNode>.Fail(value.Error!);
        }

        var json = FeelValues.ToJson(value.Value);
        return VariableSize.DepthOf(json) > VariableSize.MaxDepth
            ? Evaluated<JsonNode>.Fail($"The {attribute} '{expression.Raw}' builds a value nested more than {VariableSize.MaxDepth} levels deep.")
            : Evaluated<JsonNode>.Ok(json);
    }

    public Evaluated<string> EvaluateText(ZeebeExpression expression, Guid? scopeKey, string attribute)
    {
        var value = Evaluate(expression, scopeKey, attribute);
        if (value.Failed)
        {
            return Evaluated<string>.Fail(value.Error!);
        }

        var text = FeelValues.ToText(value.Value);
        return string.IsNullOrEmpty(text)
            ? Evaluated<string>.Fail($"The {attribute} '{expression.Raw}' gave no value: is every variable it reads set?")
            : Evaluated<string>.Ok(text);
    }

    public Evaluated<int> EvaluateInteger(ZeebeExpression? expression, Guid? scopeKey, string attribute, int fallback)
    {
        if (expression is null || (!expression.IsExpression && string.IsNullOrWhiteSpace(expression.Literal)))
        {
            return Evaluated<int>.Ok(fallback);
        }

        var value = Evaluate(expression, scopeKey, attribute);
        return value switch
        {
            { Failed: true } => Evaluated<int>.Fail(value.Error!),
            { Value: decimal d } when d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue => Evaluated<int>.Ok((int)d),
            { Value: string s } when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => Evaluated<int>.Ok(i),
            _ => Evaluated<int>.Fail($"The {attribute} '{expression.Raw}' is not a whole number."),
        };
    }

    public Evaluated<DateTimeOffset?> EvaluateDateTime(ZeebeExpression? expression, Guid? scopeKey, string attribute)
    {
        if (expression is null)
        {
            return Evaluated<DateTimeOffset?>.Ok(null);
        }

        var value = Evaluate(expression, scopeKey, attribute);
        return value switch
        {
            { Failed: true } => Evaluated<DateTimeOffset?>.Fail(value.Error!),
            { Value: null } => Evaluated<DateTimeOffset?>.Ok(null),
            { Value: DateTimeOffset at } => Evaluated<DateTimeOffset?>.Ok(at),

            // A local date-time has no zone; the engine schedules in UTC, as it did before FEEL kept them apart.
            { Value: DateTime local } => Evaluated<DateTimeOffset?>.Ok(new DateTimeOffset(local, TimeSpan.Zero)),
            { Value: DateOnly day } => Evaluated<DateTimeOffset?>.Ok(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)),
            { Value: string s } when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) => Evaluated<DateTimeOffset?>.Ok(at),
            _ => Evaluated<DateTimeOffset?>.Fail($"The {attribute} '{expression.Raw}' is not a date-time."),
        };
    }

    public Evaluated<List<string>> EvaluateList(ZeebeExpression? expression, Guid? scopeKey, string attribute)
    {
        if (expression is null)
        {
            return Evaluated<List<string>>.Ok([]);
        }

        var value = Evaluate(expression, scopeKey, attribute);
        return value switch
        {
            { Failed: true } => Evaluated<List<string>>.Fail(value.Error!),
            { Value: null } => Evaluated<List<string>>.Ok([]),
            { Value: string s } => Evaluated<List<string>>.Ok(SplitList(s)),
            { Value: IReadOnlyList<object?> items } => Evaluated<List<string>>.Ok(items.Select(FeelValues.ToText).OfType<string>().ToList()),
            _ => Evaluated<List<string>>.Fail($"The {attribute} '{expression.Raw}' is neither a list nor a comma-separated text."),
        };
    }

    /// <summary>When a timer fires first, how often it repeats, and its interval.</summary>
    public Evaluated<TimerSchedule> EvaluateTimer(TimerTrigger timer, Guid? scopeKey)
    {
        var value = Evaluate(timer.Value, scopeKey, "timer");
        if (value.Failed)
        {
            return Evaluated<TimerSchedule>.Fail(value.Error!);
        }

        return timer.Kind switch
        {
            TimerKind.Duration => ToDuration(value.Value, timer) is { } duration
                ? Evaluated<TimerSchedule>.Ok(new TimerSchedule(now + duration, 1, null))
                : Evaluated<TimerSchedule>.Fail($"The timer duration '{timer.Value.Raw}' is not an ISO-8601 duration."),
            TimerKind.Date => value.Value switch
            {
                DateTimeOffset at => Evaluated<TimerSchedule>.Ok(new TimerSchedule(at, 1, null)),
                DateTime local => Evaluated<TimerSchedule>.Ok(new TimerSchedule(new DateTimeOffset(local, TimeSpan.Zero), 1, null)),
                string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) => Evaluated<TimerSchedule>.Ok(new TimerSchedule(at, 1, null)),
                _ => Evaluated<TimerSchedule>.Fail($"The timer date '{timer.Value.Raw}' is not an ISO-8601 date-time."),
            },
            _ => Cycle(value.Value as string, timer),
        };
    }

    /// <summary>An ISO-8601 repeating interval (<c>R3/PT10S</c>, <c>R/PT1H</c>) or, as Camunda accepts too, a cron expression.</summary>
    private Evaluated<TimerSchedule> Cycle(string? cycle, TimerTrigger timer)
    {
        if (cycle is not null && TryParseCycle(cycle, out var repetitions, out var interval))
        {
            return Evaluated<TimerSchedule>.Ok(new TimerSchedule(now + interval, repetitions, interval));
        }

        if (cycle is not null && CronSchedule.TryParse(cycle) is { } cron)
        {
            return cron.Next(now) is { } next
                ? Evaluated<TimerSchedule>.Ok(new TimerSchedule(next, -1, null))
                : Evaluated<TimerSchedule>.Fail($"The timer cycle '{timer.Value.Raw}' never matches a date in the next five years.");
        }

        return Evaluated<TimerSchedule>.Fail(
            $"The timer cycle '{timer.Value.Raw}' is neither an ISO-8601 repeating interval such as R3/PT10S nor a cron expression such as '0 0 9 * * MON-FRI'.");
    }

    private static TimeSpan? ToDuration(object? value, TimerTrigger timer) => value switch
    {
        TimeSpan span => span,
        string s => TryParseDuration(s, out var span) ? span : null,
        _ => null,
    };

    public static bool TryParseDuration(string text, out TimeSpan duration)
    {
        try
        {
            duration = XmlConvert.ToTimeSpan(text.Trim());
            return duration >= TimeSpan.Zero;
        }
        catch (FormatException)
        {
            duration = default;
            return false;
        }
        catch (OverflowException)
        {
            duration = default;
            return false;
        }
    }

    public static bool TryParseCycle(string text, out int repetitions, out TimeSpan interval)
    {
        repetitions = -1;
        interval = default;
        var parts = text.Trim().Split('/');
        if (parts.Length != 2 || !parts[0].StartsWith('R'))
        {
            return false;
        }

        if (parts[0].Length > 1 && !int.TryParse(parts[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out repetitions))
        {
            return false;
        }

        return TryParseDuration(parts[1], out interval) && interval > TimeSpan.Zero;
    }

    private static List<string> SplitList(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
