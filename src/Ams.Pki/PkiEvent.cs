namespace Ams.Pki;

/// <summary>Something the certification authority did, after it was committed.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Serial">The certificate's serial (lower-case hex), when it concerns one.</param>
/// <param name="Detail">A short description: profile and holder, reason, CRL number.</param>
public sealed record PkiEvent(PkiEventKind Kind, string? Serial, string Detail);
