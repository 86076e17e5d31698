using System.Security.Claims;
using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;
using Ams.Web.Operations.Resources;

namespace Ams.Web.Operations.Forms;

/// <summary><c>/api/forms</c>: the versions of the form-js forms user tasks show (administrators).</summary>
public static class FormsApi
{
    /// <summary>The largest form accepted.</summary>
    public const int MaxFormBytes = 1024 * 1024;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapFormsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/forms").RequireAuthorization(Roles.Admin).WithTags("Forms");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapGet("/{id}/versions", VersionsAsync);
        group.MapPost("/", SaveAsync).Accepts<JsonObject>("application/json");
        return routes;
    }

    private static async Task<IResult> ListAsync(ResourceStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.LatestOfEachAsync(ResourceKinds.Form, cancellationToken))
            .Select(v => new { id = v.Key, version = v.Version, deployedAt = v.DeployedAt, deployedBy = v.DeployedBy }));

    private static async Task<IResult> GetAsync(string id, ResourceStore store, CancellationToken cancellationToken, int? version = null)
    {
        var found = version is { } number
            ? await store.FindAsync(ResourceKinds.Form, id, number, cancellationToken)
            : await store.LatestAsync(ResourceKinds.Form, id, cancellationToken);
        return found is null
            ? CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", version is null ? $"No form '{id}'." : $"No version {version} of form '{id}'.")
            : TypedResults.Ok(new
            {
                id = found.Key,
                version = found.Version,
                deployedAt = found.DeployedAt,
                deployedBy = found.DeployedBy,
                checksum = found.Checksum,
                schema = JsonNode.Parse(found.Content),
            });
    }

    private static async Task<IResult> VersionsAsync(string id, ResourceStore store, CancellationToken cancellationToken)
    {
        var versions = await store.VersionsAsync(ResourceKinds.Form, id, cancellationToken);
        return versions.Count == 0
            ? CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", $"No form '{id}'.")
            : TypedResults.Ok(versions.Select(v => new { version = v.Version, deployedAt = v.DeployedAt, deployedBy = v.DeployedBy, checksum = v.Checksum, shipped = v.FromFolder }));
    }

    private static async Task<IResult> SaveAsync(HttpRequest request, ClaimsPrincipal user, ResourceStore store, CancellationToken cancellationToken)
    {
        var json = await RequestText.ReadAsync(request, MaxFormBytes, cancellationToken);
        if (json is null)
        {
            return CommandResults.Problem(StatusCodes.Status413PayloadTooLarge, "Form too large", $"A form may have at most {MaxFormBytes:N0} bytes.");
        }

        var (id, field, problem) = SavedFormCheck.Check(json);
        if (id is null)
        {
            return CommandResults.Invalid(field!, problem!);
        }

        var saved = await store.SaveAsync(ResourceKinds.Form, id, json, Caller.Name(user), fromFolder: false, cancellationToken);
        var body = new { id, version = saved.Version.Version };
        return saved.Created ? TypedResults.Created($"/api/forms/{id}?version={saved.Version.Version}", body) : TypedResults.Ok(body);
    }
}
