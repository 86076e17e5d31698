using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;
using Ams.Workflow.Engine;

namespace Ams.Web.Operations.Messages;

/// <summary><c>POST /api/messages</c>: publish a message to the instances waiting for it (administrators).</summary>
public static class MessagesApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/messages", PublishAsync).RequireAuthorization(Roles.Admin).WithTags("Messages");
        return routes;
    }

    /// <summary>The message; with a time to live it waits for a subscription that opens later.</summary>
    public sealed record PublishRequest([property: Required] string Name, string? CorrelationKey, JsonObject? Variables, int? TimeToLiveSeconds);

    private static async Task<IResult> PublishAsync(PublishRequest request, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            return CommandResults.Invalid("name", "Name the message.");
        }

        if (request.TimeToLiveSeconds is < 0 or > 7 * 24 * 3600)
        {
            return CommandResults.Invalid("timeToLiveSeconds", "The time to live is between 0 and 604800 seconds.");
        }

        if (engine.RefusalOf(request.Variables) is { } refusal)
        {
            return CommandResults.Invalid("variables", refusal);
        }

        var ttl = request.TimeToLiveSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        var correlated = await engine.PublishMessageAsync(request.Name, request.CorrelationKey ?? "", request.Variables, ttl, cancellationToken);
        return TypedResults.Ok(new { correlated });
    }
}
