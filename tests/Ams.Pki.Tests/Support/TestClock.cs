namespace Ams.Pki.Tests.Support;

/// <summary>A clock the test moves by hand, starting at the real time (openssl checks validity against it).</summary>
internal sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
