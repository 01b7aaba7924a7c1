//! Saved data: the [`ProgressStore`] port, its adapters and the IndexedDB schema.
//!
//! Invariant: writes are small and per record (one lesson, one answer), each in its own
//! transaction that is committed before the call returns; a lesson update is applied to the
//! record stored at that moment (read-modify-write in one transaction), so two tabs never
//! undo each other. Two adapters — [`memory::MemoryStore`] and the IndexedDB one — pass the
//! same [`contract`] suite.

/// The shared contract suite both adapters pass; compiled only for the tests (feature
/// `testing`, which `scripts/test.sh` turns on), never into the app.
#[cfg(feature = "testing")]
pub mod contract;
pub mod memory;
pub mod outbox;
pub mod queue;
pub mod schema;

#[cfg(target_arch = "wasm32")]
pub mod idb;

use crate::domain::journal::JournalEntry;
use crate::domain::pretest::PretestRecord;
use crate::domain::progress::{LessonRecord, LessonUpdate, Resume};
use crate::domain::quiz::{AnswerRecord, Attempt, Millis};
use crate::domain::record::Profile;
use crate::domain::review::{ReviewEntry, Step as ReviewStep, Today};
use crate::domain::rtl::RtlPlan;
use crate::domain::transfer::Snapshot;
use crate::domain::worksheet::{Worksheet, WorksheetId};
use crate::i18n::{t, tf, Key, Lang};

/// Why a storage call failed, in terms the UI can explain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// IndexedDB cannot be used at all (private mode, disabled, blocked by policy).
    Unavailable(String),
    /// The device or the browser's quota is full.
    QuotaExceeded,
    /// The database was made by a newer version of the app than this page (for example an
    /// older deployment on the same site, or a cached old version): this page cannot use it.
    NewerSchema,
    /// A newer version of the app changed the database; this page must reload.
    VersionChanged,
    /// A record could not be encoded or decoded (the decoder's detail).
    Corrupt(String),
    /// A database with this app's name holds something else: our stores are missing (another
    /// app on the same origin, or a foreign copy). Told apart by the `DOMException` name
    /// (`NotFoundError`) or by the stores an open finds; never advised as a full disk.
    ForeignDatabase,
    /// The answer to update is not stored (a reset in another tab).
    AnswerMissing,
    /// The storage queue stopped before the call ran (the page is going away).
    QueueClosed,
    /// Any other failure of a transaction (aborted, closed…): the browser's `DOMException`
    /// name and message, as it gave them.
    Failed(String),
    /// Saved progress is there but the part of the app that reads it could not be loaded (its
    /// chunk, fetched on a returning visit: only without the service worker's copy and
    /// without a connection). Nothing is changed; a reload reads it.
    ReaderUnavailable,
}

impl StorageError {
    /// The message for the learner in `lang` (the Indonesian one is the `Display` text). The
    /// browser's own detail (English, technical) is kept only where nothing better exists.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Unavailable(why) => tf(lang, Key::StorageErrUnavailable, &[why]),
            Self::QuotaExceeded => t(lang, Key::StorageErrQuota).to_owned(),
            Self::NewerSchema => t(lang, Key::StorageErrNewer).to_owned(),
            Self::VersionChanged => t(lang, Key::StorageErrVersionChanged).to_owned(),
            Self::Corrupt(why) => tf(lang, Key::StorageErrCorrupt, &[why]),
            Self::ForeignDatabase => t(lang, Key::StorageErrForeign).to_owned(),
            Self::AnswerMissing => t(lang, Key::StorageErrAnswerMissing).to_owned(),
            Self::QueueClosed => t(lang, Key::StorageErrQueueClosed).to_owned(),
            Self::Failed(why) => tf(lang, Key::StorageErrFailed, &[why]),
            Self::ReaderUnavailable => t(lang, Key::StorageErrReaderUnavailable).to_owned(),
        }
    }

    /// What the learner can do about it, in `lang`: free space only when the device is full.
    #[must_use]
    pub fn advice(&self, lang: Lang) -> &'static str {
        t(
            lang,
            match self {
                Self::QuotaExceeded => Key::StorageAdviceSpace,
                Self::NewerSchema
                | Self::VersionChanged
                | Self::QueueClosed
                | Self::ReaderUnavailable => Key::StorageAdviceReload,
                Self::ForeignDatabase => Key::StorageAdviceForeign,
                Self::Unavailable(_) | Self::Corrupt(_) | Self::AnswerMissing | Self::Failed(_) => {
                    Key::StorageAdviceRetry
                }
            },
        )
    }
}

crate::i18n::learner_error!(StorageError);

/// The storage port. Every method is one transaction, committed before it returns.
#[allow(
    async_fn_in_trait,
    reason = "single-threaded wasm: the futures need not be Send"
)]
pub trait ProgressStore {
    /// Applies `update` to the lesson's stored record at `now` and returns the result.
    ///
    /// # Errors
    /// [`StorageError`] when the write fails; nothing is changed then.
    async fn update_lesson(
        &self,
        update: &LessonUpdate,
        now: Millis,
    ) -> Result<LessonRecord, StorageError>;

    /// Every lesson record.
    ///
    /// # Errors
    /// [`StorageError`] when reading fails.
    async fn lessons(&self) -> Result<Vec<LessonRecord>, StorageError>;

    /// Saves an attempt; a finished attempt stays finished (the earliest `finished_at` wins).
    ///
    /// # Errors
    /// [`StorageError`] when the write fails.
    async fn put_attempt(&self, attempt: &Attempt) -> Result<Attempt, StorageError>;

    /// Every attempt.
    ///
    /// # Errors
    /// [`StorageError`] when reading fails.
    async fn attempts(&self) -> Result<Vec<Attempt>, StorageError>;

    /// Saves an answer unless that question of that attempt already has one; returns the
    /// answer that is stored (the first one given wins, also across tabs).
    ///
    /// # Errors
    /// [`StorageError`] when the write fails.
    async fn put_answer(&self, answer: &AnswerRecord) -> Result<AnswerRecord, StorageError>;

    /// Every answer.
    ///
    /// # Errors
    /// [`StorageError`] when reading fails.
    async fn answers(&self) -> Result<Vec<AnswerRecord>, StorageError>;

    /// Saves a module's pre-test, merged with the stored one ([`merge_pretest`]), and returns
    /// what is stored.
    ///
    /// # Errors
    /// [`StorageError`] when the write fails.
    async fn put_pretest(&self, pretest: &PretestRecord) -> Result<PretestRecord, StorageError>;

    /// Every module's pre-test.
    ///
    /// # Errors
    /// [`StorageError`] when reading fails.
    async fn pretests(&self) -> Result<Vec<PretestRecord>, StorageError>;

    /// Saves a module's follow-up action plan (or its 30-day follow-up), merged with the
    /// stored one ([`crate::domain::rtl::merge_rtl`]), and returns what is stored.
    ///
    /// # Errors
    /// [`StorageError`] when the write fails; the stored plan is then unchanged.
    async fn put_rtl(&self, plan: &RtlPlan) -> Result<RtlPlan, StorageError>;

    /// Every module's plan.
    ///
    /// # Errors
    /// [`StorageError`] when reading fails.
    async fn rtl_plans(&self) -> Result<Vec<RtlPlan>, StorageError>;

    /// Saves a lesson's journal entry, merged with the stored one
    /// ([`crate::domain::journal::merge_journal`]: the later save wins), and returns what is
    /// stored.
    ///
    /// # Errors
    /// [`StorageError`] when the write fails; the stored entry is then unchanged.
    async fn put_journal(&self, entry: &JournalEntry) -> Result<JournalEntry, StorageError>;

    /// Every journal entry.
    ///
    /// # Errors
    /// [`StorageError`] when reading fails.
    async fn journal(&self) -> Result<Vec<JournalEntry>, StorageError>;

    /// Applies review-queue `steps` on `today`, in order, each to its question's entry as
    /// stored at that moment ([`crate::domain::review::apply`]; read-modify-write, all in one
    /// transaction: one answer, or every entry a content update changed), and returns, step by
    /// step, what is stored now: `None` when the question is not (or no longer) in the queue,
    /// its row then deleted.
    ///
    /// # Errors
    /// [`StorageError`] when the write fails; no entry is changed then.
    async fn review_steps(
        &self,
        steps: &[ReviewStep],
        today: Today,
    ) -> Result<Vec<Option<ReviewEntry>>, StorageError>;

    /// Every question in the review queue.
    ///
    /// # Errors
    /// [`StorageError`] when reading fails.
    async fn reviews(&self) -> Result<Vec<ReviewEntry>, StorageError>;

    /// Saves where the learner stopped.
    ///
    /// # Errors
    /// [`StorageError`] when the write fails.
    async fn set_resume(&self, resume: &Resume) -> Result<(), StorageError>;

    /// Where the learner stopped, if known.
    ///
    /// # Errors
    /// [`StorageError`] when reading fails.
    async fn resume(&self) -> Result<Option<Resume>, StorageError>;

    /// Everything, read in one transaction.
    ///
    /// # Errors
    /// [`StorageError`] when reading fails.
    async fn snapshot(&self) -> Result<Snapshot, StorageError>;

    /// Whether [`Self::snapshot`] may hold anything: `false` only when it would be
    /// [`Snapshot::default`]. Counts rows, decodes none: a first visit's start-up reads no
    /// saved progress and so needs no decoder of it (the decoders are a chunk of their own,
    /// `ui::lazy::saved_progress`; issue 28, item 6).
    ///
    /// # Errors
    /// [`StorageError`] when reading fails.
    async fn holds_progress(&self) -> Result<bool, StorageError>;

    /// The learner's pseudonymous id for learning events: the stored one, or `fresh` stored
    /// now when there is none yet.
    ///
    /// # Errors
    /// [`StorageError`] when reading or writing fails.
    async fn actor_id(&self, fresh: &str) -> Result<String, StorageError>;

    /// Replaces the pseudonymous id with `fresh` (reset: the old history is no longer linked
    /// to this device), or deletes it with `None` (no secure randomness: a new one is made
    /// when there is).
    ///
    /// # Errors
    /// [`StorageError`] when the write fails.
    async fn renew_actor_id(&self, fresh: Option<&str>) -> Result<(), StorageError>;

    /// The learner's profile for the completion record (kept only on this device).
    ///
    /// # Errors
    /// [`StorageError`] when reading fails.
    async fn profile(&self) -> Result<Option<Profile>, StorageError>;

    /// Saves the profile, or deletes it with `None`.
    ///
    /// # Errors
    /// [`StorageError`] when the write fails.
    async fn set_profile(&self, profile: Option<&Profile>) -> Result<(), StorageError>;

    /// A worksheet the learner filled in, if any.
    ///
    /// # Errors
    /// [`StorageError`] when reading fails.
    async fn worksheet(&self, id: WorksheetId) -> Result<Option<Worksheet>, StorageError>;

    /// Saves a worksheet whole, replacing the stored one (the last write wins).
    ///
    /// # Errors
    /// [`StorageError`] when the write fails; the stored one is then unchanged.
    async fn set_worksheet(&self, sheet: &Worksheet) -> Result<(), StorageError>;

    /// Replaces everything with `snapshot`, atomically: all of it or none of it.
    ///
    /// # Errors
    /// [`StorageError`] when the transaction fails; the old data is then untouched.
    async fn replace_all(&self, snapshot: &Snapshot) -> Result<(), StorageError>;
}

/// Merges an attempt being saved with the stored one: finishing is never undone.
#[must_use]
pub fn merge_attempt(stored: Option<Attempt>, new: &Attempt) -> Attempt {
    let mut merged = new.clone();
    if let Some(old) = stored {
        merged.finished_at = match (old.finished_at, new.finished_at) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
    merged
}

/// Merges a pre-test being saved with the stored one of its module: the first one started
/// (or skipped) wins, as the first answer to an item does, and finishing is never undone. So
/// two tabs never give one learner two pre-tests.
#[must_use]
pub fn merge_pretest(stored: Option<PretestRecord>, new: &PretestRecord) -> PretestRecord {
    let Some(old) = stored else {
        return new.clone();
    };
    let same = match (&old.attempt, &new.attempt) {
        (Some(a), Some(b)) => a.id == b.id,
        _ => false,
    };
    if !same {
        return old;
    }
    let mut merged = new
        .answers
        .iter()
        .cloned()
        .fold(old, PretestRecord::with_answer);
    if let Some(f) = new.attempt.as_ref().and_then(|a| a.finished_at) {
        merged = merged.finish(f);
    }
    merged
}

/// The storage key of an answer: `attempt/question`.
#[must_use]
pub fn answer_key(answer: &AnswerRecord) -> String {
    format!("{}/{}", answer.attempt, answer.question)
}
