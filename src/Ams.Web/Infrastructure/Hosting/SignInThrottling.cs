using System.Globalization;
using System.Threading.RateLimiting;
using Ams.Web.Features.Accounts;
using Microsoft.AspNetCore.RateLimiting;

namespace Ams.Web.Infrastructure.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter on the sign-in requests (the password and code pages and <c>POST /api/auth/login</c>):
/// at most <see cref="SignInProtectionOptions.AttemptsPerAddressPerMinute"/> per client address and minute on each node, then
/// 429 problem details with <c>Retry-After</c>. Every other request passes untouched.
/// </summary>
public static class SignInThrottling
{
    /// <summary>The requests that try a password or a code.</summary>
    private static readonly string[] SignInPaths = ["/login", "/login/kode", "/api/auth/login"];

    /// <summary>Registers the limiter.</summary>
    public static IServiceCollection AddSignInThrottling(this IServiceCollection services, SignInProtectionOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignIn(context.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.AttemptsPerAddressPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })
                : RateLimitPartition.GetNoLimiter(""));
            limiter.OnRejected = (rejected, _) => new ValueTask(TooManyAttempts(
                rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1))
                .ExecuteAsync(rejected.HttpContext));
        });

    /// <summary>The 429 answer, with <c>Retry-After</c> in whole seconds.</summary>
    public static IResult TooManyAttempts(TimeSpan retryAfter) => new TooManyAttemptsResult(retryAfter);

    private static bool IsSignIn(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && SignInPaths.Any(path => request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));

    private sealed class TooManyAttemptsResult(TimeSpan retryAfter) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return Results.Problem(
                $"Too many sign-in attempts; try again in {seconds} s.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many sign-in attempts").ExecuteAsync(httpContext);
        }
    }
}
