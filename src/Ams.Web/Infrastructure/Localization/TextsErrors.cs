namespace Ams.Web.Infrastructure.Localization;

/// <summary>The error pages.</summary>
public static partial class Texts
{
    private static Dictionary<string, (string Id, string En)> ErrorWords() => new(StringComparer.Ordinal)
    {
        // Error pages: 403, 404, 500 and any other failed request of a browser
        ["errorCode"] = ("Kode {0}", "Error {0}"),
        ["errorNotFoundTitle"] = ("Halaman tidak ditemukan", "Page not found"),
        ["errorNotFoundMessage"] = ("Halaman atau data yang Anda cari tidak ada, sudah dipindahkan, atau bukan milik akun Anda.", "The page or record you are looking for does not exist, has moved, or does not belong to your account."),
        ["errorForbiddenTitle"] = ("Akses ditolak", "Access denied"),
        ["errorForbiddenMessage"] = ("Akun Anda tidak berhak membuka halaman ini. Jika menurut Anda ini keliru, hubungi administrator.", "Your account may not open this page. If you think this is a mistake, contact an administrator."),
        ["errorServerErrorTitle"] = ("Terjadi kesalahan pada sistem", "Something went wrong"),
        ["errorServerErrorMessage"] = ("Permintaan Anda tidak dapat diselesaikan karena kesalahan pada sistem. Silakan coba lagi beberapa saat lagi; jika masih terjadi, hubungi administrator.", "Your request could not be completed because of a fault on our side. Please try again in a moment; if it keeps happening, contact an administrator."),
        ["errorOtherTitle"] = ("Permintaan tidak dapat diproses", "The request could not be handled"),
        ["errorOtherMessage"] = ("Permintaan ini tidak dapat diproses. Kembali ke halaman sebelumnya dan coba lagi.", "This request could not be handled. Go back to the previous page and try again."),
        ["errorReference"] = ("Kode referensi untuk administrator:", "Reference for the administrator:"),
        ["errorHome"] = ("Ke halaman utama", "Go to the home page"),
        ["errorPrevious"] = ("Kembali ke halaman sebelumnya", "Back to the previous page"),
    };
}
