//! The words of the *Gelar Budaya Kerja* kit's page (`#/modul/<id>/gelar`, issue 26 item 5),
//! in Indonesian and English.
//!
//! A table of its own (see `search.rs`): only the kit's page, in the RTL chunk, refers to it,
//! so the main module does not grow. The kit itself (rubric, storyline, example) is course
//! content and stays Indonesian.

super::chunk_words! {
    "of the Gelar Budaya Kerja kit's page";
    /// Under the title, before the content's own intro.
    Lead => "Untuk kelompok KBK yang menyiapkan paparan dan untuk juri yang menilainya. Rubrik muat di satu halaman A4.",
        "For KBK groups preparing their presentation and for the judges who score it. The rubric fits on one A4 page. The kit is in Indonesian.";
    /// The print buttons.
    PrintRubric => "Cetak rubrik (1 halaman)", "Print the rubric (1 page)";
    /// Prints rubric, storyline and example.
    PrintAll => "Cetak seluruh kit", "Print the whole kit";
    /// Heading of the rubric.
    Rubric => "Rubrik penilaian", "Scoring rubric";
    /// "Bobot 15%".
    Weight => "Bobot {}%", "Weight {}%";
    /// The column of weights in the printed table.
    WeightColumn => "Bobot", "Weight";
    /// The criterion column.
    Criterion => "Kriteria", "Criterion";
    /// The score column left blank on paper.
    ScoreColumn => "Skor", "Score";
    /// "Skor 4".
    Level => "Skor {}", "Score {}";
    /// The printed sheet's blanks.
    GroupBlank => "Kelompok: ………………………………  Juri: ………………………………  Tanggal: ……………",
        "Group: ………………………………  Judge: ………………………………  Date: ……………";
    /// The printed sheet's total line.
    TotalBlank => "Nilai akhir = jumlah (skor ÷ 4 × bobot): ………… dari 100",
        "Final mark = sum of (score ÷ 4 × weight): ………… out of 100";
    /// The scoring helper's heading.
    Scorer => "Hitung nilai satu kelompok", "Score one group";
    /// What the helper does and does not do.
    ScorerNote => "Pilih skor setiap kriteria; nilai akhirnya dihitung di sini. Skor tidak disimpan dan tidak dikirim ke mana pun: catat di lembar penilaian panitia.",
        "Choose a score for each criterion; the final mark is worked out here. The scores are not saved or sent anywhere: write them on the organisers' scoring sheet.";
    /// A criterion's score choice: "Skor untuk Data awal".
    ScoreFor => "Skor untuk {}", "Score for {}";
    /// Before every criterion has a score: "Sudah dinilai 3 dari 8 kriteria."
    Partial => "Sudah dinilai {} dari {} kriteria.", "{} of {} criteria scored.";
    /// The total: "Nilai akhir: 81,25 dari 100".
    Total => "Nilai akhir: {} dari 100", "Final mark: {} out of 100";
    /// Clears the helper.
    Clear => "Kosongkan skor", "Clear the scores";
    /// Heading of the storyline.
    Storyline => "Alur paparan: enam salindia", "Storyline: six slides";
    /// "Salindia 1: Masalah".
    Slide => "Salindia {}: {}", "Slide {}: {}";
    /// Before a slide's example.
    Example => "Contoh: {}", "Example: {}";
    /// Heading of the worked example.
    Worked => "Contoh Lembar Kerja KBK yang sudah diisi", "A completed KBK worksheet (example)";
    /// The example's check-sheet table: cause and count columns.
    Cause => "Penyebab", "Cause";
    /// Count column.
    Count => "Jumlah", "Count";
    /// A module without a kit (a hand-typed address).
    NoKit => "Modul ini tidak memiliki kit Gelar Budaya Kerja.", "This module has no Gelar Budaya Kerja kit.";
}
