//! Presentational views: props in, markup out, no state of their own and no browser calls.
//! They compile on both targets: the app mounts them (wasm, Leptos `csr`, wired to its signals
//! in `ui/`), and `bimtek-pack first-screen` renders them to HTML at build time with Leptos's
//! own `to_html()` ([`prerender`], native only, Leptos `ssr`), so a page's markup is written
//! once, here, and reads the same before and after the wasm.
//!
//! What changes with saved progress comes in as a closure, read in the view's reactive parts:
//! the app's reads its memos and signals, the build's returns a learner with no progress yet.
//! (Closures, not `Signal` props: a `Signal<T>` for each new `T` grew the main wasm module by
//! about 20 KB, 4.8 KB brotli.)
//!
//! Invariant (as in `ui/`): every word comes from [`crate::i18n`] or a content pack, and pack
//! text is rendered as text, never as HTML.

#![allow(
    clippy::must_use_candidate,
    reason = "components are called by the view macro, which always uses what they return"
)]

pub mod blocks;
pub mod chrome;
pub mod diagram;
pub mod home;
pub mod lesson;
pub mod module;
pub mod pretest;

#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

use crate::domain::ids::ModuleId;
use crate::domain::progress::ModuleStatus;
use crate::domain::route::{EmbedPart, Route};
use crate::i18n::{t, Key, Lang};

/// A module page's route: in the embed view (`embedded`) `Route::Embed`, otherwise the app's
/// own, so a learner in a portal's iframe never lands in the full app's chrome.
#[must_use]
pub fn module_route(id: &ModuleId, part: EmbedPart, embedded: bool) -> Route {
    if embedded {
        return Route::Embed(id.clone(), part);
    }
    let id = id.clone();
    match part {
        EmbedPart::Overview => Route::Module(id),
        EmbedPart::Lesson(l) => Route::Lesson(id, l),
        EmbedPart::Glossary => Route::Glossary(id),
        EmbedPart::Quiz => Route::Quiz(id),
        EmbedPart::Result => Route::QuizResult(id),
        EmbedPart::Pretest => Route::Pretest(id),
        EmbedPart::Rtl => Route::Rtl(id),
        // The app's own review holds every module's questions.
        EmbedPart::Review => Route::Review,
    }
}

/// The words and CSS class of a module status.
#[must_use]
pub fn status_label(lang: Lang, status: ModuleStatus) -> (&'static str, &'static str) {
    match status {
        ModuleStatus::NotStarted => (t(lang, Key::StatusNotStarted), "status status-new"),
        ModuleStatus::InProgress => (t(lang, Key::StatusInProgress), "status status-doing"),
        ModuleStatus::Completed => (t(lang, Key::StatusCompleted), "status status-read"),
        ModuleStatus::Passed => (t(lang, Key::StatusPassed), "status status-passed"),
    }
}
