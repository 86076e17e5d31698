using Ams.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddAms();

var app = builder.Build();
await AmsStartup.InitializeAsync(app.Services);
app.UseAms();
app.MapAms();
await app.RunAsync();

/// <summary>The host, visible to tests that start it in process.</summary>
public partial class Program;
