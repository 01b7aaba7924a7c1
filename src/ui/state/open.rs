//! Opening storage at start: restoring progress, the blocked and slow cases, the eviction
//! check. Split from `state.rs` (same `AppState`, one concern per file).

use std::rc::Rc;

use leptos::prelude::*;

use super::{AppState, Once, StorageStatus, OPEN_SLOW_MS};
use crate::domain::quiz::Millis;
use crate::domain::transfer::Snapshot;
use crate::platform;
use crate::platform::store::AnyStore;
use crate::storage::schema::META_MARKER;
use crate::storage::StorageError;

impl AppState {
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
        let db = self.db_name();
        leptos::task::spawn_local(async move {
            let (store, error) = match &db {
                Some(name) => AnyStore::open(name, on_blocked).await,
                // A launch whose actor cannot be read: nobody's progress is shown or kept.
                None => (
                    AnyStore::Memory(crate::storage::memory::MemoryStore::new()),
                    None,
                ),
            };
            if let Some(e) = &error {
                web_sys::console::warn_1(&e.to_string().into());
            }
            if let AnyStore::Idb(db) = &store {
                db.on_version_change(move || self.health.status.set(StorageStatus::VersionChanged));
            }
            // (The decoders of saved rows come in a chunk, only when something is saved.)
            let (store, snapshot) = super::super::lazy::saved_progress(store).await;
            match snapshot {
                Ok(snapshot) => {
                    if let Some(db) = &db {
                        self.check_eviction(db, &store, &snapshot).await;
                    }
                    self.progress.set(snapshot);
                }
                Err(e) => self.health.save_error.set(Some(e)),
            }
            // Reading saved progress is part of opening: its chunk may come over lie-fi (a
            // returning visit without the service worker's copy), so the "slow" notice and
            // the usable screen stay armed until it is read (the loader gives up after 20 s).
            drop(slow);
            let status = match (&store, error) {
                _ if db.is_none() => StorageStatus::NoLearner,
                (AnyStore::Idb(_), _) => StorageStatus::Available,
                (_, Some(StorageError::NewerSchema)) => StorageStatus::NewerSchema,
                (_, Some(StorageError::ForeignDatabase)) => StorageStatus::Foreign,
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

    /// Eviction: the browser may delete this site's IndexedDB (a full phone, or Safari after
    /// days without a visit). A marker is kept in IndexedDB and, separately, in
    /// `localStorage` (which Chromium's storage-pressure eviction does not clear); an empty
    /// database without its marker while `localStorage` still has one means the data was
    /// deleted. When everything was wiped, nothing local can tell, so the home page also
    /// points any learner without progress to importing an export.
    /// The markers are per database (`name`): a launched actor's has its own.
    async fn check_eviction(self, name: &str, store: &AnyStore, snapshot: &Snapshot) {
        let AnyStore::Idb(db) = store else { return };
        let marker: Option<Millis> = db.get_meta(META_MARKER).await.ok().flatten();
        let has_progress = !snapshot.lessons.is_empty() || !snapshot.attempts.is_empty();
        match (marker, platform::device::local_marker(name)) {
            (None, Some(_)) if !has_progress => self.health.evicted.set(true),
            (Some(m), None) => platform::device::set_local_marker(name, m),
            (None, _) if has_progress => {
                // Progress saved by a build without markers: mark it now.
                let now = platform::device::now();
                if db.put_meta(META_MARKER, &now).await.is_ok() {
                    platform::device::set_local_marker(name, now);
                }
            }
            _ => {}
        }
    }

    /// After the first real progress of this page is saved: leaves the eviction markers and
    /// asks the browser to keep the data (`navigator.storage.persist()`; Chromium answers
    /// without a prompt). Once per page.
    pub(crate) fn note_progress(self) {
        if self.ask_persist_once() {
            return;
        }
        self.health.evicted.set(false);
        let queue = self.store();
        let name = self.db_name();
        leptos::task::spawn_local(async move {
            let now = platform::device::now();
            if let (Some(store), Some(name)) = (queue.ready_store(), name) {
                if let AnyStore::Idb(db) = &*store {
                    let existing: Option<Millis> = db.get_meta(META_MARKER).await.ok().flatten();
                    let marker = existing.unwrap_or(now);
                    if existing.is_some() || db.put_meta(META_MARKER, &marker).await.is_ok() {
                        platform::device::set_local_marker(&name, marker);
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

    /// SCORM mode (`ui::scorm`): progress lives only in memory, seeded with `snapshot` from
    /// the LMS; IndexedDB is never opened and persistent storage never asked for, so nothing
    /// a learner does stays in the browser (the LMS is the record).
    pub fn use_memory(self, snapshot: Snapshot) {
        let _ = self.ask_persist_once();
        let store = crate::storage::memory::MemoryStore::seeded(&snapshot);
        self.progress.set(snapshot);
        self.store().set_store(AnyStore::Memory(store));
        self.health.status.set(StorageStatus::Unavailable);
    }

    /// The learner has read the eviction notice: stop showing it.
    pub fn dismiss_eviction(self) {
        if let Some(name) = self.db_name() {
            platform::device::clear_local_marker(&name);
        }
        self.health.evicted.set(false);
    }
}
