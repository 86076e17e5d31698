namespace Ams.Web.Features.Accounts;

/// <summary>The product's roles; BPMN candidate groups use the same names.</summary>
public static class Roles
{
    /// <summary>A certificate holder.</summary>
    public const string Holder = "holder";

    /// <summary>An OP verifier, who decides requests.</summary>
    public const string Verifier = "verifier";

    /// <summary>An administrator, who designs and operates workflows.</summary>
    public const string Admin = "admin";

    /// <summary>Every role.</summary>
    public static readonly IReadOnlyList<string> All = [Holder, Verifier, Admin];
}
