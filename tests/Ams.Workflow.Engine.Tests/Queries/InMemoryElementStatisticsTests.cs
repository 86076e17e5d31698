using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Engine.Tests.Queries;

public sealed class InMemoryElementStatisticsTests
{
    [Fact]
    public Task Counts_tokens_and_incidents_per_element_of_one_version_only() =>
        ElementStatisticsScenario.Counts_tokens_and_incidents_per_element_of_one_version_only(new InMemoryWorkflowStore());
}
