//! Time as the core sees it: a Unix time in milliseconds, always handed in by the caller
//! (only `platform/` reads the clock; `tests/architecture.rs` holds it).

/// Unix time in milliseconds, always passed in by the caller.
pub type Millis = i64;

/// Milliseconds in a day.
pub const DAY: Millis = 86_400_000;
