using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ams.Web.Features.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests;

/// <summary>The real host in process, in Development with its demo accounts, on a SQLite file of its own.</summary>
public sealed partial class AmsWebApplication : WebApplicationFactory<Program>
{
    public const string Password = "Test-Ams-Password-1";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "ams-web-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Settings that put the host on a fresh database of the tests' PostgreSQL cluster, with the CA passphrase every node of it needs.</summary>
    public static Dictionary<string, string> OnPostgres() => new()
    {
        ["Ams:Database:Provider"] = "Postgres",
        ["ConnectionStrings:Ams"] = Ams.Testing.PostgresServer.Instance.CreateDatabase(),
        ["Ams:Pki:KeyPassphrase"] = "passphrase of the tests' cluster",
    };
    private readonly string workflows;
    private readonly Dictionary<string, string> settings;

    /// <summary>Whether the host starts on a copy of <see cref="InitializedDataFolders"/> rather than on an empty folder.</summary>
    private readonly bool startsInitialized;

    /// <summary>The workflows folder the host was given (null: an empty one of its own).</summary>
    private readonly string? givenWorkflows;

    /// <summary>
    /// A host with an empty workflows folder, or with <paramref name="workflowsFolder"/>, and extra settings. On an
    /// empty or the shipped workflows folder and settings that leave the first start alone, its data folder starts as a
    /// copy of one made once per run (<paramref name="initialized"/> false: always empty).
    /// </summary>
    public AmsWebApplication(string? workflowsFolder = null, Dictionary<string, string>? settings = null, string? dataFolder = null, bool initialized = true)
    {
        folder = dataFolder ?? folder;
        workflows = workflowsFolder ?? Path.Combine(folder, "workflows");
        this.settings = settings ?? [];
        givenWorkflows = workflowsFolder;
        startsInitialized = initialized && dataFolder is null && InitializedDataFolders.Apply(this.settings)
            && (workflowsFolder is null || Path.GetFullPath(workflowsFolder) == Path.GetFullPath(RepositoryFolders.Workflows));
        Directory.CreateDirectory(workflows);
    }

    /// <summary>The setting that gives every request of the test server this client address ("203.0.113.7").</summary>
    public const string ClientAddress = "clientAddress";

    /// <summary>Where the host writes (database, mail pickup folder).</summary>
    public string DataFolder => Path.Combine(folder, "data");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (startsInitialized && !Directory.Exists(DataFolder))
        {
            InitializedDataFolders.CopyInto(DataFolder, givenWorkflows);
        }

        // Development unless the settings name another environment ("environment": "Production").
        builder.UseEnvironment(settings.GetValueOrDefault("environment", "Development"));
        builder.UseSetting("Ams:DataPath", DataFolder);
        builder.UseSetting("Ams:WorkflowsPath", workflows);
        builder.UseSetting("Ams:Demo:Enabled", "true");
        builder.UseSetting("Ams:Demo:Password", Password);
        builder.UseSetting("Ams:Database:Synchronous", "NORMAL");
        foreach (var (key, value) in settings.Where(s => s.Key is not ("environment" or ClientAddress)))
        {
            builder.UseSetting(key, value);
        }

        // The test server has no socket, so no client address: the header names one, else the setting, else loopback.
        var fallback = settings.TryGetValue(ClientAddress, out var address) ? System.Net.IPAddress.Parse(address) : System.Net.IPAddress.Loopback;
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new TestClientAddress(fallback)));
    }

    /// <summary>The authenticator keys of the verifiers and administrators the tests created, by email.</summary>
    private readonly Dictionary<string, string> authenticatorKeys = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The authenticator key of an account created by <see cref="CreateUserAsync"/> with a second factor.</summary>
    public string AuthenticatorKey(string email) => authenticatorKeys[email];

    /// <summary>A client signed in with a bearer token.</summary>
    public async Task<HttpClient> SignInAsync(string email)
    {
        var client = CreateClient();
        var twoFactorCode = authenticatorKeys.TryGetValue(email, out var key) ? Totp.Code(key) : null;
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password, twoFactorCode });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client signed in through the sign-in page, as a browser is: it holds the cookie, not a token.</summary>
    public async Task<HttpClient> SignInWithCookieAsync(string email)
    {
        var client = CreateClient();
        var page = await client.GetStringAsync("/login");
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        var answer = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Email"] = email,
            ["Password"] = Password,
        }));
        answer.EnsureSuccessStatusCode();
        if (authenticatorKeys.TryGetValue(email, out var key))
        {
            var codePage = await answer.Content.ReadAsStringAsync();
            answer = await client.PostAsync(answer.RequestMessage!.RequestUri, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = AntiforgeryToken().Match(codePage).Groups[1].Value,
                ["Code"] = Totp.Code(key),
            }));
            answer.EnsureSuccessStatusCode();
        }

        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    /// <summary>
    /// Creates one more account with a role. A verifier or administrator gets an authenticator, as production requires,
    /// and <see cref="SignInAsync"/> and <see cref="SignInWithCookieAsync"/> answer its codes.
    /// </summary>
    public async Task<string> CreateUserAsync(string email, string role, bool enrolAuthenticator = true)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AmsUser>>();
        var user = new AmsUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        if (enrolAuthenticator && role is Roles.Verifier or Roles.Admin)
        {
            Assert.True((await users.ResetAuthenticatorKeyAsync(user)).Succeeded);
            authenticatorKeys[email] = (await users.GetAuthenticatorKeyAsync(user))!;
            Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
        }

        return user.Id;
    }

    /// <summary>Stops the host and leaves its folder, for a test that starts another host on it.</summary>
    public async ValueTask StopKeepingDataAsync() => await base.DisposeAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a pooled connection; the temporary folder is cleaned by the OS.
        }
    }
}
