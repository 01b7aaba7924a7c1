//! The IndexedDB adapter (wasm only), on `indexed_db_futures`.
//!
//! Each call is one transaction, committed before the call returns; nothing else is awaited
//! inside a transaction (awaiting a timer or a fetch would let the browser auto-commit).

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::schema::{DB_VERSION, META_KEY_PATH, STORE_META};
use super::StorageError;

/// A `meta` store record.
#[derive(Serialize, Deserialize)]
struct MetaRecord<T> {
    key: String,
    value: T,
}

/// An open connection to the app's database.
#[derive(Debug)]
pub struct IdbStore {
    db: Database,
}

fn to_storage_error(e: impl std::fmt::Display) -> StorageError {
    let text = e.to_string();
    if text.contains("QuotaExceeded") {
        StorageError::QuotaExceeded
    } else {
        StorageError::Failed(text)
    }
}

impl IdbStore {
    /// Opens (creating or upgrading) the database called `name`.
    ///
    /// # Errors
    /// [`StorageError::Unavailable`] when IndexedDB cannot be opened.
    pub async fn open(name: &str) -> Result<Self, StorageError> {
        let db = Database::open(name)
            .with_version(DB_VERSION)
            .with_on_upgrade_needed(|event, db| {
                // Stepwise migrations: each version's step runs once, in order.
                #[allow(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "IndexedDB versions are small positive integers carried as f64"
                )]
                let old = event.old_version() as u32;
                if old < 1 {
                    db.create_object_store(STORE_META)
                        .with_key_path(META_KEY_PATH.into())
                        .build()?;
                }
                Ok(())
            })
            .await
            .map_err(|e| StorageError::Unavailable(e.to_string()))?;
        Ok(Self { db })
    }

    /// Writes `value` under `key` in the `meta` store and commits.
    ///
    /// # Errors
    /// [`StorageError`] when the write or the commit fails (e.g. the disk is full).
    pub async fn put_meta<T: Serialize>(&self, key: &str, value: &T) -> Result<(), StorageError> {
        let tx = self
            .db
            .transaction(STORE_META)
            .with_mode(TransactionMode::Readwrite)
            .build()
            .map_err(to_storage_error)?;
        let store = tx.object_store(STORE_META).map_err(to_storage_error)?;
        let record = MetaRecord {
            key: key.to_owned(),
            value,
        };
        store
            .put(&record)
            .serde()
            .map_err(to_storage_error)?
            .await
            .map_err(to_storage_error)?;
        tx.commit().await.map_err(to_storage_error)?;
        Ok(())
    }

    /// Reads the value under `key` in the `meta` store.
    ///
    /// # Errors
    /// [`StorageError::Corrupt`] when the stored value does not decode as `T`.
    pub async fn get_meta<T: DeserializeOwned>(
        &self,
        key: &str,
    ) -> Result<Option<T>, StorageError> {
        let tx = self
            .db
            .transaction(STORE_META)
            .build()
            .map_err(to_storage_error)?;
        let store = tx.object_store(STORE_META).map_err(to_storage_error)?;
        let record: Option<MetaRecord<T>> = store
            .get(key)
            .serde()
            .map_err(|e| StorageError::Corrupt(e.to_string()))?
            .await
            .map_err(|e| StorageError::Corrupt(e.to_string()))?;
        Ok(record.map(|r| r.value))
    }

    /// Closes the connection.
    pub fn close(self) {
        self.db.close();
    }
}
