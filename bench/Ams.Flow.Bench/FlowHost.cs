using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ams.Flow.Bench;

/// <summary>The host on its default settings (Development, demo accounts), on a data folder of its own.</summary>
internal sealed class FlowHost(string folder, string repository, string password) : WebApplicationFactory<global::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseContentRoot(Path.Combine(repository, "src", "Ams.Web"));
        builder.UseSetting("Ams:DataPath", folder);
        builder.UseSetting("Ams:WorkflowsPath", Path.Combine(repository, "workflows"));
        builder.UseSetting("Ams:Demo:Enabled", "true");
        builder.UseSetting("Ams:Demo:Password", password);
    }
}
