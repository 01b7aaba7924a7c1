//! The browser shell: the only module that touches `web_sys`, `js_sys` and `gloo`.
//!
//! Invariant: functions here do I/O and return plain values; decisions are made in the core.

pub mod content;
pub mod device;
mod dom;
pub mod embed;
pub mod lrs;
pub mod place;
pub mod scorm;
pub mod share;
pub mod speech;
pub mod store;
pub mod sw;

pub use dom::{
    apply_text_size, choose_lang, choose_text_size, current_route, focus_element, focus_soon,
    has_root_class, is_focused, lang_from_url, mark_app_ready, now_ms, page_hidden, perf_mark,
    perf_measure, query_param, release_first_screen, reload, remove_element, set_document_lang,
    set_root_class, set_root_data, stored_lang, stored_text_size,
};
