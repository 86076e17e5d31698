using System.Text.Json.Nodes;
using Ams.Mail.Tests.Support;

namespace Ams.Mail.Tests.Templates;

public sealed class ShippedTemplateTests
{
    private static readonly JsonObject Model = new()
    {
        ["holderName"] = "Siti Rahmawati",
        ["verifierName"] = "Budi Santoso",
        ["email"] = "siti@contoh.go.id",
        ["kind"] = "revoke",
        ["requestId"] = "REQ-2019-0042",
        ["serialNumber"] = "14a6e6b5ef3449ec",
        ["reason"] = "KEY_COMPROMISE",
        ["note"] = "Data sesuai",
        ["error"] = "CA unreachable",
        ["link"] = "https://ams.example.id/permohonan/REQ-2019-0042",
        ["createdAt"] = "2019-05-24T14:34:00+07:00",
        ["decidedAt"] = "2019-05-24T14:36:00+07:00",
        ["revokedAt"] = "2019-05-24T14:40:00+07:00",
        ["expiresAt"] = "2019-05-31T23:59:00+07:00",
        ["dueAt"] = "2019-05-25T14:34:00+07:00",
        ["product"] = "Tanda Tangan Digital",
        ["enrolledAt"] = "2019-05-26T09:15:00+07:00",
        ["enrollmentLink"] = "https://ams.example.id/penerbitan/REQ-2019-0042/enrollment",
    };

    public static TheoryData<string, string, string, string[]> Expectations => new()
    {
        { "request-received", "id", "Permohonan pencabutan sertifikat 14a6e6b5ef3449ec telah diterima", ["Yth. Siti Rahmawati,", "Nomor Permohonan : REQ-2019-0042", "Alasan           : KEY_COMPROMISE", "24-05-2019 14:34", "Status Permohonan", "https://ams.example.id/permohonan/REQ-2019-0042"] },
        { "request-received", "en", "Your certificate revocation request for 14a6e6b5ef3449ec has been received", ["Dear Siti Rahmawati,", "Request number : REQ-2019-0042", "Reason         : KEY_COMPROMISE", "24-05-2019 14:34", "https://ams.example.id/permohonan/REQ-2019-0042"] },
        { "request-approved", "id", "Permohonan REQ-2019-0042 telah disetujui", ["Yth. Siti Rahmawati,", "disetujui pada 24-05-2019 14:36", "Catatan Verifikasi : Data sesuai", "Serial Number      : 14a6e6b5ef3449ec", "enrollment"] },
        { "request-approved", "en", "Request REQ-2019-0042 has been approved", ["Dear Siti Rahmawati,", "approved at 24-05-2019 14:36", "Verification note : Data sesuai", "Serial number     : 14a6e6b5ef3449ec"] },
        { "request-rejected", "id", "Permohonan REQ-2019-0042 ditolak", ["Yth. Siti Rahmawati,", "ditolak pada 24-05-2019 14:36", "Catatan Verifikasi : Data sesuai", "Sertifikat Anda tetap berlaku."] },
        { "request-rejected", "en", "Request REQ-2019-0042 has been rejected", ["Dear Siti Rahmawati,", "rejected at 24-05-2019 14:36", "Verification note : Data sesuai", "Your certificate remains valid."] },
        { "certificate-revoked", "id", "Sertifikat 14a6e6b5ef3449ec telah dicabut", ["Yth. Siti Rahmawati,", "Alasan           : KEY_COMPROMISE", "Waktu Pencabutan : 24-05-2019 14:40", "Enrollment       : success", "REQ-2019-0042"] },
        { "certificate-revoked", "en", "Certificate 14a6e6b5ef3449ec has been revoked", ["Dear Siti Rahmawati,", "Reason          : KEY_COMPROMISE", "Revocation time : 24-05-2019 14:40", "REQ-2019-0042"] },
        { "enrollment-failed", "id", "Permohonan REQ-2019-0042 gagal diproses", ["Yth. Siti Rahmawati,", "Keterangan       : CA unreachable", "Sertifikat Anda masih berlaku.", "14a6e6b5ef3449ec"] },
        { "enrollment-failed", "en", "Request REQ-2019-0042 could not be executed", ["Dear Siti Rahmawati,", "Details        : CA unreachable", "Your certificate is still valid.", "14a6e6b5ef3449ec"] },
        { "account-invitation", "id", "Undangan akun AMS untuk siti@contoh.go.id", ["Yth. Siti Rahmawati,", "alamat email siti@contoh.go.id", "berlaku sampai 31-05-2019 23:59", "https://ams.example.id/permohonan/REQ-2019-0042"] },
        { "account-invitation", "en", "Your AMS account invitation for siti@contoh.go.id", ["Dear Siti Rahmawati,", "email address siti@contoh.go.id", "valid until 31-05-2019 23:59", "https://ams.example.id/permohonan/REQ-2019-0042"] },
        { "verifier-reminder", "id", "Pengingat: permohonan REQ-2019-0042 menunggu Verifikasi", ["Yth. Budi Santoso,", "sebelum 25-05-2019 14:34", "Permohonan       : revoke", "Pemohon          : Siti Rahmawati", "Diajukan         : 24-05-2019 14:34"] },
        { "issuance-received", "id", "Permohonan penerbitan sertifikat Tanda Tangan Digital telah diterima", ["Siti Rahmawati", "REQ-2019-0042", "24-05-2019 14:34"] },
        { "issuance-received", "en", "Your certificate application for Tanda Tangan Digital has been received", ["Dear Siti Rahmawati,", "REQ-2019-0042", "24-05-2019 14:34"] },
        { "issuance-approved", "id", "Permohonan REQ-2019-0042 disetujui: silakan lakukan enrollment", ["Siti Rahmawati", "Data sesuai", "https://ams.example.id/penerbitan/REQ-2019-0042/enrollment"] },
        { "issuance-approved", "en", "Request REQ-2019-0042 approved: please enroll", ["Dear Siti Rahmawati,", "Data sesuai", "https://ams.example.id/penerbitan/REQ-2019-0042/enrollment"] },
        { "issuance-rejected", "id", "Permohonan penerbitan REQ-2019-0042 ditolak", ["Siti Rahmawati", "Data sesuai", "24-05-2019 14:36"] },
        { "issuance-rejected", "en", "Certificate application REQ-2019-0042 rejected", ["Dear Siti Rahmawati,", "Verification note : Data sesuai", "rejected on 24-05-2019 14:36", "Tanda Tangan Digital"] },
        { "certificate-issued", "id", "Sertifikat Elektronik 14a6e6b5ef3449ec telah terbit", ["Siti Rahmawati", "REQ-2019-0042", "26-05-2019 09:15"] },
        { "certificate-issued", "en", "Electronic certificate 14a6e6b5ef3449ec has been issued", ["Dear Siti Rahmawati,", "Serial number  : 14a6e6b5ef3449ec", "Issued         : 26-05-2019 09:15", "Tanda Tangan Digital"] },
        { "issuance-expired", "id", "Permohonan penerbitan REQ-2019-0042 kedaluwarsa", ["Siti Rahmawati", "Tanda Tangan Digital"] },
        { "issuance-expired", "en", "Certificate application REQ-2019-0042 has expired", ["Dear Siti Rahmawati,", "Tanda Tangan Digital"] },
        { "verifier-reminder", "en", "Reminder: request REQ-2019-0042 awaits verification", ["Dear Budi Santoso,", "due by 25-05-2019 14:34", "Request        : revoke", "Requester      : Siti Rahmawati", "Submitted      : 24-05-2019 14:34"] },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public void Renders_each_template_in_each_language_with_its_variables(string template, string language, string subject, string[] bodyContains)
    {
        var library = ShippedTemplates.Load();

        var result = library.Render(template, language, Model);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(subject, result.Mail.Subject);
        Assert.Equal(language, result.Mail.Language);
        foreach (var expected in bodyContains)
        {
            Assert.Contains(expected, result.Mail.Body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("{{", result.Mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", result.Mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Ships_twelve_templates_in_Indonesian_and_English()
    {
        var library = ShippedTemplates.Load();

        var variants = library.Templates.Select(t => $"{t.Id}.{t.Language}").Order(StringComparer.Ordinal);

        Assert.Equal(
            from id in new[]
            {
                "account-invitation", "certificate-issued", "certificate-revoked", "enrollment-failed", "issuance-approved", "issuance-expired",
                "issuance-received", "issuance-rejected", "request-approved", "request-received", "request-rejected", "verifier-reminder",
            }
            from language in new[] { "en", "id" }
            select $"{id}.{language}",
            variants);
    }

    [Fact]
    public void Leaves_out_the_verification_note_line_when_there_is_no_note()
    {
        var library = ShippedTemplates.Load();
        var model = Model.DeepClone().AsObject();
        model.Remove("note");

        var result = library.Render("request-approved", "id", model);

        Assert.True(result.Succeeded, result.Error);
        Assert.DoesNotContain("Catatan Verifikasi", result.Mail.Body, StringComparison.Ordinal);
        Assert.Contains("disetujui pada 24-05-2019 14:36", result.Mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Speaks_of_issuance_for_an_issue_request()
    {
        var library = ShippedTemplates.Load();
        var model = Model.DeepClone().AsObject();
        model["kind"] = "issue";

        var result = library.Render("request-received", "id", model);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Permohonan penerbitan sertifikat 14a6e6b5ef3449ec telah diterima", result.Mail.Subject);
    }
}
