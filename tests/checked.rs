//! The build's list of checked content files (`content::checked`, `bimtek-pack mark-checked`):
//! it lists exactly the built-in files as the build writes them, refuses to list a broken or
//! missing file, and marks a page once. That the browser then skips the validator for these
//! files and runs it for any other is `tests/e2e/content.spec.mjs`'s part.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use std::collections::BTreeMap;
use std::path::Path;

use bimtek::content::checked::{insert_meta, mark, Checked};
use bimtek::content::model::{PackList, FORMAT_VERSION};
use bimtek::content::source::compile_pack;

/// The built-in pack as `bimtek-pack build` writes it into a dist: path → text.
fn dist() -> BTreeMap<String, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/inti");
    let pack = compile_pack(&|rel: &str| std::fs::read_to_string(dir.join(rel)).ok())
        .ok()
        .unwrap();
    let pack_path = format!("content/{}/pack.json", pack.index.id);
    let mut files = BTreeMap::new();
    files.insert(
        "packs.json".to_owned(),
        serde_json::to_string(&PackList {
            format_version: FORMAT_VERSION,
            packs: vec![pack_path.clone()],
        })
        .unwrap(),
    );
    files.insert(pack_path, serde_json::to_string(&pack.index).unwrap());
    for (file, body) in &pack.bodies {
        files.insert(
            format!("content/{}/{file}", pack.index.id),
            serde_json::to_string(body).unwrap(),
        );
    }
    files
}

#[test]
fn every_built_in_file_is_listed_and_nothing_else() {
    let files = dist();
    let content = mark(|p| files.get(p).cloned()).unwrap();
    let checked = Checked::parse(&content);
    assert_eq!(content.split(' ').count(), files.len(), "{content}");
    for (path, text) in &files {
        assert!(checked.has(text), "{path} is not listed");
        assert!(
            !checked.has(&format!("{text}\n")),
            "{path}: a changed file is listed"
        );
    }
}

#[test]
fn a_broken_module_file_lists_nothing_and_is_named() {
    let mut files = dist();
    let (path, text) = files
        .iter()
        .find(|(p, _)| p.contains("/pola"))
        .map(|(p, t)| (p.clone(), t.clone()))
        .unwrap();
    // Two questions with one id: valid JSON of the right shape, refused by the validator only.
    let body: serde_json::Value = serde_json::from_str(&text).unwrap();
    let first_id = body["questions"][0]["id"].clone();
    let mut broken = body.clone();
    broken["questions"][1]["id"] = first_id;
    files.insert(path.clone(), broken.to_string());
    let errors = mark(|p| files.get(p).cloned()).unwrap_err();
    assert!(errors.iter().any(|e| e.file == path), "{errors:?}");
}

#[test]
fn a_missing_file_lists_nothing_and_is_named() {
    let mut files = dist();
    let path = files.keys().find(|p| p.contains("/pola")).cloned().unwrap();
    files.remove(&path);
    let errors = mark(|p| files.get(p).cloned()).unwrap_err();
    assert!(errors.iter().any(|e| e.file == path), "{errors:?}");
}

#[test]
fn a_page_is_marked_once_before_its_head_ends() {
    let html = "<html><head><title>x</title></head><body></body></html>";
    let marked = insert_meta(html, "cbf29ce484222325").unwrap();
    assert!(
        marked.contains("<meta name=\"bimtek-checked\" content=\"cbf29ce484222325\">\n</head>"),
        "{marked}"
    );
    assert!(insert_meta(&marked, "cbf29ce484222325").is_err());
    assert!(insert_meta("<p>no head</p>", "x").is_err());
}
