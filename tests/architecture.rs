//! Architecture invariants, checked by reading the sources (STYLE.md 2).
//!
//! The pure core (`src/domain/`, `src/content/`, `src/i18n.rs`) must not use browser crates;
//! only `src/platform/` and `src/ui/` may. Views may not set raw HTML anywhere.

#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

const BROWSER_CRATES: &[&str] = &["leptos", "web_sys", "js_sys", "gloo", "wasm_bindgen"];

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// `source` with every `//` comment cut off (doc comments included).
fn without_comments(source: &str) -> String {
    source
        .lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Names of browser crates used as paths in `source` (`leptos::`, `use web_sys`, …),
/// ignoring comments.
fn browser_crates_used(source: &str) -> Vec<&'static str> {
    let code = without_comments(source);
    BROWSER_CRATES
        .iter()
        .copied()
        .filter(|krate| {
            code.match_indices(krate).any(|(i, _)| {
                let before = code[..i].chars().next_back();
                let after = &code[i + krate.len()..];
                let starts_word = before.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
                starts_word
                    && (after.starts_with("::")
                        || after.starts_with(';')
                        || after.starts_with(" as"))
            })
        })
        .collect()
}

fn core_files() -> Vec<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = rust_files(&src.join("domain"));
    files.extend(rust_files(&src.join("content")));
    files.push(src.join("i18n.rs"));
    files
}

#[test]
fn checker_detects_browser_crates() {
    assert_eq!(
        browser_crates_used("use leptos::prelude::*;"),
        vec!["leptos"]
    );
    assert_eq!(
        browser_crates_used("let w = web_sys::window();"),
        vec!["web_sys"]
    );
    assert_eq!(browser_crates_used("use gloo;"), vec!["gloo"]);
    assert!(browser_crates_used("// leptos::mount is not used here").is_empty());
    assert!(browser_crates_used("let my_leptos_like = 1;").is_empty());
}

#[test]
fn pure_core_uses_no_browser_crate() {
    let files = core_files();
    assert!(
        files.iter().any(|f| f.ends_with("route.rs")),
        "core files found: {files:?}"
    );
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        let used = browser_crates_used(&source);
        assert!(
            used.is_empty(),
            "{} uses {used:?}: the pure core must not",
            file.display()
        );
    }
}

#[test]
fn no_raw_html_anywhere() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for file in rust_files(&src) {
        let source = fs::read_to_string(&file).unwrap();
        for needle in ["inner_html", "set_inner_html", "innerHTML", "outer_html"] {
            assert!(
                !source.contains(needle),
                "{} contains {needle}",
                file.display()
            );
        }
    }
}

/// The `crate::<layer>` paths a file uses, ignoring comments.
fn layers_used(source: &str) -> Vec<&'static str> {
    const LAYERS: &[&str] = &["domain", "content", "storage", "platform", "ui"];
    let code = without_comments(source);
    LAYERS
        .iter()
        .copied()
        .filter(|layer| {
            let direct = code.contains(&format!("crate::{layer}::"))
                || code.contains(&format!("crate::{layer};"));
            // `use crate::{content::model, domain::ids}`: the names inside the braces.
            let grouped = code.match_indices("crate::{").any(|(i, m)| {
                let inner = &code[i + m.len()..];
                let inner = &inner[..inner.find('}').unwrap_or(inner.len())];
                inner
                    .split(',')
                    .any(|part| part.trim().starts_with(&format!("{layer}::")))
            });
            direct || grouped
        })
        .collect()
}

#[test]
fn layers_depend_downwards_only() {
    // ui → platform / storage → content → domain (and i18n, json at the bottom).
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let rules: &[(&str, &[&str])] = &[
        ("domain", &["content", "storage", "platform", "ui"]),
        ("content", &["storage", "platform", "ui"]),
        ("storage", &["platform", "ui"]),
        ("platform", &["ui"]),
    ];
    let mut checked = 0;
    for (layer, forbidden) in rules {
        for file in rust_files(&src.join(layer)) {
            checked += 1;
            let source = fs::read_to_string(&file).unwrap();
            for used in layers_used(&source) {
                assert!(
                    !forbidden.contains(&used),
                    "{} ({layer}) uses crate::{used}: layers depend downwards only",
                    file.display()
                );
            }
        }
    }
    assert!(checked > 20, "only {checked} files checked");
}

#[test]
fn layer_checker_sees_paths_not_words() {
    assert_eq!(
        layers_used("use crate::content::model::Question;"),
        vec!["content"]
    );
    assert_eq!(
        layers_used("use crate::{domain::ids, ui::x};"),
        vec!["domain", "ui"]
    );
    assert!(layers_used("let build = 1; // crate::ui").is_empty());
    assert!(layers_used("// crate::ui::x is mentioned in a comment").is_empty());
}
