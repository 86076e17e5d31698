namespace Ams.Mail.Templates;

/// <summary>
/// The templates in use: read from a <see cref="IMailTemplateSource"/> when first needed and again after
/// <see cref="Reload"/>, so that an edited template is used by the next mail.
/// </summary>
public sealed class MailTemplateSet
{
    private readonly IMailTemplateSource? source;
    private readonly string defaultLanguage;
    private readonly Lock gate = new();
    private Task<MailTemplateLibrary>? loading;

    /// <summary>Templates read from <paramref name="source"/>.</summary>
    public MailTemplateSet(IMailTemplateSource source, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        this.source = source;
        defaultLanguage = options.DefaultLanguage;
    }

    /// <summary>Templates fixed once and for all.</summary>
    public MailTemplateSet(MailTemplateLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        defaultLanguage = library.DefaultLanguage;
        loading = Task.FromResult(library);
    }

    /// <summary>The current templates. A source holding a template that does not parse is an error naming it.</summary>
    public Task<MailTemplateLibrary> GetAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (loading is null || loading.IsFaulted || loading.IsCanceled)
            {
                // One load serves every caller, so no single caller's cancellation may end it; each caller waits on its own.
                loading = LoadAsync(CancellationToken.None);
            }

            return loading.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Reads the source again before the next use.</summary>
    public void Reload()
    {
        if (source is null)
        {
            return;
        }

        lock (gate)
        {
            loading = null;
        }
    }

    private async Task<MailTemplateLibrary> LoadAsync(CancellationToken cancellationToken)
    {
        var loaded = MailTemplateLibrary.Parse(await source!.ReadAsync(cancellationToken), defaultLanguage);
        return loaded.Library
            ?? throw new InvalidOperationException("The mail templates cannot be used:" + Environment.NewLine + string.Join(Environment.NewLine, loaded.Problems));
    }
}
