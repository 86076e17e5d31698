using Ams.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Infrastructure.Hosting;

/// <summary>
/// A verifier or administrator signed in without a second factor (it is required, not yet enrolled) reaches only the
/// enrolment page: pages redirect there, API calls get 403 problem details. Asked of the database on each request of
/// such a caller, so it holds on every node and the moment enrolment is done.
/// </summary>
public static class TwoFactorEnrolmentGate
{
    /// <summary>The enrolment page.</summary>
    public const string EnrolmentPath = "/akun/2fa";

    private static readonly string[] OpenPaths = [EnrolmentPath, "/logout", "/lang", "/login"];

    /// <summary>Adds the gate to the pipeline, after authentication.</summary>
    public static IApplicationBuilder UseTwoFactorEnrolmentGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (await MustEnrolAsync(context))
            {
                if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    await Results.Problem(
                        $"A two-factor authenticator must be enrolled first: sign in with a browser and open {EnrolmentPath}.",
                        statusCode: StatusCodes.Status403Forbidden,
                        title: "Two-factor enrolment required").ExecuteAsync(context);
                }
                else
                {
                    context.Response.Redirect(EnrolmentPath);
                }

                return;
            }

            await next(context);
        });

    private static async Task<bool> MustEnrolAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true
            || OpenPaths.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
            || !context.RequestServices.GetRequiredService<TwoFactorPolicy>().IsRequired(context.User))
        {
            return false;
        }

        var userId = context.RequestServices.GetRequiredService<UserManager<AmsUser>>().GetUserId(context.User);
        var db = context.RequestServices.GetRequiredService<AmsDbContext>();
        return !await db.Users.AnyAsync(u => u.Id == userId && u.TwoFactorEnabled, context.RequestAborted);
    }
}
