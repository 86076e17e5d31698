using System.Xml.Linq;
using Ams.Web.Operations.Designer;
using Ams.Web.Tests;
using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>
/// Every element the engine runs can be built in the designer: the host's templates for the call activity, the FEEL
/// script task and the business rule task, filled in the properties panel, write the <c>zeebe:</c> extensions the
/// engine reads; the replace menu and the palette reach the gateways, event sub-process, signal and timer events and
/// multi-instance markers, and the Zeebe panel shows their fields.
/// </summary>
public sealed class DesignerElementsTests : BrowserTest
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";

    private readonly List<string> pageErrors = [];

    [Fact]
    public async Task Call_another_workflow_picks_a_deployed_process_and_a_tagged_version_and_writes_the_called_element()
    {
        var page = await DesignerWithTaskAsync();

        await ApplyTemplateAsync(page, EngineElementTemplates.CallActivityId);
        var process = page.GetByLabel("Proses yang dipanggil", new() { Exact = true });
        await Assertions.Expect(process.Locator("option[value='revocation']")).ToHaveCountAsync(1);
        await Assertions.Expect(process.Locator("option[value='issuance']")).ToHaveCountAsync(1);
        await process.SelectOptionAsync("revocation");
        await Assertions.Expect(page.GetByLabel("Tag versi", new() { Exact = true })).ToHaveCountAsync(0);
        await page.GetByLabel("Versi", new() { Exact = true }).SelectOptionAsync("versionTag");
        await page.GetByLabel("Tag versi", new() { Exact = true }).FillAsync("v2");
        await ExtensionAsync(page, "callActivity", "calledElement", e => (string?)e.Attribute("versionTag") == "v2");
        var takeBack = page.GetByLabel("Ambil semua variabel dari proses yang dipanggil");
        await Assertions.Expect(takeBack).Not.ToBeCheckedAsync();
        await takeBack.ClickAsync();
        await Assertions.Expect(takeBack).ToBeCheckedAsync();
        var passDown = page.GetByLabel("Kirim semua variabel ke proses yang dipanggil");
        await Assertions.Expect(passDown).ToBeCheckedAsync();
        await passDown.ClickAsync();
        await Assertions.Expect(passDown).Not.ToBeCheckedAsync();

        var called = await ExtensionAsync(page, "callActivity", "calledElement", e => (string?)e.Attribute("versionTag") == "v2" && (string?)e.Attribute("propagateAllParentVariables") == "false");

        Assert.Equal("revocation", (string?)called.Attribute("processId"));
        Assert.Equal("versionTag", (string?)called.Attribute("bindingType"));
        Assert.Equal("true", (string?)called.Attribute("propagateAllChildVariables"));
        await Browser.ScreenshotAsync(page, "designer-call-activity-template");
        Assert.Empty(await AxeCheck.SeriousOrCriticalAsync(page, new RolePage("admin", "designer-call-activity", "/admin/designer")));
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task Compute_a_value_writes_the_feel_expression_and_the_result_variable_on_a_script_task()
    {
        var page = await DesignerWithTaskAsync();

        await ApplyTemplateAsync(page, EngineElementTemplates.ScriptTaskId);
        await TypeFeelAsync(page, $"bio-properties-panel-custom-entry-{EngineElementTemplates.ScriptTaskId}-ams-0", "price * 2");
        await page.GetByLabel("Variabel hasil").FillAsync("total");

        var script = await ExtensionAsync(page, "scriptTask", "script", e => (string?)e.Attribute("resultVariable") == "total" && (string?)e.Attribute("expression") == "=price * 2");

        Assert.Null(script.Parent!.Element(Zeebe + "taskDefinition"));
        Assert.Empty(await AxeCheck.SeriousOrCriticalAsync(page, new RolePage("admin", "designer-script-task", "/admin/designer")));
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task Decide_with_a_table_writes_the_decision_id_and_the_result_variable_on_a_business_rule_task()
    {
        var page = await DesignerWithTaskAsync();

        await ApplyTemplateAsync(page, EngineElementTemplates.BusinessRuleTaskId);
        var decisionId = page.GetByLabel("Id keputusan");
        await Assertions.Expect(decisionId.Locator("option[value='verification-terms']")).ToHaveCountAsync(1);
        await decisionId.SelectOptionAsync("verification-terms");
        await page.GetByLabel("Variabel hasil").FillAsync("fee");

        var decision = await ExtensionAsync(page, "businessRuleTask", "calledDecision", e => (string?)e.Attribute("resultVariable") == "fee");

        Assert.Equal("verification-terms", (string?)decision.Attribute("decisionId"));
        Assert.Null(decision.Parent!.Element(Zeebe + "taskDefinition"));
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task The_replace_menu_offers_the_gateways_event_sub_process_signal_events_and_plain_and_manual_tasks()
    {
        var page = await DesignerWithTaskAsync();
        await page.EvaluateAsync("""
            () => {
              const d = window.amsDesigner;
              const modeling = d.get('modeling');
              const root = d.get('canvas').getRootElement();
              window.amsShapes = {
                gateway: modeling.createShape({ type: 'bpmn:ExclusiveGateway' }, { x: 700, y: 450 }, root).id,
                sub: modeling.createShape({ type: 'bpmn:SubProcess', isExpanded: true }, { x: 400, y: 500 }, root).id,
                catch: modeling.createShape({ type: 'bpmn:IntermediateThrowEvent' }, { x: 850, y: 450 }, root).id,
                end: modeling.createShape({ type: 'bpmn:EndEvent' }, { x: 950, y: 450 }, root).id
              };
            }
            """);

        Assert.Empty(new[] { "replace-with-inclusive-gateway", "replace-with-event-based-gateway" }.Except(await ReplaceOptionsAsync(page, "window.amsShapes.gateway")));
        Assert.Contains("replace-with-event-subprocess", await ReplaceOptionsAsync(page, "window.amsShapes.sub"));
        Assert.Contains("replace-with-signal-start", await ReplaceOptionsAsync(page, "'StartEvent_1'"));
        Assert.Empty(new[] { "replace-with-signal-intermediate-catch", "replace-with-signal-intermediate-throw" }.Except(await ReplaceOptionsAsync(page, "window.amsShapes.catch")));
        Assert.Contains("replace-with-signal-end", await ReplaceOptionsAsync(page, "window.amsShapes.end"));
        Assert.Empty(new[] { "replace-with-manual-task", "replace-with-script-task", "replace-with-rule-task", "replace-with-call-activity", "toggle-parallel-mi", "toggle-sequential-mi" }.Except(await ReplaceOptionsAsync(page, "window.amsTaskId")));
        await page.Locator(".djs-popup [data-id='replace-with-manual-task']").ClickAsync();
        Assert.Equal("bpmn:ManualTask", await page.EvaluateAsync<string>("() => window.amsDesigner.get('selection').get()[0].type"));

        await ReplaceOptionsAsync(page, "window.amsShapes.sub");
        await page.Locator(".djs-popup [data-id='replace-with-event-subprocess']").ClickAsync();
        var xml = await XmlAsync(page);
        Assert.Equal("true", (string?)xml.Descendants(Bpmn + "subProcess").Single().Attribute("triggeredByEvent"));
        Assert.Single(xml.Descendants(Bpmn + "manualTask"));
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task A_signal_start_event_from_the_replace_menu_takes_a_signal_name_in_the_panel()
    {
        var page = await DesignerWithTaskAsync();
        await ReplaceOptionsAsync(page, "'StartEvent_1'");
        await page.Locator(".djs-popup [data-id='replace-with-signal-start']").ClickAsync();

        await OpenGroupAsync(page, "group-signal", "#bio-properties-panel-signalRef");
        await page.Locator("#bio-properties-panel-signalRef").SelectOptionAsync("create-new");
        await page.Locator("#bio-properties-panel-signalName").FillAsync("certificate-revoked");

        var xml = await XmlUntilAsync(page, x => x.Descendants(Bpmn + "signal").Any(s => (string?)s.Attribute("name") == "certificate-revoked"));
        var signal = xml.Descendants(Bpmn + "signal").Single();
        var definition = xml.Descendants(Bpmn + "startEvent").Single().Element(Bpmn + "signalEventDefinition")!;
        Assert.Equal((string?)signal.Attribute("id"), (string?)definition.Attribute("signalRef"));
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task A_timer_start_event_takes_a_repeating_cycle_in_the_panel()
    {
        var page = await DesignerWithTaskAsync();
        await ReplaceOptionsAsync(page, "'StartEvent_1'");
        await page.Locator(".djs-popup [data-id='replace-with-timer-start']").ClickAsync();

        await OpenGroupAsync(page, "group-timer", "#bio-properties-panel-timerEventDefinitionType");
        await page.Locator("#bio-properties-panel-timerEventDefinitionType").SelectOptionAsync("timeCycle");
        await page.Locator("#bio-properties-panel-timerEventDefinitionValue").FillAsync("R/PT1H");

        var xml = await XmlUntilAsync(page, x => x.Descendants(Bpmn + "timeCycle").Any(c => c.Value == "R/PT1H"));
        Assert.Single(xml.Descendants(Bpmn + "startEvent").Single().Elements(Bpmn + "timerEventDefinition"));
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task A_parallel_multi_instance_marker_shows_the_zeebe_loop_fields_and_writes_them()
    {
        var page = await DesignerWithTaskAsync();
        await ReplaceOptionsAsync(page, "window.amsTaskId");
        await page.Locator(".djs-popup [data-id='toggle-parallel-mi']").ClickAsync();
        await page.Keyboard.PressAsync("Escape");

        await OpenGroupAsync(page, "group-multiInstance", "#bio-properties-panel-multiInstance-inputElement");

        foreach (var field in new[] { "inputCollection", "inputElement", "outputCollection", "outputElement", "completionCondition" })
        {
            await Assertions.Expect(page.Locator($"#bio-properties-panel-multiInstance-{field}")).ToBeVisibleAsync();
        }

        await TypeFeelAsync(page, "bio-properties-panel-multiInstance-inputCollection", "holders");
        await page.Locator("#bio-properties-panel-multiInstance-inputElement").FillAsync("holder");

        var loop = await ExtensionAsync(page, "task", "loopCharacteristics", e => (string?)e.Attribute("inputElement") == "holder");
        Assert.Equal("=holders", (string?)loop.Attribute("inputCollection"));
        Assert.Equal("false", (string?)loop.Parent!.Parent!.Attribute("isSequential") ?? "false");
        Assert.Empty(await AxeCheck.SeriousOrCriticalAsync(page, new RolePage("admin", "designer-multi-instance", "/admin/designer")));
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task The_palette_creates_inclusive_and_event_based_gateways_which_the_linter_accepts_and_compensation_stays_flagged()
    {
        var page = await DesignerWithTaskAsync();
        var inclusive = page.Locator(".djs-palette [data-action='create.inclusive-gateway']");
        await Assertions.Expect(inclusive).ToHaveAttributeAsync("aria-label", "Buat gateway inklusif");
        await Assertions.Expect(page.Locator(".djs-palette [data-action='create.event-based-gateway']")).ToHaveAttributeAsync("aria-label", "Buat gateway berbasis event");

        await inclusive.ClickAsync();
        var canvas = (await page.Locator("#designer-canvas").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(canvas.X + 700, canvas.Y + 450);
        await page.Mouse.ClickAsync(canvas.X + 700, canvas.Y + 450);
        await page.EvaluateAsync("""
            () => {
              const d = window.amsDesigner;
              const modeling = d.get('modeling');
              const task = d.get('elementRegistry').get(window.amsTaskId);
              const boundary = modeling.createShape({ type: 'bpmn:BoundaryEvent', eventDefinitionType: 'bpmn:CompensateEventDefinition' }, { x: task.x + 50, y: task.y + 80 }, task, { attach: true });
              window.amsBoundaryId = boundary.id;
            }
            """);

        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.amsDesigner.get('elementRegistry').filter(e => e.type === 'bpmn:InclusiveGateway').length"));
        var rules = await page.EvaluateAsync<string[]>("""
            async () => Object.entries(await window.amsDesigner.get('linting').lint())
              .flatMap(([rule, reports]) => reports.map(report => `${rule} ${report.id}`))
            """);
        Assert.DoesNotContain(rules, rule => rule.StartsWith("no-inclusive-gateway", StringComparison.Ordinal));
        var boundaryId = await page.EvaluateAsync<string>("() => window.amsBoundaryId");
        Assert.Contains($"ams/no-compensation {boundaryId}", rules);
        Assert.Empty(pageErrors);
    }

    /// <summary>A new model in the designer with a plain task after its start event, selected; its id in <c>window.amsTaskId</c>.</summary>
    private async Task<IPage> DesignerWithTaskAsync()
    {
        var page = await Chromium.NewSessionAsync(BaseUrl);
        page.PageError += (_, error) => pageErrors.Add(error);
        await page.SetViewportSizeAsync(1600, 1000);
        await Browser.SignInAsync(page, "admin@ams.test", AmsWebApplication.Password);
        await page.GotoAsync("/admin/designer");
        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-designer-ready", "true");
        await page.ClickAsync("#designer-new");
        await Assertions.Expect(page.Locator("#designer-status")).ToHaveTextAsync("Proses baru");
        await page.EvaluateAsync("""
            () => {
              const d = window.amsDesigner;
              const modeling = d.get('modeling');
              const task = modeling.appendShape(d.get('elementRegistry').get('StartEvent_1'), { type: 'bpmn:Task' }, { x: 330, y: 178 });
              modeling.appendShape(task, { type: 'bpmn:EndEvent' }, { x: 500, y: 178 });
              d.get('selection').select(task);
              window.amsTaskId = task.id;
            }
            """);
        return page;
    }

    /// <summary>Picks a template for the selected element in the chooser and opens the template's group.</summary>
    private static async Task ApplyTemplateAsync(IPage page, string templateId)
    {
        await page.ClickAsync("#designer-properties .bio-properties-panel-select-template-button");
        await page.ClickAsync($"#template-chooser .template-choice[data-template-id='{templateId}']");
        await Assertions.Expect(page.Locator("#designer-properties .bio-properties-panel-applied-template-button")).ToBeVisibleAsync();
        var group = page.Locator("#designer-properties [data-group-id='group-ElementTemplates__CustomProperties-ams']");
        if (!await group.Locator(".bio-properties-panel-group-entries.open").IsVisibleAsync())
        {
            await group.Locator(".bio-properties-panel-group-header").ClickAsync();
        }
    }

    /// <summary>Opens the panel's group <paramref name="groupId"/> unless <paramref name="field"/> in it shows already.</summary>
    private static async Task OpenGroupAsync(IPage page, string groupId, string field)
    {
        var group = page.Locator($"#designer-properties [data-group-id='{groupId}']");
        await Assertions.Expect(group).ToBeVisibleAsync();
        if (!await page.Locator(field).IsVisibleAsync())
        {
            await group.Locator(".bio-properties-panel-group-header").ClickAsync();
        }

        await Assertions.Expect(page.Locator(field)).ToBeVisibleAsync();
    }

    /// <summary>Types into a FEEL editor of the panel, as a person does (the editor is not a plain input).</summary>
    private static async Task TypeFeelAsync(IPage page, string id, string text)
    {
        var editor = page.Locator($"[id='{id}'] [contenteditable='true']").Or(page.Locator($"[id='{id}'][contenteditable='true']")).First;
        await editor.ClickAsync();
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Opens the replace menu of the element <paramref name="idExpression"/> (a script expression) from its context pad and lists the offered entries.</summary>
    private static async Task<string[]> ReplaceOptionsAsync(IPage page, string idExpression)
    {
        if (await page.Locator(".djs-popup").CountAsync() > 0)
        {
            await page.Keyboard.PressAsync("Escape");
        }

        await page.EvaluateAsync($"() => {{ const d = window.amsDesigner; d.get('selection').select(d.get('elementRegistry').get({idExpression})); }}");
        await page.Locator(".djs-context-pad [data-action='replace']").ClickAsync();
        await Assertions.Expect(page.Locator(".djs-popup")).ToBeVisibleAsync();
        return await page.Locator(".djs-popup [data-id]").EvaluateAllAsync<string[]>("entries => entries.map(e => e.dataset.id)");
    }

    private static async Task<XDocument> XmlAsync(IPage page) =>
        XDocument.Parse(await page.EvaluateAsync<string>("async () => (await window.amsDesigner.saveXML()).xml"));

    /// <summary>The exported XML once <paramref name="done"/> holds: the panel writes a typed value after a short pause. A bound on waiting, not a timing assertion.</summary>
    private static async Task<XDocument> XmlUntilAsync(IPage page, Func<XDocument, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var xml = await XmlAsync(page);
            if (done(xml) || attempt >= 100)
            {
                return xml;
            }

            await page.WaitForTimeoutAsync(100);
        }
    }

    /// <summary>The <c>zeebe:</c> extension <paramref name="extension"/> of the one <c>bpmn:</c> <paramref name="element"/>, once <paramref name="done"/> holds for it.</summary>
    private static async Task<XElement> ExtensionAsync(IPage page, string element, string extension, Func<XElement, bool> done)
    {
        XElement? Find(XDocument xml) => xml.Descendants(Bpmn + element).SingleOrDefault()?.Descendants(Zeebe + extension).SingleOrDefault();
        var xml = await XmlUntilAsync(page, x => Find(x) is { } found && done(found));
        var found = Find(xml);
        Assert.True(found is not null && done(found), $"No matching zeebe:{extension} on bpmn:{element}:\n{xml}");
        return found!;
    }
}
