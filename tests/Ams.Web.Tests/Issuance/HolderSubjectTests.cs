using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests.Issuance;

/// <summary>
/// The organisation, unit and identity number an administrator records when inviting a holder are the subject of the
/// holder's issuance requests; a malformed one is a 400 naming the field.
/// </summary>
public sealed class HolderSubjectTests
{
    [Fact]
    public async Task What_the_administrator_recorded_at_the_invitation_is_the_subject_of_the_holders_application()
    {
        await using var app = new AmsWebApplication(RepositoryFolders.Workflows);
        var admin = await app.SignInAsync("admin@ams.test");

        var refused = await admin.PostAsJsonAsync("/api/admin/holders", new { email = "dewi@ams.test", displayName = "Dewi Lestari", identityNumber = "31-71" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull((await refused.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["identityNumber"]);

        var invited = await admin.PostAsJsonAsync("/api/admin/holders", new
        {
            email = "dewi@ams.test", displayName = "Dewi Lestari", organization = "Dinas Kominfo", organizationalUnit = "Bidang Persandian", identityNumber = "3171012345670001",
        });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AmsUser>>();
            var dewi = (await users.FindByEmailAsync("dewi@ams.test"))!;
            dewi.EmailConfirmed = true;
            await users.UpdateAsync(dewi);
            Assert.True((await users.AddPasswordAsync(dewi, AmsWebApplication.Password)).Succeeded);
        }

        var holder = await app.SignInAsync("dewi@ams.test");
        using var form = new MultipartFormDataContent { { new StringContent("Tanda Tangan Digital"), "product" } };
        foreach (var field in new[] { "idCard", "recommendationLetter" })
        {
            var pdf = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"));
            pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(pdf, field, field + ".pdf");
        }

        var filed = await holder.PostAsync("/api/me/certificate-requests", form);
        Assert.True(filed.StatusCode == HttpStatusCode.Accepted, await filed.Content.ReadAsStringAsync());
        var subject = (await holder.GetFromJsonAsync<JsonArray>("/api/me/requests"))!.Single(r => r!["kind"]!.GetValue<string>() == "issue")!["subject"]!;
        Assert.Equal("Dinas Kominfo", subject["organization"]!.GetValue<string>());
        Assert.Equal("Bidang Persandian", subject["organizationalUnit"]!.GetValue<string>());
        Assert.Equal("3171012345670001", subject["identityNumber"]!.GetValue<string>());
        Assert.Equal("Dewi Lestari", subject["name"]!.GetValue<string>());
    }
}
