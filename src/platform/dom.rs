//! Page-level browser calls: location, `<html lang>`, performance marks, focus, clock.

use crate::domain::route::Route;
use crate::i18n::Lang;

/// The route addressed by the current `location.hash`.
#[must_use]
pub fn current_route() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}

/// The UI language asked for by `?lang=` in the page URL, if any.
#[must_use]
pub fn lang_from_url() -> Option<Lang> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    Lang::parse(&params.get("lang")?)
}

/// Sets `<html lang>` so screen readers and hyphenation use the right language.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        // A failure here only affects the attribute; the page keeps working.
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Adds a class to `<html>` (e.g. `embed`, for the iframe layout).
pub fn set_root_class(class: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().add_1(class);
    }
}

/// Sets `performance.mark('app-ready')`, once per page load (DESIGN.md contract 7).
pub fn mark_app_ready() {
    thread_local! {
        static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if DONE.with(|d| d.replace(true)) {
        return;
    }
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark("app-ready");
    }
}

/// Moves keyboard and screen-reader focus to the element with `id` (after a route change).
pub fn focus_element(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Milliseconds since the page started (`performance.now()`), for measurements.
#[must_use]
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
