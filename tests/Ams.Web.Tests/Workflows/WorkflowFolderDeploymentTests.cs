using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Ams.Web.Tests.Workflows;

/// <summary>A restart keeps what an administrator deployed from the designer; a changed shipped file still becomes a new version.</summary>
public sealed class WorkflowFolderDeploymentTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "ams-folder-deployment", Guid.NewGuid().ToString("N"));

    public WorkflowFolderDeploymentTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "workflows"));
        File.Copy(Path.Combine(RepositoryFolders.Workflows, "revocation.bpmn"), Shipped);
    }

    private string Shipped => Path.Combine(folder, "workflows", "revocation.bpmn");

    [Fact]
    public async Task An_edit_from_the_designer_survives_a_restart_and_a_changed_shipped_file_becomes_the_next_version()
    {
        await using (var first = Host())
        {
            var admin = await first.SignInAsync("admin@ams.test");
            var edited = (await File.ReadAllTextAsync(Shipped)).Replace("name=\"Pencabutan sertifikat\"", "name=\"Pencabutan sertifikat (diubah)\"", StringComparison.Ordinal);
            var deployed = await admin.PostAsync("/api/workflows", new StringContent(edited, Encoding.UTF8, "application/xml"));
            Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        }

        await using (var restarted = Host())
        {
            var latest = await LatestAsync(restarted);
            Assert.Equal(2, latest["version"]!.GetValue<int>());
            Assert.Equal("admin@ams.test", latest["deployedBy"]!.GetValue<string>());
        }

        var upgraded = (await File.ReadAllTextAsync(Shipped)).Replace("name=\"Pencabutan sertifikat\"", "name=\"Pencabutan sertifikat elektronik\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Shipped, upgraded);
        await using (var afterUpgrade = Host())
        {
            var latest = await LatestAsync(afterUpgrade);
            Assert.Equal(3, latest["version"]!.GetValue<int>());
            Assert.Equal("system", latest["deployedBy"]!.GetValue<string>());
            Assert.Equal("Pencabutan sertifikat elektronik", latest["name"]!.GetValue<string>());
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A host still closing its database; the temporary folder is left for the system to clean.
        }
    }

    private AmsWebApplication Host() =>
        new(Path.Combine(folder, "workflows"), new Dictionary<string, string> { ["Ams:DataPath"] = Path.Combine(folder, "data") });

    private static async Task<JsonObject> LatestAsync(AmsWebApplication app)
    {
        var admin = await app.SignInAsync("admin@ams.test");
        var versions = await admin.GetFromJsonAsync<JsonArray>("/api/workflows");
        return versions!.Where(v => v!["processId"]!.GetValue<string>() == "revocation").MaxBy(v => v!["version"]!.GetValue<int>())!.AsObject();
    }
}
