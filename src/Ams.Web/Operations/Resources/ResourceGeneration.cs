using System.Collections.Concurrent;
using Ams.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Operations.Resources;

/// <summary>
/// Tells a node's caches of forms and mail templates that a version was saved, on this node or any other: nodes share
/// no memory, only the database, where every save adds a row with a higher id than any before.
/// </summary>
public sealed class ResourceGeneration(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<string, long> seen = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a version was saved since <paramref name="cache"/> last asked (true on its first question): one indexed
    /// read of the newest version's id.
    /// </summary>
    public async Task<bool> ChangedSinceLastAskedAsync(string cache, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var newest = await scope.ServiceProvider.GetRequiredService<AmsDbContext>().ResourceVersions.MaxAsync(v => (long?)v.Id, cancellationToken) ?? 0;
        long? before = seen.TryGetValue(cache, out var known) ? known : null;
        seen[cache] = newest;
        return before != newest;
    }
}
