namespace Ams.Web.Operations.Resources;

/// <summary>
/// One saved version of a form or a mail template: each save of changed content is the next number, like a model's
/// versions, and the latest is the one in use.
/// </summary>
public sealed class ResourceVersion
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>What the content is: <see cref="ResourceKinds.Form"/> or <see cref="ResourceKinds.MailTemplate"/>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The form's id, or a mail template's <c>{id}.{language}</c>.</summary>
    public string Key { get; set; } = "";

    /// <summary>1 for the first save, then one more for each change.</summary>
    public int Version { get; set; }

    /// <summary>The form-js JSON or the Liquid text.</summary>
    public string Content { get; set; } = "";

    /// <summary>SHA-256 of <see cref="Content"/>, lower-case hex.</summary>
    public string Checksum { get; set; } = "";

    /// <summary>When this version was saved.</summary>
    public DateTimeOffset DeployedAt { get; set; }

    /// <summary>Who saved it (an administrator's email, or <c>system</c> for the shipped files).</summary>
    public string DeployedBy { get; set; } = "";

    /// <summary>Whether this version came from the shipped <c>workflows/</c> folder rather than an editor.</summary>
    public bool FromFolder { get; set; }
}
