using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;
using Ams.Workflow.Engine;

namespace Ams.Web.Operations.Signals;

/// <summary>
/// <c>POST /api/signals</c>: broadcast a signal to every process and instance waiting for it (administrators). Each
/// instance takes it in its own transaction, so the broadcast is not atomic across instances; a signal nobody waits for
/// is dropped.
/// </summary>
public static class SignalsApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapSignalsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/signals", BroadcastAsync).RequireAuthorization(Roles.Admin).WithTags("Signals");
        return routes;
    }

    /// <summary>The signal's name and the variables it carries.</summary>
    public sealed record BroadcastRequest([property: Required] string Name, JsonObject? Variables);

    /// <summary>How many instances the broadcast started (signal start events) and triggered (open subscriptions).</summary>
    public sealed record BroadcastResponse(int Started, int Triggered);

    private static async Task<IResult> BroadcastAsync(BroadcastRequest request, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            return CommandResults.Invalid("name", "Name the signal.");
        }

        if (engine.RefusalOf(request.Variables) is { } refusal)
        {
            return CommandResults.Invalid("variables", refusal);
        }

        var result = await engine.BroadcastSignalAsync(request.Name, request.Variables, cancellationToken);
        return TypedResults.Ok(new BroadcastResponse(result.InstancesStarted, result.InstancesTriggered));
    }
}
