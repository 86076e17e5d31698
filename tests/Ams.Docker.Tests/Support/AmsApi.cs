using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Ams.Docker.Tests.Support;

/// <summary>The REST API through the load balancer, signed in as one account with a bearer token.</summary>
internal sealed class AmsApi : IDisposable
{
    private readonly HttpClient http;

    private AmsApi(HttpClient http) => this.http = http;

    public static async Task<AmsApi> SignInAsync(Uri address, string email, string password, CancellationToken cancellationToken)
    {
        var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var response = await http.PostAsJsonAsync("/api/auth/login", new { email, password }, cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"Signing in as {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["accessToken"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new AmsApi(http);
    }

    public async Task<JsonArray> GetArrayAsync(string path, CancellationToken cancellationToken)
    {
        var response = await http.GetAsync(path, cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        return (await response.Content.ReadFromJsonAsync<JsonArray>(cancellationToken))!;
    }

    public async Task<JsonObject> GetObjectAsync(string path, CancellationToken cancellationToken)
    {
        var response = await http.GetAsync(path, cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!;
    }

    /// <summary>Posts <paramref name="body"/> as JSON (or nothing) and returns the answer's status and body.</summary>
    public async Task<(int Status, string Body)> PostAsync(string path, object? body, CancellationToken cancellationToken)
    {
        using var response = body is null
            ? await http.PostAsync(path, content: null, cancellationToken)
            : await http.PostAsJsonAsync(path, body, cancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public void Dispose() => http.Dispose();
}
