using Ams.Web.Features.Accounts;
using Ams.Workflow.Engine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Operations.Designer;

/// <summary><c>/api/designer</c>: what the designer page needs besides the models (administrators).</summary>
public static class DesignerApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapDesignerApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/designer").RequireAuthorization(Roles.Admin).WithTags("Designer");
        group.MapGet("/element-templates", ElementTemplatesAsync);
        return routes;
    }

    private static async Task<IResult> ElementTemplatesAsync(
        Operations.Resources.ResourceStore resources, RoleManager<IdentityRole> roleManager, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        var roles = await roleManager.Roles.Where(r => r.Name != null).Select(r => r.Name!).OrderBy(name => name).ToListAsync(cancellationToken);
        // The processes a call activity can call, each by its latest version's name.
        var processes = (await engine.Store.ListDefinitionsAsync(cancellationToken))
            .GroupBy(d => d.ProcessId, StringComparer.Ordinal)
            .Select(versions => (ProcessId: versions.Key, versions.MaxBy(d => d.Version)!.Name))
            .OrderBy(p => p.ProcessId, StringComparer.Ordinal)
            .ToList();
        var templates = ElementTemplates.Build(
            JobWorkers.All,
            await resources.MailTemplateIdsAsync(cancellationToken),
            await resources.FormIdsAsync(cancellationToken),
            roles,
            processes,
            await DecisionIdsAsync(engine, cancellationToken));
        return TypedResults.Text(templates.ToJsonString(), "application/json");
    }

    /// <summary>The decisions of the latest version of every deployed DMN file, as a business rule task calls them.</summary>
    private static async Task<IReadOnlyList<string>> DecisionIdsAsync(WorkflowEngine engine, CancellationToken cancellationToken) =>
        [.. (await engine.ListDecisionVersionsAsync(cancellationToken))
            .GroupBy(r => r.DecisionRequirementsId, StringComparer.Ordinal)
            .SelectMany(versions => versions.MaxBy(r => r.Version)!.DecisionIds)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
}
