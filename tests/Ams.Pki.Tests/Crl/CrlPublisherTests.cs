using Ams.Pki.Revocation;
using Ams.Pki.Tests.Support;

namespace Ams.Pki.Tests.Crl;

public sealed class CrlPublisherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Openssl_verify_with_crl_check_says_ok_before_and_revoked_after()
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, leaf) = await pki.IssueAsync();

        var before = await OpenSsl.RunAsync(pki.Directory, "verify", "-crl_check", "-CAfile", pki.RootPem, "-untrusted", pki.IssuingPem,
            "-CRLfile", await pki.WriteCrlPemAsync(), leaf);
        await pki.Authority.RevokeAsync(certificate.Serial, RevocationReason.KeyCompromise, RevocationActor.Holder, cancellationToken: Ct);
        await pki.Crl.PublishAsync(Ct);
        var after = await OpenSsl.RunAsync(pki.Directory, "verify", "-crl_check", "-CAfile", pki.RootPem, "-untrusted", pki.IssuingPem,
            "-CRLfile", await pki.WriteCrlPemAsync(), leaf);

        Assert.True(before.ExitCode == 0, before.All);
        Assert.Contains(": OK", before.All, StringComparison.Ordinal);
        Assert.NotEqual(0, after.ExitCode);
        Assert.Contains("certificate revoked", after.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Openssl_crl_shows_entries_reasons_invalidity_dates_crl_number_and_authority_key_identifier()
    {
        await using var pki = await TestPki.StartAsync();
        var (unspecified, _) = await pki.IssueAsync();
        var (compromised, _) = await pki.IssueAsync();
        var (withdrawn, _) = await pki.IssueAsync();
        var (valid, _) = await pki.IssueAsync();
        await pki.Authority.RevokeAsync(unspecified.Serial, RevocationReason.Unspecified, RevocationActor.Holder, cancellationToken: Ct);
        await pki.Authority.RevokeAsync(compromised.Serial, RevocationReason.KeyCompromise, RevocationActor.Holder,
            new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), Ct);
        await pki.Authority.RevokeAsync(withdrawn.Serial, RevocationReason.PrivilegeWithdrawn, RevocationActor.Operator, cancellationToken: Ct);

        var published = await pki.Crl.PublishAsync(Ct);
        var crl = await pki.WriteCrlPemAsync();
        var verify = await OpenSsl.RunOkAsync(pki.Directory, "crl", "-in", crl, "-noout", "-verify", "-CAfile", pki.IssuingPem);
        var text = await OpenSsl.RunOkAsync(pki.Directory, "crl", "-in", crl, "-noout", "-text");

        Assert.Contains("verify OK", verify, StringComparison.Ordinal);
        Assert.Equal(3, published.EntryCount);
        Assert.Contains("Version 2", text, StringComparison.Ordinal);
        Assert.Contains("X509v3 CRL Number: \n                " + published.Number, text, StringComparison.Ordinal);
        Assert.Contains("X509v3 Authority Key Identifier", text, StringComparison.Ordinal);
        Assert.Contains("Next Update:", text, StringComparison.Ordinal);
        var entries = Entries(text);
        Assert.Equal(3, entries.Count);
        Assert.DoesNotContain("Reason Code", entries[unspecified.Serial.ToUpperInvariant()], StringComparison.Ordinal);
        Assert.Contains("Key Compromise", entries[compromised.Serial.ToUpperInvariant()], StringComparison.Ordinal);
        Assert.Contains("Invalidity Date: \n                Jan  2 03:04:05 2026 GMT", entries[compromised.Serial.ToUpperInvariant()], StringComparison.Ordinal);
        Assert.Contains("Privilege Withdrawn", entries[withdrawn.Serial.ToUpperInvariant()], StringComparison.Ordinal);
        Assert.DoesNotContain(valid.Serial.ToUpperInvariant(), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_crl_has_no_revoked_certificates_list_and_numbers_increase()
    {
        await using var pki = await TestPki.StartAsync();
        var first = await pki.Crl.PublishAsync(Ct);
        var second = await pki.Crl.PublishAsync(Ct);
        var text = await OpenSsl.RunOkAsync(pki.Directory, "crl", "-in", await pki.WriteCrlPemAsync(), "-noout", "-text", "-verify", "-CAfile", pki.IssuingPem);

        Assert.Equal(first.Number + 1, second.Number);
        Assert.Contains("No Revoked Certificates.", text, StringComparison.Ordinal);
        Assert.Equal(second.Der, await pki.Crl.GetCurrentCrlAsync(Ct));
    }

    [Fact]
    public async Task Republishes_revocations_in_one_batch_after_the_delay_and_again_on_schedule()
    {
        await using var pki = await TestPki.StartAsync(o =>
        {
            o.CrlRevocationBatchDelay = TimeSpan.FromSeconds(2);
            o.CrlRepublishInterval = TimeSpan.FromHours(1);
        });
        var initial = await pki.Crl.PublishIfDueAsync(Ct);
        Assert.NotNull(initial); // none yet
        Assert.Null(await pki.Crl.PublishIfDueAsync(Ct));

        var (a, _) = await pki.IssueAsync();
        var (b, _) = await pki.IssueAsync();
        await pki.Authority.RevokeAsync(a.Serial, RevocationReason.Superseded, RevocationActor.Holder, cancellationToken: Ct);
        pki.Clock.Advance(TimeSpan.FromSeconds(1));
        await pki.Authority.RevokeAsync(b.Serial, RevocationReason.Superseded, RevocationActor.Holder, cancellationToken: Ct);
        var tooEarly = await pki.Crl.PublishIfDueAsync(Ct);
        pki.Clock.Advance(TimeSpan.FromSeconds(1));
        var batch = await pki.Crl.PublishIfDueAsync(Ct);
        var nothingPending = await pki.Crl.PublishIfDueAsync(Ct);
        pki.Clock.Advance(TimeSpan.FromHours(1));
        var scheduled = await pki.Crl.PublishIfDueAsync(Ct);

        Assert.Null(tooEarly);
        Assert.NotNull(batch);
        Assert.Equal(2, batch.EntryCount);
        Assert.Equal(initial.Number + 1, batch.Number);
        Assert.Null(nothingPending);
        Assert.NotNull(scheduled);
        Assert.Equal(batch.Number + 1, scheduled.Number);
    }

    private static Dictionary<string, string> Entries(string text)
    {
        var result = new Dictionary<string, string>();
        var parts = text.Split("Serial Number: ", StringSplitOptions.None);
        foreach (var part in parts.Skip(1))
        {
            var serial = part[..part.IndexOf('\n', StringComparison.Ordinal)].Trim().TrimStart('0');
            result[serial] = part;
        }

        return result;
    }
}
