using System.Text.Json;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ams.Web.Operations.Audit;

/// <summary><c>/api/audit</c>: administrators read, export and verify the audit log.</summary>
public static class AuditApi
{
    /// <summary>The media type of the JSON Lines export.</summary>
    public const string JsonLines = "application/x-ndjson";

    /// <summary>The largest page.</summary>
    public const int MaxPageSize = 500;

    private static readonly ReadOnlyMemory<byte> NewLine = "\n"u8.ToArray();

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/audit").RequireAuthorization(Roles.Admin).WithTags("Audit");
        group.MapGet("/", ListAsync)
            .Produces<AuditPage>()
            .Produces<AuditEntry>(StatusCodes.Status200OK, JsonLines)
            .ProducesValidationProblem();
        group.MapGet("/verify", async (AmsDbContext db, CancellationToken cancellationToken) =>
        {
            var result = await AuditVerification.VerifyAsync(db, cancellationToken);
            return TypedResults.Ok(new { result.Intact, result.Entries, result.BrokenSequence, result.BrokenId, result.Problem, result.Summary });
        });
        return routes;
    }

    private static async Task<IResult> ListAsync(
        HttpRequest http, AmsDbContext db, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken cancellationToken,
        DateTimeOffset? from = null, DateTimeOffset? to = null, string? actor = null, string? type = null, Guid? request = null,
        string? serial = null, int page = 1, int pageSize = 50, string? format = null)
    {
        var filter = new AuditFilter(from, to, actor, type, request, serial);
        if (filter.Problem() is var (field, message))
        {
            return CommandResults.Invalid(field, message);
        }

        if (format is not (null or "json" or "jsonl"))
        {
            return CommandResults.Invalid("format", "The format is json or jsonl.");
        }

        if (format == "jsonl" || (format is null && http.Headers.Accept.Any(a => a?.Contains(JsonLines, StringComparison.OrdinalIgnoreCase) == true)))
        {
            var options = json.Value.SerializerOptions;
            return TypedResults.Stream(stream => ExportAsync(filter.Apply(db).AsNoTracking(), stream, options, cancellationToken), JsonLines);
        }

        if (page < 1)
        {
            return CommandResults.Invalid("page", "Pages are numbered from 1.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            return CommandResults.Invalid("pageSize", $"A page holds 1 to {MaxPageSize} entries.");
        }

        var query = filter.Apply(db).AsNoTracking();
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new AuditPage(total, page, pageSize, items));
    }

    /// <summary>Every matching entry, one JSON object a line, written as it is read.</summary>
    private static async Task ExportAsync(IQueryable<AuditEntry> entries, Stream stream, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        var written = 0;
        await foreach (var entry in entries.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await JsonSerializer.SerializeAsync(stream, entry, options, cancellationToken);
            await stream.WriteAsync(NewLine, cancellationToken);
            if (++written % 100 == 0)
            {
                await stream.FlushAsync(cancellationToken);
            }
        }
    }
}
