//! The words of the search page (`#/cari`, issue 30 finding 10), in Indonesian and English.
//!
//! A table of its own, as "Dengarkan" has (`listen.rs`): only the search page (a wasm chunk of
//! its own) refers to it, so both languages travel in that chunk and the main module does not
//! grow. A word without both languages does not compile; a test checks none is empty and the
//! placeholders match. The course content it shows stays Indonesian.

use super::Lang;

super::chunk_words! {
    "of the search page";
    /// The page's title.
    Title => "Cari materi", "Search the course";
    /// Under the title.
    Lead => "Cari kata di semua pelajaran dan glosarium, juga tanpa sinyal. Bentuk lain kata yang sama ikut ditemukan: “melayani” menemukan “pelayanan” dan “layanan”.",
        "Search every lesson and glossary, also without a signal. Other forms of a word are found too: “melayani” finds “pelayanan” and “layanan”. The course itself is in Indonesian.";
    /// The list of results.
    Results => "Hasil pencarian", "Search results";
    /// "3 hasil untuk “melayani”".
    Count => "{} hasil untuk “{}”", "{} results for “{}”";
    /// "1 hasil untuk …".
    CountOne => "1 hasil untuk “{}”", "1 result for “{}”";
    /// More results than the page shows.
    CountMany => "{} hasil teratas untuk “{}”", "The top {} results for “{}”";
    /// Nothing found.
    NoneFound => "Tidak ada hasil untuk “{}”. Coba kata lain, atau lebih sedikit kata.",
        "No results for “{}”. Try another word, or fewer words.";
    /// A word the course does not use.
    NotInCourse => "Kata “{}” tidak ada di materi.", "The word “{}” is not in the course.";
    /// Only words such as "yang", "dan".
    OnlyCommon => "Tulis kata yang lebih khusus: kata seperti “yang” dan “dan” tidak dicari.",
        "Type a more specific word: words such as “yang” (which) and “dan” (and) are not searched for.";
    /// While the indexes load.
    Loading => "Menyiapkan pencarian…", "Preparing the search…";
    /// A result in a glossary: "Glosarium · <module>".
    Glossary => "Glosarium", "Glossary";
    /// A pack built without an index.
    NoIndex => "Modul dari paket “{}” tidak ikut dicari: paket itu belum punya indeks pencarian (penyusunnya dapat membuatnya dengan bimtek-pack versi terbaru). Buka modulnya dari daftar Modul.",
        "The modules of the pack “{}” are not searched: the pack has no search index yet (its authors can make one with the latest bimtek-pack). Open its modules from the Modules list.";
    /// An index that could not be fetched: "… “<pack>”: <reason>".
    IndexFailed => "Pencarian di paket “{}” belum dapat dimuat: {}", "The search of the pack “{}” could not be loaded: {}";
    /// The retry button.
    Retry => "Coba lagi", "Try again";
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
    fn placeholders_are_filled() {
        assert_eq!(
            sf(Lang::Id, Word::Count, &[&3, &"melayani"]),
            "3 hasil untuk “melayani”"
        );
    }
}
