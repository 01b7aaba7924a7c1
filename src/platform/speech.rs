//! The browser's `speechSynthesis` for "Dengarkan": the device's voices, one utterance at a
//! time, the chosen voice and speed in `localStorage`, and the highlight of the element being
//! read. Decisions (which voice, what next) are `domain::listen`'s; the reading order is
//! `content::reading`'s.
//!
//! Invariants: at most one utterance of ours is alive, and its handlers are taken off before it
//! is cancelled or replaced (an event from it never reaches a dropped closure); the page's
//! `pagehide` cancels speech (a browser may otherwise keep speaking a page that is gone);
//! hiding the page (a locked screen, another app) does not: reading goes on as far as the
//! browser lets it.

use std::cell::RefCell;

use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{SpeechSynthesis, SpeechSynthesisErrorCode, SpeechSynthesisUtterance};

use crate::domain::listen::{is_indonesian, Voice, RATE_KEY, VOICE_KEY};

/// The utterance being spoken and its handlers, kept alive until it ends or is replaced.
struct Current {
    utterance: SpeechSynthesisUtterance,
    _start: Closure<dyn FnMut()>,
    _end: Closure<dyn FnMut()>,
    _error: Closure<dyn FnMut(web_sys::SpeechSynthesisErrorEvent)>,
}

impl Current {
    fn detach(&self) {
        self.utterance.set_onstart(None);
        self.utterance.set_onend(None);
        self.utterance.set_onerror(None);
    }
}

thread_local! {
    /// The device's Indonesian voices, as last read, with the browser's objects.
    static VOICES: RefCell<Vec<(String, web_sys::SpeechSynthesisVoice)>> = const { RefCell::new(Vec::new()) };
    static CURRENT: RefCell<Option<Current>> = const { RefCell::new(None) };
    /// `voiceschanged` and `pagehide` listeners of the player on the page, and its number.
    static WATCHES: RefCell<(u32, Vec<EventListener>)> = const { RefCell::new((0, Vec::new())) };
    /// The element highlighted as being read.
    static MARKED: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

fn synth() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    let value = js_sys::Reflect::get(&window, &JsValue::from_str("speechSynthesis")).ok()?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    // `SpeechSynthesisUtterance` too: some embedded browsers have the one without the other.
    let utterance =
        js_sys::Reflect::get(&window, &JsValue::from_str("SpeechSynthesisUtterance")).ok()?;
    if utterance.is_undefined() {
        return None;
    }
    value.dyn_into().ok()
}

/// Whether this browser can speak at all.
#[must_use]
pub fn supported() -> bool {
    synth().is_some()
}

/// The device's Indonesian voices as the browser lists them now: `None` while it lists no
/// voice at all (still loading them, or it has none), `Some` (maybe empty) once it lists some.
/// Other languages' voices are never kept.
#[must_use]
pub fn indonesian_voices() -> Option<Vec<Voice>> {
    let synth = synth()?;
    let all = synth.get_voices();
    if all.length() == 0 {
        return None;
    }
    let mut found = Vec::new();
    let mut objects = Vec::new();
    for value in all.iter() {
        let Ok(voice) = value.dyn_into::<web_sys::SpeechSynthesisVoice>() else {
            continue;
        };
        let lang = voice.lang();
        if !is_indonesian(&lang) {
            continue;
        }
        let uri = voice.voice_uri();
        found.push(Voice {
            uri: uri.clone(),
            name: voice.name(),
            lang,
            local: voice.local_service(),
            default: voice.default(),
        });
        objects.push((uri, voice));
    }
    VOICES.set(objects);
    Some(found)
}

/// Calls `changed` whenever the browser's list of voices changes (Chromium fills it in after
/// the first `getVoices()`, seconds later with many voices), and cancels speech on `pagehide`,
/// until [`unwatch`] with the number it returns (a player that replaces another may start
/// before the old one is cleaned up: the old one's `unwatch` then leaves the new one's alone).
pub fn watch(changed: impl Fn() + 'static) -> u32 {
    let mut listeners = Vec::new();
    if let Some(synth) = synth() {
        listeners.push(EventListener::new(&synth, "voiceschanged", move |_| {
            changed();
        }));
    }
    if let Some(window) = web_sys::window() {
        listeners.push(EventListener::new(&window, "pagehide", |_| cancel()));
    }
    WATCHES.with_borrow_mut(|(n, old)| {
        *n = n.wrapping_add(1);
        *old = listeners;
        *n
    })
}

/// Stops the listeners [`watch`] added and numbered `which`, if they are still the current ones.
pub fn unwatch(which: u32) {
    WATCHES.with_borrow_mut(|(n, old)| {
        if *n == which {
            old.clear();
        }
    });
}

/// How an utterance ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// Spoken to its end.
    Done,
    /// Cancelled or interrupted (by us, or by another page's speech).
    Cut,
    /// The voice failed (its code is in the console).
    Failed,
}

/// Cancels what is being spoken, then speaks `text` with the voice `uri` (one of
/// [`indonesian_voices`]) at `rate`; `started` runs when it starts, `ended` once when it ends.
/// `false` when it cannot be spoken (no speech, or the voice is gone).
pub fn speak(
    text: &str,
    uri: &str,
    rate: f32,
    started: impl FnOnce() + 'static,
    ended: impl FnOnce(Ended) + 'static,
) -> bool {
    cancel();
    let Some(synth) = synth() else {
        return false;
    };
    let Some(voice) =
        VOICES.with_borrow(|v| v.iter().find(|(u, _)| u == uri).map(|(_, v)| v.clone()))
    else {
        return false;
    };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return false;
    };
    utterance.set_voice(Some(&voice));
    utterance.set_lang(&voice.lang());
    utterance.set_rate(rate);
    let mut started = Some(started);
    let start = Closure::<dyn FnMut()>::new(move || {
        if let Some(f) = started.take() {
            f();
        }
    });
    let ended = std::rc::Rc::new(RefCell::new(Some(ended)));
    let on_end = ended.clone();
    let end = Closure::<dyn FnMut()>::new(move || {
        if let Some(f) = on_end.borrow_mut().take() {
            f(Ended::Done);
        }
    });
    let error = Closure::<dyn FnMut(web_sys::SpeechSynthesisErrorEvent)>::new(
        move |e: web_sys::SpeechSynthesisErrorEvent| {
            let how = match e.error() {
                SpeechSynthesisErrorCode::Canceled | SpeechSynthesisErrorCode::Interrupted => {
                    Ended::Cut
                }
                code => {
                    web_sys::console::warn_2(&"speech failed:".into(), &JsValue::from(code));
                    Ended::Failed
                }
            };
            if let Some(f) = ended.borrow_mut().take() {
                f(how);
            }
        },
    );
    utterance.set_onstart(Some(start.as_ref().unchecked_ref()));
    utterance.set_onend(Some(end.as_ref().unchecked_ref()));
    utterance.set_onerror(Some(error.as_ref().unchecked_ref()));
    synth.speak(&utterance);
    CURRENT.set(Some(Current {
        utterance,
        _start: start,
        _end: end,
        _error: error,
    }));
    true
}

/// Stops speaking (ours and anything queued), without calling its `ended`.
pub fn cancel() {
    if let Some(current) = CURRENT.take() {
        current.detach();
    }
    if let Some(synth) = synth() {
        synth.cancel();
    }
}

/// The saved voice (`voiceURI`), if any.
#[must_use]
pub fn saved_voice() -> Option<String> {
    storage()?.get_item(VOICE_KEY).ok()?
}

/// The saved speed, as stored (`domain::listen::parse_rate` reads it).
#[must_use]
pub fn saved_rate() -> Option<String> {
    storage()?.get_item(RATE_KEY).ok()?
}

/// Keeps the chosen voice (silently skipped where `localStorage` is unavailable).
pub fn save_voice(uri: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(VOICE_KEY, uri);
    }
}

/// Keeps the chosen speed.
pub fn save_rate(rate: f32) {
    if let Some(s) = storage() {
        let _ = s.set_item(RATE_KEY, &rate.to_string());
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The element at `place` (element-child steps from the page's lesson `<article>`).
fn element_at(place: &[u16]) -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let mut element = document.query_selector("main article.lesson").ok()??;
    for &step in place {
        let mut child = element.first_element_child()?;
        for _ in 0..step {
            child = child.next_element_sibling()?;
        }
        element = child;
    }
    Some(element)
}

/// Whether the element at `place` is on the page with some text (a *Pembahasan* not yet
/// opened is not).
#[must_use]
pub fn shown(place: &[u16]) -> bool {
    element_at(place)
        .and_then(|e| e.text_content())
        .is_some_and(|t| !t.trim().is_empty())
}

/// Highlights the element at `place` (class `reading`) and scrolls it into view if it is not;
/// `None` takes the highlight off.
pub fn mark(place: Option<&[u16]>) {
    if let Some(old) = MARKED.take() {
        let _ = old.class_list().remove_1("reading");
    }
    let Some(element) = place.and_then(element_at) else {
        return;
    };
    let _ = element.class_list().add_1("reading");
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    MARKED.set(Some(element));
}
