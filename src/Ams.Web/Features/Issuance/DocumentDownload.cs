using Ams.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Ams.Web.Features.Issuance;

/// <summary>Serves a request's document as it was stored: its recognised type, inline, never sniffed into another type.</summary>
public static class DocumentDownload
{
    /// <summary>The document <paramref name="number"/> of the request, or null.</summary>
    public static Task<RequestDocument?> FindAsync(AmsDbContext db, Guid requestId, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.RequestDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.RequestId == requestId && d.Number == number, cancellationToken);
    }

    /// <summary>The HTTP answer for a document.</summary>
    public static IResult Serve(HttpContext context, RequestDocument document)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(document);
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(document.FileName);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Bytes(document.Content, document.ContentType);
    }

    /// <summary>The documents of a request as a task or a request lists them, without their bytes.</summary>
    public static async Task<List<DocumentView>> ListAsync(AmsDbContext db, Guid requestId, string hrefPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var documents = await db.RequestDocuments.AsNoTracking().Where(d => d.RequestId == requestId).OrderBy(d => d.Number)
            .Select(d => new { d.Number, d.Kind, d.FileName, d.ContentType, Size = d.Content.Length })
            .ToListAsync(cancellationToken);
        return documents.Select(d => new DocumentView(d.Number, d.Kind, d.FileName, d.ContentType, d.Size, $"{hrefPrefix}/{d.Number}")).ToList();
    }
}
