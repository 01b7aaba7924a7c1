//! The small context handles, one job each: how storage is doing, the network and the app's
//! versions, the embed session, a module body's loading state. [`super::state::AppState`]
//! writes the progress through the storage queue; [`Progress`] holds it for readers.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::catalog::{BodyError, ModuleContent};
use crate::domain::course::Module;
use crate::domain::progress::{module_progress, LessonRecord, ModuleProgress, Resume};
use crate::domain::quiz::{AnswerRecord, Attempt};
use crate::domain::session::QuizSession;
use crate::domain::transfer::Snapshot;
use crate::domain::worksheet::Worksheet;
use crate::platform;
use crate::storage::StorageError;

/// Whether saved progress can be kept in this browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageStatus {
    /// Still opening the database (calls wait in order and run once it is open).
    Opening,
    /// An older tab holds the database and blocks its upgrade; calls wait until it closes.
    Blocked,
    /// The open takes unusually long without saying why; calls wait.
    Slow,
    /// The database was made by a newer app version: this page cannot use it.
    NewerSchema,
    /// IndexedDB is open.
    Available,
    /// IndexedDB could not be opened: the app runs on memory only.
    Unavailable,
    /// A database with this app's name holds other data (its stores are not ours): the app
    /// runs on memory only and leaves it untouched.
    Foreign,
    /// A newer tab changed the database: this page must reload.
    VersionChanged,
    /// A Tin Can launch whose actor cannot be read (refused, or given twice): the app runs on
    /// memory only and shows nobody's progress (issue 27, item 3).
    NoLearner,
}

/// The embed view's link to its portal.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedSession {
    /// Where learning events go; `None` = nowhere (also until the embed view's chunk is in).
    pub origin: Option<String>,
    /// The learner's pseudonymous id (filled in by the embed view once storage is open; stays
    /// `None` when the browser has no secure randomness).
    pub actor_id: Option<String>,
    /// Why learning events are not being sent, shown in the frame.
    pub problem: Option<platform::embed::SendError>,
}

/// A module body's loading state, kept per module in [`super::state::AppState`] so that the
/// lesson, quiz and glossary pages of a module fetch it once.
///
/// Not Leptos's `LocalResource` + `Suspense`: measured on this app (release, 2026-11-30) the
/// same behaviour through them costs +30.3 KB raw / +10.8 KB brotli of wasm (319.8 KB against
/// 309.0 KB), for a three-state enum and a 30-line `with_body` (`ui/pages/module_frame.rs`).
#[derive(Debug, Clone)]
pub enum BodyState {
    /// Being fetched.
    Loading,
    /// Fetched and valid.
    Ready(Arc<ModuleContent>),
    /// Could not be fetched or is invalid.
    Failed(BodyError),
}

/// How storage is doing: one job, its own context handle ([`AppState`] writes it).
#[derive(Debug, Clone, Copy)]
pub struct StorageHealth {
    /// Whether progress is being kept.
    pub status: RwSignal<StorageStatus>,
    /// The last write that failed, until dismissed (shown in the UI language).
    pub save_error: RwSignal<Option<StorageError>>,
    /// The browser deleted this site's data since progress was last saved here.
    pub evicted: RwSignal<bool>,
    /// `navigator.storage.persisted()`, once known.
    pub persisted: RwSignal<Option<bool>>,
    /// Writes not yet committed (shown while the database is blocked).
    pub waiting_writes: RwSignal<usize>,
}

impl StorageHealth {
    /// Opening, nothing known yet.
    #[must_use]
    pub fn new() -> Self {
        Self {
            status: RwSignal::new(StorageStatus::Opening),
            save_error: RwSignal::new(None),
            evicted: RwSignal::new(false),
            persisted: RwSignal::new(None),
            waiting_writes: RwSignal::new(0),
        }
    }

    /// The handle from context.
    ///
    /// # Panics
    /// When no [`super::App`] above provides it (a wiring bug that must show).
    #[must_use]
    pub fn get() -> Self {
        expect_context::<Self>()
    }
}

impl Default for StorageHealth {
    fn default() -> Self {
        Self::new()
    }
}

/// The network and the app's versions: one job, its own context handle.
#[derive(Debug, Clone, Copy)]
pub struct Connectivity {
    /// `navigator.onLine` (tracked through the `online`/`offline` events).
    pub online: RwSignal<bool>,
    /// A new app version has installed and waits for the learner's consent.
    pub update_ready: RwSignal<bool>,
    /// The service worker fetched newer course material than what is shown.
    pub content_updated: RwSignal<bool>,
    /// Goes up each time the worker has finished a round of caching (what is available
    /// offline may have changed).
    pub cache_epoch: RwSignal<u32>,
}

impl Connectivity {
    /// Nothing known yet; online as the browser says.
    #[must_use]
    pub fn new() -> Self {
        Self {
            online: RwSignal::new(web_sys::window().is_none_or(|w| w.navigator().on_line())),
            update_ready: RwSignal::new(false),
            content_updated: RwSignal::new(false),
            cache_epoch: RwSignal::new(0),
        }
    }

    /// The handle from context.
    ///
    /// # Panics
    /// When no [`super::App`] above provides it (a wiring bug that must show).
    #[must_use]
    pub fn get() -> Self {
        expect_context::<Self>()
    }
}

impl Default for Connectivity {
    fn default() -> Self {
        Self::new()
    }
}

/// All saved progress, one signal per collection, mirrored after every write: a saved answer
/// re-runs only what reads answers, and remembering where the learner is (every navigation)
/// re-runs only the "Lanjutkan" link. Writes go through [`super::state::AppState`].
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    /// Lesson records.
    pub lessons: RwSignal<Vec<LessonRecord>>,
    /// Quiz attempts.
    pub attempts: RwSignal<Vec<Attempt>>,
    /// Their answers.
    pub answers: RwSignal<Vec<AnswerRecord>>,
    /// Where the learner stopped.
    pub resume: RwSignal<Option<Resume>>,
    /// Filled-in worksheets.
    pub worksheets: RwSignal<Vec<Worksheet>>,
    /// Pre-tests, one per module.
    pub pretests: RwSignal<Vec<crate::domain::pretest::PretestRecord>>,
    /// Follow-up action plans (RTL), one per module.
    pub rtl: RwSignal<Vec<crate::domain::rtl::RtlPlan>>,
    /// Reflection journal entries, one per lesson.
    pub journal: RwSignal<Vec<crate::domain::journal::JournalEntry>>,
    /// The questions to review ("Ulang soal yang salah").
    pub review: RwSignal<Vec<crate::domain::review::ReviewEntry>>,
}

impl Progress {
    /// Nothing saved yet.
    #[must_use]
    pub fn new() -> Self {
        Self {
            lessons: RwSignal::new(Vec::new()),
            attempts: RwSignal::new(Vec::new()),
            answers: RwSignal::new(Vec::new()),
            resume: RwSignal::new(None),
            worksheets: RwSignal::new(Vec::new()),
            pretests: RwSignal::new(Vec::new()),
            rtl: RwSignal::new(Vec::new()),
            journal: RwSignal::new(Vec::new()),
            review: RwSignal::new(Vec::new()),
        }
    }

    /// Replaces everything (start, import, reset).
    pub fn set(self, s: Snapshot) {
        self.lessons.set(s.lessons);
        self.attempts.set(s.attempts);
        self.answers.set(s.answers);
        self.resume.set(s.resume);
        self.worksheets.set(s.worksheets);
        self.pretests.set(s.pretests);
        self.rtl.set(s.rtl);
        self.journal.set(s.journal);
        self.review.set(s.review);
    }

    /// Everything, as one value (for an export), without tracking.
    #[must_use]
    pub fn snapshot_untracked(self) -> Snapshot {
        Snapshot {
            lessons: self.lessons.get_untracked(),
            attempts: self.attempts.get_untracked(),
            answers: self.answers.get_untracked(),
            resume: self.resume.get_untracked(),
            worksheets: self.worksheets.get_untracked(),
            pretests: self.pretests.get_untracked(),
            rtl: self.rtl.get_untracked(),
            journal: self.journal.get_untracked(),
            review: self.review.get_untracked(),
        }
    }

    /// Whether any post-test attempt of `module` was ever started (tracks).
    #[must_use]
    pub fn post_started(self, module: &crate::domain::ids::ModuleId) -> bool {
        self.attempts
            .with(|all| all.iter().any(|a| &a.module == module))
    }

    /// The learner's pre-test of `module`, if any (tracks).
    #[must_use]
    pub fn pretest(
        self,
        module: &crate::domain::ids::ModuleId,
    ) -> Option<crate::domain::pretest::PretestRecord> {
        self.pretests
            .with(|all| all.iter().find(|p| &p.module == module).cloned())
    }

    /// The learner's plan for `module`, if any (tracks).
    #[must_use]
    pub fn rtl_of(
        self,
        module: &crate::domain::ids::ModuleId,
    ) -> Option<crate::domain::rtl::RtlPlan> {
        self.rtl
            .with(|all| all.iter().find(|p| &p.module == module).cloned())
    }

    /// `f` over the quiz of `module` (tracks attempts and answers).
    pub fn quiz<R>(self, module: &Module, f: impl FnOnce(QuizSession<'_>) -> R) -> R {
        self.attempts.with(|attempts| {
            self.answers
                .with(|answers| f(QuizSession::new(module, attempts, answers)))
        })
    }

    /// [`Self::quiz`] without tracking (inside event handlers and tasks).
    pub fn quiz_untracked<R>(self, module: &Module, f: impl FnOnce(QuizSession<'_>) -> R) -> R {
        self.attempts.with_untracked(|attempts| {
            self.answers
                .with_untracked(|answers| f(QuizSession::new(module, attempts, answers)))
        })
    }

    /// Progress in `module` (tracks lessons, attempts and answers).
    #[must_use]
    pub fn module(self, module: &Module) -> ModuleProgress {
        self.lessons.with(|l| {
            self.attempts
                .with(|a| self.answers.with(|ans| module_progress(module, l, a, ans)))
        })
    }

    /// [`Self::module`] without tracking.
    #[must_use]
    pub fn module_untracked(self, module: &Module) -> ModuleProgress {
        self.lessons.with_untracked(|l| {
            self.attempts.with_untracked(|a| {
                self.answers
                    .with_untracked(|ans| module_progress(module, l, a, ans))
            })
        })
    }
}

impl Default for Progress {
    fn default() -> Self {
        Self::new()
    }
}
