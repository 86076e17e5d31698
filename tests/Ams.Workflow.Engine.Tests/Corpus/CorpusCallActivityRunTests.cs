using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
using Ams.Workflow.Engine.Tests.Execution;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Corpus;

/// <summary>
/// Zeebe-process-test's pull-request model (refused until call activities ran; its copy here lives in
/// <c>supported/</c>): a message start, a call activity beside a review loop with an event-based gateway (a one-day
/// reminder timer or the review message), a parallel join, then merge and deploy.
/// </summary>
public sealed class CorpusCallActivityRunTests
{
    private const string Model = "camunda__zeebe-process-test__pr-created.bpmn";

    /// <summary>The called process is not part of the corpus: a stand-in with one job, as the project's tests deploy.</summary>
    private static readonly string AutomatedTests = Bpmn.Process(Chain(Service("runTests", "runTests")), "automatedTestsProcess");

    [Fact]
    public async Task A_pull_request_is_tested_reviewed_twice_reminded_once_merged_and_deployed()
    {
        var engine = await CorpusRun.DeployAsync(Model);
        Assert.True((await engine.DeployAsync(AutomatedTests)).Succeeded);

        Assert.Equal(1, await engine.Engine.PublishMessageAsync("prCreated", "", EngineHarness.Json("""{"prId": "pr-7"}""")));
        var id = Assert.Single(await engine.Store.QueryInstancesAsync(new InstanceQuery { ProcessId = "prCreatedProcess" }, default)).Id;
        var child = Assert.Single(await engine.Store.QueryInstancesAsync(new InstanceQuery { ProcessId = "automatedTestsProcess" }, default)).Id;
        Assert.Equal("pr-7", (await engine.InstanceAsync(child)).Variables["prId"]!.GetValue<string>());
        await engine.CompleteJobAsync("runTests", """{"testsPassed": true}""");
        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(child)).State);
        Assert.False((await engine.InstanceAsync(id)).Variables.ContainsKey("testsPassed"));

        // First review: the reviewer is reminded after a day, then rejects.
        await engine.CompleteTaskAsync(id, elementId: "requestReview");
        engine.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await engine.FireDueTimersAsync());
        await engine.CompleteJobAsync("remindReviewer");
        Assert.Equal(1, await engine.Engine.PublishMessageAsync("reviewReceived", "pr-7", EngineHarness.Json("""{"reviewResult": "rejected"}""")));
        await engine.CompleteTaskAsync(id, elementId: "makeChanges");

        // Second review approves; the join waits for nothing more, since the tests already passed.
        await engine.CompleteTaskAsync(id, elementId: "requestReview");
        Assert.Equal(1, await engine.Engine.PublishMessageAsync("reviewReceived", "pr-7", EngineHarness.Json("""{"reviewResult": "approved"}""")));
        await engine.CompleteTaskAsync(id, elementId: "mergeCode");
        await engine.CompleteJobAsync("deploySnapshot");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_12sbcc5");
        var completed = await engine.CompletedElementsAsync(id);
        Assert.Equal(2, completed.Count(e => e == "requestReview"));
        Assert.Single(completed, e => e == "remindReviewer");
        Assert.Single(completed, e => e == "triggerTests");
    }
}
