using MimeKit;

namespace Ams.Mail.Transport;

/// <summary>
/// Writes each message as an <c>.eml</c> file into a folder, named after its Message-ID, so a
/// message delivered twice is one file. The default transport when no SMTP host is configured.
/// </summary>
public sealed class PickupFolderTransport : IMailTransport
{
    /// <summary>Creates a transport writing into <paramref name="directory"/> (created when missing).</summary>
    public PickupFolderTransport(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>The folder the files are written to.</summary>
    public string Directory { get; }

    /// <summary>The path a message with <paramref name="messageId"/> is written to.</summary>
    public string PathFor(string messageId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var invalid = Path.GetInvalidFileNameChars();
        var name = new string(messageId.Trim('<', '>').Select(c => invalid.Contains(c) ? '_' : c).ToArray());
        return Path.Combine(Directory, name + ".eml");
    }

    /// <inheritdoc />
    public async Task<MailSendResult> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var path = PathFor(message.MessageId ?? throw new ArgumentException("The message has no Message-ID.", nameof(message)));
        var temporary = path + ".tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            await using (var stream = File.Create(temporary))
            {
                await message.WriteToAsync(stream, cancellationToken);
            }

            // Readers of the folder never see a half-written file.
            File.Move(temporary, path, overwrite: true);
            return MailSendResult.Sent;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return MailSendResult.Transient($"Writing '{path}' failed: {e.Message}");
        }
    }
}
