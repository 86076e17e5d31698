namespace Ams.Web.Infrastructure.Localization;

/// <summary>The language switch, undelivered mail, inviting a holder and activating an account.</summary>
public static partial class Texts
{
    private static Dictionary<string, (string Id, string En)> AccountWords() => new(StringComparer.Ordinal)
    {
        ["language"] = ("English", "Bahasa Indonesia"),
        ["newHolder"] = ("Akun pemegang baru", "New holder account"),
        ["undeliveredMail"] = ("Email tidak terkirim", "Undelivered mail"),
        ["noUndeliveredMail"] = ("Tidak ada email yang gagal terkirim.", "No mail was given up on."),
        ["mailResent"] = ("{0} email dikirim ulang.", "{0} mail(s) sent again."),
        ["resendAll"] = ("Kirim ulang semua", "Send all again"),
        ["resend"] = ("Kirim ulang", "Send again"),
        ["mailTemplate"] = ("Templat", "Template"),
        ["recipient"] = ("Penerima", "Recipient"),
        ["attempts"] = ("Percobaan", "Attempts"),
        ["lastError"] = ("Galat terakhir", "Last error"),
        ["name"] = ("Nama", "Name"),
        ["invite"] = ("Buat akun dan kirim email", "Create the account and send the email"),
        // Accounts: the language of a new holder's account and invitation
        ["accountLanguage"] = ("Bahasa akun dan email", "Language of the account and its mail"),
        ["languageIndonesian"] = ("Bahasa Indonesia", "Indonesian"),
        ["languageEnglish"] = ("Bahasa Inggris", "English"),
        ["invited"] = ("Akun untuk {0} dibuat; tautan aktivasi dikirim lewat email.", "The account for {0} is created; the activation link is on its way by email."),
        ["activate"] = ("Aktivasi akun", "Activate your account"),
        ["activated"] = ("Kata sandi tersimpan; silakan masuk.", "Your password is set; you can sign in now."),
        ["newPassword"] = ("Kata sandi baru (minimal 10 karakter)", "New password (at least 10 characters)"),
        ["linkInvalid"] = ("Tautan ini sudah tidak berlaku atau sudah dipakai. Minta tautan baru kepada administrator.", "This link has expired or was already used. Ask an administrator for a new one."),
    };
}
