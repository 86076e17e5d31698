using Ams.Workflow.Engine.Tests.Queries;

namespace Ams.Workflow.Store.Tests.Queries;

public sealed class ElementStatisticsTests : IDisposable
{
    private readonly SqliteDatabase database = new();

    [Fact]
    public Task Counts_tokens_and_incidents_per_element_of_one_version_only_in_SQL() =>
        ElementStatisticsScenario.Counts_tokens_and_incidents_per_element_of_one_version_only(database.OpenStore());

    public void Dispose() => database.Dispose();
}
