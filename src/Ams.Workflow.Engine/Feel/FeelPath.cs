namespace Ams.Workflow.Engine.Feel;

/// <summary>
/// One step of a path on a FEEL value: an entry of a context, a property of a date, date-time or duration, and on a
/// list the step taken on every item (<c>orders.amount</c> is the list of the orders' amounts), as in Camunda.
/// </summary>
internal static class FeelPath
{
    public static object? Member(object? target, string member)
    {
        switch (target)
        {
            case IReadOnlyDictionary<string, object?> context:
                return context.TryGetValue(member, out var value) ? value : null;
            case IReadOnlyList<object?> list:
                var projected = new object?[list.Count];
                for (var i = 0; i < list.Count; i++)
                {
                    projected[i] = Member(list[i], member);
                }

                return projected;
            default:
                return FeelTemporalProperties.TryGet(target, member, out var property) ? property : null;
        }
    }
}
