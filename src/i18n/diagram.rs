//! The words around a diagram drawn from a lesson's data (`views/diagram.rs`, issue 30
//! finding 10), in Indonesian and English: a table of its own, as "Dengarkan" has, so that
//! only the lesson's chunk carries them. The diagram's own words (causes, counts) are the
//! pack's, in Indonesian.

use super::Lang;

super::chunk_words! {
    "around a diagram";
    /// Before a Pareto chart's title: "Diagram Pareto: …".
    Pareto => "Diagram Pareto", "Pareto chart";
    /// Before a fishbone's title.
    Fishbone => "Diagram tulang ikan", "Fishbone diagram";
    /// A Pareto chart's description: causes, total, order.
    ParetoDesc => "{} penyebab, {} kejadian seluruhnya, diurutkan dari yang paling sering. Garis menunjukkan bagian kumulatif.",
        "{} causes, {} cases in all, most frequent first. The line shows the cumulative share.";
    /// One cause in the description: "Data KK tidak sesuai: 33 (55%, kumulatif 55%)".
    ParetoItem => "{}: {} ({}%, kumulatif {}%)", "{}: {} ({}%, cumulative {}%)";
    /// A fishbone's description.
    FishboneDesc => "Akibat: {}. Penyebab menurut kelompok:", "Effect: {}. Causes by group:";
    /// The column of causes.
    Cause => "Penyebab", "Cause";
    /// The column of counts.
    Count => "Jumlah", "Count";
    /// The column (and the chart's right-hand labels) of the cumulative share.
    Cumulative => "Kumulatif", "Cumulative";
    /// The effect, in the list under a fishbone.
    Effect => "Akibat", "Effect";
    /// The fold with the data as text.
    Data => "Data diagram sebagai teks", "The diagram's data as text";
    /// The total row.
    Total => "Jumlah seluruhnya", "Total";
}

/// `word` in `lang` with its `{}` filled in order.
#[must_use]
pub fn df(lang: Lang, word: Word, args: &[&dyn std::fmt::Display]) -> String {
    super::fill(word.text(lang), args)
}
