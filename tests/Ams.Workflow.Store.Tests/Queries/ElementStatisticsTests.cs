using Ams.Workflow.Engine.Tests.Queries;

namespace Ams.Workflow.Store.Tests.Queries;

public sealed class ElementStatisticsTests
{
    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task Counts_tokens_and_incidents_per_element_of_one_version_only_in_SQL(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        await ElementStatisticsScenario.Counts_tokens_and_incidents_per_element_of_one_version_only(database.OpenStore());
    }
}
