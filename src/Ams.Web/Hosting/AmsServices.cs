using Ams.Web.Accounts;
using Ams.Mail;
using Ams.Pki;
using Ams.Mail.Outbox;
using Ams.Workflow.Engine;
using Ams.Workflow.Hangfire;
using Ams.Workflow.Store;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ams.Web.Hosting;

/// <summary>Everything the host registers: storage, accounts, sign-in, the engine on Hangfire, the API's plumbing.</summary>
public static class AmsServices
{
    /// <summary>Adds the product's services with their embedded defaults.</summary>
    public static WebApplicationBuilder AddAms(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection("Ams").Get<AmsOptions>() ?? new AmsOptions();
        var paths = new AmsPaths(builder.Environment.ContentRootPath, options);
        var connectionString = builder.Configuration.GetConnectionString("Ams") ?? $"Data Source={paths.Database}";
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(paths);
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(paths.Data, "keys")));

        builder.Services.AddDbContext<AmsDbContext>(db => db.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(AmsDbContext.MigrationsTable)));
        builder.Services.AddWorkflowSqliteStore(store =>
        {
            store.ConnectionString = connectionString;
            store.Synchronous = options.Database.Synchronous;
        });
        builder.AddAccounts();
        // This host's own storage, registered before Hangfire's default (the process-wide JobStorage.Current), so
        // that every client and server of this host uses it; created once Hangfire's configuration (and logging) is set.
        builder.Services.AddSingleton<JobStorage>(sp =>
        {
            _ = sp.GetRequiredService<IGlobalConfiguration>();
            return new InMemoryStorage(new InMemoryStorageOptions());
        });
        builder.Services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        builder.Services.AddHangfireServer(server => server.SchedulePollingInterval = TimeSpan.FromSeconds(1));
        builder.Services.AddWorkflowEngineOnHangfire(
            Designer.JobWorkers.AddTo,
            hangfire => hangfire.NodeName = Environment.MachineName);
        builder.Services.AddSingleton<IWorkScheduler, Mail.MailKickingScheduler>();
        builder.Services.AddAmsMail(builder.Configuration);
        builder.Services.PostConfigure<MailOptions>(mail =>
        {
            mail.PickupDirectory = Path.GetFullPath(Path.Combine(paths.Data, "mail"));
            mail.TemplateDirectory = Path.GetFullPath(Path.Combine(paths.Workflows, "mail"));
        });
        builder.Services.AddSingleton<IMailOutbox, Mail.WorkflowMailOutbox>();
        builder.Services.AddTransient<Mail.MailDeliveryJob>();
        builder.Services.AddTransient<Enrollment.EnrollmentPoller>();
        builder.Services.AddScoped<Certificates.HolderCertificates>();
        builder.Services.AddScoped<HolderInvitations>();
        builder.Services.Configure<DataProtectionTokenProviderOptions>(tokens =>
            tokens.TokenLifespan = builder.Configuration.GetValue("Ams:Accounts:InvitationLifetime", TimeSpan.FromDays(3)));
        builder.Services.AddAmsPki(pki =>
        {
            builder.Configuration.GetSection("Ams:Pki").Bind(pki);
            pki.DataDirectory = Path.GetFullPath(Path.Combine(paths.Data, builder.Configuration["Ams:Pki:DataDirectory"] ?? "pki"));
            pki.ConnectionString = builder.Configuration["Ams:Pki:ConnectionString"] ?? $"Data Source={Path.Combine(pki.DataDirectory, "pki.db")}";
            pki.BaseUrl = new Uri(options.PublicUrl);
        });

        builder.Services.AddTransient<Workflows.WorkflowFolderDeployment>();
        builder.Services.AddSingleton<Forms.FormCatalog>();
        builder.Services.Replace(ServiceDescriptor.Singleton<Ams.Mail.Templates.IMailTemplateSource, Resources.DatabaseMailTemplateSource>());
        builder.Services.AddScoped<Resources.ResourceStore>();
        builder.Services.AddTransient<Resources.ShippedResourceImport>();
        builder.Services.AddScoped<Inbox.VerifierInbox>();
        builder.Services.AddRazorPages();
        builder.Services.AddResponseCompression(compression =>
        {
            // Only the page scripts and styles are compressed (see UseAms): static files hold no secrets to leak.
            compression.EnableForHttps = true;
            compression.MimeTypes = ["text/javascript", "application/javascript", "text/css"];
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        return builder;
    }

    private static void AddAccounts(this WebApplicationBuilder builder)
    {
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
            .AddDefaultTokenProviders();

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
