using Ams.Web.Features.Inbox;
using Ams.Web.Features.Requests;

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

    [Fact]
    public void A_request_number_is_the_ids_first_eight_hex_digits_in_upper_case() =>
        Assert.Equal("#80A791B0", RequestNumber.Of(Guid.Parse("80a791b0-1c2d-4e5f-8a9b-0c1d2e3f4a5b")));
}
