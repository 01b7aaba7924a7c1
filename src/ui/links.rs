//! Hrefs inside a module. In the embed view they stay in `#/embed/<id>/…`, so a learner in a
//! portal's iframe never lands in the full app's chrome.

use leptos::prelude::*;

use crate::domain::ids::{LessonId, ModuleId};
use crate::domain::route::{EmbedPart, Route};

/// Whether pages render inside an embed (provided by the embed view).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Embedded(pub bool);

/// Whether the current view is embedded.
#[must_use]
pub fn embedded() -> bool {
    use_context::<Embedded>().unwrap_or_default().0
}

/// A module page's route: in the embed view `Route::Embed`, otherwise the app's own.
fn route(id: &ModuleId, part: EmbedPart) -> Route {
    crate::views::module_route(id, part, embedded())
}

/// The module page.
#[must_use]
pub fn module(id: &ModuleId) -> String {
    route(id, EmbedPart::Overview).to_hash()
}

/// A lesson.
#[must_use]
pub fn lesson(id: &ModuleId, lesson: &LessonId) -> String {
    route(id, EmbedPart::Lesson(lesson.clone())).to_hash()
}

/// The glossary.
#[must_use]
pub fn glossary(id: &ModuleId) -> String {
    route(id, EmbedPart::Glossary).to_hash()
}

/// The quiz.
#[must_use]
pub fn quiz(id: &ModuleId) -> String {
    route(id, EmbedPart::Quiz).to_hash()
}

/// The latest result.
#[must_use]
pub fn result(id: &ModuleId) -> String {
    route(id, EmbedPart::Result).to_hash()
}

/// The pre-test.
#[must_use]
pub fn pretest(id: &ModuleId) -> String {
    route(id, EmbedPart::Pretest).to_hash()
}

/// The module's *Rencana Tindak Lanjut*.
#[must_use]
pub fn rtl(id: &ModuleId) -> String {
    route(id, EmbedPart::Rtl).to_hash()
}

/// An app page outside any module (home, settings…).
#[must_use]
pub fn page(route: &Route) -> String {
    route.to_hash()
}

/// Goes to `route` only if the learner is still on `from`: after a save that finished late, the
/// app must not pull them back from a page they went to meanwhile.
pub fn go_if_still_on(from: &Route, route: &str) {
    if &crate::platform::current_route() == from {
        go(route);
    }
}

/// The search field's submission (`views::home::SearchForm`): to the search page with its
/// words, without the browser's own submission (a reload).
#[allow(
    clippy::needless_pass_by_value,
    reason = "an event handler: Leptos hands the event over by value"
)]
pub fn submit_search(ev: leptos::ev::SubmitEvent) {
    use wasm_bindgen::JsCast;
    ev.prevent_default();
    let words = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("search-q"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default();
    let page = Route::Search.to_hash();
    go(&crate::platform::place::with_param(
        &page,
        "q",
        words.trim(),
    ));
}

/// Goes to `route` (sets `location.hash`); a browser refusal is logged, not swallowed.
pub fn go(route: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window
        .location()
        .set_hash(route.trim_start_matches('#'))
        .is_err()
    {
        web_sys::console::warn_1(&"navigation refused by the browser".into());
    }
}

/// After a route change (not the first render), moves focus to the new page's title and
/// scrolls to the top, as a page load would (screen readers announce the new page).
pub fn focus_title_on_change(route: ReadSignal<Route>) {
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        route.track();
        if first.get_value() {
            first.set_value(false);
        } else {
            crate::platform::focus_element("page-title");
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
        }
    });
}
