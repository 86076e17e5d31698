using Ams.Pki.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ams.Pki.Enrollment;

/// <summary>
/// Keeps a claimed enrollment's lease while the CA executes it: moves its start forward every third of the lease until
/// disposed. The lease can then be short, so an enrollment a crashed node had claimed is executed again within seconds.
/// </summary>
internal sealed class EnrollmentLeaseRenewal : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task renewing;

    public EnrollmentLeaseRenewal(IDbContextFactory<PkiDbContext> dbFactory, Guid id, TimeSpan lease, TimeProvider clock) =>
        renewing = RenewAsync(dbFactory, id, lease, clock, stop.Token);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await renewing;
        stop.Dispose();
    }

    private static async Task RenewAsync(IDbContextFactory<PkiDbContext> dbFactory, Guid id, TimeSpan lease, TimeProvider clock, CancellationToken stopping)
    {
        try
        {
            int renewed;
            do
            {
                await Task.Delay(lease / 3, clock, stopping);
                await using var db = await dbFactory.CreateDbContextAsync(stopping);
                var now = clock.GetUtcNow();
                renewed = await db.Enrollments
                    .Where(e => e.Id == id && e.State == EnrollmentStates.Running)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.StartedAt, now), stopping);
            }
            while (renewed == 1);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception) when (!stopping.IsCancellationRequested)
        {
            // The database is out of reach: the lease runs out and another worker may execute the enrollment again,
            // which the CA's idempotent issuance and revocation allow.
        }
    }
}
