namespace Ams.Pki;

/// <summary>
/// Hears what the certification authority did (issuance, revocation, CRL publication) once it is committed, so that a
/// host can keep an audit trail without this library knowing of it. Register implementations as services before
/// <see cref="PkiServiceCollectionExtensions.AddAmsPki(Microsoft.Extensions.DependencyInjection.IServiceCollection, PkiOptions)"/>
/// resolves them. A listener that throws is logged and does not undo the authority's action.
/// </summary>
public interface IPkiEventListener
{
    /// <summary>Called after <paramref name="pkiEvent"/> was committed.</summary>
    /// <param name="pkiEvent">What happened.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task OnEventAsync(PkiEvent pkiEvent, CancellationToken cancellationToken);
}
