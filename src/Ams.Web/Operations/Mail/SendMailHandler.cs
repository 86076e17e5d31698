using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Requests;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Hangfire;
using Microsoft.AspNetCore.Identity;

namespace Ams.Web.Operations.Mail;

/// <summary>
/// Job <c>mail.send</c>: queues a mail as an outbox row written in the same transaction as the job's completion,
/// so a mail is queued exactly when the process step happened; delivery is a separate, retried job.
/// The recipient is an address, or a role name (<c>verifier</c>) meaning every account in that role. Each recipient
/// reads the mail in their account's language: a role's accounts get one mail per language; an address with no
/// account gets the process variable <c>language</c>, else Indonesian.
/// </summary>
public sealed class SendMailHandler(UserManager<AmsUser> users, AmsDbContext db, Infrastructure.Hosting.AmsOptions options, TimeProvider clock) : IJobHandler
{
    /// <summary>The job type.</summary>
    public const string JobType = "mail.send";

    /// <summary>The outbox topic of mails.</summary>
    public const string Topic = "mail";

    /// <inheritdoc />
    public async Task<JobOutcome> HandleAsync(JobRecord job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var template = JobVariables.Text(job, "template");
        var to = JobVariables.Text(job, "to");
        if (string.IsNullOrWhiteSpace(template) || string.IsNullOrWhiteSpace(to))
        {
            return JobOutcome.Fail("A mail needs the variables 'template' and 'to'.");
        }

        var toRole = Roles.All.Contains(to);
        var groups = toRole ? await RoleByLanguageAsync(to) : [await AddressWithLanguageAsync(to, JobVariables.Text(job, "language"))];
        if (groups.Count == 0)
        {
            return JobOutcome.Complete();
        }

        var model = await ModelAsync(job, toRole, cancellationToken);
        var messages = groups.Select(group => new OutboxMessage(
            MessageKey(job.Key, group.Language),
            Topic,
            new JsonObject
            {
                ["template"] = template,
                ["language"] = group.Language,
                ["to"] = new JsonArray([.. group.Addresses.Select(a => JsonValue.Create(a))]),
                ["model"] = InLanguage(model, group.Language),
            }.ToJsonString(),
            clock.GetUtcNow()));
        return JobOutcome.Complete(outbox: [.. messages]);
    }

    /// <summary>The model for readers of <paramref name="language"/>: the revocation reason also as words (<c>reasonLabel</c>).</summary>
    private static JsonObject InLanguage(JsonObject model, string language)
    {
        var copy = model.DeepClone().AsObject();
        if (copy["reason"] is JsonValue reason && reason.TryGetValue<string>(out var name))
        {
            copy["reasonLabel"] = Infrastructure.Localization.ReasonLabels.Of(name, language);
        }

        return copy;
    }

    /// <summary>The accounts of a role, one group per language they read.</summary>
    private async Task<IReadOnlyList<(string Language, IReadOnlyList<string> Addresses)>> RoleByLanguageAsync(string role) =>
        [.. (await users.GetUsersInRoleAsync(role))
            .Where(u => !string.IsNullOrWhiteSpace(u.Email))
            .GroupBy(AccountLanguage.Of)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(u => u.Email!)]))];

    /// <summary>An address in its account's language; with no account, in the process's <c>language</c>, else Indonesian.</summary>
    private async Task<(string Language, IReadOnlyList<string> Addresses)> AddressWithLanguageAsync(string address, string? processLanguage)
    {
        var account = await users.FindByEmailAsync(address);
        var language = account is not null ? AccountLanguage.Of(account)
            : AccountLanguage.IsSupported(processLanguage) ? processLanguage! : AccountLanguage.Indonesian;
        return (language, [address]);
    }

    /// <summary>
    /// The job's key for the Indonesian mail (as before accounts had languages), a key derived from it for another
    /// language: a completion that is retried writes the same rows, never a second mail.
    /// </summary>
    private static Guid MessageKey(Guid jobKey, string language)
    {
        if (language == AccountLanguage.Indonesian)
        {
            return jobKey;
        }

        var hash = SHA256.HashData([.. jobKey.ToByteArray(), .. Encoding.UTF8.GetBytes(language)]);
        return new Guid(hash.AsSpan(0, 16));
    }

    /// <summary>The process variables, with what the templates show about the request and its holder.</summary>
    private async Task<JsonObject> ModelAsync(JobRecord job, bool toRole, CancellationToken cancellationToken)
    {
        var model = job.Variables.DeepClone().AsObject();
        // A role's staff work the request in the inbox; a holder follows it on Status Permohonan.
        model["link"] = options.PublicUrl.TrimEnd('/') + (toRole ? "/inbox" : "/permohonan");
        if (RequestNumber.Of(JobVariables.Text(job, "requestId")) is { } number)
        {
            model["requestNumber"] = number.ToString();
        }

        if (await JobVariables.FindRequestAsync(db, job, cancellationToken) is not { } request)
        {
            return model;
        }

        var holder = await users.FindByIdAsync(request.HolderId);
        model["holderName"] = holder?.DisplayName ?? request.HolderEmail;
        model["kind"] = request.Kind;
        model["serialNumber"] = request.SerialNumber.Length > 0 ? request.SerialNumber : model["serialNumber"]?.DeepClone();
        if (request.Product is { } product)
        {
            model["product"] = product;
            model["enrollmentLink"] = options.PublicUrl.TrimEnd('/') + $"/penerbitan/{request.Id}/enrollment";
        }

        model["createdAt"] = Wib(request.CreatedAt);
        model["note"] = request.Note ?? model["note"]?.DeepClone();
        if (request.DecidedAt is { } decidedAt)
        {
            model["decidedAt"] = Wib(decidedAt);
        }

        if (request.EnrolledAt is { } enrolledAt)
        {
            model["revokedAt"] = Wib(enrolledAt);
            model["enrolledAt"] = Wib(enrolledAt);
        }

        if (request.FailureReason is { } failure)
        {
            model["error"] = failure;
        }

        return model;
    }

    /// <summary>
    /// A moment in Western Indonesia Time as ISO 8601 with its <c>+07:00</c> offset: the templates print it with
    /// <c>date: "%d-%m-%Y %H:%M"</c> and <c>WIB</c>, as the pages show it.
    /// </summary>
    private static string Wib(DateTimeOffset at) =>
        at.ToOffset(Infrastructure.Localization.Texts.Wib).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
