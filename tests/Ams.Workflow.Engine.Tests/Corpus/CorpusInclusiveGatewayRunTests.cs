using Ams.Workflow.Engine.Tests.Execution;

namespace Ams.Workflow.Engine.Tests.Corpus;

/// <summary>
/// The inclusive gateway model of lib-bpmn-engine (N4 in SOURCES.md, refused until inclusive gateways ran; its copy
/// here lives in <c>supported/</c>): conditions <c>price &gt;= 0</c> and <c>price = 0</c> may both hold.
/// </summary>
public sealed class CorpusInclusiveGatewayRunTests
{
    private const string Model = "nitram509__lib-bpmn-engine__inclusive-gateway-multiple-tasks.bpmn";

    [Theory]
    [InlineData(0, new[] { "task-a", "task-b" }, new[] { "Event_1g3ipua", "Event_196zxhe" })]
    [InlineData(10, new[] { "task-a" }, new[] { "Event_1g3ipua" })]
    [InlineData(-5, new[] { "task-default" }, new[] { "Event_1cibpyu" })]
    public async Task Runs_every_task_whose_condition_holds_to_its_end(int price, string[] tasks, string[] ends)
    {
        var engine = await CorpusRun.DeployAsync(Model);
        var id = await engine.StartAsync("inclusive-gateway-multiple-tasks", $$"""{"price": {{price}}}""");

        Assert.Equal(tasks.Order(), (await engine.InstanceAsync(id)).Jobs.Select(j => j.Type).Order());
        foreach (var type in tasks)
        {
            await engine.CompleteJobAsync(type);
        }

        foreach (var end in ends)
        {
            await CorpusRun.AssertCompletedAtAsync(engine, id, end);
        }

        foreach (var type in new[] { "task-a", "task-b", "task-default" }.Except(tasks))
        {
            Assert.DoesNotContain(type, await engine.CompletedElementsAsync(id));
        }
    }
}
