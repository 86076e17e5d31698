using Ams.Pki.Revocation;
using Ams.Pki.Tests.Support;

namespace Ams.Pki.Tests.Revocation;

public sealed class RevocationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(RevocationReason.Unspecified)]
    [InlineData(RevocationReason.KeyCompromise)]
    [InlineData(RevocationReason.AffiliationChanged)]
    [InlineData(RevocationReason.Superseded)]
    [InlineData(RevocationReason.CessationOfOperation)]
    public async Task A_holder_may_revoke_with_the_holder_reasons(RevocationReason reason)
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, _) = await pki.IssueAsync();

        var revoked = await pki.Authority.RevokeAsync(certificate.Serial, reason, RevocationActor.Holder, cancellationToken: Ct);

        Assert.True(revoked.Succeeded, revoked.ToString());
        Assert.Equal(reason, revoked.Value.RevocationReason);
        Assert.Equal(pki.Clock.GetUtcNow(), revoked.Value.RevokedAt);
        Assert.Equal("revoked", (await pki.Authority.FindBySerialAsync(certificate.Serial, Ct))!.StatusAt(pki.Clock.GetUtcNow()));
    }

    [Fact]
    public async Task Only_an_operator_may_choose_privilege_withdrawn()
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, _) = await pki.IssueAsync();

        var byHolder = await pki.Authority.RevokeAsync(certificate.Serial, RevocationReason.PrivilegeWithdrawn, RevocationActor.Holder, cancellationToken: Ct);
        var byOperator = await pki.Authority.RevokeAsync(certificate.Serial, RevocationReason.PrivilegeWithdrawn, RevocationActor.Operator, cancellationToken: Ct);

        Assert.False(byHolder.Succeeded);
        Assert.Equal(PkiErrorCode.ReasonNotAllowed, byHolder.Error.Code);
        Assert.Equal("PRIVILEGE_WITHDRAWN may only be chosen by an operator.", byHolder.Error.Message);
        Assert.True(byOperator.Succeeded, byOperator.ToString());
        Assert.Equal("PRIVILEGE_WITHDRAWN", byOperator.Value.RevocationReasonName);
    }

    [Theory]
    [InlineData(RevocationReason.CertificateHold, PkiErrorCode.UnsupportedReason)]
    [InlineData(RevocationReason.RemoveFromCrl, PkiErrorCode.UnsupportedReason)]
    [InlineData(RevocationReason.CaCompromise, PkiErrorCode.ReasonNotAllowed)]
    [InlineData(RevocationReason.AaCompromise, PkiErrorCode.ReasonNotAllowed)]
    [InlineData((RevocationReason)7, PkiErrorCode.UnsupportedReason)]
    public async Task Refuses_hold_unrevocation_and_reasons_that_do_not_apply_even_for_operators(RevocationReason reason, PkiErrorCode code)
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, _) = await pki.IssueAsync();

        var revoked = await pki.Authority.RevokeAsync(certificate.Serial, reason, RevocationActor.Operator, cancellationToken: Ct);

        Assert.False(revoked.Succeeded);
        Assert.Equal(code, revoked.Error.Code);
        Assert.False((await pki.Authority.FindBySerialAsync(certificate.Serial, Ct))!.IsRevoked);
    }

    [Fact]
    public async Task A_revoked_certificate_may_only_have_its_reason_raised_to_key_compromise_keeping_the_revocation_time()
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, _) = await pki.IssueAsync();
        var first = await pki.Authority.RevokeAsync(certificate.Serial, RevocationReason.Superseded, RevocationActor.Holder, cancellationToken: Ct);
        pki.Clock.Advance(TimeSpan.FromHours(1));

        var again = await pki.Authority.RevokeAsync(certificate.Serial, RevocationReason.CessationOfOperation, RevocationActor.Holder, cancellationToken: Ct);
        var raised = await pki.Authority.RevokeAsync(certificate.Serial, RevocationReason.KeyCompromise, RevocationActor.Holder,
            pki.Clock.GetUtcNow().AddDays(-2), Ct);
        var raisedTwice = await pki.Authority.RevokeAsync(certificate.Serial, RevocationReason.KeyCompromise, RevocationActor.Holder, cancellationToken: Ct);

        Assert.False(again.Succeeded);
        Assert.Equal(PkiErrorCode.AlreadyRevoked, again.Error.Code);
        Assert.Contains("already revoked (SUPERSEDED", again.Error.Message, StringComparison.Ordinal);
        Assert.True(raised.Succeeded, raised.ToString());
        Assert.Equal(RevocationReason.KeyCompromise, raised.Value.RevocationReason);
        Assert.Equal(first.Value!.RevokedAt, raised.Value.RevokedAt);
        Assert.NotNull(raised.Value.InvalidityDate);
        Assert.False(raisedTwice.Succeeded);
        Assert.Equal(PkiErrorCode.AlreadyRevoked, raisedTwice.Error.Code);
    }

    [Fact]
    public async Task Refuses_unknown_serials_and_future_invalidity_dates()
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, _) = await pki.IssueAsync();

        var unknown = await pki.Authority.RevokeAsync("0abc", RevocationReason.Unspecified, RevocationActor.Holder, cancellationToken: Ct);
        var notHex = await pki.Authority.RevokeAsync("xyz", RevocationReason.Unspecified, RevocationActor.Holder, cancellationToken: Ct);
        var future = await pki.Authority.RevokeAsync(certificate.Serial, RevocationReason.KeyCompromise, RevocationActor.Holder,
            pki.Clock.GetUtcNow().AddDays(1), Ct);

        Assert.Equal(PkiErrorCode.CertificateNotFound, unknown.Error!.Code);
        Assert.Equal(PkiErrorCode.InvalidRequest, notHex.Error!.Code);
        Assert.Equal(PkiErrorCode.InvalidRequest, future.Error!.Code);
    }

    [Fact]
    public void Reason_names_are_the_upper_case_rfc_5280_names()
    {
        Assert.Equal("KEY_COMPROMISE", RevocationReasons.ToName(RevocationReason.KeyCompromise));
        Assert.True(RevocationReasons.TryParse("cessation_of_operation", out var parsed));
        Assert.Equal(RevocationReason.CessationOfOperation, parsed);
        Assert.False(RevocationReasons.TryParse("HOLD", out _));
        Assert.Equal(
            ["UNSPECIFIED", "KEY_COMPROMISE", "AFFILIATION_CHANGED", "SUPERSEDED", "CESSATION_OF_OPERATION"],
            RevocationReasons.HolderReasons.Select(RevocationReasons.ToName));
    }
}
