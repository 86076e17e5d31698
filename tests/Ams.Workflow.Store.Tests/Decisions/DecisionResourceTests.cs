using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Store.Tests.Decisions;

public sealed class DecisionResourceTests
{
    private static string Dmn(string id, params (string DecisionId, string Expression)[] decisions) =>
        $"""
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="{id}" name="{id}" namespace="http://camunda.org/schema/1.0/dmn">
          {string.Concat(decisions.Select(d => $"""<decision id="{d.DecisionId}"><literalExpression id="l_{d.DecisionId}"><text>{d.Expression}</text></literalExpression></decision>"""))}
        </definitions>
        """;

    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task Decision_versions_are_stored_found_and_listed(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var engine = new WorkflowEngine(database.OpenStore());

        var first = await engine.DeployDecisionsAsync(Dmn("rules", ("limit", "10"), ("fee", "2")), "rules.dmn");
        var same = await engine.DeployDecisionsAsync(Dmn("rules", ("limit", "10"), ("fee", "2")), "rules.dmn");
        var second = await engine.DeployDecisionsAsync(Dmn("rules", ("limit", "20")), "rules.dmn");
        var other = await engine.DeployDecisionsAsync(Dmn("fees", ("fee", "3")), "fees.dmn");

        Assert.Equal((1, true), (first.Version, first.Created));
        Assert.Equal((1, false, first.Key), (same.Version, same.Created, same.Key));
        Assert.Equal((2, true), (second.Version, second.Created));
        var store = database.OpenStore();
        var stored = (await store.FindDecisionResourceAsync("rules", 1, default))!;
        Assert.Equal((first.Key, "rules.dmn", 1), (stored.Key, stored.ResourceName, stored.Version));
        Assert.Equal(["fee", "limit"], stored.DecisionIds.Order(StringComparer.Ordinal));
        Assert.Contains("<text>10</text>", stored.Xml);
        Assert.Equal(first.Key, (await store.FindDecisionResourceAsync(first.Key, default))!.Key);
        Assert.Equal(2, (await store.FindLatestDecisionResourceAsync("rules", default))!.Version);
        Assert.Equal(second.Key, (await store.FindLatestDecisionResourceByDecisionIdAsync("limit", default))!.Key);
        Assert.Equal(other.Key, (await store.FindLatestDecisionResourceByDecisionIdAsync("fee", default))!.Key);
        Assert.Null(await store.FindLatestDecisionResourceByDecisionIdAsync("absent", default));
        Assert.Null(await store.FindDecisionResourceAsync("rules", 3, default));
        Assert.Equal(3, (await store.ListDecisionResourcesAsync(default)).Count);
    }

    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task A_version_number_taken_meanwhile_is_refused(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var store = database.OpenStore();
        DecisionResourceRecord Version1(Guid key) => new(key, "rules", null, 1, "rules.dmn", "<definitions />", key.ToString(), ["limit"], DateTimeOffset.UnixEpoch);

        Assert.True(await store.TryAddDecisionResourceAsync(Version1(Guid.NewGuid()), default));
        Assert.False(await store.TryAddDecisionResourceAsync(Version1(Guid.NewGuid()), default));
        Assert.Single(await store.ListDecisionResourcesAsync(default));
    }

    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task A_business_rule_task_evaluates_a_decision_from_the_database(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        await new WorkflowEngine(database.OpenStore()).DeployDecisionsAsync(Dmn("rules", ("limit", "amount * 2")), "rules.dmn");
        var engine = new WorkflowEngine(database.OpenStore());
        var bpmn = """
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
              <bpmn:process id="p" isExecutable="true">
                <bpmn:startEvent id="start" />
                <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="decide" />
                <bpmn:businessRuleTask id="decide"><bpmn:extensionElements><zeebe:calledDecision decisionId="limit" resultVariable="limit" /></bpmn:extensionElements></bpmn:businessRuleTask>
                <bpmn:sequenceFlow id="f2" sourceRef="decide" targetRef="end" />
                <bpmn:endEvent id="end" />
              </bpmn:process>
            </bpmn:definitions>
            """;
        Assert.True((await engine.DeployAsync(bpmn, "tester")).Succeeded);

        var started = await engine.StartInstanceAsync("p", new System.Text.Json.Nodes.JsonObject { ["amount"] = 21 });

        var instance = (await engine.GetInstanceAsync(started.Value))!;
        Assert.Equal(Ams.Workflow.Engine.Runtime.ProcessInstanceState.Completed, instance.State);
        Assert.Equal(42m, instance.Variables["limit"]!.GetValue<decimal>());
    }
}
