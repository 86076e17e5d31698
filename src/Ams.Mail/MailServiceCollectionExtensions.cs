using Ams.Mail.Delivery;
using Ams.Mail.Templates;
using Ams.Mail.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Ams.Mail;

/// <summary>Registers the mail library.</summary>
public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Registers templates, transport and <see cref="OutboxMailDelivery"/> with options bound from
    /// <c>Ams:Mail</c> of <paramref name="configuration"/>. The host registers its
    /// <see cref="Outbox.IMailOutbox"/>.
    /// </summary>
    public static IServiceCollection AddAmsMail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.SectionName));
        return services.AddAmsMailCore();
    }

    /// <summary>Registers the mail library with options set in code.</summary>
    public static IServiceCollection AddAmsMail(this IServiceCollection services, Action<MailOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<MailOptions>().Configure(configure);
        return services.AddAmsMailCore();
    }

    private static IServiceCollection AddAmsMailCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value);
        services.TryAddSingleton(sp => LoadTemplates(sp.GetRequiredService<MailOptions>()));
        services.TryAddSingleton<IMailTemplateSource>(sp => new FolderMailTemplateSource(sp.GetRequiredService<MailOptions>().TemplateDirectory));
        services.TryAddSingleton(sp => new MailTemplateSet(sp.GetRequiredService<IMailTemplateSource>(), sp.GetRequiredService<MailOptions>()));
        services.TryAddSingleton<IMailTransport>(sp => CreateTransport(sp.GetRequiredService<MailOptions>()));
        services.TryAddTransient(sp => new OutboxMailDelivery(
            sp.GetRequiredService<Outbox.IMailOutbox>(),
            sp.GetRequiredService<MailTemplateSet>(),
            sp.GetRequiredService<IMailTransport>(),
            sp.GetRequiredService<MailOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<Microsoft.Extensions.Logging.ILogger<OutboxMailDelivery>>()));
        return services;
    }

    private static MailTemplateLibrary LoadTemplates(MailOptions options)
    {
        var loaded = MailTemplateLibrary.Load(options.TemplateDirectory, options.DefaultLanguage);
        return loaded.Succeeded
            ? loaded.Library
            : throw new InvalidOperationException(
                "The mail templates cannot be used:" + Environment.NewLine
                + string.Join(Environment.NewLine, loaded.Problems));
    }

    private static IMailTransport CreateTransport(MailOptions options) =>
        options.Smtp.IsConfigured
            ? new MailKitSmtpTransport(options.Smtp)
            : new PickupFolderTransport(options.PickupDirectory);
}
