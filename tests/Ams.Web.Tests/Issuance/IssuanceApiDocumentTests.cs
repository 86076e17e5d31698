using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Ams.Web.Tests.Issuance;

/// <summary>The OpenAPI document describes issuance, including the multipart form of an application.</summary>
public sealed class IssuanceApiDocumentTests
{
    [Fact]
    public async Task The_openapi_document_describes_the_application_form_and_the_issuance_endpoints()
    {
        await using var app = new AmsWebApplication();

        var document = (await app.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;

        var paths = document["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/api/products"));
        Assert.True(paths.ContainsKey("/api/me/certificate-requests/{id}/enrollment"));
        var form = paths["/api/me/certificate-requests"]!["post"]!["requestBody"]!["content"]!["multipart/form-data"]!["schema"]!;
        Assert.Equal("product", form["required"]![0]!.GetValue<string>());
        Assert.Equal("binary", form["properties"]!["idCard"]!["format"]!.GetValue<string>());
        Assert.Equal("binary", form["properties"]!["recommendationLetter"]!["format"]!.GetValue<string>());
    }
}
