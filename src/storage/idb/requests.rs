//! The IndexedDB adapter's building blocks: its row types, one helper per request kind
//! (get, put, delete, read all), and the reading of errors by `DOMException` name. Split from
//! `idb.rs`, which holds the store itself.

use indexed_db_futures::error::Error as IdbError;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::super::StorageError;
use crate::domain::progress::Resume;
use crate::domain::quiz::Attempt;

/// A `meta` row.
#[derive(Serialize, Deserialize)]
pub(super) struct MetaRow<T> {
    pub(super) key: String,
    pub(super) value: T,
}

/// A `lessons` or `answers` row: the key and the record.
#[derive(Serialize, Deserialize)]
pub(super) struct Row<T> {
    pub(super) key: String,
    pub(super) rec: T,
}

/// An `attempts` row.
#[derive(Serialize, Deserialize)]
pub(super) struct AttemptRow {
    pub(super) id: String,
    pub(super) rec: Attempt,
}

/// The `DOMException` name behind an IndexedDB error, when there is one.
pub(super) fn exception_name(e: &IdbError) -> Option<String> {
    use indexed_db_futures::internals::SystemRepr;
    match e {
        IdbError::DomException(d) => Some(d.as_sys().name()),
        _ => None,
    }
}

/// A storage error from an IndexedDB one, told apart by the `DOMException` name (never by
/// searching the message text, which browsers word differently).
pub(super) fn fail(e: impl Into<IdbError>) -> StorageError {
    let e: IdbError = e.into();
    match exception_name(&e).as_deref() {
        Some("QuotaExceededError") => StorageError::QuotaExceeded,
        // The connection was closed under us (a newer tab's `versionchange`).
        Some("InvalidStateError") => StorageError::VersionChanged,
        // One of our stores is missing: the database is not ours.
        Some("NotFoundError") => StorageError::ForeignDatabase,
        _ => StorageError::Failed(e.to_string()),
    }
}

/// Commits `tx`. When the browser aborts it at commit time (a full disk or quota shows only
/// then, as the transaction's own error), the cause is read from the transaction itself:
/// the wrapper's error only says "aborted".
/// The answer of a count request as the builder's `.primitive()` makes it: how many rows.
pub(super) async fn count_rows<F, E1, E2>(request: Result<F, E1>) -> Result<u32, StorageError>
where
    F: std::future::Future<Output = Result<u32, E2>>,
    E1: Into<IdbError>,
    E2: Into<IdbError>,
{
    request.map_err(fail)?.await.map_err(fail)
}

pub(super) async fn commit(tx: Transaction<'_>) -> Result<(), StorageError> {
    use indexed_db_futures::internals::SystemRepr;
    let raw: web_sys::IdbTransaction = tx.as_sys().clone().into();
    tx.commit().await.map_err(|e| commit_error(&raw, e))
}

/// Commits `tx`, whose one request is an `add` sent without waiting for it: `Ok(false)` when
/// that key was already stored (the request's `ConstraintError` ends the transaction).
pub(super) async fn commit_add(tx: Transaction<'_>) -> Result<bool, StorageError> {
    use indexed_db_futures::internals::SystemRepr;
    let raw: web_sys::IdbTransaction = tx.as_sys().clone().into();
    match tx.commit().await {
        Ok(()) => Ok(true),
        Err(e) if exception_name(&e).as_deref() == Some("ConstraintError") => Ok(false),
        Err(e) => Err(commit_error(&raw, e)),
    }
}

fn commit_error(raw: &web_sys::IdbTransaction, e: IdbError) -> StorageError {
    match raw.error() {
        Some(cause) if cause.name() == "QuotaExceededError" => StorageError::QuotaExceeded,
        Some(cause) if cause.name() == "NotFoundError" => StorageError::ForeignDatabase,
        Some(cause) => StorageError::Failed(format!("{}: {}", cause.name(), cause.message())),
        None => fail(e),
    }
}

pub(super) fn corrupt(e: impl std::fmt::Display) -> StorageError {
    StorageError::Corrupt(e.to_string())
}

/// The stored resume point, parsed on read: a row that does not parse (an old or hostile
/// `route` that is not a page inside a module) is dropped, never fatal and never linked.
pub(super) fn parse_resume(
    read: Result<Option<MetaRow<Resume>>, indexed_db_futures::error::Error>,
) -> Result<Option<Resume>, StorageError> {
    match read {
        Ok(row) => Ok(row.map(|r| r.value)),
        Err(indexed_db_futures::error::Error::Serialisation(e)) => {
            web_sys::console::warn_1(&format!("titik lanjut tersimpan diabaikan: {e}").into());
            Ok(None)
        }
        Err(e) => Err(corrupt(e)),
    }
}

/// Every row of `store_name`, read inside `tx`.
pub(super) async fn rows_in<T: DeserializeOwned>(
    tx: &Transaction<'_>,
    store_name: &str,
) -> Result<Vec<T>, StorageError> {
    let store = tx.object_store(store_name).map_err(fail)?;
    let rows = store
        .get_all::<T>()
        .serde()
        .map_err(corrupt)?
        .await
        .map_err(corrupt)?;
    rows.collect::<Result<Vec<T>, _>>().map_err(corrupt)
}

/// Why an open failed: a newer schema (an older build facing a newer database) is told apart
/// from IndexedDB being unusable.
pub(super) fn open_failed(e: impl std::fmt::Display) -> StorageError {
    let text = e.to_string();
    if text.contains("VersionError") || text.contains("less than the existing version") {
        StorageError::NewerSchema
    } else if text.contains("NotFoundError") {
        // A migration met a database without the stores its version should have.
        StorageError::ForeignDatabase
    } else {
        StorageError::Unavailable(text)
    }
}

/// An object store inside the caller's transaction.
type Store<'a> = indexed_db_futures::object_store::ObjectStore<'a>;

/// Writes `row` (the one request helper for writes; nothing else is awaited in between).
pub(super) async fn put_row<T: Serialize>(store: &Store<'_>, row: &T) -> Result<(), StorageError> {
    store.put(row).serde().map_err(fail)?.await.map_err(fail)
}

/// Reads the row at `key`, decoded as `T` (a row that does not decode is corrupt).
pub(super) async fn get_row<T: DeserializeOwned>(
    store: &Store<'_>,
    key: &str,
) -> Result<Option<T>, StorageError> {
    store
        .get(key)
        .serde()
        .map_err(corrupt)?
        .await
        .map_err(corrupt)
}

/// Deletes the row at `key`.
pub(super) async fn delete_row(store: &Store<'_>, key: &str) -> Result<(), StorageError> {
    store
        .delete(key)
        .primitive()
        .map_err(fail)?
        .await
        .map_err(fail)
}
