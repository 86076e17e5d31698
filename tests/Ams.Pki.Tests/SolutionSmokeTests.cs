namespace Ams.Pki.Tests;

public sealed class SolutionSmokeTests
{
    [Fact]
    public void Project_loads() => Assert.NotNull(typeof(SolutionSmokeTests).Assembly);
}
