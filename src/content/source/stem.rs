//! Indonesian words to their roots, for the search index (native only: the app ships no
//! stemmer, it reads the index's word → root list).
//!
//! The stemming is `sastrawi-rs` (Nazief–Adriani with Enhanced Confix Stripping and a root
//! dictionary of about 30,000 words: MIT, maintained, native only). Measured on this course's
//! 2,200 distinct words, it gets three kinds of word wrong, which this file corrects:
//! 1. After a *me-*/*pe-* prefix whose root begins with a vowel once recoded (*peng-* + *k*,
//!    *pen-* + *t*, *pem-* + *p*), version 0.5.3 gives up when that vowel is *e*: it returns
//!    *pengembangan*, *mengelola*, *penerapan*, *pemeriksaan* whole. For a word it returns
//!    unchanged that is no root itself, [`recode`] tries the ECS rules (suffixes, then up to
//!    three prefixes with their recodings, then a compound of two roots: *ditindaklanjuti* →
//!    *tindaklanjut*) against the same dictionary.
//! 2. A few roots it picks are real words that this course never means ([`ALIASES`]: *rubah*,
//!    "fox", for *perubahan* and *berubah*, whose root is *ubah*), or it takes a word's root
//!    for another word the course also uses ([`WORDS`]: *pengawasan* is not *kawasan*).
//! 3. A few words are roots of their own in the civil service's language, which stripping would
//!    merge with another word ([`KEEP`]: *pemerintah* is not *perintah*).
//!
//! Short words (up to three letters: *asn*, *kbk*) and words with digits (*2009*, *sp4n*) are
//! their own roots: they are abbreviations and numbers, not inflected words.

use std::collections::BTreeMap;

use sastrawi::{Dictionary, Stemmer};

/// Roots that the stemmer's dictionary has but that this course never means, and what is
/// meant instead.
const ALIASES: &[(&str, &str)] = &[
    // perubahan, berubah: be-/pe- + r + ubah, never "fox".
    ("rubah", "ubah"),
    // berada, keberadaan: ber- + ada.
    ("rada", "ada"),
    // berisi: ber- + isi.
    ("risi", "isi"),
    // pemerasan (extortion): pe- + peras.
    ("rasan", "peras"),
    // pengakuan: peng- + aku.
    ("akuan", "aku"),
    // pembelian: pem- + beli.
    ("belian", "beli"),
    // terancam: ter- + ancam.
    ("rancam", "ancam"),
    // kenali: kenal + -i.
    ("nali", "kenal"),
];

/// Words whose root the stemmer gets wrong with a dictionary word that this course may also
/// use: the word itself is corrected (with or without *-nya*).
const WORDS: &[(&str, &str)] = &[
    // peng- + awas + -an (supervision), not kawasan ("area").
    ("pengawasan", "awas"),
    // The stemmer cuts these into a shorter dictionary word (nal, maka, nila, mud, …).
    ("mengenal", "kenal"),
    ("mengenalkan", "kenal"),
    ("memakainya", "pakai"),
    ("menilainya", "nilai"),
    ("pengemudi", "kemudi"),
    ("pengelompokan", "kelompok"),
    ("penandatangan", "tandatangan"),
    ("penandatanganan", "tandatangan"),
    ("kepemilikan", "milik"),
    ("gerakan", "gerak"),
    ("kuasai", "kuasa"),
    ("mengetik", "ketik"),
    ("pengetikan", "ketik"),
    // A participant is not "serta" (and, with).
    ("peserta", "peserta"),
];

/// Words that are roots of their own here, whatever their affixes look like.
const KEEP: &[&str] = &[
    "pemerintah",
    "pemda",
    "perpres",
    "permen",
    "perda",
    "perkada",
];

/// Function words left out of the index and of queries (a short list of our own: the
/// stemmer's list also has words this course searches for, such as *kerja*, *baik*, *diri*).
pub const STOP_WORDS: &[&str] = &[
    "ada", "adalah", "agar", "akan", "antara", "apa", "atau", "bagi", "bahwa", "bila", "dalam",
    "dan", "dapat", "dari", "dengan", "di", "hal", "harus", "ia", "ini", "itu", "jika", "juga",
    "ke", "kepada", "lebih", "mereka", "oleh", "pada", "para", "saat", "sebagai", "secara",
    "sehingga", "serta", "sudah", "tersebut", "untuk", "yaitu", "yang",
];

/// Finds the roots of words, with the corrections above.
pub struct Roots {
    dict: Dictionary,
}

impl Default for Roots {
    fn default() -> Self {
        Self::new()
    }
}

impl Roots {
    /// The stemmer with its bundled dictionary.
    #[must_use]
    pub fn new() -> Self {
        Self {
            dict: Dictionary::new(),
        }
    }

    fn known(&self, word: &str) -> bool {
        word.chars().count() >= 3 && (self.dict.find(word) || KEEP.contains(&word))
    }

    /// The root of `word` (lower case, one word of [`super::super::search::words`]).
    #[must_use]
    pub fn root(&self, word: &str) -> String {
        if word.chars().count() <= 3 || word.chars().any(|c| c.is_ascii_digit()) {
            return word.to_owned();
        }
        if KEEP.contains(&word) {
            return word.to_owned();
        }
        let bare = word.strip_suffix("nya").unwrap_or(word);
        if let Some((_, root)) = WORDS.iter().find(|(w, _)| *w == word || *w == bare) {
            return (*root).to_owned();
        }
        let stemmer = Stemmer::new(&self.dict);
        let stem = stemmer.stem_word(word).into_owned();
        let stem = if stem == word && !self.dict.find(word) {
            recode(word, &|w| self.known(w), &|w| self.compound(w)).unwrap_or(stem)
        } else {
            stem
        };
        alias(&stem)
    }

    /// Whether `word` is two roots written together (*tindaklanjut*, *tanggungjawab*).
    fn compound(&self, word: &str) -> bool {
        let n = word.len();
        n >= 8
            && (3..=n - 3).any(|i| {
                word.is_char_boundary(i) && self.known(&word[..i]) && self.known(&word[i..])
            })
    }

    /// The roots of many words at once: word → root.
    #[must_use]
    pub fn roots<'a>(&self, words: impl IntoIterator<Item = &'a str>) -> BTreeMap<String, String> {
        words
            .into_iter()
            .map(|w| (w.to_owned(), self.root(w)))
            .collect()
    }
}

fn alias(root: &str) -> String {
    ALIASES
        .iter()
        .find(|(from, _)| *from == root)
        .map_or_else(|| root.to_owned(), |(_, to)| (*to).to_owned())
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'i' | 'u' | 'e' | 'o')
}

/// The word without its inflectional and derivational suffixes, most stripped first: particle
/// (*-lah*, *-kah*, *-tah*, *-pun*), possessive (*-ku*, *-mu*, *-nya*), then *-kan*, *-an*, *-i*.
fn without_suffixes(word: &str) -> Vec<String> {
    let mut stems = vec![word.to_owned()];
    let mut base = word.to_owned();
    for set in [&["lah", "kah", "tah", "pun"][..], &["nya", "ku", "mu"][..]] {
        if let Some(s) = set.iter().find_map(|s| base.strip_suffix(s)) {
            base = s.to_owned();
            stems.push(base.clone());
        }
    }
    for s in ["kan", "an", "i"] {
        if let Some(b) = base.strip_suffix(s) {
            stems.push(b.to_owned());
        }
    }
    stems.reverse();
    stems
}

/// What one prefix may leave, with the recodings of ECS (*meng-* + *k*, *meny-* + *s*,
/// *men-* + *t*, *mem-* + *p*, and the *pe-* forms alike).
fn without_prefix(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    let rest = |n: usize| word.get(n..).unwrap_or_default().to_owned();
    let first = |n: usize| word.get(n..).and_then(|r| r.chars().next());
    for p in ["di", "ke", "se", "ku"] {
        if word.starts_with(p) {
            out.push(rest(2));
        }
    }
    for p in ["ber", "ter", "per"] {
        if word.starts_with(p) {
            out.push(rest(3));
            out.push(rest(2));
        }
    }
    if word.starts_with("be") || word.starts_with("te") || word.starts_with("pe") {
        out.push(rest(2));
    }
    for (me, n) in [("meng", 4), ("peng", 4)] {
        if word.starts_with(me) {
            out.push(rest(n));
            if first(n).is_some_and(is_vowel) {
                out.push(format!("k{}", rest(n)));
            }
            if word[n..].starts_with('e') {
                out.push(rest(n + 1));
            }
        }
    }
    for (me, n) in [("meny", 4), ("peny", 4)] {
        if word.starts_with(me) && first(n).is_some_and(is_vowel) {
            out.push(format!("s{}", rest(n)));
        }
    }
    for (me, n) in [("men", 3), ("pen", 3), ("mem", 3), ("pem", 3)] {
        if word.starts_with(me) {
            out.push(rest(n));
            if first(n).is_some_and(is_vowel) {
                let recoded = if me.ends_with('n') { 't' } else { 'p' };
                out.push(format!("{recoded}{}", rest(n)));
                out.push(format!("{}{}", &me[2..], rest(n)));
            }
        }
    }
    if word.starts_with("me") {
        out.push(rest(2));
    }
    out.retain(|w| w.chars().count() >= 3);
    out
}

/// ECS-style search for a root the stemmer missed: suffixes off, then up to three prefixes
/// (*mem-per-tanggung-jawab-kan*), each candidate checked by `known`, or by `compound` for two
/// roots written together.
fn recode(
    word: &str,
    known: &dyn Fn(&str) -> bool,
    compound: &dyn Fn(&str) -> bool,
) -> Option<String> {
    for stem in without_suffixes(word) {
        if stem != word && known(&stem) {
            return Some(stem);
        }
        let mut layer = vec![stem];
        for _ in 0..3 {
            let next: Vec<String> = layer.iter().flat_map(|w| without_prefix(w)).collect();
            if let Some(found) = next.iter().find(|w| known(w)) {
                return Some(found.clone());
            }
            if let Some(found) = next.iter().find(|w| compound(w)) {
                return Some(found.clone());
            }
            layer = next;
        }
    }
    None
}
