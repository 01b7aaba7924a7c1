//! The static first screen written into `index.html` at build time (pure, native).
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use std::path::Path;

use bimtek::content::catalog::{FIRST_SCREEN_ID, INLINE_PACKS_ID, PREFETCH_KEY};
use bimtek::content::first_screen::{boot_script, data_block, escape, home_screen};
use bimtek::content::model::{CalloutKind, PackIndex};
use bimtek::content::source::compile_pack;
use bimtek::domain::ids::{LessonId, ModuleId};
use bimtek::domain::route::Route;
use bimtek::i18n::{t, Key, Lang, LANG_STORAGE_KEY};

fn builtin_index() -> PackIndex {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/inti");
    let read = |rel: &str| std::fs::read_to_string(dir.join(rel)).ok();
    compile_pack(&read).map_err(|e| e.len()).unwrap().index
}

#[test]
fn escape_covers_every_markup_character() {
    assert_eq!(
        escape(r#"<b a="x" b='y'>&amp;</b>"#),
        "&lt;b a=&quot;x&quot; b=&#39;y&#39;&gt;&amp;amp;&lt;/b&gt;"
    );
    assert_eq!(escape("Pola Pikir · ASN"), "Pola Pikir · ASN");
}

#[test]
fn the_data_block_cannot_be_closed_by_pack_text_and_keeps_it_verbatim() {
    let hostile = r#"{"title":"</script><script>alert(1)</script><!--"}"#;
    let block = data_block(&[
        (
            "packs.json".into(),
            r#"{"format_version":1,"packs":["content/x/pack.json"]}"#.into(),
        ),
        ("content/x/pack.json".into(), hostile.into()),
    ]);
    let open = format!(r#"<script type="application/json" id="{INLINE_PACKS_ID}">"#);
    assert!(block.starts_with(&open), "{block}");
    let inner = &block[open.len()..block.len() - "</script>".len()];
    assert!(!inner.contains('<'), "{inner}");
    let parsed: serde_json::Map<String, serde_json::Value> = serde_json::from_str(inner).unwrap();
    assert_eq!(parsed["content/x/pack.json"], hostile);
}

#[test]
fn the_home_screen_lists_every_module_as_the_app_renders_it() {
    let index = builtin_index();
    let html = home_screen(Lang::Id, std::slice::from_ref(&index));
    assert!(html.starts_with(&format!(r#"<div id="{FIRST_SCREEN_ID}">"#)));
    // The first screen, then the notice for a start that never comes (outside it).
    let (screen, stalled) = html
        .split_once(r#"</footer></div><div id="start-stalled""#)
        .expect("the first screen ends with its footer, then the stalled-start notice");
    assert!(!screen.is_empty() && stalled.ends_with("</p></div>"));
    assert!(stalled.contains("&#39;wasm-unsafe-eval&#39;") && stalled.contains(r#"lang="en""#));
    // The view macro writes no whitespace between elements; neither may this.
    assert!(!html.contains("> <") && !html.contains(">\n"), "{html}");
    assert_eq!(
        html.matches(r#"<li class="module-card">"#).count(),
        index.modules.len()
    );
    for m in &index.modules {
        assert!(html.contains(&format!(
            r##"<a href="#/modul/{}">{}</a>"##,
            m.id,
            escape(&m.title)
        )));
    }
    let jp: u32 = index.modules.iter().map(|m| m.jp).sum();
    assert!(html.contains(&format!(
        "0 dari {} modul lulus · 0 dari {jp} JP",
        index.modules.len()
    )));
    assert!(html.contains(r#"<main id="main" tabindex="-1">"#));
}

#[test]
fn pack_text_in_the_home_screen_is_text() {
    let mut index = builtin_index();
    index.modules[0].title = "<img src=x onerror=alert(1)>".into();
    index.modules[0].summary = "\"><script>alert(2)</script>".into();
    let html = home_screen(Lang::Id, &[index]);
    assert!(
        !html.contains("<img") && !html.contains("<script"),
        "{html}"
    );
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn the_boot_script_reads_the_data_block_and_hands_its_fetch_to_the_app() {
    let script = boot_script();
    assert!(script.starts_with("<script>") && script.ends_with("</script>"));
    assert!(script.contains(&format!(r#"getElementById("{INLINE_PACKS_ID}")"#)));
    assert!(script.contains(&format!(r#"getElementById("{FIRST_SCREEN_ID}")"#)));
    // The language the app would read, read under the same key.
    assert!(script.contains(&format!(r#"localStorage.getItem("{LANG_STORAGE_KEY}")"#)));
    // Where the app looks for the start-up fetch (platform/content.rs).
    assert!(script.contains(&format!(r#"window["{PREFETCH_KEY}"] = {{ url: url"#)));
    // Every placeholder filled; no comment line and no indentation left.
    for placeholder in [
        "__LANG_KEY__",
        "__DATA_ID__",
        "__SCREEN_ID__",
        "__PREFETCH_KEY__",
        "__TEXTS__",
    ] {
        assert!(!script.contains(placeholder), "{placeholder}");
    }
    assert!(script
        .lines()
        .all(|l| !l.starts_with(' ') && !l.trim_start().starts_with("//")));
    // One </script>, at the end: nothing inside can close it early.
    assert_eq!(script.matches("</script>").count(), 1);
    assert!(!script.contains("<!--"));
    assert_eq!(script.matches("<script").count(), 1);
}

#[test]
fn the_boot_script_draws_lessons_and_quizzes_with_the_apps_words() {
    let script = boot_script();
    for key in [
        Key::LessonOf,
        Key::MetaMinutes,
        Key::NewTab,
        Key::TableLabel,
        // the module page and the loading line of a page tapped to before the app is there
        Key::AllModules,
        Key::StatusNotStarted,
        Key::MetaJp,
        Key::MetaLessons,
        Key::StartLearning,
        Key::Objectives,
        Key::LessonsTitle,
        Key::LessonsReadOf,
        Key::QuizStart,
        Key::GlossaryTitle,
        Key::LoadingPage,
    ] {
        assert!(
            script.contains(&format!("\"{}\"", t(Lang::Id, key))),
            "{key:?}"
        );
    }
    for kind in CalloutKind::ALL {
        let name = serde_json::to_value(kind).unwrap();
        let name = name.as_str().unwrap();
        assert!(
            script.contains(&format!(r#""{name}":"{}""#, t(Lang::Id, kind.label()))),
            "{name}"
        );
        assert!(
            script.contains(&format!(r#""{name}":"{}""#, kind.css_class())),
            "{name}"
        );
    }
    // The lesson's address and its module's, as the app writes them.
    let (m, l) = (
        ModuleId::parse("agen-perubahan").unwrap(),
        LessonId::parse("mengapa").unwrap(),
    );
    assert_eq!(Route::Module(m.clone()).to_hash(), "#/modul/agen-perubahan");
    assert_eq!(
        Route::Lesson(m, l).to_hash(),
        "#/modul/agen-perubahan/pelajaran/mengapa"
    );
    assert!(script.contains(r##"el("a", { href: "#/modul/" + id }"##));
    let m = ModuleId::parse("agen-perubahan").unwrap();
    assert_eq!(
        Route::Quiz(m.clone()).to_hash(),
        "#/modul/agen-perubahan/kuis"
    );
    assert_eq!(
        Route::Glossary(m).to_hash(),
        "#/modul/agen-perubahan/glosarium"
    );
    assert!(script.contains(r##"href: "#/modul/" + id + "/kuis""##));
    assert!(script.contains(r##"href: "#/modul/" + id + "/glosarium""##));
    assert_eq!(Route::Home.to_hash(), "#/");
    assert!(script.contains(r"/^#\/modul\/[a-z0-9-]+\/pelajaran\/[a-z0-9-]+$/"));
}
