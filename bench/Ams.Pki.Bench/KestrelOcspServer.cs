using Ams.Pki.Ocsp;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ams.Pki.Bench;

/// <summary>The smallest host of our responder: POST and GET on Kestrel, as the web host will serve it.</summary>
internal static class KestrelOcspServer
{
    public static async Task<WebApplication> StartAsync(OcspResponder responder, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.ListenLocalhost(port));
        var app = builder.Build();
        app.MapPost("/pki/ocsp", async (HttpRequest request) =>
        {
            if (request.ContentLength > OcspResponder.MaxRequestBytes)
            {
                return Results.Bytes(await responder.RespondAsync(ReadOnlyMemory<byte>.Empty), "application/ocsp-response");
            }

            using var body = new MemoryStream((int)(request.ContentLength ?? 512));
            await request.Body.CopyToAsync(body);
            return Results.Bytes(await responder.RespondAsync(body.GetBuffer().AsMemory(0, (int)body.Length)), "application/ocsp-response");
        });
        app.MapGet("/pki/ocsp/{**request}", async (string request) =>
            Results.Bytes(await responder.RespondToGetAsync(request), "application/ocsp-response"));
        await app.StartAsync();
        return app;
    }
}
