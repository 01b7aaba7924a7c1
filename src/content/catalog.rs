//! The catalog: every module of every loaded pack, plus the packs that failed, by name.
//!
//! Pure: the shell fetches files and hands the results here. A broken pack never hides the
//! others; a module id that another pack already uses is refused, naming both packs.

use super::model::{ModuleSummary, PackIndex};
use crate::domain::ids::ModuleId;

/// A module and where its pack lives.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogEntry {
    /// The `pack.json` path this module came from.
    pub pack_path: String,
    /// The pack's folder (the path up to and including the last `/`), for module files and
    /// relative images.
    pub base: String,
    /// The module's summary.
    pub summary: ModuleSummary,
}

impl CatalogEntry {
    /// The module file's path, relative to `index.html`.
    #[must_use]
    pub fn body_path(&self) -> String {
        format!("{}{}", self.base, self.summary.file)
    }
}

/// A pack that could not be used, and why (already in words for the learner).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackProblem {
    /// The `pack.json` path (or `packs.json`), as the deployer wrote it.
    pub pack_path: String,
    /// What went wrong.
    pub detail: String,
}

/// All modules available, in order, and the packs that failed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Catalog {
    /// Modules in catalog order.
    pub entries: Vec<CatalogEntry>,
    /// Packs that failed to load or validate.
    pub problems: Vec<PackProblem>,
    /// Packs listed in `packs.json` that are still loading (the catalog is shown without
    /// them meanwhile).
    pub pending: Vec<String>,
}

/// The folder part of a path: `content/inti/pack.json` → `content/inti/`.
#[must_use]
pub fn base_of(path: &str) -> String {
    path.rfind('/')
        .map_or_else(String::new, |i| path[..=i].to_owned())
}

impl Catalog {
    /// Adds a loaded, validated pack. Modules whose id is already taken are skipped and
    /// reported.
    pub fn add_pack(&mut self, pack_path: &str, index: PackIndex) {
        let base = base_of(pack_path);
        for summary in index.modules {
            if let Some(other) = self.entries.iter().find(|e| e.summary.id == summary.id) {
                self.problems.push(PackProblem {
                    pack_path: pack_path.to_owned(),
                    detail: format!(
                        "modul {} sudah ada di paket {}; modul ini dilewati",
                        summary.id, other.pack_path
                    ),
                });
                continue;
            }
            self.entries.push(CatalogEntry {
                pack_path: pack_path.to_owned(),
                base: base.clone(),
                summary,
            });
        }
    }

    /// Records a pack that could not be used.
    pub fn add_problem(&mut self, pack_path: &str, detail: impl Into<String>) {
        self.problems.push(PackProblem {
            pack_path: pack_path.to_owned(),
            detail: detail.into(),
        });
    }

    /// The entry of module `id`.
    #[must_use]
    pub fn module(&self, id: &ModuleId) -> Option<&CatalogEntry> {
        self.entries.iter().find(|e| &e.summary.id == id)
    }
}
