using Ams.Web.Tests;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.EndToEnd.Tests;

/// <summary>A browser test: the host on Kestrel on a free port of its own, and Chromium to drive its pages.</summary>
public abstract class BrowserTest : IAsyncLifetime
{
    private AmsWebApplication? app;
    private Browser? chromium;

    /// <summary>The host under test.</summary>
    protected AmsWebApplication App => app ?? throw new InvalidOperationException("The host is not started.");

    /// <summary>The browser.</summary>
    protected Browser Chromium => chromium ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    protected string BaseUrl { get; private set; } = "";

    /// <summary>The host to start; by default on the shipped workflows folder.</summary>
    protected virtual Task<AmsWebApplication> CreateAppAsync() => Task.FromResult(new AmsWebApplication(RepositoryFolders.Workflows));

    public virtual async ValueTask InitializeAsync()
    {
        Browser.RequireInstalled();
        app = await CreateAppAsync();
        app.UseKestrel(0);
        app.StartServer();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        chromium = await Browser.LaunchAsync();
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }

        if (app is not null)
        {
            await app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
