using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ams.Web.Features.Requests;
using Ams.Web.Tests;
using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>
/// An administrator changes the revocation process in the Chromium, without code: a form made in the form editor and
/// a second, independent approval for KEY_COMPROMISE added in the designer with the host's element templates, then
/// deployed. A request filed afterwards needs both approvals; one filed before finishes on the old version.
/// </summary>
public sealed class WorkflowChangeTests : BrowserTest
{
    /// <summary>Adds a gateway after the first verification and a task for the second approval (the template is applied in the panel).</summary>
    private const string AddSecondApproval = """
        () => {
          const designer = window.amsDesigner;
          const registry = designer.get('elementRegistry');
          const modeling = designer.get('modeling');
          const moddle = designer.get('moddle');
          const verify = registry.get('Task_Verify');
          const record = registry.get('Task_RecordDecision');
          const row = verify.y + verify.height + 200;
          const gateway = modeling.createShape({ type: 'bpmn:ExclusiveGateway' }, { x: verify.x + verify.width + 30, y: row }, verify.parent);
          modeling.updateProperties(gateway, { id: 'Gateway_SecondNeeded', name: 'Perlu persetujuan kedua?' });
          const second = modeling.createShape({ type: 'bpmn:Task' }, { x: verify.x + verify.width + 180, y: row }, verify.parent);
          modeling.updateProperties(second, { id: 'Task_SecondApproval', name: 'Persetujuan kedua' });
          modeling.reconnectEnd(registry.get('Flow_Decided'), gateway, { x: gateway.x + gateway.width / 2, y: gateway.y });
          const needed = modeling.connect(gateway, second);
          modeling.updateProperties(needed, {
            id: 'Flow_SecondNeeded',
            name: 'KEY_COMPROMISE',
            conditionExpression: moddle.create('bpmn:FormalExpression', { body: '=reason = "KEY_COMPROMISE" and decision = "approved"' })
          });
          const notNeeded = modeling.connect(gateway, record);
          modeling.updateProperties(notNeeded, { id: 'Flow_SecondNotNeeded' });
          modeling.updateProperties(gateway, { default: notNeeded.businessObject });
          const decided = modeling.connect(second, record);
          modeling.updateProperties(decided, { id: 'Flow_SecondDecided' });
          designer.get('selection').select(second);
        }
        """;


    [Fact]
    public async Task A_second_approval_added_in_the_designer_applies_to_new_requests_while_an_older_one_finishes_on_its_version()
    {
        var op = await App.SignInAsync("op@ams.test");
        var op2 = await App.SignInAsync("op2@ams.test");
        var admin = await App.SignInAsync("admin@ams.test");
        var before = await RevocationRequests.FileAsync(App, "holder@ams.test", "KEY_COMPROMISE");
        var oldTask = await RevocationRequests.WaitForTaskAsync(op, before);

        var page = await Chromium.NewSessionAsync(BaseUrl);
        await Browser.SignInAsync(page, "admin@ams.test", AmsWebApplication.Password);
        await CreateSecondApprovalFormAsync(page);
        await AddSecondApprovalInTheDesignerAsync(page);

        // A request filed after the deploy runs on version 2 and needs two different verifiers.
        var after = await RevocationRequests.FileAsync(App, "holder2@ams.test", "KEY_COMPROMISE");
        var first = await WaitForTaskAsync(op, after, "Task_Verify");
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"/api/tasks/{first}/complete", new { variables = new { decision = "approved", note = "kunci bocor" } })).StatusCode);
        var second = await WaitForTaskAsync(op2, after, "Task_SecondApproval");
        Assert.Equal(VerificationStates.Pending, (await RevocationRequests.WaitForAsync(App, after, _ => true)).Verification);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.PostAsJsonAsync($"/api/tasks/{second}/complete", new { variables = new { decision = "approved" } })).StatusCode);

        var instance = (await admin.GetFromJsonAsync<JsonArray>($"/api/process-instances?request={after}"))!.Single()!;
        Assert.Equal(2, instance["version"]!.GetValue<int>());
        await page.GotoAsync($"/admin/instances/{instance["id"]}");
        await Assertions.Expect(page.Locator(".djs-element.ams-active[data-element-id='Task_SecondApproval']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".djs-element.ams-completed[data-element-id='Task_Verify']")).ToHaveCountAsync(1);
        await Browser.ScreenshotAsync(page, "change-3-instance-waiting-for-second-approval");

        // The second verifier sees the form made in the form editor and approves in the Chromium.
        var verifier = await Chromium.NewSessionAsync(BaseUrl);
        await Browser.SignInAsync(verifier, "op2@ams.test", AmsWebApplication.Password);
        await verifier.GotoAsync($"/inbox/{second}");
        var form = verifier.Locator("#task-form");
        await Assertions.Expect(form).ToHaveAttributeAsync("data-ready", "true");
        await form.GetByLabel("Dokumen pendukung sudah diperiksa").CheckAsync();
        await form.GetByLabel("Setujui (approved)").CheckAsync();
        await Browser.ScreenshotAsync(verifier, "change-4-second-approval");
        await verifier.ClickAsync("#complete");
        await verifier.ClickAsync("#confirm-submit");
        var approved = await RevocationRequests.WaitForAsync(App, after, r => r.Enrollment == EnrollmentStates.Success);
        Assert.Equal(VerificationStates.Approved, approved.Verification);
        Assert.Equal("op2@ams.test", approved.DecidedBy);

        // The request filed before the deploy needs one approval and finishes on version 1.
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"/api/tasks/{oldTask["id"]}/complete", new { variables = new { decision = "approved" } })).StatusCode);
        var old = await RevocationRequests.WaitForAsync(App, before, r => r.Enrollment == EnrollmentStates.Success);
        Assert.Equal("op@ams.test", old.DecidedBy);
        var oldInstance = (await admin.GetFromJsonAsync<JsonArray>($"/api/process-instances?request={before}"))!.Single()!;
        Assert.Equal(1, oldInstance["version"]!.GetValue<int>());
        var history = await admin.GetFromJsonAsync<JsonArray>($"/api/process-instances/{oldInstance["id"]}/history");
        Assert.DoesNotContain(history!, e => e!["elementId"]?.GetValue<string>() == "Task_SecondApproval");
    }

    /// <summary>The form editor: a new form from the verification form's fields plus a checkbox for the second approver.</summary>
    private static async Task CreateSecondApprovalFormAsync(IPage page)
    {
        await page.GotoAsync("/admin/forms");
        await page.FillAsync("#new-id", "persetujuan-kedua");
        await page.ClickAsync("#create");
        await Assertions.Expect(page.Locator("#form-editor")).ToHaveAttributeAsync("data-ready", "true");
        await page.EvaluateAsync("""
            async () => {
              const verification = await (await fetch('/api/forms/verification')).json();
              await window.amsFormEditor.importSchema({ ...verification.schema, id: 'persetujuan-kedua' });
            }
            """);
        await page.Locator(".fjs-palette-field[data-field-type='checkbox']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".fjs-element[data-field-type='checkbox']").ClickAsync();
        var label = page.Locator(".fjs-properties-panel [data-entry-id='label'] [contenteditable]");
        if (!await label.IsVisibleAsync())
        {
            await page.ClickAsync(".fjs-properties-panel [data-group-id='group-general'] .bio-properties-panel-group-header");
        }

        await label.FillAsync("Dokumen pendukung sudah diperiksa");
        await Assertions.Expect(page.Locator(".fjs-element[data-field-type='checkbox']")).ToContainTextAsync("Dokumen pendukung sudah diperiksa");
        await Browser.ScreenshotAsync(page, "change-1-form-editor");
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator("#save-message")).ToContainTextAsync("v1");
    }

    /// <summary>The designer: the new elements, the <c>Verifikasi OP</c> template with the new form, a check and the deploy.</summary>
    private static async Task AddSecondApprovalInTheDesignerAsync(IPage page)
    {
        await page.GotoAsync("/admin/designer?processId=revocation");
        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-designer-ready", "true");
        await Assertions.Expect(page.Locator(".djs-element[data-element-id='Task_Verify']")).ToBeVisibleAsync();
        await page.EvaluateAsync(AddSecondApproval);
        await page.ClickAsync("#designer-properties .bio-properties-panel-select-template-button");
        await page.ClickAsync("#template-chooser .template-choice[data-template-id='ams.user-task.verification']");
        await Assertions.Expect(page.Locator("#designer-properties .bio-properties-panel-applied-template-button")).ToBeVisibleAsync();
        var group = page.Locator("#designer-properties [data-group-id='group-ElementTemplates__CustomProperties-ams']");
        if (!await group.Locator("select").First.IsVisibleAsync())
        {
            await group.Locator(".bio-properties-panel-group-header").ClickAsync();
        }

        var candidateGroups = group.Locator("select").Nth(0);
        var formId = group.Locator("select").Nth(1);
        await Assertions.Expect(candidateGroups).ToHaveValueAsync("verifier");
        await Assertions.Expect(candidateGroups.Locator("option")).ToHaveTextAsync(["admin", "holder", "verifier"]);
        await formId.SelectOptionAsync("persetujuan-kedua");
        // Four eyes is the model's to declare: whoever completed the first verification may not give the second approval.
        await group.GetByLabel("Not by whoever completed (optional)").FillAsync("Task_Verify");
        await page.ClickAsync("#designer-check");
        await Assertions.Expect(page.Locator("#designer-status")).ToHaveTextAsync("Engine menerima model ini.");
        await Browser.ScreenshotAsync(page, "change-2-designer-second-approval");
        await page.ClickAsync("#designer-deploy");
        await page.ClickAsync("#deploy-confirm-button");
        await Assertions.Expect(page.Locator("#designer-status")).ToContainTextAsync("revocation versi 2 sudah di-deploy");
    }

    private static async Task<string> WaitForTaskAsync(HttpClient client, Guid requestId, string elementId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var tasks = await client.GetFromJsonAsync<JsonArray>("/api/tasks");
            var task = tasks!.FirstOrDefault(t => t!["requestId"]?.GetValue<string>() == requestId.ToString() && t["elementId"]!.GetValue<string>() == elementId);
            if (task is not null)
            {
                return task["id"]!.GetValue<string>();
            }

            Assert.True(DateTime.UtcNow < deadline, $"No task at {elementId} for request {requestId} reached the inbox.");
            await Task.Delay(100);
        }
    }

}
