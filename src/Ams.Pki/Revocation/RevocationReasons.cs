using System.Collections.Frozen;

namespace Ams.Pki.Revocation;

/// <summary>Names and policy of the revocation reasons.</summary>
public static class RevocationReasons
{
    private static readonly FrozenDictionary<RevocationReason, string> Names = new Dictionary<RevocationReason, string>
    {
        [RevocationReason.Unspecified] = "UNSPECIFIED",
        [RevocationReason.KeyCompromise] = "KEY_COMPROMISE",
        [RevocationReason.CaCompromise] = "CA_COMPROMISE",
        [RevocationReason.AffiliationChanged] = "AFFILIATION_CHANGED",
        [RevocationReason.Superseded] = "SUPERSEDED",
        [RevocationReason.CessationOfOperation] = "CESSATION_OF_OPERATION",
        [RevocationReason.CertificateHold] = "CERTIFICATE_HOLD",
        [RevocationReason.RemoveFromCrl] = "REMOVE_FROM_CRL",
        [RevocationReason.PrivilegeWithdrawn] = "PRIVILEGE_WITHDRAWN",
        [RevocationReason.AaCompromise] = "AA_COMPROMISE",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, RevocationReason> ByName =
        Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The reasons a holder may choose, in display order.</summary>
    public static IReadOnlyList<RevocationReason> HolderReasons { get; } =
    [
        RevocationReason.Unspecified,
        RevocationReason.KeyCompromise,
        RevocationReason.AffiliationChanged,
        RevocationReason.Superseded,
        RevocationReason.CessationOfOperation,
    ];

    /// <summary>The reasons an operator may choose, in display order.</summary>
    public static IReadOnlyList<RevocationReason> OperatorReasons { get; } =
        [.. HolderReasons, RevocationReason.PrivilegeWithdrawn];

    /// <summary>The upper-case name shown to users, e.g. <c>KEY_COMPROMISE</c>.</summary>
    /// <param name="reason">The reason.</param>
    public static string ToName(RevocationReason reason) =>
        Names.TryGetValue(reason, out var name) ? name : ((int)reason).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Parses an upper-case name (case-insensitive), e.g. <c>KEY_COMPROMISE</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="reason">The reason when known.</param>
    public static bool TryParse(string? name, out RevocationReason reason) =>
        ByName.TryGetValue(name?.Trim() ?? string.Empty, out reason);

    /// <summary>Why <paramref name="actor"/> may not choose <paramref name="reason"/>, or null when allowed.</summary>
    /// <param name="reason">The requested reason.</param>
    /// <param name="actor">Who asks.</param>
    public static PkiError? CheckAllowed(RevocationReason reason, RevocationActor actor) => reason switch
    {
        RevocationReason.CertificateHold => new(PkiErrorCode.UnsupportedReason,
            "CERTIFICATE_HOLD is not supported: a revocation is definitive."),
        RevocationReason.RemoveFromCrl => new(PkiErrorCode.UnsupportedReason,
            "REMOVE_FROM_CRL is not supported: a revoked certificate cannot be reinstated."),
        RevocationReason.CaCompromise => new(PkiErrorCode.ReasonNotAllowed,
            "CA_COMPROMISE applies to CA certificates, not to a holder's certificate."),
        RevocationReason.AaCompromise => new(PkiErrorCode.ReasonNotAllowed,
            "AA_COMPROMISE applies to attribute authorities, not to a holder's certificate."),
        RevocationReason.PrivilegeWithdrawn when actor != RevocationActor.Operator => new(PkiErrorCode.ReasonNotAllowed,
            "PRIVILEGE_WITHDRAWN may only be chosen by an operator."),
        _ when !Names.ContainsKey(reason) => new(PkiErrorCode.UnsupportedReason,
            $"Reason code {(int)reason} is not an RFC 5280 revocation reason."),
        _ => null,
    };
}
