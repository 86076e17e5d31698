using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Tests.Execution;

namespace Ams.Workflow.Engine.Tests.Corpus;

/// <summary>
/// Corpus models that call DMN decisions (refused until business rule tasks ran; their copies here live in
/// <c>supported/</c>). The decisions themselves are not part of the corpus, so the tests deploy small tables that
/// answer what the models ask.
/// </summary>
public sealed class CorpusDecisionRunTests
{
    private const string Solos = "camunda-community-hub__zeebe-play__solos-transport-process.bpmn";

    /// <summary><c>is_legal_item</c>: spice and weapons are illegal cargo, the rest is legal.</summary>
    private const string IsLegalItem = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="cargo-rules" name="Cargo rules" namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="is_legal_item" name="Is the item legal?">
            <decisionTable id="table" hitPolicy="UNIQUE">
              <input id="in" label="Item"><inputExpression id="expr" typeRef="string"><text>item</text></inputExpression></input>
              <output id="out" name="is_legal" typeRef="boolean" />
              <rule id="illegal"><inputEntry id="i1"><text>"spice","weapons"</text></inputEntry><outputEntry id="o1"><text>false</text></outputEntry></rule>
              <rule id="legal"><inputEntry id="i2"><text>not("spice","weapons")</text></inputEntry><outputEntry id="o2"><text>true</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """;

    /// <summary><c>autoApproval</c>: claims up to 1000 are approved without a person.</summary>
    private const string AutoApproval = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="claim-rules" name="Claim rules" namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="autoApproval" name="Auto approval">
            <decisionTable id="table" hitPolicy="FIRST">
              <input id="in" label="Amount"><inputExpression id="expr" typeRef="number"><text>amount</text></inputExpression></input>
              <output id="out" name="autoApproval" typeRef="boolean" />
              <rule id="small"><inputEntry id="i1"><text>&lt;= 1000</text></inputEntry><outputEntry id="o1"><text>true</text></outputEntry></rule>
              <rule id="other"><inputEntry id="i2"><text>-</text></inputEntry><outputEntry id="o2"><text>false</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """;

    [Fact]
    public async Task Solos_transport_passes_the_inspection_with_legal_cargo_after_a_repair_and_a_bounty_hunter_and_delivers()
    {
        var engine = await SolosAsync();
        var id = await StartAndLoadAsync(engine, """["passengers", "water"]""");

        // The engine breaks once on the way: the droids repair it and the ship travels again.
        var travel = await engine.ActivateAsync("travel-to-target-system");
        Assert.True((await engine.Engine.ThrowErrorAsync(travel.Key, EngineHarness.Worker, "engine-damaged", "hyperdrive")).Succeeded);
        await engine.CompleteJobAsync("send-droids-to-repair");
        await engine.CompleteJobAsync("travel-to-target-system");

        // A bounty hunter interrupts nothing: the negotiation runs beside the journey.
        Assert.Equal(1, await engine.Engine.PublishMessageAsync("bounty-hunter", "Han", null));
        await engine.CompleteTaskAsync(id, elementId: "Activity_13ouuxd");
        Assert.Equal(1, await engine.Engine.PublishMessageAsync("imperial-inspection", "Falcon", null));

        var instance = await engine.InstanceAsync(id);
        Assert.Equal("""[{"item":"passengers","is_legal":true},{"item":"water","is_legal":true}]""", instance.Variables["cargo_items"]!.ToJsonString());
        Assert.Equal(2, (await engine.HistoryAsync(id)).Count(h => h.Type == HistoryEventType.DecisionEvaluated));
        await engine.CompleteTaskAsync(id, elementId: "Activity_1jc9ilh");
        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_0m3k2rf");
        var completed = await engine.CompletedElementsAsync(id);
        Assert.Contains("Activity_1xyt9cw", completed);
        Assert.Contains("Event_1umu6s4", completed);
        Assert.DoesNotContain("Activity_16qrzir", completed);
    }

    [Fact]
    public async Task Solos_transport_with_spice_on_board_gets_rid_of_the_cargo_at_the_inspection()
    {
        var engine = await SolosAsync();
        var id = await StartAndLoadAsync(engine, """["water", "spice"]""");
        await engine.CompleteJobAsync("travel-to-target-system");

        Assert.Equal(1, await engine.Engine.PublishMessageAsync("imperial-inspection", "Falcon", null));

        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_0axchv0");
        Assert.Equal("""[{"item":"water","is_legal":true},{"item":"spice","is_legal":false}]""", (await engine.InstanceAsync(id)).Variables["cargo_items"]!.ToJsonString());
        Assert.DoesNotContain("Activity_1jc9ilh", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Solos_transport_without_its_decision_deployed_stops_at_the_check_with_an_incident_that_a_deploy_and_retry_resolve()
    {
        var engine = await CorpusRun.DeployAsync(Solos);
        var id = await StartAndLoadAsync(engine, """["water"]""");
        await engine.CompleteJobAsync("travel-to-target-system");
        Assert.Equal(1, await engine.Engine.PublishMessageAsync("imperial-inspection", "Falcon", null));
        var incident = Assert.Single((await engine.InstanceAsync(id)).Incidents);
        Assert.Equal(IncidentType.DecisionEvaluationError, incident.Type);
        Assert.Equal("Activity_1yxzu88", incident.ElementId);

        Assert.True((await engine.Engine.DeployDecisionsAsync(IsLegalItem, "cargo-rules.dmn")).Succeeded);
        Assert.True((await engine.Engine.RetryIncidentAsync(id, incident.Key, null, "admin")).Succeeded);

        await engine.CompleteTaskAsync(id, elementId: "Activity_1jc9ilh");
        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_0m3k2rf");
    }

    [Fact]
    public async Task The_claims_pair_deploys_with_its_auto_approval_table()
    {
        var engine = new EngineHarness();

        Assert.True((await engine.Engine.DeployDecisionsAsync(AutoApproval, "claim-rules.dmn")).Succeeded);
        var handling = await engine.DeployAsync(CorpusRun.Read("berndruecker__claims-processing-demo__Claim_Handling.bpmn"));
        var letter = await engine.DeployAsync(CorpusRun.Read("berndruecker__claims-processing-demo__Claim_Notification_Letter_Extraction.bpmn"));

        Assert.True(handling.Succeeded, string.Join("; ", handling.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
        Assert.True(letter.Succeeded, string.Join("; ", letter.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
        var small = await engine.Engine.EvaluateDecisionAsync("autoApproval", EngineHarness.Json("""{"amount": 800}"""));
        Assert.True(small.ToJson()!.GetValue<bool>());
    }

    private static async Task<EngineHarness> SolosAsync()
    {
        var engine = await CorpusRun.DeployAsync(Solos);
        Assert.True((await engine.Engine.DeployDecisionsAsync(IsLegalItem, "cargo-rules.dmn")).Succeeded);
        return engine;
    }

    /// <summary>Starts a transport, prepares the ship, waits the two hours, loads <paramref name="cargo"/> and collects the money.</summary>
    private static async Task<Guid> StartAndLoadAsync(EngineHarness engine, string cargo)
    {
        var id = await engine.StartAsync("solos-transport-process", """{"ship": "Falcon", "captain": "Han"}""");
        await engine.CompleteTaskAsync(id, elementId: "Activity_0n70dwj");
        engine.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await engine.FireDueTimersAsync());
        await engine.CompleteTaskAsync(id, $$"""{"cargo": {{cargo}}}""", elementId: "Activity_1vjd2np");
        await engine.CompleteJobAsync("collect-money");
        return id;
    }
}
