namespace Ams.Testing;

/// <summary>
/// The tests' PostgreSQL: one throwaway <see cref="PostgresCluster"/> per test process, durability off, each test
/// taking a database of its own. Without Debian's <c>postgresql</c> a test fails in CI and is skipped elsewhere.
/// </summary>
public static class PostgresServer
{
    private const string Reason = "PostgreSQL's server programs (Debian package postgresql) are not installed.";
    private static readonly Lazy<PostgresCluster?> Shared = new(() => PostgresCluster.Start(durable: false));

    /// <summary>The process's cluster, started on first use.</summary>
    public static PostgresCluster Instance
    {
        get
        {
            var cluster = Shared.Value;
            if (cluster is null && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(Reason + " CI installs it: see .ci/run.");
            }

            Assert.SkipWhen(cluster is null, Reason);
            return cluster!;
        }
    }
}
