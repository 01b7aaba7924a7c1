//! App-wide handles shared through context: language, catalog, module bodies.
//!
//! Screen state stays in components; this holds only what several pages read.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use std::rc::Rc;

pub use super::handles::{
    BodyState, Connectivity, EmbedSession, Progress, StorageHealth, StorageStatus,
};
use crate::content::catalog::{Catalog, CatalogEntry};
use crate::domain::ids::ModuleId;
use crate::domain::lrs::learner::Learner;
use crate::domain::progress::ModuleProgress;
use crate::i18n::Lang;
use crate::platform;
use crate::platform::store::StoreQueue;
use crate::storage::StorageError;

mod open;
mod writes;

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
    /// All saved progress, one signal per collection, mirrored after every write.
    pub progress: Progress,
    /// Set in the embed view.
    pub embed: RwSignal<Option<EmbedSession>>,
    /// This page's own bookkeeping (one handle, so the state stays small to copy).
    page: StoredValue<PageState, LocalStorage>,
}

/// What the state keeps for this page only.
#[derive(Debug, Default)]
struct PageState {
    /// This page has asked for persistent storage (after the first real progress).
    asked_persist: bool,
    /// Where learning events go besides the embed's portal: this page's LRS link, once the
    /// app's root has started it (none in SCORM mode). Held here, not in a global, so that
    /// what receives events is decided by who built the state.
    lrs: Option<super::lrs::Lrs>,
    /// Whose progress this page holds: the device's, or a launch's actor's (its own
    /// database), decided by the root before storage opens.
    learner: Learner,
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
            progress: Progress::new(),
            embed: RwSignal::new(None),
            page: StoredValue::new_local(PageState::default()),
        }
    }

    /// Sends this page's learning events to `lrs` too (the app's root, once, at start).
    pub fn send_events_to(self, lrs: super::lrs::Lrs) {
        self.page.update_value(|p| p.lrs = Some(lrs));
    }

    /// This page holds `learner`'s progress (the root, once, before [`Self::open_storage`]).
    pub fn set_learner(self, learner: Learner) {
        self.page.update_value(|p| p.learner = learner);
    }

    /// Whose progress this page holds.
    #[must_use]
    pub fn learner(self) -> Learner {
        self.page.with_value(|p| p.learner.clone())
    }

    /// The IndexedDB database of this page's progress: the device's, or the launched actor's
    /// own; `None` for a launch whose actor cannot be read (nothing is kept then).
    #[must_use]
    pub fn db_name(self) -> Option<String> {
        self.page.with_value(|p| match &p.learner {
            Learner::Device => Some(crate::storage::schema::DB_NAME.to_owned()),
            Learner::Launched(l) => Some(crate::storage::schema::actor_db_name(&l.key)),
            Learner::Unreadable => None,
        })
    }

    /// This page's LRS link, if the root started one.
    #[must_use]
    pub fn lrs(self) -> Option<super::lrs::Lrs> {
        self.page.with_value(|p| p.lrs)
    }

    /// Whether this page has asked for persistent storage; marks it asked.
    pub(super) fn ask_persist_once(self) -> bool {
        self.page
            .try_update_value(|p| std::mem::replace(&mut p.asked_persist, true))
            .unwrap_or(true)
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
    /// origin (contract 3), and to the trainer's LRS, if this session has one (contract 11);
    /// otherwise does nothing.
    pub fn emit(self, module: &ModuleId, event: &crate::domain::embed::Event) {
        let Some(entry) = self
            .catalog
            .with_untracked(|c| c.as_ref().and_then(|c| c.module(module).cloned()))
        else {
            return;
        };
        if let Some(lrs) = self.lrs() {
            lrs.record(
                module.as_str(),
                &entry.summary.title,
                &entry.activity_base,
                event,
            );
        }
        let Some(EmbedSession {
            origin: Some(origin),
            actor_id: Some(actor_id),
            ..
        }) = self.embed.get_untracked()
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

    /// The time spent in `module` as the app knows it (`domain::lrs::time`): `reading_seconds`
    /// of its lessons plus the quiz's answering time.
    #[must_use]
    pub fn module_time_ms(
        self,
        module: &ModuleId,
        reading_seconds: u32,
    ) -> crate::domain::quiz::Millis {
        let quiz = self.progress.attempts.with_untracked(|attempts| {
            self.progress.answers.with_untracked(|answers| {
                crate::domain::lrs::time::quiz_time_ms(module, attempts, answers)
            })
        });
        crate::domain::lrs::time::module_time_ms(reading_seconds, quiz)
    }

    /// Progress of a catalog module (tracked).
    #[must_use]
    pub fn module_progress(self, entry: &CatalogEntry) -> ModuleProgress {
        self.progress.module(&entry.summary)
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

    /// Loads the catalog (once, at start). The packs written into the page at build time are
    /// shown at once, before this returns (so the first render already has the catalog and
    /// the static first screen can be replaced without a jump); `packs.json` is then checked
    /// in the background once `check_after` is done (the app: once it is ready, so the check is
    /// no request of the first load). Otherwise the catalog is shown as packs arrive, starting
    /// at once. `on_done` runs once every pack has settled; the result says whether the
    /// catalog was shown at once.
    pub fn load_catalog(
        self,
        check_after: impl std::future::Future<Output = ()> + 'static,
        on_done: impl FnOnce() + 'static,
    ) -> bool {
        let inline = platform::content::inline_files();
        let shown = platform::content::inline_catalog(&inline);
        let at_once = shown.is_some();
        if let Some(catalog) = &shown {
            self.catalog.set(Some(catalog.clone()));
        }
        leptos::task::spawn_local(async move {
            if at_once {
                check_after.await;
            }
            let load = crate::ui::lazy::content_checks;
            platform::content::load_catalog(inline, shown, load, move |catalog| {
                self.catalog.set(Some(catalog));
            })
            .await;
            on_done();
        });
        at_once
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
            let state =
                match platform::content::load_body(&entry, crate::ui::lazy::content_checks).await {
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
