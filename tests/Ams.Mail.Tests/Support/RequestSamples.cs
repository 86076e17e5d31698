using System.Text.Json.Nodes;

namespace Ams.Mail.Tests.Support;

/// <summary>Mail requests as the revocation workflow queues them.</summary>
internal static class RequestSamples
{
    public static MailRequest Approved(string to = "Siti Rahmawati <siti@contoh.go.id>", string language = "id") => new(
        "request-approved",
        language,
        [to],
        new JsonObject
        {
            ["holderName"] = "Siti Rahmawati",
            ["requestId"] = "REQ-2019-0042",
            ["requestNumber"] = "#80A791B0",
            ["serialNumber"] = "14a6e6b5ef3449ec",
            ["decidedAt"] = "2019-05-24T14:36:00+07:00",
            ["note"] = "Data sesuai",
            ["link"] = "https://ams.example.id/permohonan/REQ-2019-0042",
        });
}
