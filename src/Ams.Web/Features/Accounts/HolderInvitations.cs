using System.Net.Mail;
using System.Text.Json.Nodes;
using Ams.Web.Infrastructure.Hosting;
using Ams.Web.Infrastructure.Localization;
using Ams.Web.Operations.Mail;
using Ams.Workflow.Store;
using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ams.Web.Features.Accounts;

/// <summary>
/// An administrator creates a holder's account; the holder receives a mail with a link to choose a password.
/// The link expires (<c>Ams:Accounts:InvitationLifetime</c>) and works once: setting the password changes the
/// account's security stamp, which every earlier link depends on.
/// </summary>
public sealed class HolderInvitations(
    UserManager<AmsUser> users, EfOutbox outbox, IBackgroundJobClient jobs, AmsOptions options,
    IOptions<DataProtectionTokenProviderOptions> tokens, Operations.Audit.AuditTrail audit, TimeProvider clock)
{
    /// <summary>
    /// Creates the account in <paramref name="language"/> (the inviter's choice; Indonesian when none) and queues the
    /// invitation mail in that language; null and a reason when refused.
    /// </summary>
    public async Task<(AmsUser? User, string? Field, string? Problem)> InviteAsync(
        string? email, string? displayName, HolderSubjectFields subject, string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        language = string.IsNullOrWhiteSpace(language) ? AccountLanguage.Indonesian : language.Trim();
        if (!AccountLanguage.IsSupported(language))
        {
            return (null, "language", Texts.Get("inviteLanguageWrong"));
        }

        if (string.IsNullOrWhiteSpace(email) || !MailAddress.TryCreate(email.Trim(), out var address) || address.Address != email.Trim())
        {
            return (null, "email", Texts.Get("inviteEmailWrong"));
        }

        if (string.IsNullOrWhiteSpace(displayName) || displayName.Length > 128)
        {
            return (null, "displayName", Texts.Get("inviteNameWrong"));
        }

        if (subject.Problem() is { } wrong)
        {
            return (null, wrong.Field, wrong.Problem);
        }

        if (await users.FindByEmailAsync(address.Address) is not null)
        {
            return (null, null, Texts.Get("inviteEmailTaken"));
        }

        var user = new AmsUser { UserName = address.Address, Email = address.Address, DisplayName = displayName.Trim(), Language = language };
        subject.ApplyTo(user);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return (null, "email", string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, Roles.Holder);
        await audit.RecordAsync(new Operations.Audit.AuditEvent(Operations.Audit.AuditEventTypes.RoleGranted, $"{Roles.Holder} to {user.Email} ({user.Id}), a new account"), cancellationToken);
        await QueueMailAsync(user, cancellationToken);
        return (user, null, null);
    }

    private async Task QueueMailAsync(AmsUser user, CancellationToken cancellationToken)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{options.PublicUrl.TrimEnd('/')}/akun/aktivasi?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
        var now = clock.GetUtcNow();
        var payload = new JsonObject
        {
            ["template"] = "account-invitation",
            ["language"] = AccountLanguage.Of(user),
            ["to"] = new JsonArray(JsonValue.Create(user.Email)),
            ["model"] = new JsonObject
            {
                ["holderName"] = user.DisplayName,
                ["email"] = user.Email,
                ["link"] = link,
                ["expiresAt"] = (now + tokens.Value.TokenLifespan).ToOffset(Infrastructure.Localization.Texts.Wib).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        await outbox.EnqueueAsync(Guid.NewGuid(), SendMailHandler.Topic, payload.ToJsonString(), now, cancellationToken);
        _ = jobs.Enqueue<MailDeliveryJob>(job => job.RunAsync(CancellationToken.None));
    }
}
