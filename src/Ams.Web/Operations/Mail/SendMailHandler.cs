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
/// The recipient is an address, or a role name (<c>verifier</c>) meaning every account in that role.
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

        var recipients = Roles.All.Contains(to)
            ? (await users.GetUsersInRoleAsync(to)).Select(u => u.Email).OfType<string>().ToList()
            : [to];
        if (recipients.Count == 0)
        {
            return JobOutcome.Complete();
        }

        var payload = new JsonObject
        {
            ["template"] = template,
            ["language"] = JobVariables.Text(job, "language") ?? "id",
            ["to"] = new JsonArray([.. recipients.Select(r => JsonValue.Create(r))]),
            ["model"] = await ModelAsync(job, cancellationToken),
        };
        var message = new OutboxMessage(job.Key, Topic, payload.ToJsonString(), clock.GetUtcNow());
        return JobOutcome.Complete(outbox: [message]);
    }

    /// <summary>The process variables, with what the templates show about the request and its holder.</summary>
    private async Task<JsonObject> ModelAsync(JobRecord job, CancellationToken cancellationToken)
    {
        var model = job.Variables.DeepClone().AsObject();
        model["link"] = options.PublicUrl.TrimEnd('/') + "/permohonan";
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

    /// <summary>A moment in Western Indonesia Time, as holders read it in mails (the pages show the same).</summary>
    private static string Wib(DateTimeOffset at) =>
        at.ToOffset(Infrastructure.Localization.Texts.Wib).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
