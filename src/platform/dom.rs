//! Page-level browser calls: location, `<html lang>`, performance marks, focus, clock.

use crate::domain::route::Route;
use crate::domain::text_size::{TextSize, TEXT_SIZE_KEY};
use wasm_bindgen::JsCast;

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
    Lang::parse(&query_param("lang")?)
}

/// A query parameter of the page URL (`?origin=…&lang=…`).
#[must_use]
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

const LANG_KEY: &str = crate::i18n::LANG_STORAGE_KEY;

/// The UI language chosen in settings, if any (kept in `localStorage`, read synchronously so
/// the first view already uses it).
#[must_use]
pub fn stored_lang() -> Option<Lang> {
    let storage = web_sys::window()?.local_storage().ok()??;
    Lang::parse(&storage.get_item(LANG_KEY).ok()??)
}

/// Remembers the UI language and reloads the page in it (dropping any `?lang=`).
pub fn choose_lang(lang: Lang) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(Some(storage)) = window.local_storage() {
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
    let Ok(href) = window.location().href() else {
        return;
    };
    match web_sys::Url::new(&href) {
        Ok(url) if url.search_params().has("lang") => {
            url.search_params().delete("lang");
            let _ = window.location().replace(&url.href());
        }
        _ => {
            let _ = window.location().reload();
        }
    }
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

/// The text size kept on this device (the normal one when none is, or `localStorage` is
/// unavailable or holds something else).
#[must_use]
pub fn stored_text_size() -> TextSize {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(TEXT_SIZE_KEY).ok().flatten())
        .and_then(|code| TextSize::parse(&code))
        .unwrap_or_default()
}

/// Shows the page in `size` at once and keeps the choice on this device (the start-up script
/// applies it before the first paint next time). Where `localStorage` is unavailable the size
/// still holds for this page.
pub fn choose_text_size(size: TextSize) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(Some(storage)) = window.local_storage() {
        let _ = storage.set_item(TEXT_SIZE_KEY, size.code());
    }
    apply_text_size(size);
}

/// Sets `<html data-text-size>` (removed for the normal size).
pub fn apply_text_size(size: TextSize) {
    set_root_data(
        "text-size",
        (size != TextSize::default()).then_some(size.code()),
    );
}

/// Sets `<html data-<name>>` to `value`, or removes it for `None`.
pub fn set_root_data(name: &str, value: Option<&str>) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let attribute = format!("data-{name}");
    let _ = match value {
        Some(v) => root.set_attribute(&attribute, v),
        None => root.remove_attribute(&attribute),
    };
}

/// `performance.mark(name)`.
pub fn perf_mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}

/// `performance.measure(name, start_mark)`.
pub fn perf_measure(name: &str, start_mark: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.measure_with_start_mark(name, start_mark);
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

/// Whether the root element has `class`.
#[must_use]
pub fn has_root_class(class: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.class_list().contains(class))
}

/// Removes the static first screen (`views::prerender`) and lifts the start-up script's
/// hold on the app (`fs-hold`, `style/main.css`) just before the next frame, by which time the
/// app's own page is in place: no frame shows both, or neither. Idempotent.
pub fn release_first_screen(id: &'static str) {
    fn release(id: &str) {
        remove_element(id);
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let classes = crate::content::names::ROOT_CLASSES;
            let _ = root.class_list().remove_2(classes.hold, classes.page);
        }
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || release(id));
    if window
        .request_animation_frame(callback.unchecked_ref())
        .is_err()
    {
        release(id);
    }
}

/// Removes the element with `id`, if there is one.
pub fn remove_element(id: &str) {
    if let Some(e) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        e.remove();
    }
}

/// Sets `performance.mark('app-ready')`, once per page load (docs/design.md contract 7).
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

/// Moves focus to `id` on the next frame, after the view has rendered the change that made it.
pub fn focus_soon(id: &'static str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || focus_element(id));
    let _ = window.request_animation_frame(callback.unchecked_ref());
}

/// Moves keyboard and screen-reader focus to the element with `id` (after a route change).
pub fn focus_element(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Whether the element with this id has the keyboard focus.
#[must_use]
pub fn is_focused(id: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|e| e.id() == id)
}

/// Milliseconds since the page started (`performance.now()`), for measurements.
#[must_use]
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Whether the page is hidden (`document.hidden`: another tab or app, a locked screen).
#[must_use]
pub fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

/// Reloads the page (a refusal is logged: there is nothing else to do).
pub fn reload() {
    if let Some(w) = web_sys::window() {
        if w.location().reload().is_err() {
            web_sys::console::warn_1(&"reload refused by the browser".into());
        }
    }
}
