using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Store;

/// <summary>Signal subscriptions.</summary>
public sealed partial class EfWorkflowStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<SignalSubscriptionRecord>> FindSignalSubscriptionsAsync(string signalName, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var json = await Sql.QueryAsync(connection,
            "SELECT json FROM wf_signal_subscriptions WHERE signal_name = @n ORDER BY created_at",
            r => r.GetString(0), cancellationToken, ("@n", signalName));
        return json.Select(InstanceSerializer.DeserializeRecord<SignalSubscriptionRecord>).ToList();
    }
}
