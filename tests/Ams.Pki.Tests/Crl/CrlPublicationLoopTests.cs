using Ams.Pki.Crl;
using Ams.Pki.Revocation;
using Ams.Pki.Tests.Support;

namespace Ams.Pki.Tests.Crl;

public sealed class CrlPublicationLoopTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Revocations_reach_the_published_crl_within_seconds_in_one_batch()
    {
        await using var pki = await TestPki.StartAsync(o =>
        {
            o.CrlRevocationBatchDelay = TimeSpan.FromMilliseconds(700);
            o.CrlScheduleCheckInterval = TimeSpan.FromMinutes(10);
        });
        var (a, _) = await pki.IssueAsync();
        var (b, _) = await pki.IssueAsync();
        var initial = await pki.Crl.PublishAsync(Ct);
        await pki.Loop.StartAsync(Ct);
        try
        {
            await pki.Authority.RevokeAsync(a.Serial, RevocationReason.Superseded, RevocationActor.Holder, cancellationToken: Ct);
            await Task.Delay(100, Ct);
            await pki.Authority.RevokeAsync(b.Serial, RevocationReason.KeyCompromise, RevocationActor.Holder, cancellationToken: Ct);

            var published = await WaitForCrlAsync(pki, initial.Number, TimeSpan.FromSeconds(5));
            await Task.Delay(1500, Ct); // a second CRL for the same window would show here

            var text = await OpenSsl.RunOkAsync(pki.Directory, "crl", "-in", await pki.WriteCrlPemAsync(), "-noout", "-text");
            Assert.Equal(initial.Number + 1, published);
            Assert.Contains("X509v3 CRL Number: \n                " + (initial.Number + 1), text, StringComparison.Ordinal);
            Assert.Contains(a.Serial.ToUpperInvariant(), text.Replace(":", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains(b.Serial.ToUpperInvariant(), text.Replace(":", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            await pki.Loop.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Polls the published CRL's number until it moves past <paramref name="after"/>.</summary>
    private static async Task<long> WaitForCrlAsync(TestPki pki, long after, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var number = CrlNumber(await pki.Crl.GetCurrentCrlAsync(Ct));
            if (number > after)
            {
                return number;
            }

            await Task.Delay(50, Ct);
        }

        Assert.Fail($"No CRL after number {after} within {timeout}.");
        return 0;
    }

    private static long CrlNumber(byte[] der)
    {
        var crl = new Org.BouncyCastle.X509.X509CrlParser().ReadCrl(der);
        var value = crl.GetExtensionValue(Org.BouncyCastle.Asn1.X509.X509Extensions.CrlNumber);
        return Org.BouncyCastle.Asn1.DerInteger.GetInstance(Org.BouncyCastle.Asn1.Asn1Object.FromByteArray(value.GetOctets())).LongValueExact;
    }
}
