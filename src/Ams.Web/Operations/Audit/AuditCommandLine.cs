using Ams.Web.Features.Accounts;

namespace Ams.Web.Operations.Audit;

/// <summary>
/// <c>dotnet run --project src/Ams.Web -- audit verify</c> (or <c>Ams.Web audit verify</c> where it is installed): walks
/// the audit chain in the configured database without starting the host, prints "intact, N entries" or the first broken
/// link, and exits 0 when intact, 1 when broken, 2 on a wrong command.
/// </summary>
public static class AuditCommandLine
{
    /// <summary>Whether the command line asks for an audit command instead of the host.</summary>
    public static bool IsRequested(string[] args) => args is ["audit", ..];

    /// <summary>Runs the command on the built host's services, writing to <paramref name="output"/>.</summary>
    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        if (args is not ["audit", "verify"])
        {
            await output.WriteLineAsync("Usage: audit verify");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var result = await AuditVerification.VerifyAsync(scope.ServiceProvider.GetRequiredService<AmsDbContext>(), cancellationToken);
        await output.WriteLineAsync($"Audit log: {result.Summary}");
        return result.Intact ? 0 : 1;
    }
}
