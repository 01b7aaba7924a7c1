//! The names the app, the start-up script, the stylesheet and the build scripts share are
//! defined once (`src/content/names.rs`, `content::validate::SAFE_PATH_PUNCTUATION`) and only
//! referred to elsewhere: these checks fail when a copy creeps back in, or when the stylesheet
//! or the chunk loader stops using a name.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use std::path::Path;

use bimtek::content::first_screen::{boot_script, route_words};
use bimtek::content::names::{CHUNKS_META, LANDING_CHUNKS, NAMES, ROOT_CLASSES};
use bimtek::content::validate::{is_safe_relative_path, safe_segment_pattern};
use bimtek::domain::ids::{check_id, LessonId, ModuleId, ID_CHARS_PATTERN};
use bimtek::domain::route::{EmbedPart, Route};

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap()
}

/// `source` without its `//` comment lines.
fn code(source: &str) -> String {
    source
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn root_classes() -> [&'static str; 5] {
    let c = ROOT_CLASSES;
    [c.none, c.partial, c.page, c.hold, c.app]
}

#[test]
fn the_start_up_script_gets_every_name_from_rust_and_spells_none_out() {
    let source = code(&read("src/content/boot.js"));
    for class in root_classes() {
        assert!(
            !source.contains(&format!("\"{class}\"")),
            "boot.js spells {class}"
        );
    }
    assert!(
        !source.contains(CHUNKS_META),
        "boot.js spells {CHUNKS_META}"
    );
    for chunk in [
        LANDING_CHUNKS.lesson,
        LANDING_CHUNKS.quiz,
        LANDING_CHUNKS.english,
        LANDING_CHUNKS.module,
    ] {
        assert!(
            !source.contains(&format!("preload(\"{chunk}\")")),
            "boot.js spells the {chunk} chunk"
        );
    }
    assert!(
        !source.contains("A-Za-z0-9"),
        "boot.js spells the safe path rule"
    );
    let script = boot_script();
    // As the script has it: a JSON object (keys in serde_json's order).
    let names = serde_json::to_value(NAMES).unwrap().to_string();
    assert!(script.contains(&names), "{names}");
    let pattern = serde_json::to_string(&safe_segment_pattern()).unwrap();
    assert!(script.contains(&pattern), "{pattern}");
}

#[test]
fn the_stylesheet_acts_on_the_root_classes_the_script_and_the_app_set() {
    let css = read("style/main.css");
    // `fs-app` tells the script the app is there; the stylesheet does not need it.
    for class in [
        ROOT_CLASSES.none,
        ROOT_CLASSES.partial,
        ROOT_CLASSES.page,
        ROOT_CLASSES.hold,
    ] {
        assert!(
            css.contains(&format!(".{class}")),
            "main.css has no .{class}"
        );
    }
}

#[test]
fn the_build_scripts_read_the_chunk_names_and_their_meta_from_rust() {
    for script in ["scripts/wasm-split.mjs", "scripts/scorm-package.mjs"] {
        let source = code(&read(script));
        assert!(source.contains("BIMTEK_NAMES"), "{script}");
        assert!(
            !source.contains(&format!("name={CHUNKS_META}")),
            "{script} spells the meta's name"
        );
    }
    let split = code(&read("scripts/wasm-split.mjs"));
    assert!(
        !split.contains("'lesson', 'quiz'"),
        "wasm-split.mjs lists the chunks"
    );
    assert!(read("scripts/post-build.sh").contains("bimtek-pack -- names)"));
    // The chunks are the split points of these names (src/ui/lazy.rs).
    let lazy = read("src/ui/lazy.rs");
    for chunk in [
        LANDING_CHUNKS.lesson,
        LANDING_CHUNKS.quiz,
        LANDING_CHUNKS.module,
    ]
    .into_iter()
    .chain(bimtek::content::names::SHARED_CHUNK_SPLITS)
    {
        assert!(
            lazy.contains(&format!("_chunk, {chunk}, ")),
            "no split point {chunk}"
        );
    }
    // The scripts cut by the list the app names, never by one of their own.
    for script in [
        "scripts/wasm-split.mjs",
        "tests/e2e/bench.mjs",
        "tests/e2e/bench-coverage.mjs",
    ] {
        assert!(
            read(script).contains("shared_chunk_splits"),
            "{script} does not cut by NAMES.shared_chunk_splits"
        );
        assert!(
            read(script).contains("keep_shared_in_main"),
            "{script} does not cut by NAMES.keep_shared_in_main"
        );
    }
    assert!(lazy.contains(&format!("#[wasm_split({}, ", LANDING_CHUNKS.english)));
}

#[test]
fn the_safe_segment_pattern_is_the_validators_rule() {
    assert_eq!(safe_segment_pattern(), r"^[A-Za-z0-9._\-]+$");
    for b in 1u8..128 {
        let c = char::from(b);
        let in_class = c.is_ascii_alphanumeric() || "._-".contains(c);
        if c == '/' {
            continue;
        }
        assert_eq!(is_safe_relative_path(&format!("a{c}a")), in_class, "{c:?}");
    }
}

#[test]
fn the_start_up_script_matches_addresses_with_the_apps_route_words() {
    let words = route_words();
    assert_eq!(
        words,
        serde_json::json!({
            "home": "#/",
            "module": "modul",
            "lesson": "pelajaran",
            "quiz": "kuis",
            "glossary": "glosarium",
            "embed": "embed",
            "id": ID_CHARS_PATTERN,
        })
    );
    // The embed view's pages use the same words after its own.
    let w = |k: &str| words[k].as_str().unwrap().to_owned();
    let (m, l) = (ModuleId::parse("m").unwrap(), LessonId::parse("l").unwrap());
    let embed = format!("#/{}/m", w("embed"));
    assert_eq!(
        Route::Embed(m.clone(), EmbedPart::Lesson(l)).to_hash(),
        format!("{embed}/{}/l", w("lesson"))
    );
    assert_eq!(
        Route::Embed(m.clone(), EmbedPart::Quiz).to_hash(),
        format!("{embed}/{}", w("quiz"))
    );
    assert_eq!(
        Route::Embed(m, EmbedPart::Glossary).to_hash(),
        format!("{embed}/{}", w("glossary"))
    );
    assert!(boot_script().contains(&words.to_string()));
    // And spells none of them itself.
    let source = code(&read("src/content/boot.js"));
    for word in ["modul", "pelajaran", "kuis", "glosarium", "embed"] {
        for spelled in [
            format!("\"{word}"),
            format!("/{word}"),
            format!("{word}\\/"),
            format!("{word}|"),
        ] {
            assert!(!source.contains(&spelled), "boot.js spells {spelled}");
        }
    }
    assert!(!source.contains("a-z0-9") && !source.contains("\"#/\""));
}

#[test]
fn the_id_pattern_is_the_id_rule_for_characters() {
    assert_eq!(ID_CHARS_PATTERN, "[a-z0-9-]+");
    for b in 1u8..128 {
        let c = char::from(b);
        let in_class = c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
        assert_eq!(check_id(&format!("a{c}a")).is_ok(), in_class, "{c:?}");
    }
}

/// The service worker applies the app's own size caps: filled in at build time from
/// `content::names::CAPS`, never written out in `public/sw.js` or the build script.
#[test]
fn the_service_worker_gets_the_apps_caps_from_rust() {
    let sw = code(&read("public/sw.js"));
    assert!(sw.contains("const MAX_LIST_BYTES = __MAX_LIST_BYTES__;"));
    assert!(sw.contains("const MAX_BODY_BYTES = __MAX_BODY_BYTES__;"));
    assert!(!sw.contains("256 * 1024") && !sw.contains("2 * 1024 * 1024"));
    let script = read("scripts/sw-precache.mjs");
    assert!(script.contains("BIMTEK_NAMES") && script.contains("caps.list_bytes"));
    // The app's own constants are these (src/platform/content.rs, wasm only: read as text).
    let app = read("src/platform/content.rs");
    assert!(app.contains("MAX_LIST_BYTES: usize = crate::content::names::CAPS.list_bytes"));
    assert!(app.contains("MAX_BODY_BYTES: usize = crate::content::names::CAPS.body_bytes"));
}
