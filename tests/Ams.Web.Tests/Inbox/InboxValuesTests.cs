using Ams.Web.Features.Inbox;

namespace Ams.Web.Tests.Inbox;

/// <summary>The small rules behind the inbox's words: priority bands and the short request number.</summary>
public sealed class InboxValuesTests
{
    [Theory]
    [InlineData(100, "priorityHigh")]
    [InlineData(90, "priorityHigh")]
    [InlineData(75, "priorityHigh")]
    [InlineData(74, "priorityNormal")]
    [InlineData(50, "priorityNormal")]
    [InlineData(26, "priorityNormal")]
    [InlineData(25, "priorityLow")]
    [InlineData(0, "priorityLow")]
    public void Priorities_fall_into_high_normal_and_low_on_Camundas_scale(int priority, string key) =>
        Assert.Equal(key, TaskPriority.KeyOf(priority));
}
