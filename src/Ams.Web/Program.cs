using Ams.Web.Infrastructure.Hosting;
using Ams.Web.Operations.Audit;

var builder = WebApplication.CreateBuilder(args);
builder.AddAms();

var app = builder.Build();
if (AuditCommandLine.IsRequested(args))
{
    return await AuditCommandLine.RunAsync(args, app.Services, Console.Out);
}

await AmsStartup.InitializeAsync(app.Services);
app.UseAms();
app.MapAms();
await app.RunAsync();
return 0;

/// <summary>The host, visible to tests that start it in process.</summary>
public partial class Program;
