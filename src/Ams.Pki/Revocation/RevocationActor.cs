namespace Ams.Pki.Revocation;

/// <summary>Who asks for a revocation: it decides which reasons are allowed.</summary>
public enum RevocationActor
{
    /// <summary>The certificate holder (self-service).</summary>
    Holder,

    /// <summary>An operator of the registration authority.</summary>
    Operator,
}
