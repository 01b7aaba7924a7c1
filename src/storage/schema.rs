//! The IndexedDB schema: database name, version, store names and migrations, in one place.
//!
//! Invariant: `DB_VERSION` only goes up, and every step from an older version to the next is
//! a migration here that keeps every record.

/// The database name used by the app.
pub const DB_NAME: &str = "bimtek-mandiri";

/// The current schema version.
pub const DB_VERSION: u32 = 1;

/// Key–value settings and bookkeeping (`{key, value}` records, key path `key`).
pub const STORE_META: &str = "meta";

/// The key path of [`STORE_META`].
pub const META_KEY_PATH: &str = "key";
