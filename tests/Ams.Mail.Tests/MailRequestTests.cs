using System.Text.Json.Nodes;

namespace Ams.Mail.Tests;

public sealed class MailRequestTests
{
    [Fact]
    public void Round_trips_through_the_outbox_payload()
    {
        var request = new MailRequest("request-received", "en", ["a@contoh.go.id", "B <b@contoh.go.id>"], new JsonObject { ["requestId"] = "REQ-1", ["count"] = 2 });

        var json = request.ToJson();

        Assert.True(MailRequest.TryParse(json, out var parsed, out var error), error);
        Assert.Equal(("request-received", "en"), (parsed.Template, parsed.Language));
        Assert.Equal(request.To, parsed.To);
        Assert.True(JsonNode.DeepEquals(request.Model, parsed.Model));
        Assert.Contains("\"template\":\"request-received\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_payload_written_by_hand()
    {
        const string Json = """{"template":"certificate-revoked","to":["siti@contoh.go.id"],"model":{"serialNumber":"14a6e6b5ef3449ec"}}""";

        Assert.True(MailRequest.TryParse(Json, out var parsed, out var error), error);
        Assert.Equal("", parsed.Language);
        Assert.Equal("14a6e6b5ef3449ec", (string?)parsed.Model?["serialNumber"]);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("null", "empty")]
    [InlineData("""{"language":"id","to":["a@b.id"]}""", "no template")]
    [InlineData("""{"template":"x","to":[]}""", "no recipient")]
    [InlineData("""{"template":"x","to":["a@b.id","nope"]}""", "invalid recipient address 'nope'")]
    public void Reports_an_unusable_payload_as_an_error_value(string json, string expected)
    {
        Assert.False(MailRequest.TryParse(json, out var parsed, out var error));
        Assert.Null(parsed);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
