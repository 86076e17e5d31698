namespace Ams.Mail;

/// <summary>
/// The SMTP server mail is delivered to, bound from <c>Ams:Mail:Smtp</c>. Without a
/// <see cref="Host"/> mail is written to the pickup folder instead.
/// </summary>
public sealed class SmtpOptions
{
    /// <summary>Host name of the SMTP server (<c>Ams:Mail:Smtp:Host</c>); empty means "use the pickup folder".</summary>
    public string? Host { get; set; }

    /// <summary>Port of the SMTP server (<c>Ams:Mail:Smtp:Port</c>, default 25).</summary>
    public int Port { get; set; } = 25;

    /// <summary>The From address of every mail (<c>Ams:Mail:Smtp:From</c>), e.g. <c>AMS &lt;noreply@ams.local&gt;</c>.</summary>
    public string From { get; set; } = "AMS <noreply@ams.local>";

    /// <summary>How the connection is secured (<c>Ams:Mail:Smtp:Security</c>, default <see cref="SmtpSecurity.Auto"/>).</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>User name for SMTP authentication (<c>Ams:Mail:Smtp:UserName</c>); none means no authentication.</summary>
    public string? UserName { get; set; }

    /// <summary>Password for SMTP authentication (<c>Ams:Mail:Smtp:Password</c>).</summary>
    public string? Password { get; set; }

    /// <summary>Time allowed for each SMTP operation (<c>Ams:Mail:Smtp:Timeout</c>, default 30 seconds).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether an SMTP host is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
