using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ams.Web.Tests;
using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>
/// The instance pages in a real Chromium: a revocation waiting for its verifier shows <c>Task_Verify</c> marked as waiting,
/// its history and its variables, and the version's counts put a badge on it; an incident is marked failed and its
/// Retry button returns the job to the pool. Screenshots are kept as test output.
/// </summary>
public sealed partial class InstanceViewTests : BrowserTest
{
    private const string ChargeModel = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_Charge" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="charge" name="Charge" isExecutable="true">
            <bpmn:startEvent id="Start" name="Start" />
            <bpmn:serviceTask id="Task_Charge" name="Charge the fee">
              <bpmn:extensionElements><zeebe:taskDefinition type="external.charge" /></bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:endEvent id="End" name="End" />
            <bpmn:sequenceFlow id="Flow_ToCharge" sourceRef="Start" targetRef="Task_Charge" />
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Charge" targetRef="End" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="Diagram_Charge">
            <bpmndi:BPMNPlane id="Plane_Charge" bpmnElement="charge">
              <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Task_Charge_di" bpmnElement="Task_Charge"><dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="360" y="100" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="Flow_ToCharge_di" bpmnElement="Flow_ToCharge"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_ToEnd_di" bpmnElement="Flow_ToEnd"><di:waypoint x="300" y="118" /><di:waypoint x="360" y="118" /></bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    private HttpClient api = null!;

    [Fact]
    public async Task A_revocation_waiting_for_its_verifier_shows_Task_Verify_waiting_with_history_variables_and_a_count_badge()
    {
        var requestId = await RevocationRequests.FileAsync(App, "holder@ams.test", "KEY_COMPROMISE");
        var instance = await WaitForInstanceAsync($"/api/process-instances?request={requestId}", i => i["activeElementIds"]!.AsArray().Any(e => e!.GetValue<string>() == "Task_Verify"));
        var page = await AdminPageAsync();

        await page.GotoAsync($"/admin/instances?request={requestId}");
        await Browser.ScreenshotAsync(page, "instances-1-list");
        await page.Locator($"tr[data-instance='{instance["id"]}'] a.open-instance").ClickAsync();
        await Assertions.Expect(page.Locator("#instance-view")).ToHaveAttributeAsync("data-loaded", "true", new() { Timeout = 30_000 });

        Assert.True(await page.EvaluateAsync<bool>(
            "() => window.amsInstanceViewer.get('elementRegistry').getGraphics('Task_Verify').classList.contains('ams-active')"));
        await Assertions.Expect(Shape(page, "Task_Verify")).ToHaveClassAsync(Marker("ams-active"));
        await Assertions.Expect(Shape(page, "StartEvent_Request")).ToHaveClassAsync(Marker("ams-completed"));
        await Assertions.Expect(Shape(page, "Task_MailReceived")).ToHaveClassAsync(Marker("ams-completed"));
        await Assertions.Expect(Shape(page, "End_Revoked")).Not.ToHaveClassAsync(Marker("ams-(active|completed|failed)"));
        await Assertions.Expect(page.Locator("#timeline li[data-type='UserTaskCreated'][data-element-id='Task_Verify']")).ToContainTextAsync("Verifikasi OP");
        await Assertions.Expect(page.Locator("#timeline li[data-type='InstanceStarted']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#variables tr[data-variable='reason']")).ToContainTextAsync("KEY_COMPROMISE");
        await Assertions.Expect(page.Locator("#variables tr[data-variable='requestId']")).ToContainTextAsync(requestId.ToString());
        await Assertions.Expect(page.Locator(".bjs-powered-by")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "instances-2-view-waiting-at-verification");

        await page.GotoAsync($"/admin/instances/overview?processId=revocation&version={instance["version"]}");
        await Assertions.Expect(page.Locator("#process-overview")).ToHaveAttributeAsync("data-loaded", "true", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".count-badge.active[data-element-id='Task_Verify']")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator(".count-badge[data-element-id='Task_MailReceived']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#counts tr[data-element-id='Task_Verify']")).ToContainTextAsync("Verifikasi OP");
        await Browser.ScreenshotAsync(page, "instances-3-overview-counts");
    }

    [Fact]
    public async Task An_incident_is_marked_failed_and_its_retry_button_returns_the_job_to_the_pool()
    {
        var deployed = await api.PostAsync("/api/workflows", new StringContent(ChargeModel, Encoding.UTF8, "application/xml"));
        Assert.True(deployed.IsSuccessStatusCode, await deployed.Content.ReadAsStringAsync());
        var started = await api.PostAsJsonAsync("/api/process-instances", new { processId = "charge", variables = new { amount = 25 } });
        var id = (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var job = Assert.Single((await (await api.PostAsJsonAsync("/api/jobs/activation", new { type = "external.charge", maxJobs = 1, lockSeconds = 60 }))
            .Content.ReadFromJsonAsync<JsonArray>())!);
        (await api.PostAsJsonAsync($"/api/jobs/{job!["id"]}/fail", new { retries = 0, message = "Payment gateway unreachable" })).EnsureSuccessStatusCode();
        var page = await AdminPageAsync();

        await page.GotoAsync("/admin/instances/overview?processId=charge&version=1");
        await Assertions.Expect(page.Locator(".count-badge.incidents[data-element-id='Task_Charge']")).ToHaveTextAsync("1", new() { Timeout = 30_000 });
        await page.GotoAsync("/admin/instances?processId=charge&withIncidents=true");
        await page.Locator($"tr[data-instance='{id}'] a.open-instance").ClickAsync();
        await Assertions.Expect(page.Locator("#instance-view")).ToHaveAttributeAsync("data-loaded", "true", new() { Timeout = 30_000 });
        await Assertions.Expect(Shape(page, "Task_Charge")).ToHaveClassAsync(Marker("ams-failed"));
        var incident = page.Locator("#incidents li.incident[data-element-id='Task_Charge']");
        await Assertions.Expect(incident).ToContainTextAsync("Payment gateway unreachable");
        await Browser.ScreenshotAsync(page, "instances-4-view-incident");

        await incident.Locator("button.retry").ClickAsync();

        await Assertions.Expect(page.Locator("#incidents li.incident")).ToHaveCountAsync(0);
        await Assertions.Expect(Shape(page, "Task_Charge")).ToHaveClassAsync(Marker("ams-active"));
        await Assertions.Expect(page.Locator("#timeline li[data-type='IncidentResolved']")).ToHaveCountAsync(1);
        await Browser.ScreenshotAsync(page, "instances-5-view-retried");
        var again = await (await api.PostAsJsonAsync("/api/jobs/activation", new { type = "external.charge", maxJobs = 1, lockSeconds = 60 })).Content.ReadFromJsonAsync<JsonArray>();
        Assert.Single(again!);
    }

    [Fact]
    public async Task An_instance_of_a_model_without_a_diagram_still_shows_its_history_and_variables()
    {
        var model = ChargeModel[..ChargeModel.IndexOf("<bpmndi:BPMNDiagram", StringComparison.Ordinal)] + "</bpmn:definitions>";
        (await api.PostAsync("/api/workflows", new StringContent(model, Encoding.UTF8, "application/xml"))).EnsureSuccessStatusCode();
        var started = await api.PostAsJsonAsync("/api/process-instances", new { processId = "charge", variables = new { amount = 7 } });
        var id = (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var page = await AdminPageAsync();

        await page.GotoAsync($"/admin/instances/{id}");

        await Assertions.Expect(page.Locator("#instance-view")).ToHaveAttributeAsync("data-loaded", "true", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#view-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#timeline li[data-type='JobCreated'][data-element-id='Task_Charge']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#variables tr[data-variable='amount']")).ToContainTextAsync("7");
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        api = await App.SignInAsync("admin@ams.test");
    }

    private static ILocator Shape(IPage page, string elementId) => page.Locator($"#diagram .djs-element[data-element-id='{elementId}']");

    private static Regex Marker(string marker) => new($"(^|\\s){marker}(\\s|$)");

    private async Task<IPage> AdminPageAsync()
    {
        var page = await Chromium.NewSessionAsync(BaseUrl);
        await Browser.SignInAsync(page, "admin@ams.test", AmsWebApplication.Password);
        return page;
    }

    private async Task<JsonObject> WaitForInstanceAsync(string listPath, Func<JsonObject, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var listed = await api.GetFromJsonAsync<JsonArray>(listPath);
            if (listed!.FirstOrDefault() is JsonObject summary)
            {
                var instance = (await api.GetFromJsonAsync<JsonObject>($"/api/process-instances/{summary["id"]}"))!;
                if (condition(instance))
                {
                    return instance;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, "The instance did not reach the expected state in time.");
            await Task.Delay(200);
        }
    }
}
