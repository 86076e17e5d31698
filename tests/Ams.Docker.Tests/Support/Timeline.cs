using System.Diagnostics;
using System.Globalization;

namespace Ams.Docker.Tests.Support;

/// <summary>Prints how long each step took, and the total, to the test's output.</summary>
internal sealed class Timeline(ITestOutputHelper output)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan last;

    public void Mark(string step)
    {
        var now = clock.Elapsed;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{now.TotalSeconds,6:F1} s] {step}: {(now - last).TotalSeconds:F1} s"));
        last = now;
    }
}
