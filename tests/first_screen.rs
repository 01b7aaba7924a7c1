//! The static first screen written into `index.html` at build time (native): the app's views
//! rendered to HTML (`views/prerender.rs`), the data block and the start-up script.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use std::path::Path;

use bimtek::content::catalog::{FIRST_SCREEN_ID, INLINE_PACKS_ID, PREFETCH_KEY, TEMPLATE_IDS};
use bimtek::content::first_screen::{boot_script, data_block};
use bimtek::content::model::{CalloutKind, PackIndex};
use bimtek::content::source::compile_pack;
use bimtek::domain::ids::{LessonId, ModuleId};
use bimtek::domain::route::Route;
use bimtek::i18n::{t, Key, Lang, LANG_STORAGE_KEY};
use bimtek::views::prerender::{
    home_screen, lesson_template_id, module_template_id, quiz_template_id, templates,
};

fn builtin_index() -> PackIndex {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/inti");
    let read = |rel: &str| std::fs::read_to_string(dir.join(rel)).ok();
    compile_pack(&read).map_err(|e| e.len()).unwrap().index
}

/// Text as Leptos escapes it in a text node.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
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
    // The first screen (the page, then the start-up script's templates), then the notice for
    // a start that never comes (outside it).
    let (screen, stalled) = html
        .split_once(r#"</template></div><div id="start-stalled""#)
        .expect("the first screen ends with its templates, then the stalled-start notice");
    assert!(screen.contains("</footer><template "), "{screen}");
    assert!(stalled.ends_with("</p></div>"));
    assert!(stalled.contains("'wasm-unsafe-eval'") && stalled.contains(r#"lang="en""#));
    // The view macro writes no whitespace between elements, and the hydration markers are gone.
    assert!(!html.contains("> <") && !html.contains(">\n"), "{html}");
    assert!(!html.contains("<!"), "{html}");
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
    // A hydration marker written by an author stays text (the renderer drops only its own).
    index.modules[0].objectives[0] = "a<!>b".into();
    index.modules[0].lessons[0].title = "</template><script>alert(3)</script>".into();
    let html = home_screen(Lang::Id, &[index]);
    assert!(
        !html.contains("<img") && !html.contains("<script") && !html.contains("<!"),
        "{html}"
    );
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("<li>a&lt;!&gt;b</li>"), "{html}");
    assert_eq!(
        html.matches("<template").count(),
        html.matches("</template>").count()
    );
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
        "__TEMPLATES__",
        "__NAMES__",
        "__ROUTES__",
        "__SAFE_SEGMENT__",
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
fn the_boot_script_clones_the_templates_and_draws_lesson_text_with_the_apps_words() {
    let script = boot_script();
    // The pages come from the templates the build rendered, under the ids it gave them.
    for (name, id) in [
        ("module", TEMPLATE_IDS.module),
        ("lesson", TEMPLATE_IDS.lesson),
        ("quiz", TEMPLATE_IDS.quiz),
        ("loading", TEMPLATE_IDS.loading),
    ] {
        assert!(script.contains(&format!(r#""{name}":"{id}""#)), "{name}");
    }
    for page_word in [
        Key::AllModules,
        Key::StartLearning,
        Key::Objectives,
        Key::LessonsTitle,
        Key::QuizStart,
        Key::QuizRules,
        Key::LoadingPage,
    ] {
        assert!(
            !script.contains(t(Lang::Id, page_word)),
            "{page_word:?}: the script draws no page of its own"
        );
    }
    // The lesson-body renderer's words.
    for key in [Key::NewTab, Key::TableLabel] {
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
    // Addresses are matched with the app's own route words (tests/names.rs).
    assert!(script.contains(r#""lesson":"pelajaran""#));
}

#[test]
fn every_page_the_boot_script_draws_has_its_template_from_the_apps_views() {
    let index = builtin_index();
    let html = templates(Lang::Id, std::slice::from_ref(&index));
    let template = |id: &str| -> &str {
        let open = format!(r#"<template id="{id}">"#);
        let start = html.find(&open).unwrap_or_else(|| panic!("{id}")) + open.len();
        let len = html[start..].find("</template>").unwrap();
        &html[start..start + len]
    };
    assert_eq!(
        template(TEMPLATE_IDS.loading),
        format!(
            r#"<p role="status" class="muted">{}</p>"#,
            t(Lang::Id, Key::LoadingPage)
        )
    );
    for m in &index.modules {
        let id = m.id.as_str();
        let module = template(&module_template_id(id));
        let route = |r: Route| format!(r#"href="{}""#, r.to_hash());
        assert!(module.contains(&format!(
            r#"<h1 id="page-title" tabindex="-1">{}</h1>"#,
            escape(&m.title)
        )));
        assert!(module.contains(&route(Route::Quiz(m.id.clone()))));
        assert!(module.contains(&route(Route::Glossary(m.id.clone()))));
        assert!(module.contains(t(Lang::Id, Key::StatusNotStarted)));
        assert_eq!(
            module.matches("<li class=\"\"><a href=").count(),
            m.lessons.len()
        );
        let quiz = template(&quiz_template_id(id));
        assert!(quiz.starts_with(&format!(
            r#"<p class="crumb"><a {}>"#,
            route(Route::Module(m.id.clone()))
        )));
        assert!(quiz.contains(t(Lang::Id, Key::QuizRules)));
        for (i, l) in m.lessons.iter().enumerate() {
            let head = template(&lesson_template_id(id, l.id.as_str()));
            assert!(head.starts_with(r#"<article class="lesson"><p class="crumb">"#));
            assert!(head.contains(&format!("Pelajaran {} dari {}", i + 1, m.lessons.len())));
            assert!(head.ends_with(&format!(
                r#"<p role="status" class="muted">{}</p></article>"#,
                t(Lang::Id, Key::LoadingModule)
            )));
        }
    }
    // Inside the first screen, so they go with it when the app mounts.
    let screen = home_screen(Lang::Id, std::slice::from_ref(&index));
    assert!(screen.contains(&html));
    assert!(screen.find(&html) < screen.find("id=\"start-stalled\""));
    // Ids in the lesson path's form: module and lesson ids never hold a slash.
    let (m, l) = (
        ModuleId::parse("agen-perubahan").unwrap(),
        LessonId::parse("mengapa").unwrap(),
    );
    assert_eq!(
        lesson_template_id(m.as_str(), l.as_str()),
        "fs-lesson-agen-perubahan/mengapa"
    );
}
