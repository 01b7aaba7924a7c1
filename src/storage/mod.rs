//! Saved data: the IndexedDB schema and the adapters that read and write it.
//!
//! Invariant: stored records are their own serde types, written one small record per call,
//! each call in its own transaction that is committed before the call returns. The schema
//! version and every migration live in [`schema`].

pub mod schema;

#[cfg(target_arch = "wasm32")]
pub mod idb;

/// Why a storage call failed, in terms the UI can explain.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// IndexedDB cannot be used at all (private mode, disabled, blocked by policy).
    #[error("penyimpanan peramban tidak tersedia: {0}")]
    Unavailable(String),
    /// The device or the browser's quota is full.
    #[error("ruang penyimpanan perangkat penuh")]
    QuotaExceeded,
    /// A newer version of the app changed the database; this page must reload.
    #[error("versi aplikasi yang lebih baru sedang terbuka; muat ulang halaman ini")]
    VersionChanged,
    /// A record could not be encoded or decoded.
    #[error("data tersimpan tidak dapat dibaca: {0}")]
    Corrupt(String),
    /// Any other failure of a transaction.
    #[error("gagal menyimpan: {0}")]
    Failed(String),
}
