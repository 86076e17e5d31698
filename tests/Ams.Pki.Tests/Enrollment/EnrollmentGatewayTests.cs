using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Ams.Pki.Enrollment;
using Ams.Pki.Issuance;
using Ams.Pki.Revocation;
using Ams.Pki.Tests.Support;

namespace Ams.Pki.Tests.Enrollment;

public sealed class EnrollmentGatewayTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Profile => CertificateProfile.ProteksiEmailDanTandaTanganDigital.Name;

    [Fact]
    public async Task An_issue_enrollment_is_pending_until_processed_then_succeeds_with_the_certificate()
    {
        await using var pki = await TestPki.StartAsync();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var csr = new CertificateRequest("CN=x", key, HashAlgorithmName.SHA256).CreateSigningRequest();

        var id = await pki.Gateway.SubmitAsync(new IssueEnrollment(csr, TestPki.Subject(), Profile), cancellationToken: Ct);
        var before = await pki.Gateway.GetStatusAsync(id, Ct);
        var processed = await pki.Gateway.ProcessPendingAsync(cancellationToken: Ct);
        var after = await pki.Gateway.GetStatusAsync(id, Ct);

        Assert.Equal(EnrollmentState.Pending, before.Value!.State);
        Assert.Null(before.Value.Result);
        Assert.Equal(1, processed);
        Assert.Equal(EnrollmentState.Success, after.Value!.State);
        Assert.NotNull(after.Value.CompletedAt);
        var result = after.Value.Result!;
        using var issued = X509Certificate2.CreateFromPem(result.CertificatePem);
        Assert.Equal(result.Serial, issued.SerialNumber.TrimStart('0').ToLowerInvariant());
        Assert.NotNull(await pki.Authority.FindBySerialAsync(result.Serial, Ct));
        Assert.Equal(0, await pki.Gateway.ProcessPendingAsync(cancellationToken: Ct)); // executed once only
    }

    [Theory]
    [InlineData("revoke")]
    [InlineData("issue")]
    public async Task A_worker_that_dies_right_after_the_CA_committed_leaves_the_enrollment_done_not_to_be_executed_again(string kind)
    {
        var crash = new CrashAfterCommit();
        await using var pki = await TestPki.StartAsync(listener: crash);
        var (certificate, _) = await pki.IssueAsync();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        EnrollmentRequest request = kind == "revoke"
            ? new RevokeEnrollment(certificate.Serial, RevocationReason.KeyCompromise, RevocationActor.Holder)
            : new IssueEnrollment(new CertificateRequest("CN=x", key, HashAlgorithmName.SHA256).CreateSigningRequest(), TestPki.Subject(), Profile);
        var id = await pki.Gateway.SubmitAsync(request, cancellationToken: Ct);

        crash.Armed = true;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pki.Gateway.ProcessPendingAsync(cancellationToken: Ct));
        crash.Armed = false;
        pki.Clock.Advance(pki.Options.EnrollmentLease * 2);
        var executedAgain = await pki.Gateway.ProcessPendingAsync(cancellationToken: Ct);

        Assert.Equal(0, executedAgain);
        var status = await pki.Gateway.GetStatusAsync(id, Ct);
        Assert.Equal(EnrollmentState.Success, status.Value!.State);
        Assert.NotNull(status.Value.Result!.Serial);
    }

    /// <summary>Stops the worker the moment the CA tells of its committed change, as a crash there would.</summary>
    private sealed class CrashAfterCommit : IPkiEventListener
    {
        public bool Armed { get; set; }

        public Task OnEventAsync(PkiEvent pkiEvent, CancellationToken cancellationToken) =>
            Armed ? throw new OperationCanceledException("The node died.") : Task.CompletedTask;
    }

    [Fact]
    public async Task A_revoke_enrollment_revokes_and_reports_the_reason()
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, _) = await pki.IssueAsync();

        var id = await pki.Gateway.SubmitAsync(new RevokeEnrollment(certificate.Serial, RevocationReason.KeyCompromise, RevocationActor.Holder), cancellationToken: Ct);
        await pki.Gateway.ProcessPendingAsync(cancellationToken: Ct);
        var status = await pki.Gateway.GetStatusAsync(id, Ct);

        Assert.Equal(EnrollmentState.Success, status.Value!.State);
        Assert.Equal("revoke", status.Value.Kind);
        Assert.Equal("KEY_COMPROMISE", status.Value.Result!.RevocationReason);
        Assert.NotNull(status.Value.Result.RevokedAt);
        Assert.True((await pki.Authority.FindBySerialAsync(certificate.Serial, Ct))!.IsRevoked);
    }

    [Fact]
    public async Task A_submission_retried_with_its_reference_finds_its_own_enrollment_even_after_the_CA_executed_it()
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, _) = await pki.IssueAsync();
        var requestId = Guid.NewGuid();
        var revoke = new RevokeEnrollment(certificate.Serial, RevocationReason.KeyCompromise, RevocationActor.Holder);

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => pki.Gateway.SubmitAsync(revoke, requestId, Ct))));
        await pki.Gateway.ProcessPendingAsync(cancellationToken: Ct);
        var retried = await pki.Gateway.SubmitAsync(revoke, requestId, Ct);
        await pki.Gateway.ProcessPendingAsync(cancellationToken: Ct);

        Assert.Single(concurrent.Distinct());
        Assert.Equal(concurrent[0], retried);
        var status = await pki.Gateway.GetStatusAsync(retried, Ct);
        Assert.Equal(EnrollmentState.Success, status.Value!.State);
        Assert.NotEqual(retried, await pki.Gateway.SubmitAsync(revoke, Guid.NewGuid(), Ct));
    }

    [Fact]
    public async Task Refused_enrollments_fail_with_the_reason_and_the_queue_goes_on()
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, _) = await pki.IssueAsync();
        using var weak = RSA.Create(1024);
        var weakCsr = new CertificateRequest("CN=x", weak, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSigningRequest();

        var weakKey = await pki.Gateway.SubmitAsync(new IssueEnrollment(weakCsr, TestPki.Subject(), Profile), cancellationToken: Ct);
        var hold = await pki.Gateway.SubmitAsync(new RevokeEnrollment(certificate.Serial, RevocationReason.CertificateHold, RevocationActor.Operator), cancellationToken: Ct);
        var unknownProfile = await pki.Gateway.SubmitAsync(new IssueEnrollment(weakCsr, TestPki.Subject(), "Sertifikat Server"), cancellationToken: Ct);
        var good = await pki.Gateway.SubmitAsync(new RevokeEnrollment(certificate.Serial, RevocationReason.Superseded, RevocationActor.Holder), cancellationToken: Ct);
        var processed = await pki.Gateway.ProcessPendingAsync(cancellationToken: Ct);

        Assert.Equal(4, processed);
        var weakStatus = (await pki.Gateway.GetStatusAsync(weakKey, Ct)).Value!;
        Assert.Equal(EnrollmentState.Failed, weakStatus.State);
        Assert.Equal("RSA keys must have at least 2048 bits; this request's key has 1024.", weakStatus.FailureReason);
        Assert.Null(weakStatus.Result);
        Assert.Contains("CERTIFICATE_HOLD", (await pki.Gateway.GetStatusAsync(hold, Ct)).Value!.FailureReason, StringComparison.Ordinal);
        Assert.Contains("Sertifikat Server", (await pki.Gateway.GetStatusAsync(unknownProfile, Ct)).Value!.FailureReason, StringComparison.Ordinal);
        Assert.Equal(EnrollmentState.Success, (await pki.Gateway.GetStatusAsync(good, Ct)).Value!.State);
    }

    [Fact]
    public async Task Unknown_enrollment_ids_are_a_clear_failure()
    {
        await using var pki = await TestPki.StartAsync();

        var status = await pki.Gateway.GetStatusAsync(Guid.NewGuid(), Ct);

        Assert.False(status.Succeeded);
        Assert.Equal(PkiErrorCode.EnrollmentNotFound, status.Error.Code);
    }

    [Fact]
    public async Task Concurrent_processors_execute_each_enrollment_once()
    {
        await using var pki = await TestPki.StartAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var (certificate, _) = await pki.IssueAsync();
            ids.Add(await pki.Gateway.SubmitAsync(new RevokeEnrollment(certificate.Serial, RevocationReason.Superseded, RevocationActor.Holder), cancellationToken: Ct));
        }

        var counts = await Task.WhenAll(
            Task.Run(() => pki.Gateway.ProcessPendingAsync(cancellationToken: Ct), Ct),
            Task.Run(() => pki.Gateway.ProcessPendingAsync(cancellationToken: Ct), Ct));

        Assert.Equal(6, counts.Sum());
        foreach (var id in ids)
        {
            Assert.Equal(EnrollmentState.Success, (await pki.Gateway.GetStatusAsync(id, Ct)).Value!.State);
        }
    }
}
