using System.Threading.Channels;

namespace Ams.Pki.Crl;

/// <summary>
/// Tells the publication loop that a revocation happened. A flag, not a queue: any number of
/// revocations before the loop wakes up count once, which is what batches them into one CRL.
/// </summary>
internal sealed class CrlRepublishSignal
{
    private readonly Channel<bool> _flag = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    public void Raise() => _flag.Writer.TryWrite(true);

    /// <summary>Waits for the flag and lowers it; false when <paramref name="timeout"/> elapsed first.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            return await _flag.Reader.WaitToReadAsync(timer.Token) && _flag.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Lowers the flag without waiting (revocations already covered by the CRL about to be written).</summary>
    public void Reset() => _flag.Reader.TryRead(out _);
}
