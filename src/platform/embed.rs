//! The page's side of embedding: the child half of the H5P resizer protocol, learning events
//! posted to the portal, and what the embed URL asks for.
//!
//! Invariant: learning events go only to the origin given in the URL; with none, nothing is
//! sent. Messages are accepted only from `window.parent` (and from that origin, when given).
//! Resize messages carry no personal data and go to `'*'`, as H5P's do.

use std::cell::{Cell, RefCell};

use gloo::events::EventListener;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    static FRIENDLY: Cell<bool> = const { Cell::new(false) };
    static EXPECTED_ORIGIN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The app's URL without query or hash.
#[must_use]
pub fn app_url() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// 16 random bytes from `crypto.getRandomValues`, or `None` when the browser has no secure
/// random source or it fails (never a fixed value: see [`crate::domain::embed::uuid_from_random`]).
#[must_use]
pub fn random_bytes() -> Option<[u8; 16]> {
    let mut bytes = [0u8; 16];
    let crypto = web_sys::window()?.crypto().ok()?;
    match crypto.get_random_values_with_u8_array(&mut bytes) {
        Ok(_) => Some(bytes),
        Err(e) => {
            web_sys::console::error_2(&"crypto.getRandomValues gagal:".into(), &e);
            None
        }
    }
}

/// Why a learning event was not sent to the portal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    /// No secure randomness: no actor or statement id can be made.
    NoRandomness,
    /// `postMessage` threw (e.g. an origin the browser cannot use); the browser's words.
    PostMessage(String),
}

impl SendError {
    /// What the learner reads, in `lang`.
    #[must_use]
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{t, tf, Key};
        match self {
            Self::NoRandomness => t(lang, Key::EmbedNoRandomness).to_owned(),
            Self::PostMessage(why) => tf(lang, Key::EmbedPostFailed, &[why]),
        }
    }
}

/// The current time as ISO 8601.
#[must_use]
pub fn iso_now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// True inside any frame (`window.self !== window.top`); also when `top` cannot be read.
#[must_use]
pub fn in_frame() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    match w.top() {
        Ok(Some(top)) => !js_sys::Object::is(&top, &w),
        _ => true,
    }
}

fn parent() -> Option<web_sys::Window> {
    let w = web_sys::window()?;
    let parent = w.parent().ok()??;
    // Not in a frame: parent is the window itself.
    (!js_sys::Object::is(&parent, &w)).then_some(parent)
}

fn post_h5p(action: &str, heights: Option<(i32, i32)>) {
    let Some(parent) = parent() else { return };
    let data = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| {
        let _ = js_sys::Reflect::set(&data, &JsValue::from_str(k), v);
    };
    set("context", &JsValue::from_str("h5p"));
    set("action", &JsValue::from_str(action));
    if let Some((scroll, client)) = heights {
        set("scrollHeight", &JsValue::from(scroll));
        set("clientHeight", &JsValue::from(client));
    }
    let _ = parent.post_message(&data, "*");
}

fn body_heights() -> Option<(i32, i32)> {
    let body = web_sys::window()?.document()?.body()?;
    Some((body.scroll_height(), body.client_height()))
}

/// Asks the parent to fit the iframe to the content (only once the parent has answered).
fn request_resize() {
    if FRIENDLY.with(Cell::get) {
        post_h5p("prepareResize", body_heights());
    }
}

/// Starts the child side of the H5P resizer protocol: says hello, answers the parent's
/// `ready`, `hello`, `resizePrepared` and `resize`, and asks for a new height whenever the
/// content's size changes (`ResizeObserver`: content, fonts, images).
pub fn start_resizer(expected_origin: Option<String>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if parent().is_none() {
        return;
    }
    EXPECTED_ORIGIN.with(|o| *o.borrow_mut() = expected_origin);
    EventListener::new(&window, "message", |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        if !from_parent(event) {
            return;
        }
        let data = event.data();
        let get = |k: &str| {
            js_sys::Reflect::get(&data, &JsValue::from_str(k))
                .ok()
                .and_then(|v| v.as_string())
        };
        if get("context").as_deref() != Some("h5p") {
            return;
        }
        match get("action").as_deref() {
            Some("ready") => post_h5p("hello", None),
            Some("hello") => {
                FRIENDLY.with(|f| f.set(true));
                // The parent sizes us now: no inner scrollbar.
                if let Some(body) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.body())
                {
                    let _ = body.style().set_property("overflow", "hidden");
                }
                request_resize();
            }
            Some("resizePrepared") => post_h5p("resize", body_heights()),
            Some("resize") => request_resize(),
            _ => {}
        }
    })
    .forget();
    if let Some(body) = window.document().and_then(|d| d.body()) {
        let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(request_resize);
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            observer.observe(&body);
            // The observer lives as long as the page.
            std::mem::forget(observer);
        }
        callback.forget();
    }
    post_h5p("hello", None);
}

/// True when a message comes from `window.parent` and, when an origin was given, from it.
#[must_use]
pub fn from_parent(event: &web_sys::MessageEvent) -> bool {
    let (Some(source), Some(parent)) = (event.source(), parent()) else {
        return false;
    };
    if !js_sys::Object::is(&source, &parent) {
        return false;
    }
    EXPECTED_ORIGIN.with(|o| {
        o.borrow()
            .as_ref()
            .is_none_or(|origin| &event.origin() == origin)
    })
}

/// Posts a learning event to the portal at `origin` (and nowhere else). Not being in a
/// frame is not an error (nothing to send to).
///
/// # Errors
/// [`SendError::PostMessage`] when the message cannot be converted or `postMessage` throws;
/// also logged to the console.
pub fn post_learning<T: Serialize>(message: &T, origin: &str) -> Result<(), SendError> {
    let Some(parent) = parent() else {
        return Ok(());
    };
    let result = message
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| e.to_string())
        .and_then(|value| {
            parent.post_message(&value, origin).map_err(|e| {
                e.dyn_ref::<js_sys::Error>()
                    .map_or_else(|| format!("{e:?}"), |e| String::from(e.message()))
            })
        });
    result.map_err(|why| {
        web_sys::console::error_1(&format!("postMessage ke {origin} gagal: {why}").into());
        SendError::PostMessage(why)
    })
}
