//! The first screen as static HTML, made at build time (native only) from the compiled packs,
//! so that a learner on a slow connection reads the course catalog before the wasm has
//! arrived; the app then takes the page over (`ui::start`) without a visible jump.
//!
//! Two things go into `index.html`:
//! - the pack list and the built-in pack indexes, verbatim, as a JSON data block
//!   (`<script type="application/json" id="bimtek-packs">`): the app builds its catalog from
//!   them without a request, then checks `packs.json` in the background (deployers edit it);
//! - the home screen (header, catalog, "Cara belajar", footer) in `<div id="first-screen">`,
//!   with exactly the markup the app renders (`ui/app.rs`, `ui/chrome.rs`,
//!   `ui/pages/home.rs`): same elements, classes and words, and no whitespace between
//!   elements (the view macro writes none). `tests/e2e/first-screen.spec.mjs` checks that the
//!   takeover moves nothing.
//!
//! Hand-written HTML rather than server-side rendering of the Leptos views: the app is built
//! for client-side rendering only, and Leptos's `ssr` feature in the native build would
//! change how every view compiles for one static page.

use std::fmt::Write as _;

use super::catalog::{
    FIRST_SCREEN_ID as SCREEN_ID, INLINE_PACKS_ID as DATA_ID, PREFETCH_KEY, STALLED_ID,
};
use super::model::{CalloutKind, PackIndex};
use crate::domain::course::Module;
use crate::domain::progress::{course_progress, module_progress, ModuleProgress};
use crate::domain::route::Route;
use crate::i18n::{t, tf, Key, Lang, LANG_STORAGE_KEY};

/// Escapes text for an HTML text node or a double-quoted attribute.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The data block: `{"<path>": "<file text>", …}` for `packs.json` and each built-in pack,
/// with every `<` written as `\u003c` so that no text can close the `<script>` element.
#[must_use]
pub fn data_block(files: &[(String, String)]) -> String {
    let map: serde_json::Map<String, serde_json::Value> = files
        .iter()
        .map(|(path, text)| (path.clone(), serde_json::Value::String(text.clone())))
        .collect();
    let json = serde_json::Value::Object(map)
        .to_string()
        .replace('<', "\\u003c");
    format!(r#"<script type="application/json" id="{DATA_ID}">{json}</script>"#)
}

/// The home screen as the app first renders it for a new learner (no progress yet), in `lang`.
#[must_use]
pub fn home_screen(lang: Lang, packs: &[PackIndex]) -> String {
    let home = escape(&Route::Home.to_hash());
    let mut h = String::new();
    let _ = write!(h, r#"<div id="{SCREEN_ID}">"#);
    let _ = write!(
        h,
        r##"<a class="skip-link" href="#main">{}</a>"##,
        escape(t(lang, Key::SkipToContent))
    );
    // Header (ui/chrome.rs `Header`), online.
    let _ = write!(
        h,
        r#"<header class="app-header"><a class="brand" href="{home}"><span class="brand-mark" aria-hidden="true">BM</span><span class="brand-name">{}</span></a><nav aria-label="{}"><ul class="nav-list">"#,
        escape(t(lang, Key::AppName)),
        escape(t(lang, Key::NavMain)),
    );
    for (route, key) in [
        (Route::Home, Key::NavHome),
        (Route::Record, Key::NavRecord),
        (Route::Settings, Key::NavSettings),
        (Route::EmbedGuide, Key::NavEmbed),
        (Route::About, Key::NavAbout),
    ] {
        let _ = write!(
            h,
            r#"<li><a href="{}">{}</a></li>"#,
            escape(&route.to_hash()),
            escape(t(lang, key))
        );
    }
    h.push_str("</ul></nav></header>");
    // Main (ui/pages/home.rs `HomePage` and `CatalogList`).
    let _ = write!(
        h,
        r#"<main id="main" tabindex="-1"><section class="hero"><h1 id="page-title" tabindex="-1">{}</h1><p class="lead">{}</p></section>"#,
        escape(t(lang, Key::HomeTitle)),
        escape(t(lang, Key::HomeLead)),
    );
    let modules: Vec<_> = packs.iter().flat_map(|p| &p.modules).collect();
    // The course line by the app's own rule, for a learner with no progress yet.
    let course: Vec<(Module, ModuleProgress)> = modules
        .iter()
        .map(|m| {
            let module = Module::from(*m);
            let progress = module_progress(&module, &[], &[], &[]);
            (module, progress)
        })
        .collect();
    let pairs: Vec<_> = course.iter().map(|(m, p)| (m, p)).collect();
    let c = course_progress(&pairs);
    let _ = write!(
        h,
        r#"<section aria-labelledby="catalog-title"><h2 id="catalog-title">{}</h2><p class="course-progress" id="course-progress">{}</p><ul class="module-list">"#,
        escape(t(lang, Key::CatalogTitle)),
        escape(&tf(
            lang,
            Key::CourseProgress,
            &[&c.passed, &c.total, &c.jp_earned, &c.jp_total]
        )),
    );
    for m in &modules {
        let _ = write!(
            h,
            r#"<li class="module-card"><h3><a href="{}">{}</a></h3><p>{}</p><p class="meta"><span class="status status-new">{}</span><span>{}</span><span>{}</span><span>{}</span></p></li>"#,
            escape(&Route::Module(m.id.clone()).to_hash()),
            escape(&m.title),
            escape(&m.summary),
            escape(t(lang, Key::StatusNotStarted)),
            escape(&tf(lang, Key::MetaMinutes, &[&m.minutes])),
            escape(&tf(lang, Key::MetaJp, &[&m.jp])),
            escape(&tf(lang, Key::MetaLessons, &[&m.lessons.len()])),
        );
    }
    h.push_str("</ul></section>");
    let _ = write!(
        h,
        r#"<section class="card" aria-labelledby="how-title"><h2 id="how-title">{}</h2><ol class="steps"><li>{}</li><li>{}</li><li>{}</li></ol></section></main>"#,
        escape(t(lang, Key::HowTitle)),
        escape(t(lang, Key::HowRead)),
        escape(t(lang, Key::HowQuiz)),
        escape(t(lang, Key::HowKeep)),
    );
    // Footer (ui/chrome.rs `Footer`).
    let _ = write!(
        h,
        r#"<footer class="app-footer"><p>{} · {}</p></footer></div>"#,
        escape(t(lang, Key::AppName)),
        escape(t(lang, Key::FooterNote)),
    );
    h.push_str(&stalled_notice());
    h
}

/// The notice for a start that never comes, in both languages (the language choice needs a
/// script): what the learner can do, and what the site's manager must change.
fn stalled_notice() -> String {
    let mut h = String::new();
    let _ = write!(
        h,
        r#"<div id="{STALLED_ID}" class="start-stalled" role="status"><p><strong>{}</strong> {}</p><p lang="en">{}</p></div>"#,
        escape(t(Lang::Id, Key::StalledTitle)),
        escape(t(Lang::Id, Key::StalledBody)),
        escape(t(Lang::En, Key::StalledBody)),
    );
    h
}

/// The start-up script (in `<head>`, before anything is painted), from `boot.js` with its
/// comment lines and indentation dropped; that file says what it does. In short: it hides
/// what the app will not show (another language, a frame, another page); on a page that needs
/// a module file it fetches that file at once, in parallel with the wasm, and leaves the
/// response for the app; in Indonesian it draws a module page from the pack index, a lesson's
/// text from that file with the markup the app renders, up to its first interactive block,
/// and a quiz's head and rules; and until the app has mounted it does the same for every
/// page the learner taps to, so that no tap is dead.
#[must_use]
pub fn boot_script() -> String {
    let json = |v: &serde_json::Value| v.to_string().replace('<', "\\u003c");
    let mut callout = serde_json::Map::new();
    let mut class = serde_json::Map::new();
    for kind in CalloutKind::ALL {
        let name = serde_json::to_value(kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        callout.insert(name.clone(), t(Lang::Id, kind.label()).into());
        class.insert(name, kind.css_class().into());
    }
    let texts = serde_json::json!({
        "newTab": t(Lang::Id, Key::NewTab),
        "table": t(Lang::Id, Key::TableLabel),
        "lessonOf": t(Lang::Id, Key::LessonOf),
        "minutes": t(Lang::Id, Key::MetaMinutes),
        "loading": t(Lang::Id, Key::LoadingModule),
        "quiz": t(Lang::Id, Key::QuizTitle),
        "quizInfo": t(Lang::Id, Key::QuizInfo),
        "quizRules": t(Lang::Id, Key::QuizRules),
        "quizStart": t(Lang::Id, Key::QuizStart),
        "allModules": t(Lang::Id, Key::AllModules),
        "notStarted": t(Lang::Id, Key::StatusNotStarted),
        "jp": t(Lang::Id, Key::MetaJp),
        "lessons": t(Lang::Id, Key::MetaLessons),
        "startLearning": t(Lang::Id, Key::StartLearning),
        "objectives": t(Lang::Id, Key::Objectives),
        "lessonsTitle": t(Lang::Id, Key::LessonsTitle),
        "lessonsReadOf": t(Lang::Id, Key::LessonsReadOf),
        "glossary": t(Lang::Id, Key::GlossaryTitle),
        "loadingPage": t(Lang::Id, Key::LoadingPage),
        "callout": callout,
        "calloutClass": class,
    });
    let code: Vec<&str> = include_str!("boot.js")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .collect();
    let code = code
        .join("\n")
        .replace("__LANG_KEY__", &json(&LANG_STORAGE_KEY.into()))
        .replace("__DATA_ID__", &json(&DATA_ID.into()))
        .replace("__SCREEN_ID__", &json(&SCREEN_ID.into()))
        .replace("__PREFETCH_KEY__", &json(&PREFETCH_KEY.into()))
        .replace("__TEXTS__", &json(&texts));
    format!("<script>{code}</script>")
}
