namespace Ams.Web.Operations.Resources;

/// <summary>The kinds of versioned resources.</summary>
public static class ResourceKinds
{
    /// <summary>A form-js form, keyed by its id.</summary>
    public const string Form = "form";

    /// <summary>A mail template variant, keyed by <c>{id}.{language}</c>.</summary>
    public const string MailTemplate = "mail";
}
