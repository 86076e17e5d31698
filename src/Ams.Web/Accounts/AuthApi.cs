using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Ams.Web.Accounts;

/// <summary><c>POST /api/auth/login</c>: a bearer token for the REST API, with lockout after repeated failures.</summary>
public static class AuthApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/auth/login", LoginAsync).AllowAnonymous().WithTags("Accounts");
        return routes;
    }

    /// <summary>The credentials of a login.</summary>
    public sealed record LoginRequest([property: Required] string Email, [property: Required] string Password);

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest request, UserManager<AmsUser> users, SignInManager<AmsUser> signIn)
    {
        var user = string.IsNullOrWhiteSpace(request.Email) ? null : await users.FindByEmailAsync(request.Email.Trim());
        if (user is null || string.IsNullOrEmpty(request.Password))
        {
            return Unauthorized("The email or password is not right.");
        }

        var result = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return Unauthorized("The account is locked after repeated failed sign-ins; try again later.");
        }

        if (!result.Succeeded)
        {
            return Unauthorized("The email or password is not right.");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
}
