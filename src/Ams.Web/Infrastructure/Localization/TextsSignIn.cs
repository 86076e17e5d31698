namespace Ams.Web.Infrastructure.Localization;

/// <summary>The application's name, the layout's menus, signing in with two factors, and locked accounts.</summary>
public static partial class Texts
{
    private static Dictionary<string, (string Id, string En)> SignInWords() => new(StringComparer.Ordinal)
    {
        ["app"] = ("AMS - Layanan Sertifikat Elektronik", "AMS - Electronic Certificate Services"),
        ["signIn"] = ("Masuk", "Sign in"),
        ["signOut"] = ("Keluar", "Sign out"),

        // Layout: skip link, menus and the menu button of small screens
        ["skipToContent"] = ("Langsung ke konten utama", "Skip to main content"),
        ["menu"] = ("Menu", "Menu"),
        ["mainMenu"] = ("Menu utama", "Main menu"),
        ["accountMenu"] = ("Akun dan bahasa", "Account and language"),

        ["email"] = ("Email", "Email"),
        ["password"] = ("Kata sandi", "Password"),
        ["signInFailed"] = ("Email atau kata sandi salah, atau akun dikunci sementara setelah percobaan gagal berulang. Coba lagi nanti.", "The email or password is not right, or the account is locked after repeated failed sign-ins; try again later."),
        ["tooManyAttempts"] = ("Terlalu banyak percobaan masuk. Coba lagi dalam {0} detik.", "Too many sign-in attempts. Try again in {0} seconds."),

        // Two-factor sign-in
        ["twoFactor"] = ("Verifikasi dua langkah", "Two-factor sign-in"),
        ["twoFactorCode"] = ("Kode verifikasi", "Verification code"),
        ["twoFactorCodeHint"] = ("Masukkan kode 6 digit dari aplikasi autentikator Anda.", "Enter the 6-digit code from your authenticator app."),
        ["authenticatorCode"] = ("Kode autentikator", "Authenticator code"),
        ["useRecoveryCode"] = ("Tidak punya akses ke aplikasi? Pakai kode pemulihan", "No access to the app? Use a recovery code"),
        ["recoveryCode"] = ("Kode pemulihan", "Recovery code"),
        ["codeWrong"] = ("Kode tidak benar atau sudah dipakai.", "The code is not right or was already used."),
        ["twoFactorRequired"] = ("Verifikator dan administrator wajib memakai verifikasi dua langkah. Aktifkan dulu sebelum melanjutkan.", "Verifiers and administrators must use two-factor sign-in. Turn it on before going on."),
        ["twoFactorOffered"] = ("Lindungi akun Anda dengan kode dari aplikasi autentikator setiap kali masuk.", "Protect your account with a code from an authenticator app at each sign-in."),
        ["twoFactorStepScan"] = ("Pindai kode QR ini dengan aplikasi autentikator (misalnya Google Authenticator, Microsoft Authenticator, FreeOTP).", "Scan this QR code with an authenticator app (such as Google Authenticator, Microsoft Authenticator, FreeOTP)."),
        ["twoFactorQrAlt"] = ("Kode QR untuk aplikasi autentikator", "QR code for the authenticator app"),
        ["twoFactorStepKey"] = ("Atau ketik kunci ini:", "Or type this key:"),
        ["twoFactorStepCode"] = ("Masukkan kode 6 digit yang ditampilkan aplikasi.", "Enter the 6-digit code the app shows."),
        ["twoFactorEnable"] = ("Aktifkan", "Turn on"),
        ["twoFactorNowOn"] = ("Verifikasi dua langkah sudah aktif.", "Two-factor sign-in is on."),
        ["twoFactorIsOn"] = ("Verifikasi dua langkah aktif untuk akun ini.", "Two-factor sign-in is on for this account."),
        ["recoveryCodesOnce"] = ("Simpan kode pemulihan ini di tempat aman. Masing-masing hanya berlaku sekali, dan kode ini tidak akan ditampilkan lagi.", "Keep these recovery codes somewhere safe. Each works once, and they will not be shown again."),
        ["continue"] = ("Lanjut", "Continue"),
        ["demoTwoFactorSkipped"] = ("Akun demo: verifikasi dua langkah dilewati untuk akun demo (hanya di lingkungan Development).", "Demo account: two-factor sign-in is skipped for demo accounts (Development only)."),
        ["lockedAccounts"] = ("Akun terkunci", "Locked accounts"),
        ["noLockedAccounts"] = ("Tidak ada akun yang terkunci.", "No account is locked."),
        ["failedSignIns"] = ("Percobaan gagal", "Failed sign-ins"),
        ["unlock"] = ("Buka kunci", "Unlock"),
        ["unlocked"] = ("Kunci akun {0} dibuka.", "The account {0} is unlocked."),
    };
}
