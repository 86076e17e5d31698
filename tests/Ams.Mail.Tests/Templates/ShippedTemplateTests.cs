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
        ["requestId"] = "80a791b0-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
        ["requestNumber"] = "#80A791B0",
        ["serialNumber"] = "14a6e6b5ef3449ec",
        ["reason"] = "KEY_COMPROMISE",
        ["note"] = "Data sesuai",
        ["error"] = "CA unreachable",
        ["link"] = "https://ams.example.id/permohonan",
        ["createdAt"] = "2019-05-24T14:34:00+07:00",
        ["decidedAt"] = "2019-05-24T14:36:00+07:00",
        ["revokedAt"] = "2019-05-24T14:40:00+07:00",
        ["expiresAt"] = "2019-05-31T23:59:00+07:00",
        ["dueAt"] = "2019-05-25T14:34:00+07:00",
        ["product"] = "Tanda Tangan Digital",
        ["enrolledAt"] = "2019-05-26T09:15:00+07:00",
        ["enrollmentLink"] = "https://ams.example.id/penerbitan/80a791b0-1c2d-4e5f-8a9b-0c1d2e3f4a5b/enrollment",
    };

    public static TheoryData<string, string, string, string[]> Expectations => new()
    {
        { "request-received", "id", "Permohonan #80A791B0: pencabutan sertifikat 14a6e6b5ef3449ec telah diterima", ["Yth. Siti Rahmawati,", "Nomor Permohonan : #80A791B0", "Alasan           : KEY_COMPROMISE", "24-05-2019 14:34 WIB", "Status Permohonan", "https://ams.example.id/permohonan"] },
        { "request-received", "en", "Request #80A791B0: your certificate revocation request for 14a6e6b5ef3449ec has been received", ["Dear Siti Rahmawati,", "Request number : #80A791B0", "Reason         : KEY_COMPROMISE", "24-05-2019 14:34 WIB", "https://ams.example.id/permohonan"] },
        { "request-approved", "id", "Permohonan #80A791B0 untuk sertifikat 14a6e6b5ef3449ec telah disetujui", ["Yth. Siti Rahmawati,", "disetujui pada 24-05-2019 14:36 WIB", "Catatan Verifikasi : Data sesuai", "Serial Number      : 14a6e6b5ef3449ec", "enrollment"] },
        { "request-approved", "en", "Request #80A791B0 for certificate 14a6e6b5ef3449ec has been approved", ["Dear Siti Rahmawati,", "approved at 24-05-2019 14:36 WIB", "Verification note : Data sesuai", "Serial number     : 14a6e6b5ef3449ec"] },
        { "request-rejected", "id", "Permohonan #80A791B0 untuk sertifikat 14a6e6b5ef3449ec ditolak", ["Yth. Siti Rahmawati,", "ditolak pada 24-05-2019 14:36 WIB", "Catatan Verifikasi : Data sesuai", "Sertifikat Anda tetap berlaku."] },
        { "request-rejected", "en", "Request #80A791B0 for certificate 14a6e6b5ef3449ec has been rejected", ["Dear Siti Rahmawati,", "rejected at 24-05-2019 14:36 WIB", "Verification note : Data sesuai", "Your certificate remains valid."] },
        { "certificate-revoked", "id", "Sertifikat 14a6e6b5ef3449ec telah dicabut (permohonan #80A791B0)", ["Yth. Siti Rahmawati,", "Alasan           : KEY_COMPROMISE", "Waktu Pencabutan : 24-05-2019 14:40 WIB", "Enrollment       : success", "#80A791B0"] },
        { "certificate-revoked", "en", "Certificate 14a6e6b5ef3449ec has been revoked (request #80A791B0)", ["Dear Siti Rahmawati,", "Reason          : KEY_COMPROMISE", "Revocation time : 24-05-2019 14:40 WIB", "#80A791B0"] },
        { "enrollment-failed", "id", "Permohonan #80A791B0 untuk sertifikat 14a6e6b5ef3449ec gagal diproses", ["Yth. Siti Rahmawati,", "Keterangan       : CA unreachable", "Sertifikat Anda masih berlaku.", "14a6e6b5ef3449ec"] },
        { "enrollment-failed", "en", "Request #80A791B0 for certificate 14a6e6b5ef3449ec could not be executed", ["Dear Siti Rahmawati,", "Details        : CA unreachable", "Your certificate is still valid.", "14a6e6b5ef3449ec"] },
        { "account-invitation", "id", "Undangan akun AMS untuk siti@contoh.go.id", ["Yth. Siti Rahmawati,", "alamat email siti@contoh.go.id", "berlaku sampai 31-05-2019 23:59 WIB", "https://ams.example.id/permohonan"] },
        { "account-invitation", "en", "Your AMS account invitation for siti@contoh.go.id", ["Dear Siti Rahmawati,", "email address siti@contoh.go.id", "valid until 31-05-2019 23:59 WIB", "https://ams.example.id/permohonan"] },
        { "verifier-reminder", "id", "Pengingat: permohonan #80A791B0 untuk sertifikat 14a6e6b5ef3449ec menunggu Verifikasi", ["Yth. Budi Santoso,", "sebelum 25-05-2019 14:34 WIB", "Permohonan       : pencabutan", "Pemohon          : Siti Rahmawati", "Diajukan         : 24-05-2019 14:34 WIB"] },
        { "issuance-received", "id", "Permohonan #80A791B0: penerbitan sertifikat Tanda Tangan Digital telah diterima", ["Siti Rahmawati", "#80A791B0", "24-05-2019 14:34 WIB"] },
        { "issuance-received", "en", "Request #80A791B0: your certificate application for Tanda Tangan Digital has been received", ["Dear Siti Rahmawati,", "#80A791B0", "24-05-2019 14:34 WIB"] },
        { "issuance-approved", "id", "Permohonan #80A791B0 disetujui: silakan lakukan enrollment", ["Siti Rahmawati", "Data sesuai", "https://ams.example.id/penerbitan/80a791b0-1c2d-4e5f-8a9b-0c1d2e3f4a5b/enrollment"] },
        { "issuance-approved", "en", "Request #80A791B0 approved: please enroll", ["Dear Siti Rahmawati,", "Data sesuai", "https://ams.example.id/penerbitan/80a791b0-1c2d-4e5f-8a9b-0c1d2e3f4a5b/enrollment"] },
        { "issuance-rejected", "id", "Permohonan penerbitan #80A791B0 ditolak", ["Siti Rahmawati", "Data sesuai", "24-05-2019 14:36 WIB"] },
        { "issuance-rejected", "en", "Certificate application #80A791B0 rejected", ["Dear Siti Rahmawati,", "Verification note : Data sesuai", "rejected on 24-05-2019 14:36 WIB", "Tanda Tangan Digital"] },
        { "certificate-issued", "id", "Sertifikat Elektronik 14a6e6b5ef3449ec telah terbit (permohonan #80A791B0)", ["Siti Rahmawati", "#80A791B0", "26-05-2019 09:15 WIB"] },
        { "certificate-issued", "en", "Electronic certificate 14a6e6b5ef3449ec has been issued (request #80A791B0)", ["Dear Siti Rahmawati,", "Serial number  : 14a6e6b5ef3449ec", "Issued         : 26-05-2019 09:15 WIB", "Tanda Tangan Digital"] },
        { "issuance-expired", "id", "Permohonan penerbitan #80A791B0 kedaluwarsa", ["Siti Rahmawati", "Tanda Tangan Digital"] },
        { "issuance-expired", "en", "Certificate application #80A791B0 has expired", ["Dear Siti Rahmawati,", "Tanda Tangan Digital"] },
        { "verifier-reminder", "en", "Reminder: request #80A791B0 for certificate 14a6e6b5ef3449ec awaits verification", ["Dear Budi Santoso,", "due by 25-05-2019 14:34 WIB", "Request        : revocation", "Requester      : Siti Rahmawati", "Submitted      : 24-05-2019 14:34 WIB"] },
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

        // The full id may travel inside a link (the enrollment page's address), never in the words.
        var words = System.Text.RegularExpressions.Regex.Replace(result.Mail.Subject + result.Mail.Body, @"https?://\S+", "");
        Assert.DoesNotContain("80a791b0-", words, StringComparison.OrdinalIgnoreCase);
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
    public void Every_template_exists_in_Indonesian_and_English_with_a_subject_and_a_body()
    {
        var files = Directory.GetFiles(ShippedTemplates.Directory, "*.liquid");
        var byId = files.Select(file => Path.GetFileName(file)).GroupBy(name => name.Split('.')[0], StringComparer.Ordinal).ToList();

        Assert.NotEmpty(byId);
        foreach (var template in byId)
        {
            var languages = template.Select(name => name.Split('.')[1]).Order(StringComparer.Ordinal);
            Assert.True(
                languages.SequenceEqual([MailTemplateLanguages.English, MailTemplateLanguages.Indonesian]),
                $"'{template.Key}' is written in {string.Join(", ", languages)}, not in exactly Indonesian and English.");
        }

        foreach (var file in files)
        {
            var lines = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            Assert.True(lines[0].StartsWith("subject:", StringComparison.Ordinal) && lines[0]["subject:".Length..].Trim().Length > 0, $"{Path.GetFileName(file)} has no subject.");
            Assert.True(string.Join('\n', lines.Skip(2)).Trim().Length > 0, $"{Path.GetFileName(file)} has no body.");
        }
    }

    [Fact]
    public void Every_time_in_a_mail_names_its_zone()
    {
        var library = ShippedTemplates.Load();

        foreach (var template in library.Templates)
        {
            var result = library.Render(template.Id, template.Language, Model);
            Assert.True(result.Succeeded, result.Error);
            var mail = result.Mail!;
            var times = System.Text.RegularExpressions.Regex.Matches(mail.Subject + "\n" + mail.Body, @"\d{2}-\d{2}-\d{4} \d{2}:\d{2}(?<after>.{0,4})");
            Assert.All(times, time => Assert.StartsWith(" WIB", time.Groups["after"].Value, StringComparison.Ordinal));
        }
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
        Assert.Contains("disetujui pada 24-05-2019 14:36 WIB", result.Mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Speaks_of_issuance_for_an_issue_request()
    {
        var library = ShippedTemplates.Load();
        var model = Model.DeepClone().AsObject();
        model["kind"] = "issue";

        var result = library.Render("request-received", "id", model);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Permohonan #80A791B0: penerbitan sertifikat 14a6e6b5ef3449ec telah diterima", result.Mail.Subject);
    }
}
