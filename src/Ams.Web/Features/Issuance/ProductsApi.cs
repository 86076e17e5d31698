namespace Ams.Web.Features.Issuance;

/// <summary><c>GET /api/products</c>: what a holder may apply for, with the usages and the documents each asks for.</summary>
public static class ProductsApi
{
    /// <summary>A product as the API describes it.</summary>
    public sealed record ProductView(string Name, int Code, IReadOnlyList<string> KeyUsages, IReadOnlyList<string> ExtendedKeyUsages,
        IReadOnlyList<DocumentRequirement> Documents, IReadOnlyList<string> DocumentTypes, long MaxDocumentBytes);

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapProductsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/products", () => TypedResults.Ok(IssuanceProduct.All.Select(p => new ProductView(
                p.Profile.Name, p.Profile.Code, p.Profile.KeyUsages, p.Profile.ExtendedKeyUsages, p.Documents,
                DocumentContentType.Accepted, DocumentContentType.MaxBytes))))
            .RequireAuthorization().WithTags("Holder");
        return routes;
    }
}
