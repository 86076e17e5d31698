using Ams.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddAms();

var app = builder.Build();
app.UseAms();
app.MapAms();
app.Run();

/// <summary>The host, visible to tests that start it in process.</summary>
public partial class Program;
