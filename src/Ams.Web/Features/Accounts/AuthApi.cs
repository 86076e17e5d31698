using Ams.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Identity;

namespace Ams.Web.Features.Accounts;

/// <summary>
/// <c>POST /api/auth/login</c>: a bearer token for the REST API, through the same <see cref="SignInCheck"/> as the
/// pages. Accounts with a second factor send <c>twoFactorCode</c> or <c>twoFactorRecoveryCode</c> with the password,
/// as ASP.NET Core's <c>MapIdentityApi</c> does.
/// </summary>
public static class AuthApi
{
    /// <summary>The one answer to an unknown email, a wrong password and a locked account.</summary>
    public const string FailedDetail = "The email or password is not right, or the account is locked after repeated failed sign-ins; try again later.";

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/auth/login", LoginAsync).AllowAnonymous().WithTags("Accounts")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return routes;
    }

    /// <summary>The credentials of a login; a second factor when the account has one.</summary>
    public sealed record LoginRequest(string? Email, string? Password, string? TwoFactorCode = null, string? TwoFactorRecoveryCode = null);

    private static async Task<IResult> LoginAsync(
        LoginRequest request, SignInCheck check, SignInManager<AmsUser> signIn, HttpContext context, CancellationToken cancellationToken)
    {
        var outcome = await check.CheckPasswordAsync(
            request.Email, request.Password, request.TwoFactorCode, request.TwoFactorRecoveryCode, ClientAddress.Of(context), cancellationToken);
        switch (outcome.Status)
        {
            case SignInStatus.Succeeded:
                var principal = await signIn.CreateUserPrincipalAsync(outcome.User!);
                return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
            case SignInStatus.Throttled:
                return SignInThrottling.TooManyAttempts(outcome.RetryAfter!.Value);
            case SignInStatus.SecondFactorRequired:
                return TypedResults.Problem(
                    "A two-factor code is required: send twoFactorCode (from the authenticator app) or twoFactorRecoveryCode with the password.",
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "Two-factor code required",
                    extensions: new Dictionary<string, object?> { ["twoFactorRequired"] = true });
            case SignInStatus.EnrolmentRequired:
                return TypedResults.Problem(
                    $"This account must use a two-factor authenticator: sign in with a browser and enrol at {TwoFactorEnrolmentGate.EnrolmentPath} first.",
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "Two-factor enrolment required");
            default:
                return TypedResults.Problem(FailedDetail, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
        }
    }
}
