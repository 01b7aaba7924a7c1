//! App-wide handles shared through context: language, catalog, module bodies.
//!
//! Screen state stays in components; this holds only what several pages read.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use std::rc::Rc;

pub use super::handles::{BodyState, Connectivity, EmbedSession, StorageHealth, StorageStatus};
use crate::content::catalog::{Catalog, CatalogEntry};
use crate::domain::ids::ModuleId;
use crate::domain::progress::{module_progress, LessonUpdate, ModuleProgress, Resume};
use crate::domain::quiz::{AnswerRecord, Attempt, Millis};
use crate::domain::route::Route;
use crate::domain::transfer::Snapshot;
use crate::i18n::Lang;
use crate::platform;
use crate::platform::store::{AnyStore, StoreQueue};
use crate::storage::schema::META_MARKER;
use crate::storage::{ProgressStore, StorageError};

/// A callback that runs at most once, from whichever path gets there first.
type Once = Rc<std::cell::RefCell<Option<Box<dyn FnOnce()>>>>;

/// After this long without the database opening (and without a `blocked` event), the
/// learner is told that storage is not ready yet.
const OPEN_SLOW_MS: u32 = 4_000;

/// Handles to app-wide state; `Copy`, so pages take it from context freely.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// UI language.
    pub lang: Lang,
    /// The catalog, once `packs.json` and the packs have loaded.
    pub catalog: RwSignal<Option<Catalog>>,
    /// Module bodies fetched so far.
    pub bodies: RwSignal<HashMap<ModuleId, BodyState>>,
    /// Every storage call goes through this queue: in order, and waiting while the database
    /// opens (see `platform::store`).
    store: StoredValue<StoreQueue, LocalStorage>,
    /// How storage is doing (its own handle, also in context).
    pub health: StorageHealth,
    /// All saved progress, mirrored after every successful write.
    pub progress: RwSignal<Snapshot>,
    /// Set in the embed view.
    pub embed: RwSignal<Option<EmbedSession>>,
    /// Set once this page has asked for persistent storage (after the first real progress).
    asked_persist: StoredValue<bool>,
}

impl AppState {
    /// New state with nothing loaded.
    #[must_use]
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            catalog: RwSignal::new(None),
            bodies: RwSignal::new(HashMap::new()),
            store: StoredValue::new_local(StoreQueue::new()),
            health: StorageHealth::new(),
            progress: RwSignal::new(Snapshot::default()),
            embed: RwSignal::new(None),
            asked_persist: StoredValue::new(false),
        }
    }

    /// Opens storage and loads saved progress (once, at start). `on_done` runs once the
    /// screen can be used: when progress is restored, or when the open is blocked or slow
    /// (a banner then says so, and calls wait in the queue until the database opens).
    pub fn open_storage(self, on_done: impl FnOnce() + 'static) {
        let done: Once = Rc::new(std::cell::RefCell::new(Some(Box::new(on_done))));
        let fire = move |done: &Once| {
            let f = done.borrow_mut().take();
            if let Some(f) = f {
                f();
            }
        };
        let on_blocked = {
            let done = done.clone();
            move || {
                self.health.status.set(StorageStatus::Blocked);
                fire(&done);
            }
        };
        // An open that neither succeeds, fails nor reports a block (seen in some browsers
        // under storage pressure) is named after a while instead of leaving a silent wait.
        let slow = {
            let done = done.clone();
            gloo::timers::callback::Timeout::new(OPEN_SLOW_MS, move || {
                if self.health.status.get_untracked() == StorageStatus::Opening {
                    self.health.status.set(StorageStatus::Slow);
                }
                fire(&done);
            })
        };
        leptos::task::spawn_local(async move {
            let (store, error) = AnyStore::open(on_blocked).await;
            drop(slow);
            if let Some(e) = &error {
                web_sys::console::warn_1(&e.to_string().into());
            }
            if let AnyStore::Idb(db) = &store {
                db.on_version_change(move || self.health.status.set(StorageStatus::VersionChanged));
            }
            match store.snapshot().await {
                Ok(snapshot) => {
                    self.check_eviction(&store, &snapshot).await;
                    self.progress.set(snapshot);
                }
                Err(e) => self.health.save_error.set(Some(e)),
            }
            if self.embed.with_untracked(Option::is_some) {
                // No random, no identity: without secure randomness no actor id is made or
                // stored, and no event is sent (the frame says so).
                let actor =
                    match crate::domain::embed::uuid_from_random(platform::embed::random_bytes()) {
                        Ok(fresh) => Ok(store.actor_id(&fresh).await.unwrap_or(fresh)),
                        Err(_) => Err(platform::embed::SendError::NoRandomness),
                    };
                self.embed.update(|e| {
                    if let Some(e) = e {
                        match actor {
                            Ok(actor) => e.actor_id = Some(actor),
                            Err(problem) => e.problem = Some(problem),
                        }
                    }
                });
            }
            let status = match (&store, error) {
                (AnyStore::Idb(_), _) => StorageStatus::Available,
                (_, Some(StorageError::NewerSchema)) => StorageStatus::NewerSchema,
                _ => StorageStatus::Unavailable,
            };
            // Calls made meanwhile now run, in order, on top of the snapshot just shown; a
            // "blocked" banner stays until they are committed (it asks the learner to keep
            // the page open until then).
            let queue = self.store();
            queue.set_store(store);
            queue.flush().await;
            self.health.status.set(status);
            leptos::task::spawn_local(async move {
                self.health
                    .persisted
                    .set(platform::device::persisted().await);
            });
            fire(&done);
        });
    }

    /// SCORM mode (`ui::scorm`): progress lives only in memory, seeded with `snapshot` from
    /// the LMS; IndexedDB is never opened and persistent storage never asked for, so nothing
    /// a learner does stays in the browser (the LMS is the record).
    pub fn use_memory(self, snapshot: Snapshot) {
        self.asked_persist.set_value(true);
        let store = crate::storage::memory::MemoryStore::seeded(&snapshot);
        self.progress.set(snapshot);
        self.store().set_store(AnyStore::Memory(store));
        self.health.status.set(StorageStatus::Unavailable);
    }

    /// Eviction: the browser may delete this site's IndexedDB (a full phone, or Safari after
    /// days without a visit). A marker is kept in IndexedDB and, separately, in
    /// `localStorage` (which Chromium's storage-pressure eviction does not clear); an empty
    /// database without its marker while `localStorage` still has one means the data was
    /// deleted. When everything was wiped, nothing local can tell, so the home page also
    /// points any learner without progress to importing an export.
    async fn check_eviction(self, store: &AnyStore, snapshot: &Snapshot) {
        let AnyStore::Idb(db) = store else { return };
        let marker: Option<Millis> = db.get_meta(META_MARKER).await.ok().flatten();
        let has_progress = !snapshot.lessons.is_empty() || !snapshot.attempts.is_empty();
        match (marker, platform::device::local_marker()) {
            (None, Some(_)) if !has_progress => self.health.evicted.set(true),
            (Some(m), None) => platform::device::set_local_marker(m),
            (None, _) if has_progress => {
                // Progress saved by a build without markers: mark it now.
                let now = platform::device::now();
                if db.put_meta(META_MARKER, &now).await.is_ok() {
                    platform::device::set_local_marker(now);
                }
            }
            _ => {}
        }
    }

    /// After the first real progress of this page is saved: leaves the eviction markers and
    /// asks the browser to keep the data (`navigator.storage.persist()`; Chromium answers
    /// without a prompt). Once per page.
    pub(crate) fn note_progress(self) {
        if self.asked_persist.get_value() {
            return;
        }
        self.asked_persist.set_value(true);
        self.health.evicted.set(false);
        let queue = self.store();
        leptos::task::spawn_local(async move {
            let now = platform::device::now();
            if let Some(store) = queue.ready_store() {
                if let AnyStore::Idb(db) = &*store {
                    let existing: Option<Millis> = db.get_meta(META_MARKER).await.ok().flatten();
                    let marker = existing.unwrap_or(now);
                    if existing.is_some() || db.put_meta(META_MARKER, &marker).await.is_ok() {
                        platform::device::set_local_marker(marker);
                    }
                }
            }
            if self.health.persisted.get_untracked() != Some(true) {
                let granted = platform::device::request_persistence().await;
                self.health
                    .persisted
                    .set(granted.or(self.health.persisted.get_untracked()));
            }
        });
    }

    /// The learner has read the eviction notice: stop showing it.
    pub fn dismiss_eviction(self) {
        platform::device::clear_local_marker();
        self.health.evicted.set(false);
    }

    /// True while the database has not opened yet (opening, blocked or slow): a write then
    /// waits in the storage queue. Pages show its result at once (it is already in
    /// [`Self::progress`]) instead of waiting for the commit, and say it waits.
    #[must_use]
    pub fn storage_waiting(self) -> bool {
        self.store.with_value(|q| q.ready_store().is_none())
    }

    /// Counts `write` in [`Self::waiting_writes`] while it runs.
    async fn queued<T>(self, write: impl std::future::Future<Output = T>) -> T {
        self.health.waiting_writes.update(|n| *n += 1);
        let out = write.await;
        self.health
            .waiting_writes
            .update(|n| *n = n.saturating_sub(1));
        out
    }

    /// The storage every page uses: calls run in order, once the database is open.
    #[must_use]
    pub fn store(self) -> StoreQueue {
        self.store.get_value()
    }

    fn report(self, e: &StorageError) {
        self.health.save_error.set(Some(e.clone()));
    }

    /// Sends a learning event about `module` to the portal, if this is an embed with an
    /// origin (contract 3); otherwise does nothing.
    pub fn emit(self, module: &ModuleId, event: &crate::domain::embed::Event) {
        let Some(EmbedSession {
            origin: Some(origin),
            actor_id: Some(actor_id),
            ..
        }) = self.embed.get_untracked()
        else {
            return;
        };
        let Some(entry) = self
            .catalog
            .with_untracked(|c| c.as_ref().and_then(|c| c.module(module).cloned()))
        else {
            return;
        };
        let Ok(statement_id) =
            crate::domain::embed::uuid_from_random(platform::embed::random_bytes())
        else {
            self.embed_problem(platform::embed::SendError::NoRandomness);
            return;
        };
        let stamp = crate::domain::embed::Stamp {
            statement_id,
            timestamp: platform::embed::iso_now(),
            actor_id,
            app_url: platform::embed::app_url(),
        };
        let message =
            crate::domain::embed::message(event, module.as_str(), &entry.summary.title, &stamp);
        if let Err(e) = platform::embed::post_learning(&message, &origin) {
            self.embed_problem(e);
        }
    }

    /// Shows in the frame why learning events are not being sent.
    fn embed_problem(self, problem: platform::embed::SendError) {
        self.embed.update(|e| {
            if let Some(e) = e {
                e.problem = Some(problem);
            }
        });
    }

    /// Saves a lesson change; on failure the change is still shown for this session and the
    /// learner is told it was not saved.
    ///
    /// While the database is not open yet the change is shown at once and waits in the
    /// storage queue (see [`Self::storage_waiting`]).
    pub async fn record_lesson(self, update: LessonUpdate) {
        let now = platform::device::now();
        let before = self.module_read_count(&update.module);
        if self.storage_waiting() {
            self.progress.update(|p| {
                let current = p
                    .lessons
                    .iter()
                    .find(|l| l.module == update.module && l.lesson == update.lesson)
                    .cloned();
                let rec = crate::domain::progress::apply_lesson_update(current, &update, now);
                p.lessons.retain(|l| l.key() != rec.key());
                p.lessons.push(rec);
            });
        }
        let stored = self.queued(self.store().update_lesson(&update, now)).await;
        let rec = match stored {
            Ok(rec) => {
                self.note_progress();
                rec
            }
            Err(e) => {
                self.report(&e);
                let current = self.progress.with_untracked(|p| {
                    p.lessons
                        .iter()
                        .find(|l| l.module == update.module && l.lesson == update.lesson)
                        .cloned()
                });
                crate::domain::progress::apply_lesson_update(current, &update, now)
            }
        };
        self.progress.update(|p| {
            p.lessons.retain(|l| l.key() != rec.key());
            p.lessons.push(rec);
        });
        if update.read {
            let (read, total) = self.module_read_count(&update.module);
            let total_u = u32::try_from(total).unwrap_or(u32::MAX);
            let read_u = u32::try_from(read).unwrap_or(u32::MAX);
            self.emit(
                &update.module,
                &crate::domain::embed::Event::Progress {
                    completed_lessons: read_u,
                    total_lessons: total_u,
                },
            );
            if total > 0 && read == total && before.0 < total {
                self.emit(&update.module, &crate::domain::embed::Event::Completed);
            }
        }
    }

    /// Lessons read and lessons in `module`.
    fn module_read_count(self, module: &ModuleId) -> (usize, usize) {
        let Some(entry) = self
            .catalog
            .with_untracked(|c| c.as_ref().and_then(|c| c.module(module).cloned()))
        else {
            return (0, 0);
        };
        let p = self.progress.with_untracked(|p| {
            module_progress(&entry.summary, &p.lessons, &p.attempts, &p.answers)
        });
        (p.lessons_read, p.lessons_total)
    }

    /// Saves an attempt.
    ///
    /// # Errors
    /// The storage error, already reported to the learner.
    pub async fn save_attempt(self, attempt: Attempt) -> Result<Attempt, StorageError> {
        if self.storage_waiting() {
            self.progress.update(|p| {
                let stored = p.attempts.iter().find(|a| a.id == attempt.id).cloned();
                let merged = crate::storage::merge_attempt(stored, &attempt);
                p.attempts.retain(|a| a.id != merged.id);
                p.attempts.push(merged);
            });
        }
        let result = self.queued(self.store().put_attempt(&attempt)).await;
        let saved = match &result {
            Ok(a) => {
                self.note_progress();
                a.clone()
            }
            Err(e) => {
                self.report(e);
                attempt
            }
        };
        self.progress.update(|p| {
            p.attempts.retain(|a| a.id != saved.id);
            p.attempts.push(saved);
        });
        result
    }

    /// Saves an answer and returns the stored one (another tab may have answered first).
    ///
    /// # Errors
    /// The storage error, already reported; the answer is then kept for this session only.
    pub async fn save_answer(self, answer: AnswerRecord) -> Result<AnswerRecord, StorageError> {
        // Measured by the benchmark (performance.measure "answer-save").
        platform::perf_mark("answer-save-start");
        if self.storage_waiting() {
            self.progress.update(|p| {
                if !p
                    .answers
                    .iter()
                    .any(|a| a.attempt == answer.attempt && a.question == answer.question)
                {
                    p.answers.push(answer.clone());
                }
            });
        }
        let result = self.queued(self.store().put_answer(&answer)).await;
        platform::perf_measure("answer-save", "answer-save-start");
        let saved = match &result {
            Ok(a) => a.clone(),
            Err(e) => {
                self.report(e);
                answer
            }
        };
        self.progress.update(|p| {
            p.answers
                .retain(|a| !(a.attempt == saved.attempt && a.question == saved.question));
            p.answers.push(saved);
        });
        result
    }

    /// Remembers where the learner is (for "Lanjutkan"), when `route` is a page inside a
    /// module; other routes are not resume points.
    pub fn remember(self, route: &Route) {
        let Ok(resume) = Resume::new(route.clone(), platform::device::now()) else {
            return;
        };
        if self.progress.with_untracked(|p| {
            p.resume
                .as_ref()
                .is_some_and(|r| r.route() == resume.route())
        }) {
            return;
        }
        self.progress.update(|p| p.resume = Some(resume.clone()));
        leptos::task::spawn_local(async move {
            if let Err(e) = self.store().set_resume(&resume).await {
                self.report(&e);
            }
        });
    }

    /// Replaces all progress (import, reset), atomically.
    ///
    /// # Errors
    /// The storage error; nothing was changed then.
    pub async fn replace_all(self, snapshot: Snapshot) -> Result<(), StorageError> {
        self.store().replace_all(&snapshot).await?;
        let restored = !snapshot.lessons.is_empty()
            || !snapshot.attempts.is_empty()
            || !snapshot.worksheets.is_empty();
        self.progress.set(snapshot);
        if restored {
            self.note_progress();
        }
        Ok(())
    }

    /// Progress of a catalog module (tracked).
    #[must_use]
    pub fn module_progress(self, entry: &CatalogEntry) -> ModuleProgress {
        self.progress
            .with(|p| module_progress(&entry.summary, &p.lessons, &p.attempts, &p.answers))
    }

    /// The state from context.
    ///
    /// # Panics
    /// When no [`super::App`] above provides it: a wiring bug, which must show at once rather
    /// than quietly running a detached state on a memory store (progress would be lost).
    #[must_use]
    pub fn get() -> Self {
        expect_context::<Self>()
    }

    /// Loads the catalog (once, at start); it is shown as packs arrive, and `on_done` runs
    /// once every pack has settled.
    pub fn load_catalog(self, on_done: impl FnOnce() + 'static) {
        leptos::task::spawn_local(async move {
            platform::content::load_catalog(move |catalog| self.catalog.set(Some(catalog))).await;
            on_done();
        });
    }

    /// The catalog entry of module `id`, if the catalog has loaded and has it (tracked).
    #[must_use]
    pub fn entry(self, id: &ModuleId) -> Option<CatalogEntry> {
        self.catalog
            .with(|c| c.as_ref().and_then(|c| c.module(id).cloned()))
    }

    /// Starts fetching module `id`'s body unless it is loaded or loading.
    pub fn request_body(self, entry: &CatalogEntry) {
        let id = entry.summary.id.clone();
        let needed = self.bodies.with_untracked(|b| {
            !matches!(b.get(&id), Some(BodyState::Loading | BodyState::Ready(_)))
        });
        if !needed {
            return;
        }
        self.bodies.update(|b| {
            b.insert(id.clone(), BodyState::Loading);
        });
        let entry = entry.clone();
        leptos::task::spawn_local(async move {
            let state = match platform::content::load_body(&entry, self.lang).await {
                Ok(body) => BodyState::Ready(Arc::new(body)),
                Err(e) => BodyState::Failed(e),
            };
            self.bodies.update(|b| {
                b.insert(id, state);
            });
        });
    }

    /// Module `id`'s body state (tracked).
    #[must_use]
    pub fn body(self, id: &ModuleId) -> Option<BodyState> {
        self.bodies.with(|b| b.get(id).cloned())
    }
}
