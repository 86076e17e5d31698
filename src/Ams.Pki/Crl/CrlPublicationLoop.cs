using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ams.Pki.Crl;

/// <summary>
/// Keeps the CRL current in the background: republishes <see cref="PkiOptions.CrlRevocationBatchDelay"/>
/// after a revocation (a debounce: the revocations of that window go into one CRL) and checks the
/// schedule (<see cref="PkiOptions.CrlRepublishInterval"/>) every <see cref="PkiOptions.CrlScheduleCheckInterval"/>.
/// Registered as a hosted service by <see cref="PkiServiceCollectionExtensions.AddAmsPki(Microsoft.Extensions.DependencyInjection.IServiceCollection, PkiOptions)"/>;
/// run it on one node only.
/// </summary>
public sealed class CrlPublicationLoop : BackgroundService
{
    private readonly CrlPublisher _publisher;
    private readonly CrlRepublishSignal _signal;
    private readonly PkiOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<CrlPublicationLoop> _logger;

    internal CrlPublicationLoop(CrlPublisher publisher, CrlRepublishSignal signal, PkiOptions options, TimeProvider clock, ILogger<CrlPublicationLoop> logger)
    {
        _publisher = publisher;
        _signal = signal;
        _options = options;
        _clock = clock;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await _signal.WaitAsync(_options.CrlScheduleCheckInterval, _clock, stoppingToken))
                {
                    await Task.Delay(_options.CrlRevocationBatchDelay, _clock, stoppingToken);
                    _signal.Reset(); // revocations of the window are in the snapshot about to be read
                    await _publisher.PublishAsync(stoppingToken);
                }
                else
                {
                    await _publisher.PublishIfDueAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A failed publication (disk full, database busy) is retried at the next check, never fatal.
                _logger.LogError(e, "CRL publication failed; retrying at the next check.");
                _signal.Raise();
            }
        }
    }
}
