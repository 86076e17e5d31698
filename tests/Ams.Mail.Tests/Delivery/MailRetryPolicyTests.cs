using Ams.Mail.Delivery;

namespace Ams.Mail.Tests.Delivery;

public sealed class MailRetryPolicyTests
{
    [Fact]
    public void Doubles_the_delay_from_thirty_seconds_up_to_the_cap()
    {
        var policy = new MailRetryPolicy(new MailDeliveryOptions { MaxRetryDelay = TimeSpan.FromMinutes(5) });

        var delays = Enumerable.Range(1, 7).Select(policy.DelayAfter);

        Assert.Equal(
            new[] { 30, 60, 120, 240, 300, 300, 300 }.Select(s => TimeSpan.FromSeconds(s)),
            delays);
    }

    [Fact]
    public void Allows_retries_until_the_maximum_attempts()
    {
        var policy = new MailRetryPolicy(new MailDeliveryOptions { MaxAttempts = 3 });

        Assert.Equal([true, true, false], new[] { 1, 2, 3 }.Select(policy.AllowsRetryAfter));
    }

    [Fact]
    public void Stays_at_the_cap_for_very_many_attempts()
    {
        var policy = new MailRetryPolicy(new MailDeliveryOptions());

        Assert.Equal(TimeSpan.FromHours(4), policy.DelayAfter(1000));
    }

    [Fact]
    public void The_defaults_keep_trying_for_about_five_days_as_mail_servers_do()
    {
        var policy = new MailRetryPolicy(new MailDeliveryOptions());

        var budget = Enumerable.Range(1, policy.MaxAttempts - 1).Aggregate(TimeSpan.Zero, (total, attempt) => total + policy.DelayAfter(attempt));

        Assert.InRange(budget, TimeSpan.FromDays(5), TimeSpan.FromDays(6));
    }
}
