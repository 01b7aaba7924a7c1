//! Leptos views. Components only wire signals to the core; they hold no rules.
//!
//! Invariant: every word shown comes from [`crate::i18n`] or from a content pack, and pack
//! text is rendered as text, never as HTML.

#![allow(
    clippy::too_many_lines,
    clippy::single_match_else,
    reason = "views read top to bottom as the page does; rules live in domain/"
)]

mod app;
mod blocks;
mod chrome;
mod handles;
mod lazy;
pub mod links;
mod listen;
pub mod lrs;
mod notice;
mod pages;
pub mod scorm;
pub mod state;

pub use app::App;

/// The root class with which the start-up script (`content/boot.js`) keeps the app hidden
/// behind the static lesson (`style/main.css`).
const FIRST_SCREEN_HOLD: &str = crate::content::names::ROOT_CLASSES.hold;
/// The root class that tells the start-up script the app has mounted.
const FIRST_SCREEN_APP: &str = crate::content::names::ROOT_CLASSES.app;

/// Mounts the app on `<body>`; in English, once the English text's chunk is in.
pub fn start() {
    console_error_panic_hook_lite();
    let lang = crate::platform::lang_from_url()
        .or_else(crate::platform::stored_lang)
        .unwrap_or_default();
    #[cfg(feature = "split")]
    if lang == crate::i18n::Lang::En {
        // The start-up script preloaded it (`content/boot.js`): usually here with the main module.
        // (Leptos's executor is set up by the mount, so not its spawn_local yet.)
        wasm_bindgen_futures::spawn_local(async move {
            lazy::load_english().await;
            mount(lang);
        });
        return;
    }
    mount(lang);
}

fn mount(lang: crate::i18n::Lang) {
    // A SCORM package's launch page runs one module for an LMS (ui/scorm.rs). Its module id
    // was validated by the pack compiler before the package was made.
    if crate::platform::scorm::launch_module()
        .and_then(|id| crate::domain::ids::ModuleId::parse(&id).ok())
        .is_some()
    {
        // Its code is a chunk of its own (ui/lazy.rs): the app outside an LMS never loads it.
        leptos::mount::mount_to_body(move || lazy::lazy_page(lazy::LazyPage::Scorm, lang));
    } else {
        leptos::mount::mount_to_body(App);
    }
    // The app runs: the notice for a start that never came (shown by CSS after 30 s) goes.
    crate::platform::remove_element(crate::content::catalog::STALLED_ID);
    // The app's first render is in place: the static first screen the build wrote into the
    // page (`views::prerender`) goes in the same task, so no frame shows both. On a
    // lesson the start-up script holds the app hidden while the static screen shows the
    // lesson; the app lets go once its own lesson is ready (`app::release_when_settled`).
    if !crate::platform::has_root_class(FIRST_SCREEN_HOLD) {
        crate::platform::remove_element(crate::content::catalog::FIRST_SCREEN_ID);
    }
    // From here the app answers every change of address; the start-up script, which drew the
    // pages tapped to before, stops (`content/boot.js`).
    crate::platform::set_root_class(FIRST_SCREEN_APP);
}

/// Logs panics to the console (hand-written: the `console_error_panic_hook` crate adds a
/// dependency for the same three lines).
fn console_error_panic_hook_lite() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
}
