//! Builds a pack's search index (`content::search`) at build time: every word of its lessons
//! and glossaries, its root ([`super::stem`]), and where each root occurs.

use std::collections::BTreeMap;

use crate::content::model::ModuleBody;
use crate::content::search::{
    module_places, words, Doc, SearchIndex, SEARCH_FORMAT, SEARCH_VERSION,
};

use super::stem::{Roots, STOP_WORDS};

/// The index of the modules `bodies` (in catalog order).
#[must_use]
pub fn build_index<'a>(bodies: impl IntoIterator<Item = &'a ModuleBody>) -> SearchIndex {
    let roots = Roots::new();
    let mut docs: Vec<Doc> = Vec::new();
    // word → root, root → (doc, anchor) places.
    let mut word_root: BTreeMap<String, String> = BTreeMap::new();
    let mut places: BTreeMap<String, Vec<(u32, u32)>> = BTreeMap::new();
    for body in bodies {
        for (doc, anchor, text) in module_places(body) {
            let doc_index = docs.iter().position(|d| d == &doc).unwrap_or_else(|| {
                docs.push(doc);
                docs.len() - 1
            });
            let Ok(doc_index) = u32::try_from(doc_index) else {
                continue;
            };
            for (_, _, word) in words(&text) {
                if STOP_WORDS.contains(&word.as_str()) {
                    continue;
                }
                let root = word_root
                    .entry(word.clone())
                    .or_insert_with(|| roots.root(&word))
                    .clone();
                places.entry(root).or_default().push((doc_index, anchor));
            }
        }
    }
    // Roots numbered in sorted order; their places sorted and unique.
    let numbers: BTreeMap<&String, u32> = places
        .keys()
        .enumerate()
        .filter_map(|(i, r)| u32::try_from(i).ok().map(|i| (r, i)))
        .collect();
    let hits = places
        .values()
        .map(|p| {
            let mut p = p.clone();
            p.sort_unstable();
            p.dedup();
            p.into_iter().flat_map(|(d, a)| [d, a]).collect()
        })
        .collect();
    let words = word_root
        .iter()
        .filter_map(|(w, r)| numbers.get(r).map(|n| (w.clone(), *n)))
        .collect();
    SearchIndex {
        format: SEARCH_FORMAT.to_owned(),
        version: SEARCH_VERSION,
        stop: STOP_WORDS.iter().map(|s| (*s).to_owned()).collect(),
        docs,
        words,
        hits,
    }
}
