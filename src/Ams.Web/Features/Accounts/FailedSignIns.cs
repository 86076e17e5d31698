using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ams.Web.Features.Accounts;

/// <summary>
/// Failed sign-ins, counted in the database so that parallel guesses and several nodes count exactly. An attempt is
/// <em>charged</em> before its password or code is checked, and not checked at all when the charge is refused:
/// <list type="bullet">
/// <item>per account and client address: at most <c>Lockout.MaxFailedAccessAttempts</c> within
/// <c>Lockout.DefaultLockoutTimeSpan</c>, so a guesser locks the account only for its own address;</item>
/// <item>per account: <see cref="SignInProtectionOptions.AccountLockThreshold"/> failures from all addresses lock it until an
/// administrator lifts the lock (<see cref="UnlockAsync"/>).</item>
/// </list>
/// A success clears the account's count and its address's failures. Both counts are raised by one conditional
/// <c>UPDATE … WHERE count &lt; limit</c>, never read, changed and written back: the account's in Identity's
/// <c>AccessFailedCount</c>, the address's in a row of Identity's <c>AspNetUserTokens</c> under a login provider that
/// names the address (that table's key, user, provider and name, is all it needs: no schema change).
/// </summary>
public sealed class FailedSignIns(AmsDbContext db, IOptions<IdentityOptions> identity, SignInProtectionOptions options, TimeProvider clock, Operations.Audit.SignInAudit audit)
{
    /// <summary>The login provider of per-address failures, followed by the address.</summary>
    public const string ProviderPrefix = "ams:failed-sign-in:";

    private const string CounterName = "count";
    private const int StampLength = 19;

    /// <summary>Charges an attempt; false when the account is locked for this address or for everyone.</summary>
    public async Task<bool> TryChargeAsync(string userId, string address, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lockedUntil = await db.Users.Where(u => u.Id == userId).Select(u => u.LockoutEnd).FirstOrDefaultAsync(cancellationToken);
        if (lockedUntil > now)
        {
            return false;
        }

        // One row per account and address; its value is the time of the last failure (19 digits) followed by one 'x'
        // per failure since the window began, so one UPDATE can both test and raise the count, which both providers
        // do atomically on the row. Refused attempts change nothing, so the lock lasts the span after the last counted failure.
        var provider = ProviderPrefix + address;
        var empty = Stamp(DateTimeOffset.UnixEpoch);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"AspNetUserTokens\" (\"UserId\", \"LoginProvider\", \"Name\", \"Value\") VALUES ({userId}, {provider}, {CounterName}, {empty}) ON CONFLICT DO NOTHING",
            cancellationToken);
        var since = Stamp(now - identity.Value.Lockout.DefaultLockoutTimeSpan);
        var stamp = Stamp(now);
        var limit = StampLength + identity.Value.Lockout.MaxFailedAccessAttempts;
        var charged = await db.UserTokens
            .Where(t => t.UserId == userId && t.LoginProvider == provider && t.Name == CounterName
                && (t.Value!.Substring(0, StampLength).CompareTo(since) < 0 || t.Value.Length < limit))
            .ExecuteUpdateAsync(
                set => set.SetProperty(t => t.Value, t => t.Value!.Substring(0, StampLength).CompareTo(since) < 0
                    ? stamp + "x"
                    : stamp + t.Value.Substring(StampLength, 1000) + "x"),
                cancellationToken) == 1;
        return charged
            && await db.Users
                .Where(u => u.Id == userId && u.AccessFailedCount < options.AccountLockThreshold)
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1), cancellationToken) == 1;
    }

    /// <summary>The failures counted for an account from an address in the current window.</summary>
    public async Task<int> CountAsync(string userId, string address, CancellationToken cancellationToken)
    {
        var provider = ProviderPrefix + address;
        var value = await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == provider && t.Name == CounterName)
            .Select(t => t.Value).FirstOrDefaultAsync(cancellationToken);
        return value is null ? 0 : value.Length - StampLength;
    }

    /// <summary>
    /// After a charged attempt failed: locks the account for everyone once its count reached the threshold; true when
    /// this failure set the lock.
    /// </summary>
    public async Task<bool> FailedAsync(string userId, CancellationToken cancellationToken) =>
        await db.Users
            .Where(u => u.Id == userId && u.AccessFailedCount >= options.AccountLockThreshold && u.LockoutEnd != DateTimeOffset.MaxValue)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue), cancellationToken) == 1;

    /// <summary>After a charged attempt succeeded: the account's count and this address's failures are cleared.</summary>
    public async Task SucceededAsync(string userId, string address, CancellationToken cancellationToken)
    {
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.AccessFailedCount, 0), cancellationToken);
        // Reset, not deleted: a parallel attempt from the same address that already inserted-or-found the row would
        // otherwise find nothing to charge and be refused as if the account were locked.
        var provider = ProviderPrefix + address;
        var empty = Stamp(DateTimeOffset.UnixEpoch);
        await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == provider && t.Name == CounterName)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.Value, empty), cancellationToken);
    }

    /// <summary>An administrator lifts every lock of an account; false when there is no such account.</summary>
    public async Task<bool> UnlockAsync(string userId, CancellationToken cancellationToken)
    {
        var found = await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(
            set => set.SetProperty(u => u.AccessFailedCount, 0).SetProperty(u => u.LockoutEnd, (DateTimeOffset?)null), cancellationToken);
        await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider.StartsWith(ProviderPrefix)).ExecuteDeleteAsync(cancellationToken);
        if (found == 1)
        {
            await audit.UnlockedAsync(userId, cancellationToken);
        }

        return found == 1;
    }

    /// <summary>The accounts locked for everyone, for administrators.</summary>
    public async Task<IReadOnlyList<AmsUser>> LockedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var candidates = await db.Users.AsNoTracking()
            .Where(u => u.AccessFailedCount >= options.AccountLockThreshold || u.LockoutEnd != null)
            .OrderBy(u => u.Email)
            .ToListAsync(cancellationToken);
        return [.. candidates.Where(u => u.AccessFailedCount >= options.AccountLockThreshold || u.LockoutEnd > now)];
    }

    /// <summary>Fixed-width ticks, so that text order is time order on both providers.</summary>
    private static string Stamp(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
}
