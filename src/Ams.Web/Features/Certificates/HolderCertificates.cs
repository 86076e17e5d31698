using System.Security.Claims;
using System.Text.Json.Nodes;
using Ams.Pki.Authority;
using Ams.Pki.Issuance;
using Ams.Pki.Revocation;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Requests;
using Ams.Web.Infrastructure.Hosting;
using Ams.Web.Infrastructure.Localization;
using Ams.Workflow.Engine;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Features.Certificates;

/// <summary>
/// A holder's certificates and their revocation requests, for the API and the pages: a holder sees and acts on
/// their own certificates only, chooses only the reasons a holder may, and has one open request per certificate.
/// </summary>
public sealed class HolderCertificates(CertificateAuthority ca, AmsDbContext db, AmsDatabase database, WorkflowEngine engine, TimeProvider clock)
{
    /// <summary>The caller's certificates, latest first.</summary>
    public async Task<IReadOnlyList<CertificateInfo>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var email = Email(user);
        return email is null ? [] : (await ca.ListByHolderEmailAsync(email, cancellationToken)).OrderByDescending(c => c.NotBefore).ToList();
    }

    /// <summary>The caller's certificate with this serial, or null (also for someone else's).</summary>
    public async Task<CertificateInfo?> FindAsync(ClaimsPrincipal user, string serial, CancellationToken cancellationToken)
    {
        var certificate = await ca.FindBySerialAsync(serial, cancellationToken);
        return certificate is not null && string.Equals(certificate.HolderEmail, Email(user), StringComparison.OrdinalIgnoreCase) ? certificate : null;
    }

    /// <summary>Whether the certificate already has a request in progress.</summary>
    public Task<bool> HasOpenRequestAsync(string serial, CancellationToken cancellationToken) =>
        db.Requests.AsNoTracking().Where(r => r.SerialNumber == serial.ToLowerInvariant()).AnyAsync(HolderRequest.Open, cancellationToken);

    /// <summary>The request in progress for the certificate, or null.</summary>
    public Task<HolderRequest?> FindOpenRequestAsync(string serial, CancellationToken cancellationToken) =>
        db.Requests.AsNoTracking().Where(r => r.SerialNumber == serial.ToLowerInvariant()).Where(HolderRequest.Open).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The serials (lower-case) of the caller's certificates with a revocation request in progress.</summary>
    public async Task<IReadOnlySet<string>> RevocationsInProgressAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var holder = Caller.Id(user);
        var serials = await db.Requests.AsNoTracking().Where(r => r.HolderId == holder && r.Kind == RequestKinds.Revoke)
            .Where(HolderRequest.Open).Select(r => r.SerialNumber).ToListAsync(cancellationToken);
        return serials.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Files a revocation request and starts its process in one transaction. The database keeps one open request per
    /// certificate, so of simultaneous filings one wins and the others hear "in progress".
    /// </summary>
    public async Task<RevocationFiling> RequestRevocationAsync(ClaimsPrincipal user, string serial, string? reasonName, CancellationToken cancellationToken)
    {
        var certificate = await FindAsync(user, serial, cancellationToken);
        if (certificate is null)
        {
            return RevocationFiling.NotFound;
        }

        // The API takes the reason exactly as documented (KEY_COMPROMISE): no other spelling or surrounding space.
        if (!RevocationReasons.TryParse(reasonName, out var reason) || RevocationReasons.ToName(reason) != reasonName
            || RevocationReasons.CheckAllowed(reason, RevocationActor.Holder) is not null)
        {
            return RevocationFiling.Refused(
                $"'{reasonName}' is not a reason a holder may choose: {string.Join(", ", RevocationReasons.HolderReasons.Select(RevocationReasons.ToName))}.");
        }

        if (certificate.IsRevoked)
        {
            return RevocationFiling.Conflict(Texts.Get("certificateAlreadyRevoked"));
        }

        if (await HasOpenRequestAsync(certificate.Serial, cancellationToken))
        {
            return RevocationFiling.Conflict(Texts.Get("revocationInProgress"));
        }

        var request = new HolderRequest
        {
            Kind = RequestKinds.Revoke,
            HolderId = Caller.Id(user),
            HolderEmail = certificate.HolderEmail,
            SerialNumber = certificate.Serial.ToLowerInvariant(),
            Reason = RevocationReasons.ToName(reason),
            CreatedAt = clock.GetUtcNow(),
        };
        var started = await engine.StartInstanceAsync("revocation", new JsonObject
        {
            ["requestId"] = request.Id.ToString(),
            ["serialNumber"] = request.SerialNumber,
            ["reason"] = request.Reason,
            ["requesterId"] = request.HolderId,
            ["holderEmail"] = request.HolderEmail,
        }, businessKey: request.Id.ToString(), actor: Caller.Name(user), cancellationToken: cancellationToken, alsoWrite:
        [
            new ProductWrite(database, (requests, instanceId, _) =>
            {
                request.ProcessInstanceId = instanceId;
                requests.Requests.Add(request);
                return Task.CompletedTask;
            }),
        ]);
        if (started.Status == CommandStatus.Conflict)
        {
            return RevocationFiling.Conflict(Texts.Get("revocationInProgress"));
        }

        if (!started.Succeeded)
        {
            return RevocationFiling.Unavailable(started.Message ?? Texts.Get("revocationCouldNotStart"));
        }

        return RevocationFiling.Filed(request.Id);
    }

    private static string? Email(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email);
}
