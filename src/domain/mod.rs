//! The pure core: plain Rust types and rules, tested natively with `cargo test`.
//!
//! Invariant: nothing here imports a browser crate (the list and the check are in
//! `tests/architecture.rs`), and nothing reads the clock or a random source:
//! time and randomness are arguments.

pub mod base64;
pub mod course;
pub mod embed;
pub mod gelar;
pub mod ids;
pub mod journal;
pub mod laporan;
pub mod listen;
pub mod lrs;
pub mod pretest;
pub mod progress;
pub mod quiz;
pub mod record;
pub mod rekap;
pub mod review;
pub mod rng;
pub mod route;
pub mod rtl;
pub mod saved;
pub mod scorm;
pub mod session;
pub mod text_size;
pub mod time;
pub mod transfer;
pub mod worksheet;
