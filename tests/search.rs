//! Search (issue 30, finding 10): the build's stemmer and index (`content/source/stem.rs`,
//! `search_index.rs`) and the app's lookup without a stemmer (`content/search.rs`), on the
//! built-in course: affixes tolerated ("melayani" finds "pelayanan" and "layanan";
//! "perubahan", "berubah" and "mengubah" find one another), words not over-stemmed ("bersih"
//! stays findable, "pemerintah" is not "perintah"), the index's JSON round trip and its check,
//! snippets as marked plain text.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use std::path::Path;

use bimtek::content::model::ModuleBody;
use bimtek::content::search::{
    doc_text, module_places, query_words, search, snippet, words, IndexProblem, SearchIndex,
    MAX_RESULTS,
};
use bimtek::content::source::stem::Roots;
use bimtek::content::source::{build_index, compile_pack, CompiledPack};

fn builtin() -> CompiledPack {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/inti");
    let read = |rel: &str| std::fs::read_to_string(dir.join(rel)).ok();
    compile_pack(&read).unwrap_or_else(|e| panic!("built-in pack invalid: {e:?}"))
}

fn index(pack: &CompiledPack) -> SearchIndex {
    build_index(pack.bodies.iter().map(|(_, b)| b))
}

fn body<'a>(pack: &'a CompiledPack, module: &str) -> &'a ModuleBody {
    pack.bodies
        .iter()
        .map(|(_, b)| b)
        .find(|b| b.id.as_str() == module)
        .unwrap()
}

/// The words of every result's snippet that are marked, lower case.
fn marked_words(pack: &CompiledPack, index: &SearchIndex, query: &str) -> Vec<String> {
    let q = query_words(index, query, false);
    search(index, &q)
        .iter()
        .flat_map(|f| {
            let doc = &index.docs[f.doc];
            let b = body(pack, doc.module.as_str());
            let text = doc_text(&b.lessons, &b.glossary, doc, f.anchor);
            snippet(index, &text, &f.roots)
        })
        .filter(|(_, marked)| *marked)
        .map(|(w, _)| w.to_lowercase())
        .collect()
}

#[test]
fn affixed_forms_share_a_root() {
    let roots = Roots::new();
    let root = |w: &str| roots.root(w);
    for w in ["melayani", "pelayanan", "layanan", "dilayani", "pelayan"] {
        assert_eq!(root(w), "layan", "{w}");
    }
    for w in ["perubahan", "berubah", "mengubah", "diubah", "perubahannya"] {
        assert_eq!(root(w), "ubah", "{w}");
    }
    // The stemmer alone leaves these whole (me-/pe- recoded before an "e"): corrected.
    assert_eq!(root("pengembangan"), "kembang");
    assert_eq!(root("mengelola"), "kelola");
    assert_eq!(root("pengelolaan"), "kelola");
    assert_eq!(root("penerapan"), "terap");
    assert_eq!(root("pemeriksaan"), "periksa");
    assert_eq!(root("diperiksa"), "periksa");
    assert_eq!(root("mengerjakan"), "kerja");
    assert_eq!(root("ditindaklanjuti"), "tindaklanjut");
    assert_eq!(root("pengawasan"), root("mengawasi"));
}

#[test]
fn words_are_not_over_stemmed() {
    let roots = Roots::new();
    assert_eq!(roots.root("bersih"), "bersih");
    assert_eq!(roots.root("kebersihan"), "bersih");
    assert_eq!(roots.root("pemerintah"), "pemerintah");
    assert_eq!(roots.root("pemerintahan"), "pemerintah");
    assert_ne!(roots.root("pemerintah"), roots.root("perintah"));
    assert_eq!(roots.root("berkas"), "berkas");
    assert_eq!(roots.root("pegawai"), "pegawai");
    // Abbreviations and numbers are their own roots.
    for w in ["asn", "kbk", "dprd", "2009", "sp4n"] {
        assert_eq!(roots.root(w), w);
    }
}

#[test]
fn words_split_on_anything_but_letters_and_digits() {
    let w: Vec<String> = words("Berubah-ubah: SP4N-LAPOR! (UU 25/2009)")
        .into_iter()
        .map(|(_, _, w)| w)
        .collect();
    assert_eq!(w, ["berubah", "ubah", "sp4n", "lapor", "uu", "25", "2009"]);
    let text = "Pelayanan, prima.";
    for (s, e, w) in words(text) {
        assert_eq!(text[s..e].to_lowercase(), w);
    }
}

#[test]
fn melayani_finds_the_lessons_about_pelayanan() {
    let pack = builtin();
    let index = index(&pack);
    let q = query_words(&index, "melayani", false);
    let found = search(&index, &q);
    assert!(found.len() >= 5, "{found:?}");
    let marked = marked_words(&pack, &index, "melayani");
    assert!(marked.iter().any(|w| w == "pelayanan"), "{marked:?}");
    assert!(marked.iter().any(|w| w == "layanan"), "{marked:?}");
    // The module about it comes first.
    assert_eq!(
        index.docs[found[0].doc].module.as_str(),
        "pola-pikir-melayani"
    );
}

/// The places (doc, anchor) whose text has `word` itself.
fn places_with(pack: &CompiledPack, index: &SearchIndex, word: &str) -> Vec<usize> {
    let mut docs: Vec<usize> = pack
        .bodies
        .iter()
        .flat_map(|(_, b)| module_places(b))
        .filter(|(_, _, text)| words(text).iter().any(|(_, _, w)| w == word))
        .filter_map(|(doc, _, _)| index.docs.iter().position(|d| d == &doc))
        .collect();
    docs.dedup();
    docs
}

#[test]
fn perubahan_finds_berubah_and_mengubah_and_back() {
    let pack = builtin();
    let index = index(&pack);
    let root = index.root_of("perubahan");
    assert!(root.is_some());
    for w in ["berubah", "mengubah", "diubah"] {
        assert_eq!(index.root_of(w), root, "{w}");
    }
    let found: Vec<usize> = search(&index, &query_words(&index, "perubahan", false))
        .iter()
        .map(|f| f.doc)
        .collect();
    for w in ["berubah", "mengubah"] {
        let places = places_with(&pack, &index, w);
        assert!(!places.is_empty(), "{w} is in the course");
        for doc in places {
            assert!(found.contains(&doc), "{w}: {:?}", index.docs[doc]);
        }
    }
    let marked = marked_words(&pack, &index, "mengubah");
    assert!(marked.iter().any(|w| w == "perubahan"), "{marked:?}");
    assert!(marked.iter().any(|w| w == "berubah"), "{marked:?}");
}

#[test]
fn bersih_stays_findable_and_finds_only_its_own_root() {
    let pack = builtin();
    let index = index(&pack);
    let marked = marked_words(&pack, &index, "bersih");
    assert!(!marked.is_empty());
    assert!(marked.iter().all(|w| w.contains("bersih")), "{marked:?}");
}

#[test]
fn every_query_word_must_occur_and_function_words_do_not_count() {
    let pack = builtin();
    let index = index(&pack);
    let one = search(&index, &query_words(&index, "gratifikasi", false));
    let two = search(
        &index,
        &query_words(&index, "gratifikasi yang dilaporkan", false),
    );
    assert!(!two.is_empty() && two.len() <= one.len());
    // A word the pack never uses: no result, not every result.
    assert!(search(&index, &query_words(&index, "gratifikasi zzzqx", false)).is_empty());
    // Only function words: nothing to search for.
    assert!(query_words(&index, "yang dan di", false).is_empty());
    assert!(search(&index, &[]).is_empty());
    // Never more than the page shows.
    assert!(search(&index, &query_words(&index, "asn", false)).len() <= MAX_RESULTS);
}

#[test]
fn the_last_word_is_looked_up_by_its_beginning_while_typed() {
    let pack = builtin();
    let index = index(&pack);
    assert!(query_words(&index, "pelaya", false)[0].roots.is_empty());
    let typed = query_words(&index, "pelaya", true);
    assert!(!typed[0].roots.is_empty());
    assert!(!search(&index, &typed).is_empty());
    // Only the last one: an earlier unfinished word finds nothing.
    let two = query_words(&index, "pelaya gratifikasi", true);
    assert!(two[0].roots.is_empty());
    // A clitic the text does not have on that word is tolerated.
    assert!(!query_words(&index, "pelayanannya", false)[0]
        .roots
        .is_empty());
}

#[test]
fn the_glossary_is_searched_too() {
    let pack = builtin();
    let index = index(&pack);
    let found = search(&index, &query_words(&index, "ombudsman", false));
    assert!(
        found.iter().any(|f| index.docs[f.doc].lesson.is_none()),
        "{found:?}"
    );
}

#[test]
fn snippets_are_short_marked_plain_text() {
    let pack = builtin();
    let index = index(&pack);
    let q = query_words(&index, "maklumat", false);
    let found = search(&index, &q);
    assert!(!found.is_empty());
    for f in &found {
        let doc = &index.docs[f.doc];
        let b = body(&pack, doc.module.as_str());
        let text = doc_text(&b.lessons, &b.glossary, doc, f.anchor);
        let pieces = snippet(&index, &text, &f.roots);
        assert!(pieces.iter().any(|(_, m)| *m), "{pieces:?}");
        let joined: String = pieces.iter().map(|(s, _)| s.as_str()).collect();
        assert!(joined.chars().count() <= 200, "{joined}");
    }
    // Cut with "…" where text was left out, at word boundaries.
    let long =
        "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh ".repeat(8) + "maklumat";
    let pieces = snippet(&index, &long, &q[0].roots);
    assert_eq!(pieces.first().map(|p| p.0.as_str()), Some("…"));
    assert!(pieces.iter().any(|(s, m)| *m && s == "maklumat"));
}

#[test]
fn the_index_round_trips_through_json_and_is_checked() {
    let pack = builtin();
    let index = index(&pack);
    assert_eq!(index.check(), Ok(()));
    let json = serde_json::to_string(&index).unwrap();
    let back: SearchIndex = serde_json::from_str(&json).unwrap();
    assert_eq!(back, index);
    // A glossary doc has no lesson field at all.
    assert!(json.contains(r#"{"m":"pola-pikir-melayani"}"#));

    let mut bad = index.clone();
    bad.version = 2;
    assert_eq!(bad.check(), Err(IndexProblem::Version));
    let mut bad = index.clone();
    bad.hits[0].push(9_999);
    assert_eq!(bad.check(), Err(IndexProblem::Shape));
    let mut bad = index.clone();
    bad.words[0].1 = u32::MAX;
    assert_eq!(bad.check(), Err(IndexProblem::Shape));
    let mut bad = index;
    bad.words.swap(0, 1);
    assert_eq!(bad.check(), Err(IndexProblem::Shape));
}
