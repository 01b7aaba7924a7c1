//! Picks the storage adapter at start: IndexedDB when it opens, memory otherwise.

use crate::domain::progress::{LessonRecord, LessonUpdate, Resume};
use crate::domain::quiz::{AnswerRecord, Attempt, Millis};
use crate::domain::transfer::Snapshot;
use crate::storage::idb::IdbStore;
use crate::storage::memory::MemoryStore;
use crate::storage::schema::DB_NAME;
use crate::storage::{ProgressStore, StorageError};

/// The adapter in use.
#[derive(Debug)]
pub enum AnyStore {
    /// Saved in IndexedDB.
    Idb(IdbStore),
    /// Kept in memory only: lost when the page closes.
    Memory(MemoryStore),
}

impl AnyStore {
    /// Opens IndexedDB, or falls back to memory and says why.
    pub async fn open() -> (Self, Option<StorageError>) {
        match IdbStore::open(DB_NAME).await {
            Ok(db) => (Self::Idb(db), None),
            Err(e) => (Self::Memory(MemoryStore::new()), Some(e)),
        }
    }

    /// True when progress survives closing the page.
    #[must_use]
    pub fn is_persistent(&self) -> bool {
        matches!(self, Self::Idb(_))
    }
}

macro_rules! delegate {
    ($self:ident, $s:ident => $e:expr) => {
        match $self {
            AnyStore::Idb($s) => $e,
            AnyStore::Memory($s) => $e,
        }
    };
}

impl ProgressStore for AnyStore {
    async fn update_lesson(
        &self,
        update: &LessonUpdate,
        now: Millis,
    ) -> Result<LessonRecord, StorageError> {
        delegate!(self, s => s.update_lesson(update, now).await)
    }
    async fn lessons(&self) -> Result<Vec<LessonRecord>, StorageError> {
        delegate!(self, s => s.lessons().await)
    }
    async fn put_attempt(&self, attempt: &Attempt) -> Result<Attempt, StorageError> {
        delegate!(self, s => s.put_attempt(attempt).await)
    }
    async fn attempts(&self) -> Result<Vec<Attempt>, StorageError> {
        delegate!(self, s => s.attempts().await)
    }
    async fn put_answer(&self, answer: &AnswerRecord) -> Result<AnswerRecord, StorageError> {
        delegate!(self, s => s.put_answer(answer).await)
    }
    async fn answers(&self) -> Result<Vec<AnswerRecord>, StorageError> {
        delegate!(self, s => s.answers().await)
    }
    async fn set_resume(&self, resume: &Resume) -> Result<(), StorageError> {
        delegate!(self, s => s.set_resume(resume).await)
    }
    async fn resume(&self) -> Result<Option<Resume>, StorageError> {
        delegate!(self, s => s.resume().await)
    }
    async fn actor_id(&self, fresh: &str) -> Result<String, StorageError> {
        delegate!(self, s => s.actor_id(fresh).await)
    }
    async fn renew_actor_id(&self, fresh: Option<&str>) -> Result<(), StorageError> {
        delegate!(self, s => s.renew_actor_id(fresh).await)
    }
    async fn profile(&self) -> Result<Option<crate::domain::record::Profile>, StorageError> {
        delegate!(self, s => s.profile().await)
    }
    async fn set_profile(
        &self,
        profile: Option<&crate::domain::record::Profile>,
    ) -> Result<(), StorageError> {
        delegate!(self, s => s.set_profile(profile).await)
    }
    async fn snapshot(&self) -> Result<Snapshot, StorageError> {
        delegate!(self, s => s.snapshot().await)
    }
    async fn replace_all(&self, snapshot: &Snapshot) -> Result<(), StorageError> {
        delegate!(self, s => s.replace_all(snapshot).await)
    }
}
