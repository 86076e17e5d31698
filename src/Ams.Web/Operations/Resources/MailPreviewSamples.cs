using System.Text.Json.Nodes;

namespace Ams.Web.Operations.Resources;

/// <summary>Sample values of the variables the revocation process gives its mails, for the template editor's preview.</summary>
public static class MailPreviewSamples
{
    /// <summary>A fresh copy of the sample variables.</summary>
    public static JsonObject Variables() => new()
    {
        ["holderName"] = "Budi Santoso",
        ["holderEmail"] = "budi.santoso@contoh.go.id",
        ["email"] = "budi.santoso@contoh.go.id",
        ["verifierName"] = "Petugas OP",
        ["kind"] = "revoke",
        ["requestId"] = "3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f",
        ["requestNumber"] = "#3F2B8C1E",
        ["serialNumber"] = "5d3c9a0f1e2b4c6d",
        ["reason"] = "KEY_COMPROMISE",
        ["reasonLabel"] = "Kunci dikompromikan (KEY_COMPROMISE)",
        ["note"] = "Data pemohon sesuai.",
        ["decision"] = "approved",
        ["error"] = "The certification authority is not reachable.",
        ["createdAt"] = "2026-05-24T14:34:00+07:00",
        ["decidedAt"] = "2026-05-24T15:10:00+07:00",
        ["revokedAt"] = "2026-05-24T15:12:00+07:00",
        ["dueAt"] = "2026-05-25T14:34:00+07:00",
        ["expiresAt"] = "2026-05-27T14:34:00+07:00",
        ["enrolledAt"] = "2026-05-26T09:15:00+07:00",
        ["product"] = "Tanda Tangan Digital",
        ["link"] = "https://ams.contoh.go.id/permohonan",
        ["enrollmentLink"] = "https://ams.contoh.go.id/penerbitan/3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f/enrollment",
    };
}
