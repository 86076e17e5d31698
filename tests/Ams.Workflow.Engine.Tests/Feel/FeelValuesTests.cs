using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Feel;

namespace Ams.Workflow.Engine.Tests.Feel;

public sealed class FeelValuesTests
{
    [Fact]
    public void From_json_converts_every_json_kind()
    {
        var json = JsonNode.Parse("""{"n": 1.25, "s": "x", "t": true, "f": false, "z": null, "l": [1], "c": {"k": "v"}}""");

        var context = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(FeelValues.FromJson(json));

        Assert.Equal(1.25m, context["n"]);
        Assert.Equal("x", context["s"]);
        Assert.Equal(true, context["t"]);
        Assert.Equal(false, context["f"]);
        Assert.Null(context["z"]);
        Assert.Equal([1m], Assert.IsAssignableFrom<IReadOnlyList<object?>>(context["l"]));
        Assert.Equal("v", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(context["c"])["k"]);
    }

    [Fact]
    public void From_json_reads_a_string_kept_as_another_clr_type()
    {
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", FeelValues.FromJson(JsonValue.Create(id)));
    }

    [Fact]
    public void From_json_of_a_number_too_large_for_decimal_is_null()
    {
        Assert.Null(FeelValues.FromJson(JsonNode.Parse("1e300")));
    }

    [Fact]
    public void From_json_keeps_iso_looking_strings_as_strings()
    {
        Assert.Equal("2030-10-01", FeelValues.FromJson(JsonValue.Create("2030-10-01")));
    }

    [Fact]
    public void To_json_writes_temporal_values_as_iso_strings()
    {
        Assert.Equal("2030-01-02", FeelValues.ToJson(new DateOnly(2030, 1, 2))!.GetValue<string>());
        Assert.Equal(
            "2030-01-02T03:04:05Z",
            FeelValues.ToJson(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero))!.GetValue<string>());
        Assert.Equal(
            "2030-01-02T03:04:05+05:30",
            FeelValues.ToJson(new DateTimeOffset(2030, 1, 2, 3, 4, 5, new TimeSpan(5, 30, 0)))!.GetValue<string>());
        Assert.Equal("P1DT4H", FeelValues.ToJson(new TimeSpan(1, 4, 0, 0))!.GetValue<string>());
        Assert.Equal("-P1Y2M", FeelValues.ToJson(new FeelYearsMonthsDuration(-14))!.GetValue<string>());
    }

    [Fact]
    public void To_json_writes_lists_and_contexts_recursively()
    {
        var value = new Dictionary<string, object?> { ["a"] = new object?[] { 1m, "b", null, true } };

        var json = FeelValues.ToJson(value);

        Assert.Equal("""{"a":[1,"b",null,true]}""", json!.ToJsonString());
    }

    [Fact]
    public void To_json_of_null_is_null()
    {
        Assert.Null(FeelValues.ToJson(null));
    }

    [Fact]
    public void To_json_refuses_a_value_outside_the_feel_value_model()
    {
        Assert.Throws<ArgumentException>(() => FeelValues.ToJson(new Uri("https://example.org")));
    }

    [Fact]
    public void Json_round_trip_keeps_the_value()
    {
        var json = JsonNode.Parse("""{"a": [1, 2.5, "x", {"b": null}], "c": false}""");

        var roundTripped = FeelValues.ToJson(FeelValues.FromJson(json));

        Assert.True(JsonNode.DeepEquals(json, roundTripped));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(null, false)]
    [InlineData("true", false)]
    [InlineData(1, false)]
    public void Only_boolean_true_is_truthy(object? value, bool expected)
    {
        Assert.Equal(expected, FeelValues.IsTruthy(value));
    }

    [Fact]
    public void To_text_renders_correlation_keys_and_job_types()
    {
        Assert.Equal("abc", FeelValues.ToText("abc"));
        Assert.Equal("1", FeelValues.ToText(1m));
        Assert.Equal("1.5", FeelValues.ToText(1.50m));
        Assert.Equal("100", FeelValues.ToText(100m));
        Assert.Equal("0.001", FeelValues.ToText(0.001m));
        Assert.Equal("true", FeelValues.ToText(true));
        Assert.Equal("false", FeelValues.ToText(false));
        Assert.Null(FeelValues.ToText(null));
        Assert.Equal("2030-10-01", FeelValues.ToText(new DateOnly(2030, 10, 1)));
        Assert.Equal("PT4H", FeelValues.ToText(TimeSpan.FromHours(4)));
        Assert.Equal("P0M", FeelValues.ToText(new FeelYearsMonthsDuration(0)));
    }

    [Theory]
    [InlineData(0, 0, 0, 0, 0, "PT0S")]
    [InlineData(1, 0, 0, 0, 0, "P1D")]
    [InlineData(0, 4, 0, 0, 0, "PT4H")]
    [InlineData(0, 0, 30, 0, 0, "PT30M")]
    [InlineData(0, 0, 0, 5, 250, "PT5.25S")]
    [InlineData(2, 3, 4, 5, 0, "P2DT3H4M5S")]
    [InlineData(-1, -2, 0, 0, 0, "-P1DT2H")]
    public void Days_and_time_duration_text_is_iso_8601(int days, int hours, int minutes, int seconds, int milliseconds, string expected)
    {
        Assert.Equal(expected, FeelValues.ToText(new TimeSpan(days, hours, minutes, seconds, milliseconds)));
    }

    [Fact]
    public void Years_and_months_duration_prints_as_iso_8601()
    {
        Assert.Equal("P1Y2M", new FeelYearsMonthsDuration(14).ToString());
        Assert.Equal("P2Y", new FeelYearsMonthsDuration(24).ToString());
        Assert.Equal("-P3M", new FeelYearsMonthsDuration(-3).ToString());
    }
}
