//! The words of the settings page (`#/pengaturan`, the settings chunk), in Indonesian and English.
//!
//! A table of its own (issue 28, item 6): only that chunk refers to it, so both languages travel
//! in the chunk and not in the main module, which home needs. A word without both languages
//! does not compile; a test checks none is empty and the placeholders match.

super::chunk_words! {
    "of the settings page (`#/pengaturan`, the settings chunk)";
    WkImportPreview => "Berkas ini juga berisi {} lembar kerja; lembar kerja di perangkat ini diganti dengannya.", "This file also holds {} worksheet(s); the worksheets on this device are replaced by them.";
    RtlImportPreview => "Berkas ini juga berisi {} RTL dan {} isian jurnal; yang ada di perangkat ini diganti dengannya.", "This file also holds {} plan(s) and {} journal entr(ies); those on this device are replaced by them.";
    ReviewImportPreview => "Berkas ini juga berisi {} soal yang perlu diulang; daftar di perangkat ini diganti dengannya.", "This file also holds {} question(s) to review; the list on this device is replaced by it.";
    SettingsTitle => "Pengaturan dan data", "Settings and data";
    StorageTitle => "Penyimpanan", "Storage";
    TechTitle => "Rincian teknis", "Technical details";
    TechStorage => "Kemajuan disimpan dalam basis data IndexedDB peramban ini, untuk alamat situs ini saja; tidak ada yang dikirim ke server kecuali catatan belajar di bawah ini bila pelatih menghubungkannya.",
        "Progress is kept in this browser's IndexedDB database, for this site's address only; nothing goes to a server except the learning records below when a trainer connects them.";
    PersistAsk => "Minta izin simpan permanen", "Ask to keep data permanently";
    ExportTitle => "Ekspor kemajuan", "Export progress";
    ExportBody => "Unduh berkas berisi seluruh kemajuan Anda, untuk dipindahkan ke perangkat atau peramban lain.", "Download a file with all your progress, to move it to another device or browser.";
    ExportButton => "Unduh berkas kemajuan", "Download progress file";
    /// After the export: the file's name and where browsers put it.
    ExportDone => "Berkas {} sudah diunduh. Cari di folder Unduhan (Download) perangkat ini, atau di daftar unduhan peramban.",
        "The file {} has been downloaded. Find it in this device's Downloads folder, or in the browser's list of downloads.";
    ImportTitle => "Impor kemajuan", "Import progress";
    ImportBody => "Pilih berkas kemajuan Bimtek Mandiri. Isinya diperiksa dulu; tidak ada yang berubah sebelum Anda menyetujui.", "Choose a Bimtek Mandiri progress file. It is checked first; nothing changes until you agree.";
    ImportFile => "Berkas kemajuan", "Progress file";
    ImportReplaces => "Kemajuan di perangkat ini saat ini ({} catatan pelajaran, {} percobaan kuis) akan DIGANTI dengan isi berkas.", "The progress on this device now ({} lesson records, {} quiz attempts) will be REPLACED by the file.";
    ImportConfirm => "Ganti dengan isi berkas", "Replace with the file";
    ImportDone => "Kemajuan dari berkas sudah dipulihkan.", "Progress from the file has been restored.";
    ImportRejected => "Berkas ditolak; tidak ada yang diubah.", "File refused; nothing was changed.";
    ResetTitle => "Hapus semua kemajuan", "Delete all progress";
    ResetBody => "Menghapus dari perangkat ini: semua catatan pelajaran yang sudah dibaca, semua percobaan dan jawaban kuis, lembar kerja KBK, pre-test, Rencana Tindak Lanjut (RTL) beserta jawaban tindak lanjutnya, jurnal refleksi, soal yang perlu diulang, dan titik “Lanjutkan”. Tidak dapat dibatalkan; ekspor dulu bila ragu.",
        "Deletes from this device: every lesson marked read, every quiz attempt and answer, the KBK worksheets, the pre-tests, the follow-up action plans (RTL) with their follow-up answers, the reflection journal, the questions to review, and the “Continue” point. This cannot be undone; export first if unsure.";
    ResetButton => "Hapus semua kemajuan…", "Delete all progress…";
    ResetConfirm => "Ya, hapus semuanya", "Yes, delete everything";
    ResetDone => "Semua kemajuan sudah dihapus.", "All progress has been deleted.";
    ResetAlsoProfile => "juga hapus data diri saya (nama, NIP, unit)", "also delete my personal details (name, NIP, unit)";
    ResetNewActor => "Perangkat ini juga mendapat kode peserta baru untuk laporan ke portal, sehingga riwayat lama tidak tersambung dengan yang baru.", "This device also gets a new learner code for portal reports, so the old history is not linked to the new one.";
    ResetProfileDone => "Profil (nama, NIP, unit) juga sudah dihapus.", "Your profile (name, NIP, unit) has been deleted too.";
    OfflineTitle => "Belajar tanpa sinyal", "Learning without signal";
    OfflineAll => "Semua modul ({}) tersedia luring di perangkat ini.", "All modules ({}) are available offline on this device.";
    OfflineSome => "{} dari {} modul tersedia luring. Buka aplikasi sekali lagi saat ada sinyal agar sisanya tersimpan.", "{} of {} modules are available offline. Open the app once more while online to store the rest.";
    OfflineNotReady => "Mode luring belum siap di peramban ini (perlu HTTPS atau peramban yang mendukung service worker).", "Offline mode is not ready in this browser (it needs HTTPS or a browser with service workers).";
    PersistAuto => "Status simpan permanen: {}", "Permanent storage: {}";
    LanguageTitle => "Bahasa", "Language";
    TextSizeTitle => "Ukuran teks", "Text size";
    TextSizeHint => "Berlaku untuk semua halaman di perangkat ini, langsung terlihat.", "Applies to every page on this device, at once.";
    LanguageLabel => "Bahasa tampilan (isi materi tetap Bahasa Indonesia)", "Interface language (course content stays Indonesian)";
    LrsTitle => "Catatan belajar untuk LRS pelatih", "Learning records for the trainer's LRS";
    LrsNone => "Sesi ini tidak terhubung ke LRS (Learning Record Store). Pelatih dapat menghubungkannya lewat tautan peluncuran Moodle (mod_tincanlaunch) atau berkas lrs.json di situs ini.",
        "This session is not connected to an LRS (Learning Record Store). A trainer can connect it with a Moodle launch link (mod_tincanlaunch) or an lrs.json file on this site.";
    LrsTargetLaunch => "Catatan belajar (xAPI) dikirim ke {} (dari tautan peluncuran pelatih). Nama dan NIP di perangkat ini tidak ikut dikirim.",
        "Learning records (xAPI) are sent to {} (from the trainer's launch link). The name and NIP on this device are not sent.";
    LrsTargetConfig => "Catatan belajar (xAPI) dikirim ke {} (diatur oleh pengelola situs dalam lrs.json), dengan tanda pengenal acak, tanpa nama atau NIP.",
        "Learning records (xAPI) are sent to {} (set by the site's operator in lrs.json), under a random id, without name or NIP.";
    LrsWaiting => "{} catatan menunggu dikirim; tetap tersimpan di perangkat ini sampai LRS menerimanya.", "{} records waiting to be sent; they stay on this device until the LRS accepts them.";
    LrsAllSent => "Tidak ada catatan yang menunggu dikirim.", "No records are waiting to be sent.";
    LrsNextTry => "Percobaan berikutnya sekitar pukul {}.", "Next try at about {}.";
    LrsLastAccepted => "Terakhir diterima LRS: {}.", "Last accepted by the LRS: {}.";
    LrsNeverAccepted => "Belum ada catatan yang diterima LRS dari perangkat ini.", "The LRS has not accepted a record from this device yet.";
    LrsRefusedTitle => "Tidak diterima LRS ({})", "Not accepted by the LRS ({})";
    LrsRefusedCredentials => "LRS menolak kredensial pelatih (HTTP {}): kredensial dalam tautan peluncuran atau lrs.json salah. Beri tahu pelatih Anda. Catatan tetap disimpan dan bisa dikirim ulang setelah diperbaiki.",
        "The LRS refused the trainer's credentials (HTTP {}): the credentials in the launch link or lrs.json are wrong. Tell your trainer. The records are kept and can be sent again once it is fixed.";
    LrsRetryRefused => "Kirim ulang yang tidak diterima", "Send the refused records again";
    LrsSendNow => "Kirim sekarang", "Send now";
    LrsNotKept => "Penyimpanan peramban tidak tersedia: catatan yang belum terkirim hilang bila halaman ditutup.", "Browser storage is unavailable: records not yet sent are lost when the page closes.";
}
