//! Picks the storage adapter at start (IndexedDB when it opens, memory otherwise) and puts
//! every storage call made before that, and after it, through one ordered queue
//! (`storage::queue`, natively tested; here with the browser's `spawn_local`).

use std::rc::Rc;

use crate::domain::lrs::outbox::{Queued, Summary};
use crate::domain::progress::{LessonRecord, LessonUpdate, Resume};
use crate::domain::quiz::{AnswerRecord, Attempt, Millis};
use crate::domain::transfer::Snapshot;
use crate::domain::worksheet::{Worksheet, WorksheetId};
use crate::storage::idb::IdbStore;
use crate::storage::memory::MemoryStore;
use crate::storage::outbox::{NewStatement, OutboxStore, Settlement};
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
    /// Opens the IndexedDB database `name` (the device's [`crate::storage::schema::DB_NAME`]
    /// or a launched actor's), or falls back to memory and says why. `on_blocked` runs when an
    /// older tab holds the database and blocks the upgrade (the open then waits for it).
    pub async fn open(
        name: &str,
        on_blocked: impl FnOnce() + 'static,
    ) -> (Self, Option<StorageError>) {
        match IdbStore::open_reporting_block(name, on_blocked).await {
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
    async fn put_pretest(
        &self,
        pretest: &crate::domain::pretest::PretestRecord,
    ) -> Result<crate::domain::pretest::PretestRecord, StorageError> {
        delegate!(self, s => s.put_pretest(pretest).await)
    }
    async fn pretests(&self) -> Result<Vec<crate::domain::pretest::PretestRecord>, StorageError> {
        delegate!(self, s => s.pretests().await)
    }
    async fn put_rtl(
        &self,
        plan: &crate::domain::rtl::RtlPlan,
    ) -> Result<crate::domain::rtl::RtlPlan, StorageError> {
        delegate!(self, s => s.put_rtl(plan).await)
    }
    async fn rtl_plans(&self) -> Result<Vec<crate::domain::rtl::RtlPlan>, StorageError> {
        delegate!(self, s => s.rtl_plans().await)
    }
    async fn put_journal(
        &self,
        entry: &crate::domain::journal::JournalEntry,
    ) -> Result<crate::domain::journal::JournalEntry, StorageError> {
        delegate!(self, s => s.put_journal(entry).await)
    }
    async fn journal(&self) -> Result<Vec<crate::domain::journal::JournalEntry>, StorageError> {
        delegate!(self, s => s.journal().await)
    }
    async fn review_steps(
        &self,
        steps: &[crate::domain::review::Step],
        today: crate::domain::review::Today,
    ) -> Result<Vec<Option<crate::domain::review::ReviewEntry>>, StorageError> {
        delegate!(self, s => s.review_steps(steps, today).await)
    }
    async fn reviews(&self) -> Result<Vec<crate::domain::review::ReviewEntry>, StorageError> {
        delegate!(self, s => s.reviews().await)
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
    async fn holds_progress(&self) -> Result<bool, StorageError> {
        delegate!(self, s => s.holds_progress().await)
    }
    async fn worksheet(&self, id: WorksheetId) -> Result<Option<Worksheet>, StorageError> {
        delegate!(self, s => s.worksheet(id).await)
    }
    async fn set_worksheet(&self, sheet: &Worksheet) -> Result<(), StorageError> {
        delegate!(self, s => s.set_worksheet(sheet).await)
    }
    async fn replace_all(&self, snapshot: &Snapshot) -> Result<(), StorageError> {
        delegate!(self, s => s.replace_all(snapshot).await)
    }
}

impl OutboxStore for AnyStore {
    async fn enqueue(&self, statement: &NewStatement) -> Result<(), StorageError> {
        delegate!(self, s => s.enqueue(statement).await)
    }
    async fn next_waiting(&self) -> Result<Option<Queued>, StorageError> {
        delegate!(self, s => s.next_waiting().await)
    }
    async fn settle(&self, seq: u64, settlement: &Settlement) -> Result<(), StorageError> {
        delegate!(self, s => s.settle(seq, settlement).await)
    }
    async fn outbox_waiting(&self) -> Result<u32, StorageError> {
        delegate!(self, s => s.outbox_waiting().await)
    }
    async fn outbox_summary(&self) -> Result<Summary, StorageError> {
        delegate!(self, s => s.outbox_summary().await)
    }
    async fn requeue_refused(
        &self,
        credentials: Option<(&str, Option<&str>)>,
    ) -> Result<u32, StorageError> {
        delegate!(self, s => s.requeue_refused(credentials).await)
    }
    async fn enqueue_replay(
        &self,
        registration: &str,
        statements: &[NewStatement],
        at: Millis,
    ) -> Result<bool, StorageError> {
        delegate!(self, s => s.enqueue_replay(registration, statements, at).await)
    }
}

/// The app's queue: in front of IndexedDB or memory.
pub type StoreQueue = crate::storage::queue::Queue<AnyStore>;

impl crate::storage::queue::Queue<AnyStore> {
    /// A queue whose store is not chosen yet: calls wait; drained by the browser's
    /// `spawn_local`.
    #[must_use]
    pub fn new() -> Self {
        Self::with_spawner(Rc::new(wasm_bindgen_futures::spawn_local))
    }
}

impl Default for crate::storage::queue::Queue<AnyStore> {
    fn default() -> Self {
        Self::new()
    }
}
