using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Ams.Web.Tests;

/// <summary>
/// The in-process test server has no network peer, so tests name the client's address in <see cref="Header"/>;
/// without it a request comes from <paramref name="fallback"/>. This runs before the host's own pipeline, in tests only,
/// and the product never reads the header.
/// </summary>
public sealed class TestClientAddress(IPAddress fallback) : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address)
                ? address
                : fallback;
            return following(context);
        });
        next(app);
    };
}
