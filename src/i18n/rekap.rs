//! The words of the trainer's *Rekap kelas* (`#/pelatih/rekap`, issue 27 item 2), in Indonesian
//! and English, with the reasons a learner's file or an LRS export is not read: a table of its
//! own, as the search page has (`search.rs`), so that only that page's chunk carries them.

use super::Lang;

super::chunk_words! {
    "of the class summary";
    // ---- The reasons a file is not read ----
    /// Too large.
    FileTooLarge => "file terlalu besar ({} KB); laporan peserta biasanya di bawah 100 KB",
        "the file is too large ({} KB); a learner's report is usually under 100 KB";
    /// Not JSON or cut off.
    FileNotJson => "file tidak utuh (mungkin terpotong saat dikirim) atau bukan laporan: {}",
        "the file is not complete (it may have been cut off on the way) or is not a report: {}";
    /// A progress export instead of a report.
    FileProgress => "ini file cadangan kemajuan (dari Pengaturan), bukan laporan; minta peserta menekan “Kirim ke pelatih” di halaman Bukti belajar",
        "this is a progress backup file (from Settings), not a report; ask the learner to press “Send to your trainer” on the Learning record page";
    /// Another kind of JSON.
    FileForeign => "bukan laporan Bimtek Mandiri dan bukan ekspor pernyataan xAPI",
        "neither a Bimtek Mandiri report nor an export of xAPI statements";
    /// Newer version.
    FileNewer => "dibuat oleh versi Bimtek Mandiri yang lebih baru (versi laporan {}); perbarui aplikasi ini dulu",
        "made by a newer version of Bimtek Mandiri (report version {}); update this app first";
    /// Unknown version.
    FileUnknownVersion => "versi laporan {} tidak dikenal", "report version {} is unknown";
    /// No version.
    FileNoVersion => "laporan tanpa nomor versi", "the report has no version number";
    /// Wrong shape.
    FileBadShape => "isi file tidak sesuai format laporan: {}", "the file's contents do not match the report format: {}";
    /// The learner's details break a rule.
    FileLearner => "data diri peserta tidak sah: {}", "the learner's details are not valid: {}";
    /// Impossible numbers in a module.
    FileImpossible => "angka yang tidak mungkin benar di modul “{}”", "numbers that cannot be true in the module “{}”";
    /// A plan breaks a limit.
    FileRtl => "RTL modul “{}” tidak sah: {}", "the RTL of the module “{}” is not valid: {}";
    /// A worksheet breaks a limit.
    FileWorksheet => "Lembar Kerja KBK tidak sah: {}", "the KBK worksheet is not valid: {}";
    /// An LRS export with a statement that is not one.
    LrsBadLine => "pernyataan ke-{} bukan pernyataan xAPI yang utuh (mungkin terpotong)", "statement {} is not a complete xAPI statement (it may have been cut off)";
    /// An LRS export without a statement this app sent.
    LrsNothing => "tidak ada pernyataan dari Bimtek Mandiri di ekspor ini", "this export holds no statement from Bimtek Mandiri";
    /// An empty file.
    FileEmpty => "file kosong", "the file is empty";
    /// A file the browser could not read.
    FileUnreadable => "file tidak dapat dibaca oleh peramban", "the browser could not read the file";

    // ---- The page ----
    /// The page's title.
    Title => "Rekap kelas", "Class summary";
    /// Under the title.
    Lead => "Pilih file laporan yang dikirim peserta (tombol “Kirim ke pelatih” di halaman Bukti belajar), atau ekspor pernyataan xAPI dari LRS Anda (larik JSON atau JSON per baris, seperti keluaran “ralph read”). Semua dibaca di perangkat ini saja: tidak ada yang diunggah ke mana pun, dan halaman ini bekerja tanpa sinyal.",
        "Pick the report files your learners sent (the “Send to your trainer” button on the Learning record page), or an export of xAPI statements from your LRS (a JSON array or one JSON statement per line, as “ralph read” gives). Everything is read on this device only: nothing is uploaded anywhere, and this page works without a signal.";
    /// The honest note.
    Caution => "File peserta dibuat dan dikirim oleh peserta sendiri, dan isinya dapat diubah. Rekap ini alat bantu mengajar, bukan bukti kelulusan dan bukan dasar audit.",
        "Learners make and send their files themselves, and the contents can be edited. This summary is a teaching tool, not proof of completion and not an audit trail.";
    /// The file picker's label.
    Pick => "Pilih file (boleh banyak sekaligus)", "Pick files (many at once is fine)";
    /// The drop zone.
    Drop => "atau seret file ke sini", "or drop files here";
    /// While files are read.
    Reading => "Membaca {} file…", "Reading {} files…";
    /// Clear everything.
    Clear => "Kosongkan rekap", "Clear the summary";
    /// Nothing read yet.
    Empty => "Belum ada file yang dibaca.", "No file read yet.";
    /// "12 file dibaca: 11 peserta."
    ReadCount => "{} file dibaca: {} peserta.", "{} files read: {} learners.";
    /// Older files of the same learner.
    Replaced => "{} file lama diganti oleh file yang lebih baru dari peserta yang sama.", "{} older files were replaced by a newer file of the same learner.";
    /// Refused files: heading.
    RefusedTitle => "File yang tidak dibaca ({})", "Files not read ({})";
    /// Refused files: lead.
    RefusedLead => "File lain tetap dihitung. Minta peserta mengirim ulang file ini.", "The other files still count. Ask the learners to send these files again.";
    /// The class table's heading.
    TableTitle => "Tabel kelas", "Class table";
    /// The summary line.
    Summary => "{} peserta · {} lulus semua modul · kenaikan median pre-test → post-test: {} poin",
        "{} learners · {} passed every module · median gain pre-test → post-test: {} points";
    /// The summary line without any pre/post pair.
    SummaryNoGain => "{} peserta · {} lulus semua modul · belum ada pasangan pre-test dan post-test",
        "{} learners · {} passed every module · no pre-test and post-test pair yet";
    /// Column: learner.
    ColLearner => "Peserta", "Learner";
    /// Column: unit.
    ColUnit => "Unit kerja", "Work unit";
    /// Column: JP.
    ColJp => "JP", "JP";
    /// Column: reading time.
    ColTime => "Waktu baca", "Reading time";
    /// A sort button's accessible name: "Urutkan menurut <column>".
    SortBy => "Urutkan menurut {}", "Sort by {}";
    /// The table's scroll region.
    TableRegion => "Tabel kelas (geser ke samping untuk melihat semua kolom)", "Class table (scroll sideways to see every column)";
    /// Minutes: "35 mnt".
    Minutes => "{} mnt", "{} min";
    /// From an LRS export.
    FromLrs => "dari LRS", "from the LRS";
    /// Status words.
    BelumMulai => "Belum mulai", "Not started";
    /// Status.
    SedangBelajar => "Sedang belajar", "In progress";
    /// Status.
    SelesaiDibaca => "Selesai dibaca", "Read, not passed";
    /// Status.
    Lulus => "Lulus", "Passed";
    /// No data for a module.
    NoData => "tidak ada data", "no data";
    /// "40 → 90".
    PrePost => "{} → {}", "{} → {}";
    /// Attempts: "2× kuis".
    Attempts => "{}× kuis", "{}× quiz";
    /// A module's section.
    ModuleLine => "Lulus: {} dari {} peserta · median pre-test {} → post-test {}", "Passed: {} of {} learners · median pre-test {} → post-test {}";
    /// Item analysis: heading.
    ItemsTitle => "Analisis butir soal", "Item analysis";
    /// Item analysis: how to read it.
    ItemsLead => "Dihitung dari percobaan post-test pertama setiap peserta. Kesukaran: bagian peserta yang menjawab benar penuh. Daya beda: bagian benar pada 27 % peserta dengan nilai tertinggi dikurangi bagian benar pada 27 % terendah. Butir ditandai bila terlalu mudah (≥ 90 % benar), terlalu sukar (≤ 20 % benar) atau daya bedanya negatif. Dengan sedikit peserta, angka ini baru petunjuk.",
        "Computed from each learner's first post-test attempt. Difficulty: the share of learners fully right. Discrimination: the share right among the 27 % of learners with the highest scores minus the share right among the lowest 27 %. Items are flagged when too easy (≥ 90 % right), too hard (≤ 20 % right) or with negative discrimination. With few learners, these numbers are only a hint.";
    /// Column: question.
    ColQuestion => "Soal", "Question";
    /// Column: answered.
    ColAnswered => "Dijawab", "Answered";
    /// Column: difficulty.
    ColDifficulty => "Kesukaran (benar)", "Difficulty (right)";
    /// Column: discrimination.
    ColDiscrimination => "Daya beda", "Discrimination";
    /// Column: wrong options.
    ColWrong => "Pilihan salah yang dipilih", "Wrong options chosen";
    /// Column: flags.
    ColFlags => "Catatan", "Notes";
    /// Flag.
    FlagEasy => "Terlalu mudah", "Too easy";
    /// Flag.
    FlagHard => "Terlalu sukar", "Too hard";
    /// Flag.
    FlagNegative => "Daya beda negatif", "Negative discrimination";
    /// No item data for a module.
    NoItems => "Belum ada jawaban post-test untuk modul ini.", "No post-test answers for this module yet.";
    /// Charts.
    ChartDistribution => "Sebaran nilai post-test terbaik", "Best post-test scores";
    /// Chart description.
    ChartDistributionDesc => "Banyak peserta per rentang nilai; garis putus-putus: batas lulus {}.", "Learners per score range; dashed line: pass mark {}.";
    /// Chart.
    ChartGain => "Pre-test → post-test per peserta", "Pre-test → post-test per learner";
    /// Chart description.
    ChartGainDesc => "Titik kiri: pre-test, titik kanan: post-test terbaik.", "Left dot: pre-test, right dot: best post-test.";
    /// Chart.
    ChartDifficulty => "Kesukaran per soal (bagian benar)", "Difficulty per question (share right)";
    /// Chart description.
    ChartDifficultyDesc => "Garis putus-putus pada 20 % dan 90 %: di luar itu butir ditandai.", "Dashed lines at 20 % and 90 %: items outside them are flagged.";
    /// The fold with a chart's data.
    ChartData => "Data grafik sebagai tabel", "The chart's data as a table";
    /// Column: score range.
    ColRange => "Rentang nilai", "Score range";
    /// Column: count.
    ColCount => "Peserta", "Learners";
    /// Column: pre.
    ColPre => "Pre-test", "Pre-test";
    /// Column: post.
    ColPost => "Post-test", "Post-test";
    /// RTL: heading.
    RtlTitle => "RTL kelas", "The class's RTLs";
    /// None.
    RtlNone => "Belum ada RTL dalam file yang dibaca.", "No RTL in the files read yet.";
    /// KBK: heading.
    KbkTitle => "Lembar Kerja KBK kelas", "The class's KBK worksheets";
    /// None.
    KbkNone => "Belum ada Lembar Kerja KBK dalam file yang dibaca.", "No KBK worksheet in the files read yet.";
    /// Print.
    Print => "Cetak rekap (A4)", "Print the summary (A4)";
    /// Downloads: heading.
    DownloadTitle => "Unduh", "Download";
    /// CSV button.
    DownloadCsv => "Unduh CSV", "Download CSV";
    /// XLSX button.
    DownloadXlsx => "Unduh XLSX (Excel)", "Download XLSX (Excel)";
    /// A download failed.
    DownloadFailed => "File tidak dapat dibuat atau disimpan di peramban ini.", "The file could not be made or saved in this browser.";
    /// Sheet and CSV words.
    SheetClass => "Kelas", "Class";
    /// Sheet.
    SheetItems => "Butir soal", "Items";
    /// Column (downloads): a module's status.
    ColStatus => "status", "status";
    /// Column (downloads): a module's attempts.
    ColAttempts => "percobaan kuis", "quiz attempts";
    /// Column (downloads): the module.
    ColModule => "Modul", "Module";
    /// The unit of the reading time column.
    MinutesUnit => "menit", "minutes";
}

/// The link to the page on "Untuk pelatih" (the `trainers` chunk): a table of its own, so that
/// chunk does not share the page's table with the page's chunk.
pub mod link {
    super::super::chunk_words! {
        "of the link to the class summary";
        /// The link.
        Title => "Rekap kelas", "Class summary";
        /// Under the link.
        What => "Baca laporan peserta (tombol “Kirim ke pelatih”) atau ekspor LRS, lalu lihat tabel kelas, analisis butir soal, RTL dan Lembar Kerja KBK. Unduh sebagai CSV atau XLSX.",
            "Read learners' reports (their “Send to your trainer” button) or an LRS export, then see the class table, the item analysis, the RTLs and KBK worksheets. Download as CSV or XLSX.";
    }
}

/// `word` in `lang` with its `{}` filled in order.
#[must_use]
pub fn sf(lang: Lang, word: Word, args: &[&dyn std::fmt::Display]) -> String {
    super::fill(word.text(lang), args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_has_both_languages_and_the_same_placeholders() {
        // Words that are the same in both languages on purpose.
        let same = [
            Word::ColJp,
            Word::PrePost,
            Word::ColPre,
            Word::ColPost,
            Word::ColStatus,
        ];
        for word in Word::ALL {
            let (id, en) = (word.text(Lang::Id), word.text(Lang::En));
            assert!(!id.trim().is_empty() && !en.trim().is_empty(), "{word:?}");
            assert!(same.contains(word) || id != en, "{word:?}");
            assert_eq!(
                id.matches("{}").count(),
                en.matches("{}").count(),
                "{word:?}"
            );
        }
        assert_eq!(sf(Lang::En, Word::PrePost, &[&40, &90]), "40 → 90");
        for word in link::Word::ALL {
            let (id, en) = (word.text(Lang::Id), word.text(Lang::En));
            assert!(!id.trim().is_empty() && id != en, "{word:?}");
        }
    }
}
