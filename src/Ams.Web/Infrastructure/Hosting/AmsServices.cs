using Ams.Mail;
using Ams.Mail.Outbox;
using Ams.Pki;
using Ams.Web.Features.Accounts;
using Ams.Workflow.Engine;
using Ams.Workflow.Hangfire;
using Ams.Workflow.Store;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ams.Web.Infrastructure.Hosting;

/// <summary>Everything the host registers: storage, accounts, sign-in, the engine on Hangfire, the API's plumbing.</summary>
public static class AmsServices
{
    /// <summary>Adds the product's services with their embedded defaults.</summary>
    public static WebApplicationBuilder AddAms(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection("Ams").Get<AmsOptions>() ?? new AmsOptions();
        var paths = new AmsPaths(builder.Environment.ContentRootPath, options);
        var database = new AmsDatabase(builder.Configuration, options, paths);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(paths);
        builder.Services.AddSingleton(database);
        // In the database, so that a cookie or token issued by one node is read by every other.
        builder.Services.AddDataProtection().SetApplicationName("AMS Workflow").PersistKeysToDbContext<AmsDbContext>();

        builder.Services.AddDbContext<AmsDbContext>(db => database.UseForProduct(db));
        builder.Services.AddWorkflowStore(store =>
        {
            store.Provider = database.Provider;
            store.ConnectionString = database.ConnectionString;
            store.Synchronous = options.Database.Synchronous;
        });
        builder.AddAccounts();
        // This host's own storage, registered before Hangfire's default (the process-wide JobStorage.Current), so
        // that every client and server of this host uses it; created once Hangfire's configuration (and logging) is set.
        builder.Services.AddSingleton<JobStorage>(sp =>
        {
            _ = sp.GetRequiredService<IGlobalConfiguration>();
            return database.Provider == DatabaseProvider.Postgres
                ? StorageOnPostgres(database.ConnectionString)
                : new InMemoryStorage(new InMemoryStorageOptions());
        });
        builder.Services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        builder.Services.AddHangfireServer(server => server.SchedulePollingInterval = TimeSpan.FromSeconds(1));
        // Limits and retries of the engine (Ams:Engine:MaxCommandVariablesBytes, MaxInstanceVariablesBytes, MaxJobsPerCommand, …).
        builder.Services.AddSingleton(builder.Configuration.GetSection("Ams:Engine").Get<Ams.Workflow.Engine.WorkflowEngineOptions>() ?? new());
        builder.Services.AddWorkflowEngineOnHangfire(
            Operations.Designer.JobWorkers.AddTo,
            hangfire =>
            {
                // The name this node's job leases carry: unique per node (a container's host name), stable across its restarts.
                hangfire.NodeName = builder.Configuration["Ams:Node:Name"] ?? Environment.MachineName;
                hangfire.LeaseDuration = builder.Configuration.GetValue("Ams:Node:JobLease", hangfire.LeaseDuration);
            });
        builder.Services.AddSingleton<IWorkScheduler, Operations.Mail.MailKickingScheduler>();
        builder.Services.AddAmsMail(builder.Configuration);
        builder.Services.PostConfigure<MailOptions>(mail =>
        {
            mail.PickupDirectory = Path.GetFullPath(Path.Combine(paths.Data, "mail"));
            mail.TemplateDirectory = Path.GetFullPath(Path.Combine(paths.Workflows, "mail"));
        });
        builder.Services.AddSingleton<IMailOutbox, Operations.Mail.WorkflowMailOutbox>();
        builder.Services.AddTransient<Operations.Mail.MailDeliveryJob>();
        builder.Services.AddScoped<Operations.Mail.UndeliveredMail>();
        builder.Services.AddTransient<Features.Enrollment.EnrollmentPoller>();
        builder.Services.AddScoped<Features.Certificates.HolderCertificates>();
        builder.Services.Configure<Features.Issuance.IssuanceOptions>(builder.Configuration.GetSection("Ams:Issuance"));
        builder.Services.AddScoped<Features.Issuance.IssuanceApplications>();
        builder.Services.AddScoped<Features.Issuance.HolderEnrollment>();
        builder.Services.AddScoped<HolderInvitations>();
        builder.Services.Configure<DataProtectionTokenProviderOptions>(tokens =>
            tokens.TokenLifespan = builder.Configuration.GetValue("Ams:Accounts:InvitationLifetime", TimeSpan.FromDays(3)));
        builder.Services.AddAmsPki(pki =>
        {
            builder.Configuration.GetSection("Ams:Pki").Bind(pki);
            pki.DataDirectory = Path.GetFullPath(Path.Combine(paths.Data, builder.Configuration["Ams:Pki:DataDirectory"] ?? "pki"));
            pki.ConfigureDatabase = db => database.UseForPki(db);
            pki.BaseUrl = new Uri(options.PublicUrl);
        });

        builder.Services.AddTransient<EarlierReleaseImport>();
        builder.Services.AddTransient<Operations.Workflows.WorkflowFolderDeployment>();
        builder.Services.AddTransient<Operations.Decisions.DecisionFolderDeployment>();
        builder.Services.AddSingleton<Operations.Resources.ResourceGeneration>();
        builder.Services.AddSingleton<Operations.Forms.FormCatalog>();
        builder.Services.Replace(ServiceDescriptor.Singleton<Ams.Mail.Templates.IMailTemplateSource, Operations.Resources.DatabaseMailTemplateSource>());
        builder.Services.AddScoped<Operations.Resources.ResourceStore>();
        builder.Services.AddTransient<Operations.Resources.ShippedResourceImport>();
        builder.Services.AddScoped<Features.Inbox.VerifierInbox>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(new Operations.Audit.AuditNode(builder.Configuration["Ams:Node:Name"] ?? Environment.MachineName));
        builder.Services.AddSingleton<Operations.Audit.AuditTrail>();
        builder.Services.AddSingleton<IPkiEventListener, Operations.Audit.PkiAuditListener>();
        builder.Services.AddScoped<Operations.Audit.SignInAudit>();
        builder.Services.AddRazorPages();
        builder.Services.AddResponseCompression(compression =>
        {
            // Only the page scripts and styles are compressed (see UseAms): static files hold no secrets to leak.
            compression.EnableForHttps = true;
            compression.MimeTypes = ["text/javascript", "application/javascript", "text/css"];
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestProblems>();
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi(openApi => openApi
            .AddOperationTransformer<Features.Issuance.ApplicationFormDescription>()
            .AddDocumentTransformer((document, _, _) =>
            {
                // The reference page shows the document's title: the product's name, not the assembly's.
                document.Info.Title = Operations.ApiReference.ApiReferencePage.Title;
                return Task.CompletedTask;
            }));
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        return builder;
    }

    /// <summary>
    /// Hangfire's tables in their own schema of the one database; queues polled every second, as Hangfire.InMemory
    /// hands work over at once (the package's default is every 15 seconds).
    /// </summary>
    private static PostgreSqlStorage StorageOnPostgres(string connectionString)
    {
        var options = new PostgreSqlStorageOptions
        {
            PrepareSchemaIfNecessary = true,
            SchemaName = "hangfire",
            QueuePollInterval = TimeSpan.FromSeconds(1),
            // A lock held by a node that died is free again after this (the package's default is ten minutes).
            DistributedLockTimeout = TimeSpan.FromMinutes(1),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    private static void AddAccounts(this WebApplicationBuilder builder)
    {
        var signIn = builder.Configuration.GetSection("Ams:SignIn").Get<SignInProtectionOptions>() ?? new SignInProtectionOptions();
        builder.Services.AddSingleton(signIn);
        builder.Services.AddSingleton<AccountSignInThrottle>();
        builder.Services.AddSingleton<UnknownAccountDecoy>();
        builder.Services.AddSingleton<TwoFactorPolicy>();
        builder.Services.AddScoped<FailedSignIns>();
        builder.Services.AddScoped<SignInCheck>();
        builder.Services.AddSignInThrottling(signIn);
        builder.Services
            .AddIdentityCore<AmsUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 10;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AmsDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AccountClaimsPrincipalFactory>();

        // Pages sign in with a cookie, the API with a bearer token; one scheme picks between them per request.
        var authentication = builder.Services.AddAuthentication(auth =>
        {
            auth.DefaultScheme = AmsAuthentication.Scheme;
            auth.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
        });
        authentication.AddPolicyScheme(AmsAuthentication.Scheme, "Cookie or bearer token", scheme => scheme.ForwardDefaultSelector = AmsAuthentication.Select);
        authentication.AddBearerToken(IdentityConstants.BearerScheme);
        authentication.AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(AmsAuthentication.ConfigureCookie));
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Roles.Verifier, policy => policy.RequireRole(Roles.Verifier, Roles.Admin))
            .AddPolicy(Roles.Holder, policy => policy.RequireRole(Roles.Holder));
    }
}
