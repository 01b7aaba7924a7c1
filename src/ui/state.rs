//! App-wide handles shared through context: language, catalog, module bodies.
//!
//! Screen state stays in components; this holds only what several pages read.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::content::catalog::{Catalog, CatalogEntry};
use crate::content::model::ModuleBody;
use crate::domain::ids::ModuleId;
use crate::i18n::Lang;
use crate::platform;

/// A module body's loading state.
#[derive(Debug, Clone)]
pub enum BodyState {
    /// Being fetched.
    Loading,
    /// Fetched and valid.
    Ready(Arc<ModuleBody>),
    /// Could not be fetched or is invalid; the sentence says why.
    Failed(String),
}

/// Handles to app-wide state; `Copy`, so pages take it from context freely.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// UI language.
    pub lang: Lang,
    /// The catalog, once `packs.json` and the packs have loaded.
    pub catalog: RwSignal<Option<Catalog>>,
    /// Module bodies fetched so far.
    pub bodies: RwSignal<HashMap<ModuleId, BodyState>>,
}

impl AppState {
    /// New state with nothing loaded.
    #[must_use]
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            catalog: RwSignal::new(None),
            bodies: RwSignal::new(HashMap::new()),
        }
    }

    /// The state from context.
    ///
    /// # Panics
    /// Never in the app: [`super::App`] provides it before any page renders.
    #[must_use]
    pub fn get() -> Self {
        use_context::<Self>().unwrap_or_else(|| Self::new(Lang::default()))
    }

    /// Loads the catalog (once, at start).
    pub fn load_catalog(self, on_done: impl FnOnce() + 'static) {
        leptos::task::spawn_local(async move {
            let catalog = platform::content::load_catalog().await;
            self.catalog.set(Some(catalog));
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
            let state = match platform::content::load_body(&entry).await {
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
