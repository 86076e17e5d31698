using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Ams.Web.Infrastructure.Hosting;

/// <summary>
/// A request the endpoints cannot read (malformed or wrongly typed JSON, JSON nested too deep, a query or route value of
/// the wrong type, a missing value) is the client's mistake: 400 problem details naming the field, in every environment,
/// never a 500. The endpoints throw for such requests everywhere (<c>ThrowOnBadRequest</c>) so that this one place answers.
/// </summary>
public sealed partial class BadRequestProblems(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var field = Field(bad);
        var detail = bad.InnerException is JsonException json ? $"The JSON body could not be read: {json.Message}" : bad.Message;
        httpContext.Response.StatusCode = bad.StatusCode;
        var problem = new ProblemDetails { Status = bad.StatusCode, Title = "The request could not be read.", Detail = detail };
        if (field is not null)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [detail] };
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The JSON path of a body's bad value (<c>$.email</c> → <c>email</c>), or the parameter the endpoint could not bind.</summary>
    private static string? Field(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException { Path: { Length: > 1 } path })
        {
            return path.TrimStart('$', '.');
        }

        return Parameter().Match(bad.Message) is { Success: true } match ? match.Groups[1].Value : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("parameter \"(?:[^\"]* )?([A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial System.Text.RegularExpressions.Regex Parameter();
}
