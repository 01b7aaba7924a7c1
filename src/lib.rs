//! Bimtek Mandiri: a self-paced *bimbingan teknis* course for Indonesian civil servants.
//!
//! Functional core, imperative shell. Read the modules in this order:
//! - [`domain`]: pure rules (ids, routes). No browser crates, no clock, no randomness.
//! - [`i18n`]: the translation tables for every UI string (pure data).
//! - [`storage`]: the saved-data schema and adapters; the IndexedDB adapter is wasm-only.
//! - [`views`]: presentational Leptos views, props in and markup out, on both targets: the
//!   app mounts them, the build renders them to HTML for the first screen.
//! - `platform`: the only place that touches the browser (wasm-only).
//! - `ui`: Leptos pages that wire the app's signals to the core and the views (wasm-only).

pub mod content;
pub mod domain;
pub mod i18n;
pub mod json;
pub mod storage;
pub mod views;

#[cfg(not(target_arch = "wasm32"))]
pub mod hostcheck;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;
