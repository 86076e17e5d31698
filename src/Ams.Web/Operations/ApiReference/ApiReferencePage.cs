using Ams.Web.Features.Accounts;
using Scalar.AspNetCore;

namespace Ams.Web.Operations.ApiReference;

/// <summary>
/// <c>/admin/api-reference</c>: Scalar's interactive reference over the host's OpenAPI document, for administrators
/// (the page, its script and its assets; the document it reads is guarded on its own).
/// </summary>
public static class ApiReferencePage
{
    /// <summary>The page's address.</summary>
    public const string Path = "/admin/api-reference";

    /// <summary>The reference's title: the product's name.</summary>
    public const string Title = "AMS Workflow API";

    /// <summary>Maps the page for administrators only.</summary>
    public static IEndpointRouteBuilder MapApiReferencePage(this IEndpointRouteBuilder routes)
    {
        routes.MapScalarApiReference(Path, options => options
                .WithTitle(Title)
                .WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .RequireAuthorization(Roles.Admin)
            .ExcludeFromDescription();
        return routes;
    }
}
