using Ams.Pki.Authority;
using Ams.Pki.Crl;
using Ams.Pki.Enrollment;
using Ams.Pki.Ocsp;
using Ams.Pki.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ams.Pki;

/// <summary>Registers the embedded CA.</summary>
public static class PkiServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="CertificateAuthority"/>, <see cref="CrlPublisher"/>, <see cref="OcspResponder"/>,
    /// <see cref="EnrollmentGateway"/> (singletons), the hosted <see cref="CrlPublicationLoop"/> and a pooled <see cref="PkiDbContext"/> factory. Uses the
    /// registered <see cref="TimeProvider"/> (else the system clock) and logging (else none).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    public static IServiceCollection AddAmsPki(this IServiceCollection services, Action<PkiOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new PkiOptions();
        configure(options);
        return services.AddAmsPki(options);
    }

    /// <summary>Adds the embedded CA with the given options (see the other overload).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">The options.</param>
    public static IServiceCollection AddAmsPki(this IServiceCollection services, PkiOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAdd(ServiceDescriptor.Singleton(typeof(ILogger<>), typeof(NullLogger<>)));
        services.AddPooledDbContextFactory<PkiDbContext>(db =>
        {
            if (options.ConfigureDatabase is { } configure)
            {
                configure(db);
            }
            else
            {
                PkiDatabase.UseSqlite(db, options.ConnectionString);
            }
        });
        services.AddSingleton(sp => new CaCredentialStore(options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<CaCredentialStore>>()));
        services.AddSingleton(sp => new PkiRuntime(sp.GetRequiredService<IDbContextFactory<PkiDbContext>>(), sp.GetRequiredService<CaCredentialStore>()));
        services.AddSingleton<OcspResponseCache>();
        services.AddSingleton<CrlRepublishSignal>();
        services.AddSingleton(sp => new PkiEventListeners(sp.GetServices<IPkiEventListener>(), sp.GetRequiredService<ILogger<PkiEventListeners>>()));
        services.AddSingleton(sp => new CertificateStatusLookup(sp.GetRequiredService<IDbContextFactory<PkiDbContext>>()));
        services.AddSingleton(sp => new CertificateAuthority(
            options,
            sp.GetRequiredService<IDbContextFactory<PkiDbContext>>(),
            sp.GetRequiredService<PkiRuntime>(),
            sp.GetRequiredService<OcspResponseCache>(),
            sp.GetRequiredService<CrlRepublishSignal>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<CertificateAuthority>>(),
            sp.GetRequiredService<PkiEventListeners>()));
        services.AddSingleton(sp => new CrlPublisher(
            sp.GetRequiredService<PkiRuntime>(),
            sp.GetRequiredService<IDbContextFactory<PkiDbContext>>(),
            options,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<CrlPublisher>>(),
            sp.GetRequiredService<PkiEventListeners>()));
        services.AddSingleton(sp => new CrlPublicationLoop(
            sp.GetRequiredService<CrlPublisher>(),
            sp.GetRequiredService<CrlRepublishSignal>(),
            options,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<CrlPublicationLoop>>()));
        services.AddHostedService(sp => sp.GetRequiredService<CrlPublicationLoop>());
        services.AddSingleton(sp => new OcspResponder(
            sp.GetRequiredService<PkiRuntime>(),
            sp.GetRequiredService<CertificateStatusLookup>(),
            sp.GetRequiredService<OcspResponseCache>(),
            options,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<OcspResponder>>()));
        services.AddSingleton(sp => new EnrollmentGateway(
            sp.GetRequiredService<CertificateAuthority>(),
            sp.GetRequiredService<IDbContextFactory<PkiDbContext>>(),
            sp.GetRequiredService<PkiRuntime>(),
            options,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<EnrollmentGateway>>()));
        return services;
    }
}
