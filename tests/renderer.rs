//! The start-up script's lesson-body renderer (`src/content/boot.js`), the one page part not
//! cloned from a template the app's views rendered (lesson text arrives as data), kept in step
//! with the block views (`src/views/blocks.rs`): by a pinned hash, and by a fixture lesson with
//! every block and inline kind that `tests/e2e/first-screen.spec.mjs` draws both ways.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use std::collections::BTreeSet;
use std::path::Path;

use bimtek::content::model::{Block, CalloutKind, Inline, ModuleBody};
use bimtek::content::source::compile_pack;
use bimtek::content::validate::{is_safe_relative_path, module_body};

/// The start-up script draws lesson text with a renderer of its own (lesson text arrives as
/// data): it must follow `src/views/blocks.rs` part for part. This pin makes a change there
/// fail here until the renderer in `boot.js` has been looked at and the pin updated (the
/// fixture pack in `tests/e2e/first-screen.spec.mjs` then compares the two in a browser).
#[test]
fn the_boot_scripts_lesson_renderer_is_pinned_to_the_block_views() {
    use sha2::{Digest, Sha256};
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let views = std::fs::read(root.join("src/views/blocks.rs")).unwrap();
    // Line endings as checked out do not count.
    let views: Vec<u8> = views.into_iter().filter(|&b| b != b'\r').collect();
    let hash = Sha256::digest(&views)
        .iter()
        .fold(String::new(), |mut out, b| {
            use std::fmt::Write as _;
            let _ = write!(out, "{b:02x}");
            out
        });
    let boot = std::fs::read_to_string(root.join("src/content/boot.js")).unwrap();
    let marker = "// pin views/blocks.rs sha256 ";
    let pinned = boot
        .lines()
        .find_map(|l| l.trim().strip_prefix(marker))
        .expect("boot.js pins the hash of views/blocks.rs");
    assert_eq!(
        pinned, hash,
        "src/views/blocks.rs changed: make the lesson-body renderer in src/content/boot.js \
         (`inline`, `block`) draw the same markup, run tests/e2e/first-screen.spec.mjs (the \
         fixture pack compares the two), then set the pin in boot.js to {hash}"
    );
}

/// The kinds of inline text in `list`, into `seen` (the fixture test below).
fn inline_kinds(list: &[Inline], seen: &mut BTreeSet<String>) {
    for i in list {
        let kind = match i {
            Inline::Text { .. } => "text",
            Inline::Strong { .. } => "strong",
            Inline::Em { .. } => "em",
            Inline::Link { href, .. } if href.to_ascii_lowercase().starts_with("http") => {
                if href.starts_with("HTTP") {
                    seen.insert("link-upper-case".into());
                }
                "link-out"
            }
            Inline::Link { .. } => "link-relative",
        };
        seen.insert(kind.into());
    }
}
/// The kinds of blocks and inline text in `list`, into `seen` (the fixture test below).
fn block_kinds(list: &[Block], seen: &mut BTreeSet<String>) {
    for b in list {
        match b {
            Block::Heading { level, text } => {
                seen.insert(format!("heading-{level}"));
                inline_kinds(text, seen);
            }
            Block::Paragraph { text } => {
                seen.insert("paragraph".into());
                inline_kinds(text, seen);
            }
            Block::List { ordered, items } => {
                seen.insert(format!("list-ordered-{ordered}"));
                for i in items {
                    inline_kinds(i, seen);
                }
            }
            Block::Table { header, rows } => {
                seen.insert("table".into());
                for c in header.iter().chain(rows.iter().flatten()) {
                    inline_kinds(c, seen);
                }
            }
            Block::Image { src, .. } => {
                let kind = if is_safe_relative_path(src) {
                    "image-relative"
                } else {
                    "image-elsewhere"
                };
                seen.insert(kind.into());
            }
            Block::Callout {
                kind,
                blocks: inner,
                journal,
            } => {
                seen.insert(format!("callout-{}", kind.css_class()));
                // A journal reflection's box holds the app's answer field.
                if *journal {
                    seen.insert("interactive".into());
                }
                block_kinds(inner, seen);
            }
            // Where the script stops: the app alone draws these (a diagram too: views/diagram.rs).
            Block::Discussion { .. } | Block::Worksheet { .. } | Block::Diagram(_) => {
                seen.insert("interactive".into());
            }
        }
    }
}

/// The fixture `tests/e2e/first-screen.spec.mjs` puts in place of a built-in lesson to compare
/// the start-up script's lesson renderer with the app's, part for part: every block and inline
/// kind, both heading levels and list kinds, links out and next to the pack, an image next to
/// the pack and one from elsewhere (shown as its text), every callout kind, and an interactive
/// block (where the script stops) with text after it. The matches below are exhaustive: a new
/// kind of block or inline does not compile here until the fixture has one.
#[test]
fn the_renderer_fixture_holds_every_block_and_inline_kind_and_is_a_valid_lesson() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("tests/fixtures/every-block.json")).unwrap();
    let fixture: Vec<Block> = serde_json::from_str(&text).unwrap();
    let mut seen = BTreeSet::new();
    block_kinds(&fixture, &mut seen);
    let mut want: BTreeSet<String> = [
        "text",
        "strong",
        "em",
        "link-out",
        "link-upper-case",
        "link-relative",
        "heading-2",
        "heading-3",
        "paragraph",
        "list-ordered-true",
        "list-ordered-false",
        "table",
        "image-relative",
        "image-elsewhere",
        "interactive",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    for kind in CalloutKind::ALL {
        want.insert(format!("callout-{}", kind.css_class()));
    }
    assert_eq!(seen, want);
    // Something after the interactive block, which only the app draws.
    let first_interactive = fixture
        .iter()
        .position(|b| matches!(b, Block::Discussion { .. } | Block::Worksheet { .. }))
        .unwrap();
    assert!(first_interactive + 1 < fixture.len());

    // A valid lesson of a built-in module (the spec swaps it in for its first lesson).
    let compiled = compile_pack(&|rel: &str| {
        std::fs::read_to_string(root.join("content/inti").join(rel)).ok()
    })
    .map_err(|e| e.len())
    .unwrap();
    let summary = &compiled.index.modules[1];
    let module = bimtek::domain::course::Module::from(summary);
    let mut body: ModuleBody = compiled
        .bodies
        .into_iter()
        .find(|(_, b)| b.id == summary.id)
        .map(|(_, b)| b)
        .unwrap();
    body.lessons[0].blocks = fixture;
    let problems = module_body(&summary.file, &module, &body);
    assert!(problems.is_empty(), "{problems:?}");
}
