//! Content packs: the compiled pack format, its validation, and (natively) the compiler from
//! the authoring format (TOML + Markdown, `docs/content-format.md`).
//!
//! Invariant: pure. Nothing here touches the browser or the file system; callers pass text in
//! and get typed, validated data or errors that name the file, the id and the problem.
//! Text from packs is data: the UI renders [`model::Block`]s and [`model::Inline`]s as text,
//! never as HTML.

pub mod catalog;
pub mod checked;
pub mod diagram;
pub mod error;
pub mod model;
pub mod names;
pub mod quality;
pub mod reading;
pub mod scorm_list;
pub mod search;
pub mod validate;

#[cfg(not(target_arch = "wasm32"))]
pub mod first_screen;
#[cfg(not(target_arch = "wasm32"))]
pub mod source;

pub use error::{ContentError, Location, Problem};
