using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Ams.Web.Tests;

/// <summary>Bad input is the client's mistake: 400 problem details naming the field, in Development and Production alike.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, string, string, string?> AnonymousRequests { get; } = new()
    {
        { "POST", "/api/auth/login", """{"email":""", "email" },
        { "POST", "/api/auth/login", """{"email":5,"password":"x"}""", "email" },
        { "POST", "/api/auth/login", """{"email":"a@b.c","password":""" + new string('[', 70) + new string(']', 70) + "}", "password" },
        { "GET", "/pki/ocsp/", "", null },
    };

    public static TheoryData<string, string, string, string?> AdministratorRequests { get; } = new()
    {
        { "GET", "/api/process-instances?version=abc", "", "version" },
        { "GET", "/api/tasks?overdue=maybe", "", "overdue" },
        { "POST", "/api/messages", """{"name":1}""", "name" },
        { "POST", "/api/process-instances", new string('[', 100) + new string(']', 100), null },
    };

    [Theory]
    [MemberData(nameof(AnonymousRequests))]
    public async Task An_anonymous_bad_request_is_a_400_naming_the_field_in_Production(string method, string path, string body, string? field)
    {
        await using var app = new AmsWebApplication(settings: new() { ["environment"] = "Production" });
        await AssertBadRequestAsync(app.CreateClient(), method, path, body, field);
    }

    [Theory]
    [MemberData(nameof(AnonymousRequests))]
    [MemberData(nameof(AdministratorRequests))]
    public async Task A_bad_request_is_a_400_naming_the_field_in_Development(string method, string path, string body, string? field)
    {
        await using var app = new AmsWebApplication();
        await AssertBadRequestAsync(await app.SignInAsync("admin@ams.test"), method, path, body, field);
    }

    [Fact]
    public async Task Variables_beyond_what_one_command_may_hand_in_are_a_400_naming_them_and_start_nothing()
    {
        await using var app = new AmsWebApplication();
        var admin = await app.SignInAsync("admin@ams.test");
        var big = new string('x', 1_100_000);

        await AssertBadRequestAsync(admin, "POST", "/api/process-instances",
            new JsonObject { ["processId"] = "revocation", ["variables"] = new JsonObject { ["big"] = big } }.ToJsonString(), "variables");
        await AssertBadRequestAsync(admin, "POST", "/api/messages",
            new JsonObject { ["name"] = "enrollment-completed", ["variables"] = new JsonObject { ["big"] = big } }.ToJsonString(), "variables");

        Assert.Empty((await admin.GetFromJsonAsync<JsonArray>("/api/process-instances?processId=revocation"))!);
    }

    [Fact]
    public async Task The_language_switch_never_sends_a_reader_to_another_site()
    {
        await using var app = new AmsWebApplication();
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var target in new[] { "//evil.example/", "/\\evil.example/", "https://evil.example/" })
        {
            var answer = await client.GetAsync($"/lang/en?returnUrl={Uri.EscapeDataString(target)}");
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            Assert.Equal("/", answer.Headers.Location!.OriginalString);
        }

        Assert.Equal("/permohonan", (await client.GetAsync("/lang/en?returnUrl=%2Fpermohonan")).Headers.Location!.OriginalString);
    }

    private static async Task AssertBadRequestAsync(HttpClient client, string method, string path, string body, string? field)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            request.Headers.Add("X-AMS-Request", "1");
        }

        var answer = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        var problem = await answer.Content.ReadFromJsonAsync<JsonObject>();
        if (field is not null)
        {
            Assert.True(problem!["errors"]?[field] is not null, $"The problem does not name '{field}': {problem}");
        }
    }
}
