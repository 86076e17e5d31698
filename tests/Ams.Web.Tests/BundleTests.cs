using System.Net;

namespace Ams.Web.Tests;

/// <summary>The page scripts built from ClientApp are served, compressed for browsers that accept it.</summary>
public sealed class BundleTests : IAsyncLifetime
{
    private readonly AmsWebApplication app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Theory]
    [InlineData("/dist/designer.js")]
    [InlineData("/dist/designer.css")]
    [InlineData("/dist/task-form.js")]
    public async Task A_bundle_is_served_compressed_and_whole(string path)
    {
        var client = app.CreateClient();
        var plain = await client.GetAsync(path);
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        var compressed = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.Contains("gzip", compressed.Content.Headers.ContentEncoding);
        await using var unzipped = new System.IO.Compression.GZipStream(await compressed.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(unzipped);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await reader.ReadToEndAsync());
    }
}
