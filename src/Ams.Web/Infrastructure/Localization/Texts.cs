using System.Globalization;

namespace Ams.Web.Infrastructure.Localization;

/// <summary>The pages' words, Indonesian first (the seed's labels), English on request.</summary>
public static class Texts
{
    private static readonly Dictionary<string, (string Id, string En)> Words = new(StringComparer.Ordinal)
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
        // What a holder's application, enrollment or revocation is refused with (pages and the holder's API)
        ["issuanceOneFilePerDocument"] = ("Satu berkas untuk setiap dokumen.", "One file per document."),
        ["issuanceDocumentType"] = ("Dokumen bukan PDF, JPEG, atau PNG (dikenali dari isinya, bukan dari namanya).", "The document is not a PDF, JPEG or PNG (recognised by its content, not its name)."),
        ["issuanceInProgress"] = ("Permohonan penerbitan untuk '{0}' masih diproses.", "An issuance request for '{0}' is already in progress."),
        ["issuanceCouldNotStart"] = ("Proses penerbitan tidak dapat dimulai.", "The issuance process could not start."),
        ["enrollmentCsrOrPassphrase"] = ("Kirim 'csr' (permintaan PKCS#10, PEM) atau 'passphrase' (server membuat kuncinya), tidak keduanya.", "Send either 'csr' (a PKCS#10 request, PEM) or 'passphrase' (the server makes the key), not both."),
        ["enrollmentNotWaiting"] = ("Permohonan ini tidak sedang menunggu enrollment Anda.", "The request is not waiting for your enrollment."),
        ["enrollmentNotVerified"] = ("Permohonan belum diverifikasi.", "The request has not been verified yet."),
        ["enrollmentRejected"] = ("Permohonan ditolak.", "The request was rejected."),
        ["enrollmentExpired"] = ("Permohonan kedaluwarsa: batas waktu enrollment telah lewat. Ajukan kembali.", "The request expired: the enrollment window has passed. Apply again."),
        ["enrollmentImpossible"] = ("Permohonan tidak dapat di-enroll.", "The request cannot be enrolled."),
        ["enrollmentCaBusy"] = ("Otoritas sertifikat belum selesai; coba lagi sebentar lagi.", "The certification authority has not finished; try again shortly."),
        ["certificateAlreadyRevoked"] = ("Sertifikat sudah dicabut.", "The certificate is already revoked."),
        ["revocationInProgress"] = ("Permohonan untuk sertifikat ini masih diproses.", "A request for this certificate is already in progress."),
        ["revocationCouldNotStart"] = ("Proses pencabutan tidak dapat dimulai.", "The revocation process could not start."),
        // Inviting a holder: what the form or the API gets back for a wrong field
        ["inviteLanguageWrong"] = ("Bahasa harus 'id' (Indonesia) atau 'en' (Inggris).", "The language is 'id' (Indonesian) or 'en' (English)."),
        ["inviteEmailWrong"] = ("Alamat email yang valid wajib diisi.", "A valid email address is required."),
        ["inviteNameWrong"] = ("Nama wajib diisi, paling banyak 128 karakter.", "A name of at most 128 characters is required."),
        ["inviteEmailTaken"] = ("Sudah ada akun dengan email ini.", "An account with this email already exists."),
        ["subjectOrganizationWrong"] = ("Organisasi paling banyak 64 karakter.", "An organisation of at most 64 characters."),
        ["subjectUnitWrong"] = ("Unit kerja paling banyak 64 karakter.", "A unit of at most 64 characters."),
        ["subjectIdentityNumberWrong"] = ("Nomor identitas paling banyak 32 digit (NIK 16 digit).", "An identity number of at most 32 digits (a NIK has 16)."),
        ["unlock"] = ("Buka kunci", "Unlock"),
        ["unlocked"] = ("Kunci akun {0} dibuka.", "The account {0} is unlocked."),
        ["digitalCertificates"] = ("Sertifikat Digital", "Digital certificates"),
        ["yourCertificates"] = ("Sertifikat Anda", "Your certificates"),
        ["requestStatus"] = ("Status Permohonan", "Request status"),
        ["verification"] = ("Verifikasi", "Verification"),
        ["inbox"] = ("Kotak Tugas Verifikasi", "Verification inbox"),
        ["date"] = ("Tanggal", "Date"),
        ["request"] = ("Permohonan", "Request"),
        ["verificationNote"] = ("Catatan Verifikasi", "Verification note"),
        ["enrollment"] = ("Enrollment", "Enrollment"),
        ["noRequests"] = ("Belum ada permohonan.", "No requests yet."),
        ["refreshing"] = ("Halaman ini diperbarui otomatis sampai enrollment selesai.", "This page refreshes itself until enrollment ends."),
        ["openTasks"] = ("Tugas terbuka", "Open tasks"),
        ["myTasks"] = ("Diklaim oleh saya", "Claimed by me"),
        ["completedTasks"] = ("Selesai oleh saya", "Completed by me"),
        ["reason"] = ("Alasan", "Reason"),
        ["holder"] = ("Pemegang", "Holder"),
        ["serialNumber"] = ("Serial Number", "Serial number"),
        ["overdue"] = ("Lewat batas waktu", "Overdue"),
        ["filter"] = ("Saring", "Filter"),
        ["dueAt"] = ("Batas waktu", "Due"),
        ["priority"] = ("Prioritas", "Priority"),
        ["task"] = ("Tugas", "Task"),
        ["open"] = ("Buka", "Open"),
        ["noTasks"] = ("Tidak ada tugas.", "No tasks."),
        ["claim"] = ("Klaim", "Claim"),
        ["unclaim"] = ("Lepas klaim", "Unclaim"),
        ["note"] = ("Catatan", "Note"),
        ["claimedBy"] = ("Diklaim oleh", "Claimed by"),
        ["earlierRequests"] = ("Permohonan sebelumnya dari pemegang ini", "This holder's earlier requests"),

        // Verifier inbox: columns, words for values, claim and decide, confirmation, messages after a redirect
        ["requestNumber"] = ("No. Permohonan", "Request no."),
        ["requestDate"] = ("Tanggal Permohonan", "Request date"),
        ["kindRevoke"] = ("Pencabutan", "Revocation"),
        ["kindIssue"] = ("Penerbitan", "Issuance"),
        ["priorityHigh"] = ("Tinggi", "High"),
        ["priorityNormal"] = ("Normal", "Normal"),
        ["priorityLow"] = ("Rendah", "Low"),
        ["decision"] = ("Keputusan", "Decision"),
        ["decisionApproved"] = ("Disetujui", "Approved"),
        ["decisionRejected"] = ("Ditolak", "Rejected"),
        ["decidedAt"] = ("Diputuskan pada", "Decided at"),
        ["decide"] = ("Putuskan", "Decide"),
        ["claimAndDecide"] = ("Klaim & putuskan", "Claim & decide"),
        ["heldByAnother"] = ("Tugas ini sedang dipegang oleh {0}. Hanya verifikator tersebut yang dapat memutuskannya sampai tugas dilepas.", "{0} holds this task. Only they can decide it until they return it."),
        ["confirmDecisionTitle"] = ("Konfirmasi keputusan", "Confirm the decision"),
        ["confirmDecide"] = ("Kirim keputusan ini? Keputusan tidak dapat diubah setelah dikirim.", "Send this decision? It cannot be changed once sent."),
        ["confirmClaimAndDecide"] = ("Klaim tugas ini dan kirim keputusan ini? Keputusan tidak dapat diubah setelah dikirim.", "Claim this task and send this decision? It cannot be changed once sent."),
        ["confirmDecisionSubmit"] = ("Ya, kirim keputusan", "Yes, send the decision"),
        ["cancel"] = ("Batal", "Cancel"),
        ["taskClaimed"] = ("Tugas berhasil diklaim. Sekarang Anda yang memutuskannya.", "You claimed the task; it is yours to decide."),
        ["taskUnclaimed"] = ("Klaim dilepas. Tugas kembali ke kelompok verifikator.", "You returned the task to the verifier group."),
        ["taskDecided"] = ("Keputusan untuk permohonan {0} tersimpan: {1}.", "The decision on request {0} is saved: {1}."),
        ["refusedTaken"] = ("Tugas ini sudah diputuskan atau sedang dipegang verifikator lain.", "This task was already decided or another verifier holds it."),
        ["refusedOwnRequest"] = ("Anda tidak dapat memutuskan permohonan Anda sendiri.", "You cannot decide a request you made yourself."),
        ["refusedSecondDecision"] = ("Anda sudah memutuskan tahap lain dari permohonan ini; tahap ini harus diputuskan verifikator lain.", "You decided another step of this request; another verifier must decide this one."),
        ["noteRequiredToReject"] = ("Catatan wajib diisi bila permohonan ditolak.", "A note is required to reject a request."),
        ["pages"] = ("Halaman", "Pages"),
        ["pageOf"] = ("Halaman {0} dari {1} ({2} baris)", "Page {0} of {1} ({2} rows)"),
        ["previousPage"] = ("Sebelumnya", "Previous"),
        ["nextPage"] = ("Berikutnya", "Next"),
        ["back"] = ("Kembali", "Back"),

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
        ["validUntilColumn"] = ("Akhir Masa Berlaku", "End of validity"),
        ["validUntil"] = ("Berlaku Sampai", "Valid until"),
        ["status"] = ("Status", "Status"),
        ["certificateInfo"] = ("Info Sertifikat", "Certificate information"),
        ["verifiedByOp"] = ("Diverifikasi oleh Petugas OP", "Verified by an OP officer"),
        ["product"] = ("Produk", "Product"),
        ["confirmRevoke"] = ("Cabut sertifikat ini? Pencabutan tidak dapat dibatalkan.", "Revoke this certificate? A revocation cannot be undone."),
        ["requestInProgress"] = ("Permohonan untuk sertifikat ini sedang diproses.", "A request for this certificate is in progress."),

        // Holder pages: what each status means, the reasons in words, notices after a form, empty lists
        ["certificateStatus:valid"] = ("berlaku", "valid"),
        ["certificateStatus:revoked"] = ("dicabut", "revoked"),
        ["certificateStatus:expired"] = ("kedaluwarsa", "expired"),
        ["certificateStatus:revocation-requested"] = ("pencabutan diajukan", "revocation requested"),
        ["requestKind:issue"] = ("penerbitan", "issuance"),
        ["requestKind:revoke"] = ("pencabutan", "revocation"),
        ["verificationStatus:pending"] = ("menunggu verifikasi", "awaiting verification"),
        ["verificationStatus:approved"] = ("disetujui", "approved"),
        ["verificationStatus:rejected"] = ("ditolak", "rejected"),
        ["enrollmentStatus:not-carried-out"] = ("tidak dilanjutkan", "not carried out"),
        ["enrollmentStatus:pending"] = ("menunggu enrollment", "awaiting enrollment"),
        ["enrollmentStatus:success"] = ("berhasil", "succeeded"),
        ["enrollmentStatus:failed"] = ("gagal", "failed"),
        ["enrollmentStatus:expired"] = ("kedaluwarsa", "expired"),
        ["reason:UNSPECIFIED"] = ("Tidak disebutkan", "Unspecified"),
        ["reason:KEY_COMPROMISE"] = ("Kunci dikompromikan", "Key compromised"),
        ["reason:CA_COMPROMISE"] = ("CA dikompromikan", "CA compromised"),
        ["reason:AFFILIATION_CHANGED"] = ("Perubahan afiliasi", "Affiliation changed"),
        ["reason:SUPERSEDED"] = ("Digantikan sertifikat baru", "Superseded by a new certificate"),
        ["reason:CESSATION_OF_OPERATION"] = ("Penghentian kegiatan", "Cessation of operation"),
        ["reason:CERTIFICATE_HOLD"] = ("Ditangguhkan sementara", "Put on hold"),
        ["reason:REMOVE_FROM_CRL"] = ("Dikeluarkan dari CRL", "Removed from the CRL"),
        ["reason:PRIVILEGE_WITHDRAWN"] = ("Hak dicabut", "Privilege withdrawn"),
        ["reason:AA_COMPROMISE"] = ("AA dikompromikan", "Attribute authority compromised"),
        ["number"] = ("Nomor", "Number"),
        ["revocationReason"] = ("Alasan pencabutan", "Revocation reason"),
        ["revokedAt"] = ("Tanggal pencabutan", "Revoked on"),
        ["revocationFiled"] = ("Permohonan pencabutan {0} untuk sertifikat {1} telah diajukan dan menunggu verifikasi Petugas OP.", "Revocation request {0} for certificate {1} was filed and awaits an OP officer's verification."),
        ["applicationFiledNumbered"] = ("Permohonan penerbitan {0} telah diterima dan menunggu verifikasi Petugas OP.", "Application {0} was received and awaits an OP officer's verification."),
        ["requestInProgressNumbered"] = ("Permohonan {0} untuk sertifikat ini sedang diproses.", "Request {0} for this certificate is in progress."),
        ["revokeReasonRefused"] = ("Alasan ini tidak dapat dipilih oleh pemegang sertifikat.", "A holder may not choose this reason."),
        ["revokeConflict"] = ("Sertifikat ini sudah dicabut, atau permohonan untuknya sedang diproses.", "This certificate is already revoked, or a request for it is in progress."),
        ["noCertificates"] = ("Anda belum memiliki sertifikat.", "You have no certificates yet."),

        // Issuance: apply, enroll
        ["applyForCertificate"] = ("Permohonan Penerbitan", "Apply for a certificate"),
        ["applyIntro"] = ("Pilih produk, periksa data subjek dari akun Anda, lalu lampirkan dokumen pendukung.", "Pick a product, check the subject data from your account, and attach the supporting documents."),
        ["keyUsages"] = ("Key usage", "Key usages"),
        ["extendedKeyUsages"] = ("Extended key usage", "Extended key usages"),
        ["subjectData"] = ("Data Subjek", "Subject data"),
        ["subjectFromAccount"] = ("Data ini diambil dari akun Anda dan tidak dapat diubah di sini.", "This comes from your account and cannot be changed here."),
        ["organization"] = ("Organisasi", "Organisation"),
        ["organizationalUnit"] = ("Unit kerja", "Unit"),
        ["identityNumber"] = ("Nomor identitas", "Identity number"),
        ["documents"] = ("Dokumen pendukung", "Supporting documents"),
        ["documentHint"] = ("PDF, JPEG atau PNG, maksimal {0} MB per berkas.", "PDF, JPEG or PNG, at most {0} MB each."),
        ["submitApplication"] = ("Ajukan permohonan", "Submit the application"),
        ["productInvalid"] = ("Pilih salah satu produk.", "Pick one of the products."),
        ["documentMissing"] = ("Lampirkan dokumen ini.", "Attach this document."),
        ["documentInvalid"] = ("Dokumen harus berupa PDF, JPEG atau PNG (dikenali dari isinya), maksimal {0} MB.", "The document must be a PDF, JPEG or PNG (recognised by its content) of at most {0} MB."),
        ["applicationOpen"] = ("Permohonan penerbitan untuk produk ini masih diproses.", "An application for this product is still in progress."),
        ["tryLater"] = ("Tidak dapat diproses saat ini; coba lagi nanti.", "This cannot be done right now; try again later."),
        ["enroll"] = ("Enroll", "Enroll"),
        ["enrollTitle"] = ("Enrollment Sertifikat", "Certificate enrollment"),
        ["enrollIntro"] = ("Permohonan Anda telah disetujui. Pilih salah satu cara untuk menerima sertifikat.", "Your application was approved. Choose one way to receive the certificate."),
        ["enrollWithCsr"] = ("Unggah CSR (PKCS#10)", "Upload a CSR (PKCS#10)"),
        ["csrHint"] = ("Tempel CSR berformat PEM atau pilih berkasnya. Subjek dan ekstensi diambil dari permohonan yang disetujui, bukan dari CSR.", "Paste a PEM CSR or pick its file. The subject and extensions come from the approved application, not from the CSR."),
        ["csrFile"] = ("Berkas CSR", "CSR file"),
        ["issueFromCsr"] = ("Terbitkan sertifikat", "Issue the certificate"),
        ["csrInvalid"] = ("CSR tidak diterima.", "The CSR was refused."),
        ["enrollWithKey"] = ("Kunci dibuat oleh server (PKCS#12)", "Key made by the server (PKCS#12)"),
        ["keyHint"] = ("Server membuat kunci privat dan mengirimkannya sekali saja sebagai berkas PKCS#12 yang dilindungi kata sandi ini. Kunci dan kata sandi tidak disimpan.", "The server makes the private key and sends it once, as a PKCS#12 file protected by this passphrase. Neither is kept."),
        ["passphrase"] = ("Kata sandi PKCS#12", "PKCS#12 passphrase"),
        ["passphraseAgain"] = ("Ulangi kata sandi", "Passphrase again"),
        ["downloadPkcs12"] = ("Buat kunci dan unduh PKCS#12", "Make the key and download the PKCS#12"),
        ["passphrasesDiffer"] = ("Kedua kata sandi tidak sama.", "The two passphrases differ."),
        ["passphraseWeak"] = ("Kata sandi terlalu lemah.", "The passphrase is too weak."),
        ["downloadStarted"] = ("Unduhan PKCS#12 dimulai. Simpan berkasnya: berkas ini tidak dapat diunduh lagi.", "The PKCS#12 download has started. Keep the file: it cannot be downloaded again."),
        ["notWaitingForEnrollment"] = ("Permohonan ini tidak sedang menunggu enrollment Anda.", "This request is not waiting for your enrollment."),
        ["certificateIssued"] = ("Sertifikat Anda telah terbit.", "Your certificate is issued."),
        ["downloadCertificate"] = ("Unduh sertifikat", "Download the certificate"),
        ["kind"] = ("Jenis", "Kind"),
        ["openInNewTab"] = ("Buka di tab baru", "Open in a new tab"),
        ["by"] = ("oleh", "by"),

        // Administration: designer and model versions
        ["designer"] = ("Desainer alur kerja", "Workflow designer"),
        ["newModel"] = ("Baru", "New"),
        ["deployedVersion"] = ("Proses dan versi yang sudah di-deploy", "Deployed process and version"),
        ["import"] = ("Impor", "Import"),
        ["export"] = ("Ekspor", "Export"),
        ["undo"] = ("Urungkan", "Undo"),
        ["redo"] = ("Ulangi", "Redo"),
        ["check"] = ("Periksa", "Check"),
        ["deploy"] = ("Deploy", "Deploy"),
        ["designerImportWarnings"] = ("{0} ({1} peringatan impor)", "{0} ({1} import warnings)"),
        ["designerCannotOpen"] = ("Model tidak dapat dibuka: {0}", "Cannot open the model: {0}"),
        ["designerNoVersion"] = ("Tidak ada versi {0} yang sudah di-deploy.", "No deployed version of {0}."),
        ["designerProblemsBlock"] = ("{0} masalah menghalangi deploy.", "{0} problem(s) block deployment."),
        ["designerAccepted"] = ("Engine menerima model ini.", "The engine accepts this model."),
        ["designerDeployed"] = ("{0} versi {1} sudah di-deploy.", "Deployed {0} version {1}."),
        ["designerUnchanged"] = ("Tidak berubah: {0} versi {1} sudah berisi model ini.", "Unchanged: {0} version {1} is this model already."),
        ["designerNotDeployed"] = ("Tidak di-deploy: {0} masalah.", "Not deployed: {0} problem(s)."),
        ["designerTemplatesFailed"] = ("Template elemen: {0}", "Element templates: {0}"),
        ["designerNewProcess"] = ("Proses baru", "New process"),
        ["workflowVersions"] = ("Versi alur kerja", "Workflow versions"),

        // Administration: decision tables
        ["calledBy"] = ("Dipanggil oleh", "Called by"),
        ["calls"] = ("Memanggil", "Calls"),
        ["decisions"] = ("Tabel keputusan", "Decision tables"),
        ["deployedDecision"] = ("Keputusan dan versi yang sudah di-deploy", "Deployed decisions and version"),
        ["decisionViews"] = ("Keputusan dalam berkas ini", "Decisions in this file"),
        ["decisionsNew"] = ("Keputusan baru", "New decision"),
        ["decisionsNoneDeployed"] = ("Belum ada keputusan yang di-deploy.", "No decision deployed yet."),
        ["version"] = ("Versi", "Version"),
        ["deployedAt"] = ("Dideploy pada", "Deployed at"),
        ["deployedBy"] = ("Dideploy oleh", "Deployed by"),
        ["download"] = ("Unduh", "Download"),
        ["openInDesigner"] = ("Buka di desainer", "Open in designer"),
        ["compare"] = ("Bandingkan", "Compare"),
        ["problems"] = ("Masalah", "Problems"),
        ["chooseTemplate"] = ("Pilih template", "Choose a template"),

        // Administration: designer's deploy confirmation and the API reference
        ["designerConfirmTitle"] = ("Deploy model ini?", "Deploy this model?"),
        ["designerConfirmText"] = ("Proses {0} akan di-deploy sebagai versi {1}. Instans yang sedang berjalan tetap memakai versinya sendiri.", "Process {0} will be deployed as version {1}. Running instances keep their own version."),
        ["designerConfirmUnchanged"] = ("Model ini sama persis dengan proses {0} versi {1}: deploy tidak membuat versi baru.", "This model is exactly process {0} version {1}: deploying makes no new version."),
        ["designerConfirmDeploy"] = ("Ya, deploy", "Yes, deploy"),
        ["designerCancelDeploy"] = ("Batal", "Cancel"),
        ["designerDeployCancelled"] = ("Deploy dibatalkan.", "Deployment cancelled."),
        ["apiReference"] = ("Referensi API", "API reference"),

        // Administration: forms and mail templates
        ["forms"] = ("Formulir", "Forms"),
        ["mailTemplates"] = ("Template email", "Mail templates"),
        ["formUnknown"] = ("Formulir tugas ini ({0}) tidak dikenal: simpan formulir dengan id ini di Admin → Formulir agar tugas dapat diisi di sini.", "This task's form ({0}) is unknown: save a form with this id under Admin → Forms to fill the task in here."),
        ["formInvalid"] = ("Formulir belum diisi dengan benar.", "The form is not filled in correctly."),
        ["completeTask"] = ("Selesaikan", "Complete"),

        // Server validation of task forms and mail templates, shown on the pages as they come
        ["fieldRequired"] = ("Kolom ini wajib diisi.", "This field is required."),
        ["numberExpected"] = ("Isi dengan angka.", "A number is expected."),
        ["trueOrFalseExpected"] = ("Isi dengan ya atau tidak (true/false).", "true or false is expected."),
        ["textExpected"] = ("Isi dengan teks.", "Text is expected."),
        ["oneOfExpected"] = ("Pilih salah satu dari: {0}.", "One of {0} is expected."),
        ["atMostCharacters"] = ("Paling banyak {0} karakter.", "At most {0} characters."),
        ["notAFormField"] = ("'{0}' bukan kolom pada formulir '{1}'.", "'{0}' is not a field of the form '{1}'."),
        ["templateEmpty"] = ("Template masih kosong.", "The template is empty."),
        ["templateTooLong"] = ("Template paling banyak {0} karakter.", "A template may have at most {0} characters."),
        ["templateUnusable"] = ("Template tidak dapat dipakai.", "The template cannot be used."),
        ["templateSyntax"] = ("Baris {0}, kolom {1}: penulisan Liquid tidak benar. Periksa tanda {{{{ }}}} dan {{% %}} di sekitarnya. (Rincian: {2})", "Line {0}, column {1}: the Liquid is not written correctly. Check the {{{{ }}}} and {{% %}} marks around it. (Details: {2})"),
        ["templateSubjectLine"] = ("Baris {0}, kolom {1}: baris pertama harus diawali 'subject: ' lalu subjek email.", "Line {0}, column {1}: the first line must be 'subject: ' followed by the mail's subject."),
        ["templateBlankLine"] = ("Baris {0}, kolom {1}: setelah baris subjek harus ada satu baris kosong, lalu isi email.", "Line {0}, column {1}: the subject line must be followed by a blank line and then the body."),
        ["templateRenderFailed"] = ("Template tidak dapat ditampilkan dengan data contoh: {0}", "The template cannot be rendered with the sample data: {0}"),
        ["newResource"] = ("Baru (id: huruf kecil, angka, tanda hubung)", "New (id: lower-case letters, digits, dashes)"),
        ["save"] = ("Simpan sebagai versi baru", "Save as a new version"),
        ["saved"] = ("Tersimpan:", "Saved:"),
        ["versions"] = ("Versi", "Versions"),
        ["preview"] = ("Pratinjau", "Preview"),

        // Administration: process instances
        ["instances"] = ("Instans proses", "Process instances"),
        ["process"] = ("Proses", "Process"),
        ["startedAt"] = ("Dimulai", "Started"),
        ["endedAt"] = ("Berakhir", "Ended"),
        ["incidents"] = ("Insiden", "Incidents"),
        ["withIncidents"] = ("Dengan insiden", "With incidents"),
        ["noInstances"] = ("Tidak ada instans.", "No instances."),
        ["history"] = ("Riwayat", "History"),
        ["variables"] = ("Variabel", "Variables"),
        ["retry"] = ("Coba lagi", "Retry"),
        ["waiting"] = ("Menunggu", "Waiting"),
        ["done"] = ("Selesai", "Completed"),
        ["failed"] = ("Gagal", "Failed"),
        ["elementCounts"] = ("Jumlah per elemen", "Counts per element"),
        ["element"] = ("Elemen", "Element"),

        // Administration: instance states and the version comparison's legend, as the pages show them
        ["stateActive"] = ("aktif", "active"),
        ["stateCompleted"] = ("selesai", "completed"),
        ["stateTerminated"] = ("dihentikan", "terminated"),
        ["compareAdded"] = ("ditambahkan", "added"),
        ["compareRemoved"] = ("dihapus", "removed"),
        ["compareChanged"] = ("diubah", "changed"),
        ["compareMoved"] = ("dipindahkan", "moved"),
        ["noDifferences"] = ("Tidak ada perbedaan.", "No differences."),

        // Administration: paging and copying in the instance list, picking a process for the element counts
        ["instancesPerPage"] = ("Baris per halaman", "Rows per page"),
        ["instancesPages"] = ("Halaman daftar instans", "Instance list pages"),
        ["instancesPage"] = ("Halaman {0}", "Page {0}"),
        ["instancesPrevious"] = ("← Sebelumnya", "← Previous"),
        ["instancesNext"] = ("Berikutnya →", "Next →"),
        ["instancesCopyId"] = ("Salin {0}", "Copy {0}"),
        ["instancesCopied"] = ("Disalin: {0}", "Copied: {0}"),
        ["instancesCopyFailed"] = ("Tidak dapat menyalin; pilih teks id lalu salin secara manual.", "Cannot copy; select the id's text and copy it by hand."),
        ["overviewChooseProcess"] = ("Pilih proses dan versi untuk melihat jumlah instans per elemen.", "Choose a process and a version to see the instances per element."),
        ["overviewLatest"] = ("terbaru", "latest"),
        ["overviewNoProcesses"] = ("Belum ada proses yang di-deploy.", "No process is deployed yet."),
    };

    /// <summary>The word for <paramref name="key"/> in the current UI language.</summary>
    public static string Get(string key)
    {
        if (!Words.TryGetValue(key, out var word))
        {
            return key;
        }

        return IsEnglish ? word.En : word.Id;
    }

    /// <summary>The text for <paramref name="key"/> in the current UI language with its <c>{0}</c>, <c>{1}</c>… filled in.</summary>
    public static string Format(string key, params object?[] values) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), values);

    /// <summary>Every key, for the check that each has both languages.</summary>
    public static IReadOnlyCollection<string> Keys => Words.Keys;

    /// <summary>Both texts of <paramref name="key"/>: Indonesian and English.</summary>
    public static (string Id, string En) Both(string key) => Words[key];

    /// <summary>Of two words that come with their data (a product's document labels), the one in the current UI language.</summary>
    public static string Pick(string id, string en) => IsEnglish ? en : id;

    /// <summary>The other language's culture name, for the switch.</summary>
    public static string OtherLanguage => IsEnglish ? "id" : "en";

    /// <summary>The current request's language: <c>id</c> or <c>en</c>.</summary>
    public static string Language => IsEnglish ? "en" : "id";

    /// <summary>Whether the current request reads English (else Indonesian, the default).</summary>
    private static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>Western Indonesia Time (WIB), in which pages and mails show moments.</summary>
    public static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>A moment as the seed shows it, in Western Indonesia Time with the zone named: <c>24-05-2019 14:34 WIB</c>; empty for none.</summary>
    public static string Moment(DateTimeOffset? at) =>
        at is { } value ? value.ToOffset(Wib).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture) + " WIB" : "";
}
