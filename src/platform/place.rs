//! A place inside a page, carried in the hash's query (`#/cari?q=…`, `#/modul/…/pelajaran/…?
//! blok=3`), which the route ignores ([`crate::domain::route::Route::parse`]): reading it,
//! rewriting it without a new history entry, and bringing the element it names into view.

use wasm_bindgen::JsCast;

/// The hash's query parameter `name` (decoded), if the address has one.
#[must_use]
pub fn hash_param(name: &str) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let (_, query) = hash.split_once('?')?;
    web_sys::UrlSearchParams::new_with_str(query)
        .ok()?
        .get(name)
}

/// `hash` with `?name=value` (the value encoded), or `hash` alone when `value` is empty.
#[must_use]
pub fn with_param(hash: &str, name: &str, value: &str) -> String {
    if value.is_empty() {
        return hash.to_owned();
    }
    match web_sys::UrlSearchParams::new() {
        Ok(params) => {
            params.append(name, value);
            format!("{hash}?{}", String::from(params.to_string()))
        }
        Err(_) => hash.to_owned(),
    }
}

/// Rewrites the address's hash without a new history entry or a `hashchange` (the page stays;
/// "back" and a reload find what it shows now).
pub fn replace_hash(hash: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}

/// The element of `element`'s descendants at `path` (element-child steps).
fn step_down(mut element: web_sys::Element, path: &[u16]) -> Option<web_sys::Element> {
    for &step in path {
        let mut child = element.first_element_child()?;
        for _ in 0..step {
            child = child.next_element_sibling()?;
        }
        element = child;
    }
    Some(element)
}

fn reveal(element: &web_sys::Element) {
    let _ = element.class_list().add_1("search-target");
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    element.scroll_into_view();
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    }
}

/// Two frames from now: after the route change's own focus and scroll (`ui/links.rs`), and
/// after a chunk's loading line hands the focus to the page's title.
fn after_two_frames(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let inner = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let again = wasm_bindgen::closure::Closure::once_into_js(f);
            let _ = w.request_animation_frame(again.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(inner.unchecked_ref());
}

/// Brings the element at `path` under the lesson's `<article>` into view, marks it and moves
/// the focus to it (a search result's place in a lesson).
pub fn reveal_in_lesson(path: Vec<u16>) {
    after_two_frames(move || {
        let article = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("main article.lesson").ok().flatten());
        if let Some(element) = article.and_then(|a| step_down(a, &path)) {
            reveal(&element);
        }
    });
}

/// Brings the element with `id` into view, marks it and moves the focus to it.
pub fn reveal_id(id: String) {
    after_two_frames(move || {
        if let Some(element) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
        {
            reveal(&element);
        }
    });
}
