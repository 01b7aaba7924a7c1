//! The words of the learning record (`#/bukti`, the record chunk), in Indonesian and English.
//!
//! A table of its own (issue 28, item 6): only that chunk refers to it, so both languages travel
//! in the chunk and not in the main module, which home needs. A word without both languages
//! does not compile; a test checks none is empty and the placeholders match.

super::chunk_words! {
    "of the learning record (`#/bukti`, the record chunk)";
    RtlSheetTitle => "Lampiran: Rencana Tindak Lanjut (RTL)", "Annex: follow-up action plans (RTL)";
    RtlSheetNone => "Belum ada RTL. Tulis RTL dari halaman setiap modul; RTL dicetak bersama bukti ini.", "No plan yet. Write one from each module's page; plans are printed with this record.";
    RtlWrittenOn => "Ditulis {}", "Written {}";
    ProfileTitle => "Data diri (hanya di perangkat ini)", "Your details (on this device only)";
    ProfileNote => "Nama, NIP dan unit hanya disimpan di peramban ini untuk dicetak pada bukti. Tidak pernah dikirim ke mana pun, termasuk ke portal penyemat.",
        "Name, NIP and unit are kept only in this browser, to print on the record. They are never sent anywhere, portals included.";
    ProfileSave => "Simpan data diri", "Save details";
    ProfileDelete => "Hapus data diri", "Delete details";
    /// The question before the details are deleted: what goes, what stays.
    ProfileDeleteAsk => "Hapus nama, NIP dan unit kerja dari perangkat ini? Bukti belajar lalu tanpa nama. Kemajuan belajar tidak ikut terhapus.",
        "Delete your name, NIP and unit from this device? The record then has no name. Your learning progress is not deleted.";
    ProfileDeleteConfirm => "Ya, hapus data diri", "Yes, delete my details";
    ProfileSaved => "Data diri tersimpan di perangkat ini.", "Details saved on this device.";
    ProfileDeleted => "Data diri sudah dihapus.", "Details deleted.";
    RecordModule => "Modul", "Module";
    RecordDate => "Tanggal lulus", "Date passed";
    RecordScore => "Nilai terbaik", "Best score";
    RecordJp => "JP", "JP";
    RecordCourse => "Seluruh modul kursus ({}) telah lulus.", "Every module of the course ({}) has been passed.";
    RecordPartial => "{} dari {} modul kursus telah lulus.", "{} of {} course modules passed.";
    /// The rule that puts a module on the record, said as what it means (issue 30, finding 6).
    RecordJpRule => "Modul di atas tercatat lulus karena seluruh pelajaran wajibnya sudah dibaca dan kuis akhirnya lulus; JP-nya dihitung penuh.",
        "The modules above count as passed because all their required lessons were read and their final quiz was passed; their JP are credited in full.";
    RecordAck => "Mengetahui, atasan langsung", "Acknowledged by the direct superior";
    RecordSignature => "Tanda tangan", "Signature";
    RecordShare => "Bagikan", "Share";
    RecordShareNote => "Bagikan mengirim gambar bukti ini, dengan nama dan NIP Anda, hanya ke aplikasi yang Anda pilih (misalnya WhatsApp). Tanpa Anda menekannya, tidak ada yang dikirim ke mana pun.",
        "Share sends a picture of this record, with your name and NIP, only to the app you choose (WhatsApp, for example). Unless you press it, nothing is sent anywhere.";
    RecordSharedFile => "Gambar bukti sudah diserahkan ke aplikasi pilihan Anda.", "The record's picture was handed to the app you chose.";
    RecordSharedText => "Ringkasan bukti (teks) sudah diserahkan ke aplikasi pilihan Anda; peramban ini tidak dapat membagikan gambar.",
        "A text summary of the record was handed to the app you chose; this browser cannot share pictures.";
    RecordShareDownloaded => "Peramban ini tidak dapat membagikan langsung. Gambar bukti diunduh sebagai {}: kirimkan berkas itu dari folder Unduhan.",
        "This browser cannot share directly. The record's picture was downloaded as {}: send that file from your Downloads folder.";
    RecordShareCancelled => "Tidak jadi dibagikan.", "Not shared.";
    RecordShareFailed => "Bukti tidak dapat dibagikan dari peramban ini. Pakai “Cetak / simpan PDF”, lalu kirim berkas PDF-nya.",
        "The record cannot be shared from this browser. Use “Print / save as PDF”, then send the PDF file.";
    RecordNoProfile => "(isi data diri di atas)", "(fill in your details above)";
    RecordPrint => "Cetak / simpan PDF", "Print / save as PDF";
    RecordCsv => "Unduh sebagai tabel (Excel, Spreadsheet)", "Download as a table (Excel, Sheets)";
    RecordJson => "Unduh berkas data untuk pelatih", "Download the data file for your trainer";
}
