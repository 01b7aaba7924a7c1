//! The first screen as HTML, made at build time (native only) from the compiled packs with
//! Leptos's `to_html()` of the same views the app mounts, so that a learner on a slow
//! connection reads the page before the wasm has arrived and the app then takes it over
//! (`ui::start`) without a visible jump.
//!
//! What goes into `index.html` (`bimtek-pack first-screen`):
//! - [`home_screen`]: the home page (skip link, header, "Mulai dari sini", "Cara belajar"
//!   folded, catalog for a learner with no progress, footer) in `<div id="first-screen">`, then the notice for a
//!   start that never comes;
//! - [`templates`]: inside that div, one `<template>` per page the start-up script
//!   (`content/boot.js`) shows before the wasm, for every module of the inlined packs: the
//!   module page as a new learner sees it, each lesson's head with the app's loading line, the
//!   quiz's head and rules, and the app's "Memuat halaman…" line. The script clones them; it
//!   draws no markup of its own except a lesson's text, which arrives as data
//!   (`views/blocks.rs` says how that renderer is kept in step).
//!
//! Two wrappers are written here and in the app as well: the page's `<main id="main">` (the
//! app's is in `ui/app.rs`, between its status banners and the footer) and a lesson's
//! `<article class="lesson">` (`ui/pages/lesson.rs`). Shared components for them were measured
//! at +0.6 KB raw / +0.4 KB brotli on the main wasm module and +0.4 KB on the lesson chunk, for
//! two tags the first-screen e2e compares anyway (tag, class, box): not worth it.
//!
//! The views write no whitespace between elements. Leptos marks the places where the hydrating
//! client would split text nodes or find an empty slot with `<!>` comments; nothing hydrates
//! this page (the app renders its own and replaces it), so [`html`] drops them. Text from a
//! pack never contains a literal `<!>`: Leptos escapes `<` in text and attributes.

use leptos::prelude::*;

use crate::content::catalog::{FIRST_SCREEN_ID, STALLED_ID, TEMPLATE_IDS};
use crate::content::model::PackIndex;
use crate::domain::course::Module;
use crate::domain::progress::{course_progress, module_progress, ModuleProgress, ModuleStatus};
use crate::domain::route::EmbedPart;
use crate::i18n::{t, tf, Key, Lang};

use super::chrome::{Footer, Header, SkipLink};
use super::home::{CatalogCard, CatalogSection, CourseLine, Hero, HowCard, SearchForm, StartHere};
use super::lesson::{LessonHead, LoadingLine, QuizHead, QuizRules};
use super::module::ModuleBody;
use super::module_route;

/// The id of the `<template>` holding a module's page.
#[must_use]
pub fn module_template_id(module: &str) -> String {
    format!("{}{module}", TEMPLATE_IDS.module)
}

/// The id of the `<template>` holding a lesson's head and loading line.
#[must_use]
pub fn lesson_template_id(module: &str, lesson: &str) -> String {
    format!("{}{module}/{lesson}", TEMPLATE_IDS.lesson)
}

/// The id of the `<template>` holding a quiz's head and rules.
#[must_use]
pub fn quiz_template_id(module: &str) -> String {
    format!("{}{module}", TEMPLATE_IDS.quiz)
}

/// A view as HTML, without the hydration markers (`<!>`) nothing here needs.
#[must_use]
pub fn html(view: impl IntoView + 'static) -> String {
    view.into_view().to_html().replace("<!>", "")
}

/// Every module of `packs`, in catalog order, with its progress for a new learner.
fn modules(packs: &[PackIndex]) -> Vec<(Module, ModuleProgress)> {
    packs
        .iter()
        .flat_map(|p| &p.modules)
        .map(|m| {
            let module = Module::from(m);
            let progress = module_progress(&module, &[], &[], &[]);
            (module, progress)
        })
        .collect()
}

/// The home screen as the app first renders it for a new learner (no progress yet), in
/// `lang`, with the start-up script's templates inside it, then the stalled-start notice.
#[must_use]
pub fn home_screen(lang: Lang, packs: &[PackIndex]) -> String {
    let course = modules(packs);
    let pairs: Vec<_> = course.iter().map(|(m, p)| (m, p)).collect();
    let c = course_progress(&pairs);
    let line = tf(
        lang,
        Key::CourseProgress,
        &[&c.passed, &c.total, &c.jp_earned, &c.jp_total],
    );
    let start = course
        .first()
        .map(|(m, _)| crate::domain::route::Route::Module(m.id.clone()).to_hash())
        .map(|href| view! { <StartHere lang=lang href=href /> });
    let cards = course
        .into_iter()
        .map(|(m, p)| view! { <CatalogCard lang=lang module=m status=move || p.status /> })
        .collect_view();
    let none: Option<&str> = None;
    let page = view! {
        <SkipLink lang=lang on_click=|_| {} />
        <Header lang=lang status=none />
        <main id="main" tabindex="-1">
            <Hero lang=lang start=start />
            <HowCard lang=lang after=() />
            <SearchForm lang=lang on_submit=|_| {} />
            <CatalogSection
                lang=lang
                catalog=view! {
                    <CourseLine text=move || line.clone() />
                    <ul class="module-list">{cards}</ul>
                }
            />
        </main>
        <Footer lang=lang />
    };
    format!(
        r#"<div id="{FIRST_SCREEN_ID}">{}{}</div>{}"#,
        html(page),
        templates(lang, packs),
        stalled_notice()
    )
}

/// One `<template>` per page the start-up script draws before the wasm (module docs).
#[must_use]
pub fn templates(lang: Lang, packs: &[PackIndex]) -> String {
    let template = |id: String, inner: String| format!(r#"<template id="{id}">{inner}</template>"#);
    let mut out = template(
        TEMPLATE_IDS.loading.to_owned(),
        html(view! { <LoadingLine lang=lang key=Key::LoadingPage /> }),
    );
    for (m, progress) in modules(packs) {
        let module_href = module_route(&m.id, EmbedPart::Overview, false).to_hash();
        let count = m.lessons.len();
        for (index, l) in m.lessons.iter().enumerate() {
            let head = view! {
                <article class="lesson">
                    <LessonHead
                        lang=lang
                        module_href=module_href.clone()
                        module_title=m.title.clone()
                        title=l.title.clone()
                        index=index
                        count=count
                        minutes=l.minutes
                    />
                    <LoadingLine lang=lang />
                </article>
            };
            out.push_str(&template(
                lesson_template_id(m.id.as_str(), l.id.as_str()),
                html(head),
            ));
        }
        let quiz = view! {
            <QuizHead lang=lang module_href=module_href.clone() module_title=m.title.clone() />
            <QuizRules
                lang=lang
                question_count=m.question_count
                questions_per_attempt=m.questions_per_attempt
                pass_mark=m.pass_mark
                rest=()
            />
        };
        out.push_str(&template(quiz_template_id(m.id.as_str()), html(quiz)));
        let id = m.id.as_str().to_owned();
        let card = crate::views::pretest::PretestCard::new_learner(&m);
        debug_assert_eq!(progress.status, ModuleStatus::NotStarted);
        let page = view! {
            <ModuleBody
                lang=lang
                module=m
                embedded=false
                progress=move || progress.clone()
                read=|_| false
                quiz_action=|| Key::QuizStart
                extra=()
                pretest=move || card
            />
        };
        out.push_str(&template(module_template_id(&id), html(page)));
    }
    out
}

/// The notice for a start that never comes, in both languages (the language choice needs a
/// script): what the learner can do, and what the site's manager must change.
#[must_use]
pub fn stalled_notice() -> String {
    html(view! {
        <div id=STALLED_ID class="start-stalled" role="status">
            <p><strong>{t(Lang::Id, Key::StalledTitle)}</strong> " " {t(Lang::Id, Key::StalledBody)}</p>
            <p lang="en">{t(Lang::En, Key::StalledBody)}</p>
        </div>
    })
}
