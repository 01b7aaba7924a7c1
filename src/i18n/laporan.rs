//! The words of "Kirim ke pelatih" on the record page (issue 27, item 1), in Indonesian and
//! English: a table of its own, as the search page has (`search.rs`), so that only the record
//! page's chunk carries them.

use super::Lang;

super::chunk_words! {
    "of the report for the trainer";
    /// The card's heading and its button.
    Title => "Kirim ke pelatih", "Send to your trainer";
    /// What the file holds, in plain words.
    What => "Tombol ini membuat satu file laporan belajar untuk pelatih Anda. Isinya: nama, NIP dan unit kerja dari data diri di atas; status dan JP setiap modul; nilai pre-test dan post-test; berapa kali Anda mengerjakan kuis; waktu membaca; setiap jawaban Anda (nomor soal dan pilihan yang Anda pilih); Rencana Tindak Lanjut; dan Lembar Kerja KBK.",
        "This button makes one file about your learning for your trainer. It holds: your name, NIP and work unit from your details above; each module's status and JP; your pre-test and post-test scores; how many times you took the quiz; your reading time; every answer you gave (the question's number and the options you chose); your follow-up action plans (RTL); and your KBK worksheet.";
    /// Where the file goes.
    Privacy => "Aplikasi tidak mengirim file ini ke mana pun. File hanya meninggalkan perangkat ini bila Anda sendiri mengirimkannya, lewat WhatsApp, e-mail atau aplikasi lain yang Anda pilih.",
        "The app sends this file nowhere. It leaves this device only when you send it yourself, by WhatsApp, e-mail or another app you choose.";
    /// No profile yet.
    NoProfile => "Isi dan simpan data diri dulu (paling tidak nama lengkap): pelatih perlu tahu laporan ini milik siapa.",
        "Fill in and save your details first (at least your full name): your trainer needs to know whose report this is.";
    /// The file went to the app the learner chose.
    Shared => "File laporan sudah diserahkan ke aplikasi pilihan Anda. Pastikan terkirim ke pelatih Anda.",
        "The report file was handed to the app you chose. Make sure it reaches your trainer.";
    /// No sharing here: downloaded.
    Downloaded => "File laporan tersimpan di folder Unduhan: {}. Kirimkan file itu ke pelatih Anda lewat WhatsApp atau e-mail.",
        "The report file was saved to your Downloads folder: {}. Send that file to your trainer by WhatsApp or e-mail.";
    /// The learner closed the share sheet.
    Cancelled => "Tidak jadi dikirim.", "Not sent.";
    /// Neither shared nor downloaded.
    Failed => "File laporan tidak dapat dibuat atau disimpan di peramban ini. Coba lagi, atau coba peramban lain.",
        "The report file could not be made or saved in this browser. Try again, or try another browser.";
    /// Answers left out to keep the file small.
    LeftOut => "Laporan Anda besar, jadi jawaban dari {} percobaan kuis tidak ikut dalam file agar tetap di bawah 100 KB.",
        "Your report is large, so the answers of {} quiz attempts were left out to keep the file under 100 KB.";
    /// The title handed to the share sheet.
    ShareTitle => "Laporan belajar Bimtek Mandiri", "Bimtek Mandiri learning report";
    /// The text handed to the share sheet with the file: "Laporan belajar <name>".
    ShareText => "Laporan belajar Bimtek Mandiri: {}. Buka dengan halaman Rekap kelas (Untuk pelatih).",
        "Bimtek Mandiri learning report: {}. Open it with the Class summary page (For trainers).";
}

/// `word` in `lang` with its `{}` filled in order.
#[must_use]
pub fn lf(lang: Lang, word: Word, args: &[&dyn std::fmt::Display]) -> String {
    super::fill(word.text(lang), args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            lf(Lang::Id, Word::LeftOut, &[&3]).matches('3').count(),
            1,
            "the count is filled in"
        );
    }
}
