using System.Security.Cryptography;
using Ams.Pki.Authority;
using Ams.Pki.Issuance;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Requests;
using Microsoft.AspNetCore.Identity;

namespace Ams.Web.Features.Certificates;

/// <summary>Development only: each demo holder gets two issued certificates and the approved issuance requests behind them.</summary>
public static class DemoCertificates
{
    /// <summary>Issues the demo certificates a holder does not have yet.</summary>
    public static async Task EnsureAsync(CertificateAuthority ca, UserManager<AmsUser> users, AmsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ca);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(db);
        foreach (var (email, name, role) in DemoAccounts.All.Where(a => a.Role == Roles.Holder))
        {
            var holder = await users.FindByEmailAsync(email);
            if (holder is null || (await ca.ListByHolderEmailAsync(email, cancellationToken)).Count > 0)
            {
                continue;
            }

            foreach (var keyType in new[] { HolderKeyType.Rsa2048, HolderKeyType.EcP256 })
            {
                var subject = new SubjectInfo(name, email, holder.Id[..8]);
                var issued = await ca.IssueWithGeneratedKeyAsync(subject, CertificateProfile.ProteksiEmailDanTandaTanganDigital,
                    Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)), keyType, cancellationToken);
                if (!issued.Succeeded)
                {
                    throw new InvalidOperationException($"Demo certificate for {email}: {issued.Error}");
                }

                db.Requests.Add(IssueRequest(holder, issued.Value!.Certificate, clock.GetUtcNow()));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static HolderRequest IssueRequest(AmsUser holder, CertificateInfo certificate, DateTimeOffset now)
    {
        var request = new HolderRequest
        {
            Kind = RequestKinds.Issue,
            HolderId = holder.Id,
            HolderEmail = holder.Email!,
            SerialNumber = certificate.Serial.ToLowerInvariant(),
            CreatedAt = now,
        };
        request.RecordDecision(VerificationStates.Approved, "Simulasi", "system", now);
        request.MarkSubmitted(Guid.NewGuid());
        request.RecordEnrollment(true, null, now);
        return request;
    }
}
