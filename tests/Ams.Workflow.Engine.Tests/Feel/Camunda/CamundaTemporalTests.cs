namespace Ams.Workflow.Engine.Tests.Feel.Camunda;

/// <summary>Dates, local and zoned date-times and durations as Camunda 8 evaluates them.</summary>
public sealed class CamundaTemporalTests
{
    // https://docs.camunda.io/docs/components/modeler/feel/language-guide/feel-data-types/ (date-time: local or with a zone)
    // and https://docs.camunda.io/docs/components/modeler/feel/language-guide/feel-temporal-expressions/
    [Theory]
    [InlineData("string(date and time(\"2017-01-10T10:30:00\"))", "{}", "\"2017-01-10T10:30:00\"")]
    [InlineData("date and time(\"2017-01-10T10:30:00\")", "{}", "\"2017-01-10T10:30:00\"")]
    [InlineData("@\"2017-01-10T10:30:00\"", "{}", "\"2017-01-10T10:30:00\"")]
    [InlineData("date and time(\"2017-01-10T10:30:00+01:00\")", "{}", "\"2017-01-10T10:30:00+01:00\"")]
    [InlineData("date and time(\"2017-01-10T10:30:00Z\")", "{}", "\"2017-01-10T10:30:00Z\"")]
    [InlineData("date and time(\"2017-01-10T10:30:00\") = date and time(\"2017-01-10T10:30:00Z\")", "{}", "null")]
    [InlineData("date and time(\"2017-01-10T10:30:00\") < date and time(\"2017-01-10T11:30:00Z\")", "{}", "null")]
    [InlineData("date and time(\"2017-01-10T10:30:00\") < date and time(\"2017-01-10T11:30:00\")", "{}", "true")]
    [InlineData("date and time(\"2017-01-10T10:30:00+01:00\") = date and time(\"2017-01-10T09:30:00Z\")", "{}", "true")]
    [InlineData("date and time(\"2017-01-10T10:30:00\") + duration(\"PT1H\")", "{}", "\"2017-01-10T11:30:00\"")]
    [InlineData("date and time(\"2017-01-10T10:30:00\") + duration(\"P1D\")", "{}", "\"2017-01-11T10:30:00\"")]
    [InlineData("date and time(\"2017-01-10T10:30:00+01:00\") + duration(\"P1D\")", "{}", "\"2017-01-11T10:30:00+01:00\"")]
    [InlineData("date and time(\"2017-01-10T10:30:00\") - duration(\"P1M\")", "{}", "\"2016-12-10T10:30:00\"")]
    [InlineData("date and time(\"2017-01-10T10:30:00\") - date and time(\"2017-01-01T10:00:00\")", "{}", "\"P9DT30M\"")]
    [InlineData("date and time(\"2017-01-10T10:30:00+01:00\") - date and time(\"2017-01-01T10:00:00+01:00\")", "{}", "\"P9DT30M\"")]
    // Camunda writes this duration as Java does (PT-30M); the value is the same, written in ISO 8601 form.
    [InlineData("date and time(\"2017-01-10T10:00:00\") - date and time(\"2017-01-10T10:30:00\")", "{}", "\"-PT30M\"")]
    [InlineData("date and time(\"2017-01-10T10:30:00\") - date and time(\"2017-01-01T10:00:00Z\")", "{}", "null")]
    [InlineData("d + duration(\"PT2H\")", """{"d": "2017-01-10T10:30:00"}""", "null")]
    [InlineData("date and time(d) + duration(\"PT2H\")", """{"d": "2017-01-10T10:30:00"}""", "\"2017-01-10T12:30:00\"")]
    public void Local_and_zoned_date_times_are_kept_apart(string expression, string variables, string expected) =>
        CamundaExpectation.Holds(expression, variables, expected);

    // https://docs.camunda.io/docs/components/modeler/feel/language-guide/feel-temporal-expressions/ (addition, subtraction,
    // multiplication, division) and feel-scala's InterpreterDateTimeExpressionTest
    [Theory]
    [InlineData("date(\"2012-12-25\") - date(\"2012-12-24\")", "{}", "\"P1D\"")]
    [InlineData("date(\"2013-02-25\") - date(\"2012-12-24\")", "{}", "\"P63D\"")]
    [InlineData("string(date(\"2020-04-07\") - date(\"2020-04-01\"))", "{}", "\"P6D\"")]
    [InlineData("date(\"2017-01-10\") + duration(\"P1D\")", "{}", "\"2017-01-11\"")]
    [InlineData("date(\"2017-01-10\") + duration(\"PT1M\")", "{}", "\"2017-01-10\"")]
    [InlineData("date(\"2017-01-10\") - duration(\"PT1H\")", "{}", "\"2017-01-09\"")]
    [InlineData("date(\"2017-01-10\") - duration(\"P1DT1H\")", "{}", "\"2017-01-08\"")]
    [InlineData("date(\"2017-01-10\") + duration(\"P1Y\")", "{}", "\"2018-01-10\"")]
    [InlineData("date(\"2017-01-10\") - duration(\"P1Y1M\")", "{}", "\"2015-12-10\"")]
    [InlineData("duration(\"P2M\") + duration(\"P3M\")", "{}", "\"P5M\"")]
    [InlineData("duration(\"P1Y\") - duration(\"P3M\")", "{}", "\"P9M\"")]
    [InlineData("duration(\"P1M\") * 3", "{}", "\"P3M\"")]
    [InlineData("3 * duration(\"P2Y\")", "{}", "\"P6Y\"")]
    [InlineData("duration(\"P1Y\") / 2", "{}", "\"P6M\"")]
    [InlineData("duration(\"P1Y\") / duration(\"P1M\")", "{}", "12")]
    [InlineData("duration(\"P1Y\") / duration(\"P0M\")", "{}", "null")]
    [InlineData("duration(\"PT2H\") * 3", "{}", "\"PT6H\"")]
    [InlineData("duration(\"P1D\") / 4", "{}", "\"PT6H\"")]
    [InlineData("duration(\"P1D\") / duration(\"PT1H\")", "{}", "24")]
    [InlineData("duration(\"P1D\") + duration(\"PT6H\")", "{}", "\"P1DT6H\"")]
    [InlineData("duration(\"P2M\") < duration(\"P3M\")", "{}", "true")]
    [InlineData("duration(\"P1Y2M\") <= duration(\"P2M\")", "{}", "false")]
    [InlineData("duration(\"PT6H\") = duration(\"PT6H\")", "{}", "true")]
    [InlineData("duration(\"PT8H\") between duration(\"PT6H\") and duration(\"PT12H\")", "{}", "true")]
    [InlineData("duration(\"P1D\") > duration(\"P1M\")", "{}", "null")]
    [InlineData("date(\"2017-01-10\") < date(\"2017-02-10\")", "{}", "true")]
    public void Date_and_duration_arithmetic(string expression, string variables, string expected) =>
        CamundaExpectation.Holds(expression, variables, expected);

    // https://docs.camunda.io/docs/components/modeler/feel/language-guide/feel-temporal-expressions/ (properties)
    // and https://docs.camunda.io/docs/components/modeler/feel/builtin-functions/feel-built-in-functions-temporal/
    [Theory]
    [InlineData("date(\"2017-03-10\").year", "{}", "2017")]
    [InlineData("date(\"2017-03-10\").month", "{}", "3")]
    [InlineData("date(\"2017-03-10\").day", "{}", "10")]
    [InlineData("date(\"2020-09-30\").weekday", "{}", "3")]
    [InlineData("@\"2017-03-10T11:45:30+02:00\".hour", "{}", "11")]
    [InlineData("date and time(\"2017-03-10T11:45:30\").minute", "{}", "45")]
    [InlineData("date and time(\"2017-03-10T11:45:30\").second", "{}", "30")]
    [InlineData("date and time(\"2020-09-30T22:50:30\").weekday", "{}", "3")]
    [InlineData("duration(\"P2Y3M\").years", "{}", "2")]
    [InlineData("duration(\"P2Y3M\").months", "{}", "3")]
    [InlineData("duration(\"P1DT2H10M30S\").days", "{}", "1")]
    [InlineData("duration(\"P1DT2H10M30S\").hours", "{}", "2")]
    [InlineData("duration(\"P1DT2H10M30S\").minutes", "{}", "10")]
    [InlineData("duration(\"P1DT2H10M30S\").seconds", "{}", "30")]
    [InlineData("day of week(date(2019, 9, 17))", "{}", "\"Tuesday\"")]
    [InlineData("day of year(date(2019, 9, 17))", "{}", "260")]
    [InlineData("month of year(date(2019, 9, 17))", "{}", "\"September\"")]
    [InlineData("years and months duration(date(\"2011-12-22\"), date(\"2013-08-24\"))", "{}", "\"P1Y8M\"")]
    [InlineData("years and months duration(from: date(\"2011-12-22\"), to: date(\"2013-08-21\"))", "{}", "\"P1Y7M\"")]
    public void Temporal_properties_and_functions(string expression, string variables, string expected) =>
        CamundaExpectation.Holds(expression, variables, expected);
}
