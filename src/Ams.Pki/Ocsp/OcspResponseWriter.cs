using System.Formats.Asn1;
using Ams.Pki.Authority;

namespace Ams.Pki.Ocsp;

/// <summary>Encodes OCSP responses (RFC 6960 §4.2) and signs them with the delegated signer's platform key.</summary>
internal static class OcspResponseWriter
{
    private const string IdPkixOcspBasic = "1.3.6.1.5.5.7.48.1.1";

    /// <summary>OCSPResponse with status malformedRequest (1).</summary>
    public static byte[] MalformedRequest => [0x30, 0x03, 0x0A, 0x01, 0x01];

    /// <summary>OCSPResponse with status internalError (2).</summary>
    public static byte[] InternalError => [0x30, 0x03, 0x0A, 0x01, 0x02];

    private static readonly Asn1Tag Context0 = new(TagClass.ContextSpecific, 0, isConstructed: true);
    private static readonly Asn1Tag Context1 = new(TagClass.ContextSpecific, 1, isConstructed: true);
    private static readonly Asn1Tag Context2 = new(TagClass.ContextSpecific, 2, isConstructed: true);

    public static byte[] Successful(
        CaCredentials ca,
        IReadOnlyList<OcspCertId> certIds,
        IReadOnlyList<OcspCertStatus> statuses,
        byte[]? nonceExtensionValue,
        DateTimeOffset now,
        TimeSpan validity)
    {
        now = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
        var tbs = new AsnWriter(AsnEncodingRules.DER, 256);
        using (tbs.PushSequence())
        {
            using (tbs.PushSequence(Context2))
            {
                tbs.WriteOctetString(ca.OcspSignerKeyHash);
            }

            tbs.WriteGeneralizedTime(now, omitFractionalSeconds: true);
            using (tbs.PushSequence())
            {
                for (var i = 0; i < certIds.Count; i++)
                {
                    WriteSingleResponse(tbs, certIds[i], statuses[i], now, validity);
                }
            }

            if (nonceExtensionValue is not null)
            {
                using (tbs.PushSequence(Context1))
                using (tbs.PushSequence())
                using (tbs.PushSequence())
                {
                    tbs.WriteObjectIdentifier(OcspRequestParser.NonceOid);
                    tbs.WriteOctetString(nonceExtensionValue);
                }
            }
        }

        var tbsDer = tbs.Encode();
        var signature = ca.OcspKey.Sign(tbsDer);

        var basic = new AsnWriter(AsnEncodingRules.DER, tbsDer.Length + signature.Length + ca.OcspSignerDer.Length + 64);
        using (basic.PushSequence())
        {
            basic.WriteEncodedValue(tbsDer);
            basic.WriteEncodedValue(ca.OcspKey.AlgorithmIdentifier);
            basic.WriteBitString(signature);
            using (basic.PushSequence(Context0))
            using (basic.PushSequence())
            {
                basic.WriteEncodedValue(ca.OcspSignerDer);
            }
        }

        var response = new AsnWriter(AsnEncodingRules.DER, basic.GetEncodedLength() + 32);
        using (response.PushSequence())
        {
            response.WriteEncodedValue([0x0A, 0x01, 0x00]); // successful
            using (response.PushSequence(Context0))
            using (response.PushSequence())
            {
                response.WriteObjectIdentifier(IdPkixOcspBasic);
                response.WriteOctetString(basic.Encode());
            }
        }

        return response.Encode();
    }

    private static void WriteSingleResponse(AsnWriter writer, OcspCertId certId, OcspCertStatus status, DateTimeOffset now, TimeSpan validity)
    {
        using (writer.PushSequence())
        {
            writer.WriteEncodedValue(certId.Der);
            switch (status.Kind)
            {
                case OcspCertStatusKind.Good:
                    writer.WriteNull(new Asn1Tag(TagClass.ContextSpecific, 0));
                    break;
                case OcspCertStatusKind.Revoked:
                    using (writer.PushSequence(Context1))
                    {
                        writer.WriteGeneralizedTime(DateTimeOffset.FromUnixTimeMilliseconds(status.RevokedAt), omitFractionalSeconds: true);
                        if (status.ReasonCode != 0)
                        {
                            using (writer.PushSequence(Context0))
                            {
                                writer.WriteEncodedValue([0x0A, 0x01, (byte)status.ReasonCode]);
                            }
                        }
                    }

                    break;
                default:
                    writer.WriteNull(new Asn1Tag(TagClass.ContextSpecific, 2));
                    break;
            }

            writer.WriteGeneralizedTime(now, omitFractionalSeconds: true);
            using (writer.PushSequence(Context0))
            {
                writer.WriteGeneralizedTime(now + validity, omitFractionalSeconds: true);
            }
        }
    }
}
