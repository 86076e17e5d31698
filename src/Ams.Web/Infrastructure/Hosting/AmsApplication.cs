using Ams.Web.Features.Accounts;
using Ams.Web.Features.Certificates;
using Ams.Web.Features.Inbox;
using Ams.Web.Features.Requests;
using Ams.Web.Infrastructure.Localization;
using Ams.Web.Operations.ApiReference;
using Ams.Web.Operations.Audit;
using Ams.Web.Operations.Decisions;
using Ams.Web.Operations.Designer;
using Ams.Web.Operations.Instances;
using Ams.Web.Operations.Jobs;
using Ams.Web.Operations.Mail;
using Ams.Web.Operations.Messages;
using Ams.Web.Operations.Signals;
using Ams.Web.Operations.Resources;
using Ams.Web.Operations.Workflows;
using Hangfire;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Infrastructure.Hosting;

/// <summary>The request pipeline and every endpoint group.</summary>
public static class AmsApplication
{
    /// <summary>Adds error handling, localization and sign-in to the pipeline.</summary>
    public static WebApplication UseAms(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var forwarded = new Microsoft.AspNetCore.Builder.ForwardedHeadersOptions();
        if (ForwardedClients.Configure(app.Configuration, forwarded))
        {
            app.UseForwardedHeaders(forwarded);
        }

        app.UseErrorPages();
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/dist"), bundles => bundles.UseResponseCompression());
        app.UseStaticFiles();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseRequestLocalization(PageLanguages());
        app.UseCookieApiGuard();
        app.UseTwoFactorEnrolmentGate();
        app.UseAuthorization();

        app.UseAntiforgery();
        return app;
    }

    /// <summary>
    /// Indonesian unless the reader chose otherwise: the signed-in account's language, else the switch's cookie
    /// (anonymous readers). The browser's <c>Accept-Language</c> is not asked (DESIGN.md §6).
    /// </summary>
    private static RequestLocalizationOptions PageLanguages()
    {
        var languages = new RequestLocalizationOptions()
            .SetDefaultCulture(AccountLanguage.Indonesian)
            .AddSupportedCultures([.. AccountLanguage.Supported])
            .AddSupportedUICultures([.. AccountLanguage.Supported]);
        languages.RequestCultureProviders = [new AccountRequestCultureProvider(), new CookieRequestCultureProvider()];
        return languages;
    }

    /// <summary>Maps the REST API, the health check, the OpenAPI document and the Hangfire dashboard.</summary>
    public static WebApplication MapAms(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The API's description is for signed-in administrators in production; in Development anyone on the machine may read it.
        var openApi = app.MapOpenApi();
        if (!app.Environment.IsDevelopment())
        {
            openApi.RequireAuthorization(Roles.Admin);
        }

        app.MapApiReferencePage();
        app.MapRazorPages();
        app.MapLanguageSwitch();
        app.MapGet("/health", HealthAsync).AllowAnonymous().WithTags("Operations");
        app.MapAuthApi();
        app.MapAccountsApi();
        app.MapWorkflowsApi();
        app.MapDecisionsApi();
        app.MapDesignerApi();
        app.MapProcessInstancesApi();
        app.MapIncidentsApi();
        app.MapUndeliveredMailApi();
        app.MapMessagesApi();
        app.MapSignalsApi();
        app.MapJobsApi();
        app.MapTasksApi();
        app.MapRequestsApi();
        app.MapCertificatesApi();
        Features.Issuance.ProductsApi.MapProductsApi(app);
        Features.Issuance.CertificateRequestsApi.MapCertificateRequestsApi(app);
        app.MapPkiEndpoints();
        app.MapResourceApis();
        app.MapAuditApi();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [], AppPath = "/" }).RequireAuthorization(Roles.Admin);
        return app;
    }

    private static async Task<IResult> HealthAsync(AmsDbContext db, CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? TypedResults.Ok(new { status = "healthy" })
            : TypedResults.Problem("The database does not answer.", statusCode: StatusCodes.Status503ServiceUnavailable);
}
