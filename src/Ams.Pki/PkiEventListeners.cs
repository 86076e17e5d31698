using Microsoft.Extensions.Logging;

namespace Ams.Pki;

/// <summary>Tells every registered <see cref="IPkiEventListener"/>; a failing listener is logged, never the authority's failure.</summary>
internal sealed class PkiEventListeners(IEnumerable<IPkiEventListener> listeners, ILogger<PkiEventListeners> logger)
{
    private readonly IPkiEventListener[] all = [.. listeners];

    public async Task NotifyAsync(PkiEvent pkiEvent, CancellationToken cancellationToken)
    {
        foreach (var listener in all)
        {
            try
            {
                await listener.OnEventAsync(pkiEvent, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "A listener failed to take {Kind} of {Serial}; the authority's action stands.", pkiEvent.Kind, pkiEvent.Serial);
            }
        }
    }
}
