using System.Security.Claims;
using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Requests;
using Ams.Web.Infrastructure.Hosting;
using Ams.Web.Infrastructure.Localization;
using Ams.Workflow.Engine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ams.Web.Features.Issuance;

/// <summary>
/// A holder applies for a certificate: a product, the subject from their account, the documents the product asks for.
/// The request, its documents and the start of <c>issuance.bpmn</c> commit together; the database keeps one open
/// issuance request per holder and product.
/// </summary>
public sealed class IssuanceApplications(
    UserManager<AmsUser> users, AmsDbContext db, AmsDatabase database, WorkflowEngine engine, IOptions<IssuanceOptions> options, TimeProvider clock)
{
    /// <summary>The process id of issuance.</summary>
    public const string ProcessId = "issuance";

    /// <summary>Files the application from a multipart form: <c>product</c>, and one file per document the product asks for.</summary>
    public async Task<IssuanceOutcome> ApplyAsync(ClaimsPrincipal user, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var productName = form["product"].ToString();
        if (IssuanceProduct.Find(productName) is not { } product)
        {
            return IssuanceOutcome.Invalid("product", $"'{productName}' is not a product: {string.Join(", ", IssuanceProduct.All.Select(p => p.Profile.Name))}.");
        }

        var documents = new List<RequestDocument>();
        var requestId = Guid.NewGuid();
        foreach (var file in form.Files)
        {
            if (!product.Documents.Any(d => d.Key == file.Name))
            {
                return IssuanceOutcome.Invalid(file.Name, $"'{product.Profile.Name}' asks for no document '{file.Name}': {Keys(product)}.");
            }

            if (documents.Any(d => d.Kind == file.Name))
            {
                return IssuanceOutcome.Invalid(file.Name, Texts.Get("issuanceOneFilePerDocument"));
            }

            if (file.Length is 0 or > DocumentContentType.MaxBytes)
            {
                return IssuanceOutcome.Invalid(file.Name, $"A document has 1 byte to {DocumentContentType.MaxBytes / (1024 * 1024)} MB; this one has {file.Length} bytes.");
            }

            var content = new byte[file.Length];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(content, cancellationToken);
            }

            if (DocumentContentType.Recognise(content) is not { } contentType)
            {
                return IssuanceOutcome.Invalid(file.Name, Texts.Get("issuanceDocumentType"));
            }

            documents.Add(new RequestDocument
            {
                RequestId = requestId,
                Number = documents.Count + 1,
                Kind = file.Name,
                FileName = Path.GetFileName(file.FileName) is { Length: > 0 and <= 256 } name ? name : file.Name,
                ContentType = contentType,
                Content = content,
            });
        }

        if (product.Documents.FirstOrDefault(d => documents.All(f => f.Kind != d.Key)) is { } missing)
        {
            return IssuanceOutcome.Invalid(missing.Key, $"'{product.Profile.Name}' asks for the document '{missing.Key}' ({missing.LabelEn}).");
        }

        var account = await users.GetUserAsync(user);
        if (account?.Email is null)
        {
            return IssuanceOutcome.NotFound;
        }

        if (await HasOpenRequestAsync(account.Id, product, cancellationToken))
        {
            return IssuanceOutcome.Conflict(Texts.Format("issuanceInProgress", product.Profile.Name));
        }

        var subject = IssuanceSubject.Of(account);
        var request = new HolderRequest
        {
            Id = requestId,
            Kind = RequestKinds.Issue,
            HolderId = account.Id,
            HolderEmail = account.Email,
            Product = product.Profile.Name,
            Subject = subject,
            CreatedAt = clock.GetUtcNow(),
        };
        var started = await engine.StartInstanceAsync(ProcessId, new JsonObject
        {
            ["requestId"] = request.Id.ToString(),
            ["product"] = request.Product,
            ["requesterId"] = request.HolderId,
            ["holderEmail"] = request.HolderEmail,
            ["subject"] = System.Text.Json.JsonSerializer.SerializeToNode(subject, System.Text.Json.JsonSerializerOptions.Web),
            ["enrollmentWindow"] = options.Value.EnrollmentWindowIso(),
        }, businessKey: request.Id.ToString(), actor: Caller.Name(user), cancellationToken: cancellationToken, alsoWrite:
        [
            new ProductWrite(database, (tables, instanceId, _) =>
            {
                request.ProcessInstanceId = instanceId;
                tables.Requests.Add(request);
                tables.RequestDocuments.AddRange(documents);
                return Task.CompletedTask;
            }),
        ]);
        return started.Status switch
        {
            CommandStatus.Ok => IssuanceOutcome.Filed(request.Id),
            CommandStatus.Conflict => IssuanceOutcome.Conflict(Texts.Format("issuanceInProgress", product.Profile.Name)),
            _ => IssuanceOutcome.Unavailable(started.Message ?? Texts.Get("issuanceCouldNotStart")),
        };
    }

    private Task<bool> HasOpenRequestAsync(string holderId, IssuanceProduct product, CancellationToken cancellationToken) =>
        db.Requests.AsNoTracking()
            .Where(r => r.Kind == RequestKinds.Issue && r.HolderId == holderId && r.Product == product.Profile.Name)
            .AnyAsync(HolderRequest.Open, cancellationToken);

    private static string Keys(IssuanceProduct product) => string.Join(", ", product.Documents.Select(d => d.Key));
}
