//! Search across a pack's lessons and glossary, offline and tolerant of Indonesian affixes
//! ("melayani" finds "pelayanan" and "layanan").
//!
//! The build (`bimtek-pack build`, natively) reduces every word of a pack's lessons and glossary
//! to its root with an Indonesian stemmer (`content/source/search_index.rs`) and writes a
//! [`SearchIndex`] next to `pack.json` ([`SEARCH_FILE`]): the words the pack uses, each with its
//! root's number, and per root the places it occurs. The app then needs no stemmer: it looks the
//! query's words up in that list (exactly; the last word also by its beginning, while it is
//! being typed), takes their roots and intersects their places ([`search`]). A result's snippet
//! is cut from the block's text in the module file the app already has ([`snippet`]), each word
//! marked whose root was asked for.
//!
//! What is indexed, and where a result points: a lesson's title (anchor 0) and each of its
//! top-level blocks (anchor `n + 1` for block `n`: the lesson page scrolls to it); a glossary
//! entry (anchor = its index in the module file). A case's *Pembahasan* contributes its options
//! only (its discussion stays hidden until the learner has chosen), a worksheet nothing.
//!
//! Invariants: pure (both targets; natively tested in `tests/search.rs`); the build and the app
//! split text into words with the same [`words`]; pack text stays text (a snippet is a list of
//! plain strings).

use serde::{Deserialize, Serialize};

use crate::domain::ids::{LessonId, ModuleId};

mod text;
pub use text::{
    block_text, doc_text, glossary_anchor_text, lesson_anchor_text, module_places, snippet, Piece,
};

/// The index's file name, next to the pack's `pack.json`.
pub const SEARCH_FILE: &str = "search.json";
/// [`SearchIndex::format`].
pub const SEARCH_FORMAT: &str = "bimtek-search";
/// [`SearchIndex::version`]: the only one this app reads.
pub const SEARCH_VERSION: u32 = 1;
/// At most this many results are shown.
pub const MAX_RESULTS: usize = 40;
/// A query word that ends the query (the learner may still be typing it) and is not a word of
/// the pack is looked up by its beginning, once it has at least this many letters.
pub const MIN_PREFIX: usize = 3;
/// At most this many words of the pack stand in for one such beginning.
const MAX_PREFIX_WORDS: usize = 60;

/// A pack's search index (`search.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchIndex {
    /// Always [`SEARCH_FORMAT`].
    pub format: String,
    /// [`SEARCH_VERSION`].
    pub version: u32,
    /// Words never searched for (function words such as *yang*, *dan*): left out of the index
    /// and of a query.
    pub stop: Vec<String>,
    /// The places a result points to: a lesson, or a module's glossary.
    pub docs: Vec<Doc>,
    /// Every word of the pack's text (lower case, sorted, unique) with its root's number.
    pub words: Vec<(String, u32)>,
    /// Per root number, where it occurs: pairs `doc, anchor` flattened, sorted, unique.
    pub hits: Vec<Vec<u32>>,
}

/// A lesson of a module, or (no `lesson`) the module's glossary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Doc {
    /// The module.
    #[serde(rename = "m")]
    pub module: ModuleId,
    /// The lesson; `None` for the glossary.
    #[serde(rename = "l", default, skip_serializing_if = "Option::is_none")]
    pub lesson: Option<LessonId>,
}

/// Why an index file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexProblem {
    /// Another format or version than this app reads.
    Version,
    /// A root number, a doc number or a pair that does not add up.
    Shape,
}

impl SearchIndex {
    /// Checks what [`search`] relies on: the format, root numbers within `hits`, doc numbers
    /// within `docs`, whole pairs, sorted words.
    ///
    /// # Errors
    /// The first problem found.
    pub fn check(&self) -> Result<(), IndexProblem> {
        if self.format != SEARCH_FORMAT || self.version != SEARCH_VERSION {
            return Err(IndexProblem::Version);
        }
        let roots = self.hits.len();
        let words_ok = self.words.windows(2).all(|w| w[0].0 < w[1].0)
            && self
                .words
                .iter()
                .all(|(_, r)| usize::try_from(*r).is_ok_and(|r| r < roots));
        let docs = self.docs.len();
        let hits_ok = self.hits.iter().all(|h| {
            h.len() % 2 == 0
                && h.chunks(2)
                    .all(|p| usize::try_from(p[0]).is_ok_and(|d| d < docs))
        });
        if words_ok && hits_ok {
            Ok(())
        } else {
            Err(IndexProblem::Shape)
        }
    }

    /// The root number of `word` (already lower case), if the pack uses the word.
    #[must_use]
    pub fn root_of(&self, word: &str) -> Option<u32> {
        self.words
            .binary_search_by(|(w, _)| w.as_str().cmp(word))
            .ok()
            .map(|i| self.words[i].1)
    }

    /// The root numbers of the pack's words that begin with `prefix`.
    fn roots_with_prefix(&self, prefix: &str) -> Vec<u32> {
        let start = self.words.partition_point(|(w, _)| w.as_str() < prefix);
        let mut roots: Vec<u32> = self.words[start..]
            .iter()
            .take_while(|(w, _)| w.starts_with(prefix))
            .take(MAX_PREFIX_WORDS)
            .map(|(_, r)| *r)
            .collect();
        roots.sort_unstable();
        roots.dedup();
        roots
    }

    fn is_stop(&self, word: &str) -> bool {
        self.stop.iter().any(|s| s == word)
    }
}

/// Splits text into words: runs of letters and digits, lower-cased, with their byte ranges
/// in `text`. A hyphen splits too ("berubah-ubah" is "berubah" and "ubah"). The build and the
/// app both split with this.
#[must_use]
pub fn words(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push((s, i, text[s..i].to_lowercase()));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len(), text[s..].to_lowercase()));
    }
    out
}

/// One word of a query and the roots it stands for (none: the pack does not use it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryWord {
    /// The word as typed, lower case.
    pub word: String,
    /// Its roots in the index.
    pub roots: Vec<u32>,
}

/// Clitics a learner may type that the pack's text may not have on that word.
const CLITICS: [&str; 6] = ["nya", "lah", "kah", "pun", "ku", "mu"];

/// The query's words that count (function words left out), each with its roots: exactly, else
/// without a clitic (*-nya*, *-lah*…), else — only the last word, while it is being typed
/// (`typing`) — every word of the pack that begins with it.
#[must_use]
pub fn query_words(index: &SearchIndex, query: &str, typing: bool) -> Vec<QueryWord> {
    let all = words(query);
    let count = all.len();
    all.into_iter()
        .enumerate()
        .filter(|(_, (_, _, w))| !index.is_stop(w))
        .map(|(i, (_, _, word))| {
            let exact = index.root_of(&word).or_else(|| {
                CLITICS.iter().find_map(|c| {
                    word.strip_suffix(c)
                        .filter(|w| w.chars().count() >= MIN_PREFIX)
                        .and_then(|w| index.root_of(w))
                })
            });
            let roots = match exact {
                Some(r) => vec![r],
                None if typing && i + 1 == count && word.chars().count() >= MIN_PREFIX => {
                    index.roots_with_prefix(&word)
                }
                None => Vec::new(),
            };
            QueryWord { word, roots }
        })
        .collect()
}

/// One result: a lesson or a glossary, and the place in it that matches best.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Index into [`SearchIndex::docs`].
    pub doc: usize,
    /// The anchor of the best place (see the module's doc).
    pub anchor: u32,
    /// Every root asked for, for marking the snippet.
    pub roots: Vec<u32>,
}

/// The places where every query word occurs, best first: a lesson whose title has the words,
/// then the most places holding all the words, then the most places holding any, then course
/// order. At most [`MAX_RESULTS`]. Nothing when a word has no roots (the pack does not use it)
/// or the query has no word that counts.
#[must_use]
pub fn search(index: &SearchIndex, query: &[QueryWord]) -> Vec<Found> {
    if query.is_empty() || query.iter().any(|q| q.roots.is_empty()) {
        return Vec::new();
    }
    // Per doc, per query word: the anchors where one of its roots occurs.
    let mut per_doc: std::collections::BTreeMap<u32, Vec<Vec<u32>>> =
        std::collections::BTreeMap::new();
    for (qi, q) in query.iter().enumerate() {
        for root in &q.roots {
            let Some(hits) = usize::try_from(*root).ok().and_then(|r| index.hits.get(r)) else {
                continue;
            };
            for pair in hits.chunks_exact(2) {
                let slots = per_doc
                    .entry(pair[0])
                    .or_insert_with(|| vec![Vec::new(); query.len()]);
                slots[qi].push(pair[1]);
            }
        }
    }
    let mut all_roots: Vec<u32> = query.iter().flat_map(|q| q.roots.iter().copied()).collect();
    all_roots.sort_unstable();
    all_roots.dedup();
    let mut scored: Vec<((bool, usize, usize), Found)> = per_doc
        .into_iter()
        .filter(|(_, slots)| slots.iter().all(|s| !s.is_empty()))
        .filter_map(|(doc, slots)| {
            let mut anchors: Vec<u32> = slots.iter().flatten().copied().collect();
            anchors.sort_unstable();
            anchors.dedup();
            let words_at = |a: u32| slots.iter().filter(|s| s.contains(&a)).count();
            let full: Vec<u32> = anchors
                .iter()
                .copied()
                .filter(|a| words_at(*a) == slots.len())
                .collect();
            let doc_index = usize::try_from(doc).ok()?;
            let is_lesson = index.docs.get(doc_index)?.lesson.is_some();
            let title = is_lesson && full.first() == Some(&0);
            // The best place: the first holding every word (past the title, which the result
            // shows anyway), else the one holding the most words.
            let best = full
                .iter()
                .copied()
                .find(|a| !is_lesson || *a > 0)
                .or_else(|| full.first().copied())
                .or_else(|| {
                    anchors
                        .iter()
                        .copied()
                        .max_by_key(|a| (words_at(*a), u32::MAX - a))
                })?;
            Some((
                (title, full.len(), anchors.len()),
                Found {
                    doc: doc_index,
                    anchor: best,
                    roots: all_roots.clone(),
                },
            ))
        })
        .collect();
    scored.sort_by(|(a, fa), (b, fb)| b.cmp(a).then(fa.doc.cmp(&fb.doc)));
    scored
        .into_iter()
        .take(MAX_RESULTS)
        .map(|(_, f)| f)
        .collect()
}
