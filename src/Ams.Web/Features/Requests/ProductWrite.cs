using System.Data.Common;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;
using Ams.Workflow.Store;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Features.Requests;

/// <summary>
/// A change to the product's tables that commits with the engine's step: it runs on the step's connection, inside its
/// transaction, so a request row and the process step that concerns it are written together or not at all.
/// </summary>
public sealed class ProductWrite(AmsDatabase database, Func<AmsDbContext, Guid, CancellationToken, Task> change) : StoreWrite
{
    /// <inheritdoc />
    public override async Task WriteAsync(DbConnection connection, DbTransaction transaction, Guid instanceId, CancellationToken cancellationToken)
    {
        await using var db = new AmsDbContext(database.OnConnection(connection));
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        await change(db, instanceId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the request as the transaction sees it; a request that is gone or refuses the
    /// change fails the step as a conflict, so that nothing of it is written.
    /// </summary>
    public static ProductWrite OnRequest(AmsDatabase database, Guid requestId, Func<HolderRequest, bool> change) =>
        new(database, async (db, _, cancellationToken) =>
        {
            var request = await db.Requests.FindAsync([requestId], cancellationToken);
            if (request is null || !change(request))
            {
                throw new Workflow.Engine.Storage.ConcurrencyConflictException($"Request {requestId} changed before this step could record on it.");
            }
        });
}
