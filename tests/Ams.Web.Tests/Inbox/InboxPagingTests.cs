using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ams.Web.Tests.Inbox;

/// <summary>The inbox shows 20 tasks a page, with a pager that keeps the sort; a page past the end shows the last one.</summary>
public sealed partial class InboxPagingTests : IAsyncLifetime
{
    private const string OneApproval = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
          <bpmn:process id="one-approval" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Approve" />
            <bpmn:userTask id="Approve" name="Approval">
              <bpmn:extensionElements><zeebe:userTask /><zeebe:assignmentDefinition candidateGroups="verifier" /></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="Approve" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly AmsWebApplication app = new();

    [Fact]
    public async Task The_inbox_shows_twenty_tasks_a_page_and_a_pager_that_keeps_the_sort()
    {
        var admin = await app.SignInAsync("admin@ams.test");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/workflows", new StringContent(OneApproval, Encoding.UTF8, "application/xml"))).StatusCode);
        for (var i = 0; i < 23; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/process-instances", new { processId = "one-approval", variables = new { } })).StatusCode);
        }

        var op = await app.SignInAsync("op@ams.test");
        var total = (await op.GetFromJsonAsync<JsonArray>("/api/tasks"))!.Count;
        Assert.InRange(total, 23, 40);
        var browser = await app.SignInWithCookieAsync("op@ams.test");

        var first = await browser.GetStringAsync("/inbox?sort=task&dir=asc");
        var second = await browser.GetStringAsync("/inbox?sort=task&dir=asc&page=2");
        var beyond = await browser.GetStringAsync("/inbox?sort=task&dir=asc&page=99");
        var notANumber = await browser.GetStringAsync("/inbox?page=abc");

        Assert.Equal(20, Rows().Matches(first).Count);
        Assert.Contains($"Halaman 1 dari 2 ({total} baris)", first, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\" class=\"pager-next\" href=\"/inbox?sort=task&amp;dir=asc&amp;page=2\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
        Assert.Equal(total - 20, Rows().Matches(second).Count);
        Assert.Contains("rel=\"prev\" class=\"pager-prev\" href=\"/inbox?sort=task&amp;dir=asc\"", second, StringComparison.Ordinal);
        Assert.Empty(Rows().Matches(first).Select(m => m.Value).Intersect(Rows().Matches(second).Select(m => m.Value)));
        Assert.Contains("Halaman 2 dari 2", beyond, StringComparison.Ordinal);
        Assert.Contains("Halaman 1 dari 2", notANumber, StringComparison.Ordinal);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [GeneratedRegex("<tr data-task=\"[^\"]+\"")]
    private static partial Regex Rows();
}
