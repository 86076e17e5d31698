using System.Text;
using Ams.Web.Tests;
using Ams.Workflow.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>
/// The designer, the versions page and the comparison in a real Chromium: the page scripts load the models, apply the
/// host's element templates through the properties panel, show the engine's problems on the elements and deploy.
/// </summary>
public sealed class DesignerTests : BrowserTest
{
    private const string BrokenModel = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_Broken" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="broken" name="Broken" isExecutable="true">
            <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:receiveTask id="call" name="Call another"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:receiveTask>
            <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="call" />
            <bpmn:sequenceFlow id="f2" sourceRef="call" targetRef="end" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="pl" bpmnElement="broken">
            <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="150" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="call_di" bpmnElement="call"><dc:Bounds x="240" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="400" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="186" y="118" /><di:waypoint x="240" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="340" y="118" /><di:waypoint x="400" y="118" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    private readonly List<string> pageErrors = [];

    [Fact]
    public async Task The_designer_opens_revocation_undoes_with_the_keyboard_and_deploys_the_next_version()
    {
        var page = await SignedInAsync();

        await OpenDesignerAsync(page, "/admin/designer?processId=revocation");
        await Assertions.Expect(page.Locator(".djs-element[data-element-id='Task_Verify']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#designer-open-select")).ToHaveValueAsync("revocation|1");
        await page.EvaluateAsync("""
            () => {
              const d = window.amsDesigner;
              d.get('modeling').updateLabel(d.get('elementRegistry').get('Task_Verify'), 'Verifikasi OP baru');
            }
            """);
        await page.Locator(".djs-element[data-element-id='Task_RecordDecision']").ClickAsync();
        await page.Keyboard.PressAsync("Control+z");
        Assert.Equal("Verifikasi OP", await NameOfAsync(page, "Task_Verify"));
        await page.Keyboard.PressAsync("Control+y");
        Assert.Equal("Verifikasi OP baru", await NameOfAsync(page, "Task_Verify"));
        await Browser.ScreenshotAsync(page, "designer-revocation");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#designer-export"));
        Assert.Equal("revocation.bpmn", download.SuggestedFilename);
        Assert.Contains("name=\"Verifikasi OP baru\"", await File.ReadAllTextAsync((await download.PathAsync())!), StringComparison.Ordinal);

        await DeployAsync(page);

        await Assertions.Expect(page.Locator("#designer-status")).ToContainTextAsync("revocation versi 2 sudah di-deploy");
        await page.ClickAsync("#designer-deploy");
        await Assertions.Expect(page.Locator("#deploy-confirm")).ToContainTextAsync("sama persis dengan proses revocation versi 2");
        await page.ClickAsync("#deploy-confirm-button");
        await Assertions.Expect(page.Locator("#designer-status")).ToContainTextAsync("Tidak berubah: revocation versi 2");
        var versions = (await Engine.Store.ListDefinitionsAsync(default)).Where(d => d.ProcessId == "revocation").ToList();
        Assert.Equal(2, versions.Max(d => d.Version));
        Assert.Contains("Verifikasi OP baru", versions.Single(d => d.Version == 2).Xml, StringComparison.Ordinal);
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task Copy_and_paste_with_the_keyboard_places_a_second_task_with_the_same_work()
    {
        var page = await SignedInAsync();
        await OpenDesignerAsync(page, "/admin/designer?processId=revocation");
        await page.Locator(".djs-element[data-element-id='Task_RecordDecision']").ClickAsync();
        await page.Keyboard.PressAsync("Control+c");
        var canvas = (await page.Locator("#designer-canvas").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(canvas.X + canvas.Width - 120, canvas.Y + canvas.Height - 80);
        await page.Keyboard.PressAsync("Control+v");
        await page.Mouse.MoveAsync(canvas.X + canvas.Width - 110, canvas.Y + canvas.Height - 70);
        await page.Mouse.ClickAsync(canvas.X + canvas.Width - 110, canvas.Y + canvas.Height - 70);

        var copies = await page.EvaluateAsync<string[]>("""
            () => window.amsDesigner.get('elementRegistry')
              .filter(e => e.type === 'bpmn:ServiceTask' && e.businessObject.name === 'Catat keputusan verifikasi')
              .map(e => e.businessObject.extensionElements.values.find(v => v.$type === 'zeebe:TaskDefinition').type)
            """);
        Assert.Equal(["request.record-decision", "request.record-decision"], copies);
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task A_template_picked_in_the_properties_panel_writes_the_job_type_and_the_model_deploys()
    {
        var page = await SignedInAsync();
        await OpenDesignerAsync(page, "/admin/designer");
        await NewModelAsync(page);
        await page.EvaluateAsync("""
            () => {
              const d = window.amsDesigner;
              const modeling = d.get('modeling');
              const start = d.get('elementRegistry').get('StartEvent_1');
              const verify = modeling.appendShape(start, { type: 'bpmn:Task' }, { x: 330, y: 178 });
              modeling.updateLabel(verify, 'Verifikasi OP');
              const task = modeling.appendShape(verify, { type: 'bpmn:Task' }, { x: 500, y: 178 });
              modeling.updateLabel(task, 'Kirim email');
              modeling.appendShape(task, { type: 'bpmn:EndEvent' }, { x: 650, y: 178 });
              d.get('selection').select(verify);
              window.amsNewTaskIds = [verify.id, task.id];
            }
            """);

        await page.ClickAsync("#designer-properties .bio-properties-panel-select-template-button");
        await page.ClickAsync("#template-chooser .template-choice[data-template-id='ams.user-task.verification']");
        await Assertions.Expect(page.Locator("#designer-properties .bio-properties-panel-applied-template-button")).ToBeVisibleAsync();
        await page.EvaluateAsync("() => window.amsDesigner.get('selection').select(window.amsDesigner.get('elementRegistry').get(window.amsNewTaskIds[1]))");
        await page.ClickAsync("#designer-properties .bio-properties-panel-select-template-button");
        await Assertions.Expect(page.Locator("#template-chooser")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#template-chooser .template-choice")).ToHaveCountAsync(10);
        await page.ClickAsync("#template-chooser .template-choice[data-template-id='ams.mail.send']");
        await Assertions.Expect(page.Locator("#designer-properties .bio-properties-panel-applied-template-button")).ToBeVisibleAsync();
        var group = page.Locator("#designer-properties [data-group-id='group-ElementTemplates__CustomProperties-ams']");
        var mailTemplate = group.Locator("select").First;
        if (!await mailTemplate.IsVisibleAsync())
        {
            await group.Locator(".bio-properties-panel-group-header").ClickAsync();
        }

        await mailTemplate.SelectOptionAsync("request-rejected");
        await Browser.ScreenshotAsync(page, "designer-template-applied");
        var xml = await page.EvaluateAsync<string>("async () => (await window.amsDesigner.saveXML()).xml");

        Assert.Contains("<zeebe:taskDefinition type=\"mail.send\" retries=\"5\" />", xml, StringComparison.Ordinal);
        Assert.Contains("<zeebe:input source=\"request-rejected\" target=\"template\" />", xml, StringComparison.Ordinal);
        Assert.Contains("<zeebe:input source=\"=holderEmail\" target=\"to\" />", xml, StringComparison.Ordinal);
        Assert.Contains("<bpmn:serviceTask", xml, StringComparison.Ordinal);
        Assert.Contains("<bpmn:userTask", xml, StringComparison.Ordinal);
        Assert.Contains("<zeebe:userTask />", xml, StringComparison.Ordinal);
        Assert.Contains("<zeebe:assignmentDefinition candidateGroups=\"verifier\" />", xml, StringComparison.Ordinal);
        Assert.Contains("<zeebe:formDefinition formId=\"verification\" />", xml, StringComparison.Ordinal);

        await DeployAsync(page);
        await Assertions.Expect(page.Locator("#designer-status")).ToContainTextAsync("versi 1 sudah di-deploy");
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task Check_shows_the_engines_problem_on_the_offending_element_and_the_list_selects_it()
    {
        var page = await SignedInAsync();
        await OpenDesignerAsync(page, "/admin/designer");
        await page.SetInputFilesAsync("#designer-import", new FilePayload { Name = "broken.bpmn", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes(BrokenModel) });
        await Assertions.Expect(page.Locator(".djs-element[data-element-id='call']")).ToBeVisibleAsync();

        await page.ClickAsync("#designer-check");

        var overlay = page.Locator(".ams-problem-overlay[data-element-id='call']");
        await Assertions.Expect(overlay).ToBeVisibleAsync();
        await Assertions.Expect(overlay).ToContainTextAsync("not supported");
        await Assertions.Expect(page.Locator(".djs-element.ams-invalid[data-element-id='call']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#designer-status")).ToContainTextAsync("masalah menghalangi deploy");
        await page.Locator("#designer-problem-list li.engine[data-element-id='call']").ClickAsync();
        Assert.Equal("call", await page.EvaluateAsync<string>("() => window.amsDesigner.get('selection').get()[0]?.id"));
        await Browser.ScreenshotAsync(page, "designer-check-problem");

        await DeployAsync(page);
        await Assertions.Expect(page.Locator("#designer-status")).ToContainTextAsync("Tidak di-deploy");
        Assert.DoesNotContain(await Engine.Store.ListDefinitionsAsync(default), d => d.ProcessId == "broken");
    }

    [Fact]
    public async Task The_versions_page_compares_two_versions_side_by_side_with_the_change_marked()
    {
        var first = (await Engine.Store.ListDefinitionsAsync(default)).Single(d => d.ProcessId == "revocation").Xml;
        var changed = first.Replace("name=\"Catat hasil enrollment\"", "name=\"Catat hasil enrollment CA\"", StringComparison.Ordinal);
        Assert.True((await Engine.DeployAsync(changed, "admin@ams.test")).Created);
        var page = await SignedInAsync();

        await page.GotoAsync("/admin/workflows");
        var row = page.Locator(".workflow-process[data-process-id='revocation'] tr[data-version='2']");
        await Assertions.Expect(row).ToContainTextAsync("admin@ams.test");
        await Assertions.Expect(row.Locator("a.download")).ToHaveAttributeAsync("href", "/api/workflows/revocation/versions/2/xml");
        await Assertions.Expect(row.Locator("a.open-in-designer")).ToHaveAttributeAsync("href", "/admin/designer?processId=revocation&version=2");
        await row.Locator("a.compare-previous").ClickAsync();

        await Assertions.Expect(page.Locator("#compare")).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(page.Locator("#compare-left .djs-element[data-element-id='Task_Verify']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#compare-right .djs-element[data-element-id='Task_Verify']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#compare-right .djs-element.diff-changed[data-element-id='Task_RecordEnrollment']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#compare-left .djs-element.diff-changed[data-element-id='Task_RecordEnrollment']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#compare-changes li.changed[data-element-id='Task_RecordEnrollment']")).ToContainTextAsync("name");
        await Browser.ScreenshotAsync(page, "workflow-compare");

        await page.GotoAsync("/admin/workflows");
        await page.Locator(".workflow-process[data-process-id='revocation'] tr[data-version='1'] a.open-in-designer").ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-designer-ready", "true");
        await Assertions.Expect(page.Locator("#designer-open-select")).ToHaveValueAsync("revocation|1");
        Assert.Equal("Catat hasil enrollment", await NameOfAsync(page, "Task_RecordEnrollment"));
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task The_designer_from_the_menu_opens_the_latest_revocation_clear_of_the_palette_and_without_problems()
    {
        var first = (await Engine.Store.ListDefinitionsAsync(default)).Single(d => d.ProcessId == "revocation").Xml;
        Assert.True((await Engine.DeployAsync(first.Replace("name=\"Verifikasi OP\"", "name=\"Verifikasi OP v2\"", StringComparison.Ordinal), "admin@ams.test")).Created);
        var page = await SignedInAsync();

        await page.GotoAsync("/admin/instances");
        await page.ClickAsync("#menu a[href='/admin/designer']");
        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-designer-ready", "true");

        await Assertions.Expect(page.Locator("#designer-open-select")).ToHaveValueAsync("revocation|2");
        Assert.Equal("Verifikasi OP v2", await NameOfAsync(page, "Task_Verify"));
        var canvas = (await page.Locator("#designer-canvas").BoundingBoxAsync())!;
        var palette = (await page.Locator("#designer-canvas .djs-palette").BoundingBoxAsync())!;
        foreach (var id in new[] { "StartEvent_Request", "Task_MailReceived", "Task_MailReminder", "End_Revoked", "End_EnrollmentFailed" })
        {
            var element = page.Locator($".djs-element[data-element-id='{id}'] .djs-visual");
            await Assertions.Expect(element).ToBeVisibleAsync();
            var box = (await element.BoundingBoxAsync())!;
            Assert.True(box.X >= palette.X + palette.Width, $"{id} starts at x={box.X}, under the palette that ends at {palette.X + palette.Width}.");
            Assert.True(box.X + box.Width <= canvas.X + canvas.Width && box.Y >= canvas.Y && box.Y + box.Height <= canvas.Y + canvas.Height, $"{id} is outside the canvas.");
        }

        await Assertions.Expect(page.Locator("#designer-status")).ToHaveTextAsync("revocation v2");
        await page.ClickAsync("#designer-check");
        await Assertions.Expect(page.Locator("#designer-status")).ToHaveTextAsync("Engine menerima model ini.");
        await Assertions.Expect(page.Locator("#designer-problem-list li.error")).ToHaveCountAsync(0);
        await Browser.ScreenshotAsync(page, "designer-opens-latest");
        foreach (var (id, template) in new[] { ("Task_MailReceived", "Kirim email"), ("Task_Verify", "Verifikasi OP"), ("Task_Enroll", "Enrollment ke CA") })
        {
            await page.EvaluateAsync($"() => window.amsDesigner.get('selection').select(window.amsDesigner.get('elementRegistry').get('{id}'))");
            await Assertions.Expect(page.Locator("#designer-properties .bio-properties-panel-applied-template-button")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#designer-properties .bio-properties-panel-select-template-button")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("#designer-properties .bio-properties-panel-header")).ToContainTextAsync(template);
        }

        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task Baru_starts_a_blank_model_whose_problems_wait_for_the_first_change()
    {
        var page = await SignedInAsync();
        await OpenDesignerAsync(page, "/admin/designer?processId=revocation");

        await NewModelAsync(page);

        Assert.Equal(["StartEvent_1"], await page.EvaluateAsync<string[]>(
            "() => window.amsDesigner.get('elementRegistry').filter(e => e.type !== 'bpmn:Process' && e.type !== 'label').map(e => e.id)"));
        await Assertions.Expect(page.Locator("#designer-open-select")).ToHaveValueAsync("");
        // The linter does find something wrong with a lone start event; the page keeps quiet about it.
        Assert.True(await page.EvaluateAsync<int>("async () => Object.keys(await window.amsDesigner.get('linting').lint()).length") > 0);
        await page.WaitForTimeoutAsync(1500);
        await Assertions.Expect(page.Locator("#designer-problem-list li")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#designer-canvas .bjsl-overlay, #designer-canvas .ams-problem-overlay")).ToHaveCountAsync(0);
        await Browser.ScreenshotAsync(page, "designer-new-model");

        await page.EvaluateAsync("""
            () => {
              const d = window.amsDesigner;
              d.get('modeling').appendShape(d.get('elementRegistry').get('StartEvent_1'), { type: 'bpmn:Task' }, { x: 330, y: 178 });
            }
            """);

        await Assertions.Expect(page.Locator("#designer-problem-list li").First).ToBeVisibleAsync();
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task Deploy_asks_first_naming_the_process_and_version_and_cancel_deploys_nothing()
    {
        var page = await SignedInAsync();
        await OpenDesignerAsync(page, "/admin/designer?processId=revocation");
        await page.EvaluateAsync("""
            () => {
              const d = window.amsDesigner;
              d.get('modeling').updateLabel(d.get('elementRegistry').get('Task_Verify'), 'Verifikasi OP diubah');
            }
            """);

        await page.ClickAsync("#designer-deploy");

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Deploy model ini?" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Proses revocation akan di-deploy sebagai versi 2.");
        await Assertions.Expect(page.Locator("#deploy-cancel")).ToBeFocusedAsync();
        await Browser.ScreenshotAsync(page, "designer-deploy-confirm");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#designer-status")).ToHaveTextAsync("Deploy dibatalkan.");
        await page.ClickAsync("#designer-deploy");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        Assert.Equal([1], (await Engine.Store.ListDefinitionsAsync(default)).Where(d => d.ProcessId == "revocation").Select(d => d.Version));

        await page.ClickAsync("#designer-deploy");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#deploy-confirm-button")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#designer-status")).ToContainTextAsync("revocation versi 2 sudah di-deploy");
        Assert.Equal([1, 2], (await Engine.Store.ListDefinitionsAsync(default)).Where(d => d.ProcessId == "revocation").Select(d => d.Version).Order());
        Assert.Empty(pageErrors);
    }

    private WorkflowEngine Engine => App.Services.GetRequiredService<WorkflowEngine>();

    /// <summary>Clicks Deploy and confirms in the dialog.</summary>
    private static async Task DeployAsync(IPage page)
    {
        await page.ClickAsync("#designer-deploy");
        await Assertions.Expect(page.Locator("#deploy-confirm")).ToBeVisibleAsync();
        await page.ClickAsync("#deploy-confirm-button");
    }

    /// <summary>Starts a blank model with Baru.</summary>
    private static async Task NewModelAsync(IPage page)
    {
        await page.ClickAsync("#designer-new");
        await Assertions.Expect(page.Locator(".djs-element[data-element-id='StartEvent_1']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#designer-status")).ToHaveTextAsync("Proses baru");
    }

    private async Task<IPage> SignedInAsync()
    {
        var page = await Chromium.NewSessionAsync(BaseUrl);
        page.PageError += (_, error) => pageErrors.Add(error);
        await page.SetViewportSizeAsync(1600, 1000);
        await Browser.SignInAsync(page, "admin@ams.test", AmsWebApplication.Password);
        return page;
    }

    private static async Task OpenDesignerAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-designer-ready", "true");
        await Assertions.Expect(page.Locator(".bjs-powered-by")).ToBeVisibleAsync();
    }

    private static Task<string> NameOfAsync(IPage page, string id) =>
        page.EvaluateAsync<string>($"() => window.amsDesigner.get('elementRegistry').get('{id}').businessObject.name");
}
