using Ams.Workflow.Engine.Tests;
using Ams.Workflow.Engine.Tests.Execution;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Store.Tests;

/// <summary>The deepest value a mapping may build is written and read back by the store, on every provider.</summary>
public sealed class DeepValueTests
{
    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task A_value_nested_as_deep_as_a_mapping_may_build_is_stored_and_read_back(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var engine = new EngineHarness(database.OpenStore());
        var nested = new string('[', 32) + "1" + new string(']', 32);
        await engine.DeployAsync(Bpmn.Process(Chain(
            Service("deep", "work", $"""<zeebe:ioMapping><zeebe:output source="={nested}" target="deep" /></zeebe:ioMapping>"""),
            User("review"))));
        var id = await engine.StartAsync("p");

        await engine.CompleteJobAsync("work");

        var reloaded = await database.OpenStore().LoadInstanceAsync(id, default);
        Assert.Empty(reloaded!.Incidents);
        Assert.Equal(nested, reloaded.Variables["deep"]!.ToJsonString());
    }
}
