using Ams.Workflow.Engine;

namespace Ams.Web.Infrastructure.Hosting;

/// <summary>Turns an engine command's outcome into an HTTP answer: problem details for every failure.</summary>
public static class CommandResults
{
    /// <summary>200 on success, else 404, 409, 403 (refused by the model's separation of duties) or 400 with the engine's message.</summary>
    public static IResult ToHttp(this CommandResult result, object? body = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            CommandStatus.Ok => body is null ? TypedResults.Ok() : TypedResults.Ok(body),
            CommandStatus.NotFound => Problem(StatusCodes.Status404NotFound, "Not found", result.Message),
            CommandStatus.Conflict => Problem(StatusCodes.Status409Conflict, "Conflict", result.Message),
            CommandStatus.Refused => Refused(result.Message, result.Rule),
            _ => Problem(StatusCodes.Status400BadRequest, "Invalid request", result.Message),
        };
    }

    /// <summary>A problem-details answer.</summary>
    public static IResult Problem(int status, string title, string? detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);

    /// <summary>A 403 for a separation of duties: the title names it, <c>rule</c> names the model's task header that applied.</summary>
    public static IResult Refused(string? detail, string? rule) =>
        TypedResults.Problem(
            detail,
            statusCode: StatusCodes.Status403Forbidden,
            title: "Separation of duties",
            extensions: rule is null ? null : new Dictionary<string, object?> { ["rule"] = rule });

    /// <summary>A 400 naming the field that is wrong.</summary>
    public static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
