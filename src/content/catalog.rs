//! The catalog: every module of every loaded pack, plus the packs that failed, by name.
//!
//! Pure: the shell fetches files and hands the results here. A broken pack never hides the
//! others; a module id that another pack already uses is refused, naming both packs.

use serde::Serialize;

use super::model::{GlossaryEntry, Lesson, ModuleBody, PackIndex};
use crate::domain::course::{Module, Question};
use crate::domain::ids::ModuleId;
use crate::i18n::{t, tf, Key, Lang};

/// The id of the JSON data block in `index.html` that holds `packs.json` and the built-in
/// pack indexes verbatim (written at build time by `bimtek-pack first-screen`).
pub const INLINE_PACKS_ID: &str = "bimtek-packs";
/// The id of the static first screen in `index.html`, removed once the app has mounted (on a
/// lesson, once the app's lesson is ready).
pub const FIRST_SCREEN_ID: &str = "first-screen";
/// The id of the notice that shows when the app has not started 30 s after the page (a host's
/// own Content-Security-Policy header without `'wasm-unsafe-eval'` or the app's script hashes
/// blocks every script, so no script can say so). Written after the first screen by
/// `views/prerender.rs`, revealed by a delayed CSS animation (`style/main.css`) with no script,
/// outside the first screen (whose markup must equal the app's); the app removes it when it
/// mounts (`ui::start`).
pub const STALLED_ID: &str = "start-stalled";
/// The property of `window` where the start-up script (`content/boot.js`) leaves its fetch of
/// the module file a deep link needs, for the app to take (`platform::content::fetch_text`).
pub const PREFETCH_KEY: &str = "__bimtekPrefetch";

/// The ids of the `<template>`s the build renders for the start-up script
/// (`views/prerender.rs`, `content/boot.js`): a module page is `<module><id>`, a lesson head
/// `<lesson><module id>/<lesson id>`, a quiz head `<quiz><id>`, the app's loading line
/// `<loading>`.
pub const TEMPLATE_IDS: TemplateIds = TemplateIds {
    module: "fs-module-",
    lesson: "fs-lesson-",
    quiz: "fs-quiz-",
    loading: "fs-loading",
};

/// See [`TEMPLATE_IDS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TemplateIds {
    /// Prefix of a module page's template.
    pub module: &'static str,
    /// Prefix of a lesson head's template.
    pub lesson: &'static str,
    /// Prefix of a quiz head's template.
    pub quiz: &'static str,
    /// The loading line's template.
    pub loading: &'static str,
}

/// A module and where its pack lives.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogEntry {
    /// The `pack.json` path this module came from.
    pub pack_path: String,
    /// The pack's folder (the path up to and including the last `/`), for module files and
    /// relative images.
    pub base: String,
    /// The module as the rules and the catalog know it.
    pub summary: Module,
    /// The module file, relative to `base`.
    pub file: String,
    /// The pack's xAPI activity base (`activity_base`, or the default for the pack's id:
    /// [`crate::domain::lrs::iri::pack_base`]).
    pub activity_base: String,
}

impl CatalogEntry {
    /// The module file's path, relative to `index.html`.
    #[must_use]
    pub fn body_path(&self) -> String {
        format!("{}{}", self.base, self.file)
    }

    /// The pack's search index's path, relative to `index.html` (`content/search.rs`).
    #[must_use]
    pub fn search_path(&self) -> String {
        format!("{}{}", self.base, super::search::SEARCH_FILE)
    }
}

/// A module's body as the app uses it: lessons and glossary as the pack has them, the quiz
/// pool mapped onto the course model that grading reads.
#[derive(Debug, Clone, PartialEq)]
pub struct ModuleContent {
    /// The module id.
    pub id: ModuleId,
    /// Lessons, in reading order.
    pub lessons: Vec<Lesson>,
    /// Terms used by the module.
    pub glossary: Vec<GlossaryEntry>,
    /// The quiz pool.
    pub questions: Vec<Question>,
    /// The *Rencana Tindak Lanjut* form's guiding prompts, one per field (may be empty).
    pub rtl: Vec<crate::content::model::RtlGuide>,
    /// The *Gelar Budaya Kerja* kit, when the module has one (`#/modul/<id>/gelar`).
    pub gelar: Option<crate::content::model::GelarKit>,
}

impl ModuleContent {
    /// The guiding prompt of one RTL field, when the module has them.
    #[must_use]
    pub fn rtl_guide(
        &self,
        field: crate::domain::rtl::RtlField,
    ) -> Option<&crate::content::model::RtlGuide> {
        self.rtl.iter().find(|g| g.field == field)
    }

    /// The lessons that ask for a journal reflection (`> [!REFLEKSI-JURNAL]`), in order.
    pub fn journal_lessons(&self) -> impl Iterator<Item = &Lesson> {
        self.lessons.iter().filter(|l| {
            l.blocks.iter().any(|b| {
                matches!(
                    b,
                    crate::content::model::Block::Callout { journal: true, .. }
                )
            })
        })
    }
}

impl From<ModuleBody> for ModuleContent {
    fn from(b: ModuleBody) -> Self {
        Self {
            id: b.id,
            lessons: b.lessons,
            glossary: b.glossary,
            questions: b.questions.into_iter().map(Question::from).collect(),
            rtl: b.rtl,
            gelar: b.gelar,
        }
    }
}

/// Why a content file could not be fetched (the shell fetches; the words are here).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// No answer at all (offline, refused, DNS).
    Unreachable,
    /// The server took longer than the time limit (seconds).
    TimedOut(u32),
    /// The file is larger than the cap (KB).
    TooLarge(usize),
    /// The server answered with an error status.
    Status(u16, String),
    /// The body is not UTF-8 text or could not be read.
    Unreadable,
    /// A web page came instead of the file: a hotspot or office network asking for a login, an
    /// expired single sign-on, or a host that answers every missing file with its home page.
    WebPage,
}

impl FetchError {
    /// The message in `lang` (the Indonesian one is the `Display` text).
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Unreachable => t(lang, Key::FetchUnreachable).to_owned(),
            Self::TimedOut(s) => tf(lang, Key::FetchTimedOut, &[s]),
            Self::TooLarge(kb) => tf(lang, Key::FetchTooLarge, &[kb]),
            Self::Status(code, text) => tf(lang, Key::FetchStatus, &[code, text]),
            Self::Unreadable => t(lang, Key::FetchUnreadable).to_owned(),
            Self::WebPage => t(lang, Key::FetchWebPage).to_owned(),
        }
    }
}

crate::i18n::learner_error!(FetchError);

/// A validator's findings for one file: the first (in the authoring language, Indonesian, for
/// the pack's author) and how many more; the "and N more" is worded in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Findings {
    /// The first finding.
    pub first: String,
    /// How many more there are.
    pub more: usize,
}

impl Findings {
    /// The findings in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self.more {
            0 => self.first.clone(),
            n => tf(lang, Key::FindingsMore, &[&self.first, &n]),
        }
    }
}

/// What went wrong with a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemDetail {
    /// It could not be fetched.
    Fetch(FetchError),
    /// It does not pass the checks: the validator's words, for the pack's author.
    Invalid(Findings),
    /// The build did not check it, and the validator's chunk could not be loaded to check it
    /// here (`content::checked`): it is not used until a retry can check it.
    Unchecked,
    /// A module id another pack already uses: that module is skipped.
    DuplicateModule {
        /// The module id.
        module: String,
        /// The pack that has it first.
        other_pack: String,
    },
}

impl ProblemDetail {
    /// The message in `lang`. A validator's findings stay in the authoring language
    /// (Indonesian); in English they are introduced as such.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Fetch(e) => e.message(lang),
            Self::Invalid(detail) => tf(lang, Key::PackInvalid, &[&detail.message(lang)]),
            Self::Unchecked => t(lang, Key::PackUnchecked).to_owned(),
            Self::DuplicateModule { module, other_pack } => {
                tf(lang, Key::PackDuplicateModule, &[module, other_pack])
            }
        }
    }
}

/// Why a module's body could not be used: its path and what went wrong. Words are made at
/// the view, in the learner's language ([`BodyError::message`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyError {
    /// The module file, relative to `index.html`.
    pub path: String,
    /// What went wrong.
    pub detail: ProblemDetail,
}

impl BodyError {
    /// The message in `lang`: the file, then the problem.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match &self.detail {
            // The validator's findings already name the file.
            ProblemDetail::Invalid(_) => self.detail.message(lang),
            _ => tf(
                lang,
                Key::BodyProblem,
                &[&self.path, &self.detail.message(lang)],
            ),
        }
    }
}

/// A pack that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackProblem {
    /// The `pack.json` path (or `packs.json`), as the deployer wrote it.
    pub pack_path: String,
    /// What went wrong.
    pub detail: ProblemDetail,
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
        let activity_base =
            crate::domain::lrs::iri::pack_base(index.activity_base.as_deref(), index.id.as_str());
        for summary in index.modules {
            if let Some(other) = self.entries.iter().find(|e| e.summary.id == summary.id) {
                self.problems.push(PackProblem {
                    pack_path: pack_path.to_owned(),
                    detail: ProblemDetail::DuplicateModule {
                        module: summary.id.to_string(),
                        other_pack: other.pack_path.clone(),
                    },
                });
                continue;
            }
            self.entries.push(CatalogEntry {
                pack_path: pack_path.to_owned(),
                base: base.clone(),
                summary: Module::from(&summary),
                file: summary.file,
                activity_base: activity_base.clone(),
            });
        }
    }

    /// Records a pack that could not be used.
    pub fn add_problem(&mut self, pack_path: &str, detail: ProblemDetail) {
        self.problems.push(PackProblem {
            pack_path: pack_path.to_owned(),
            detail,
        });
    }

    /// The entry of module `id`.
    #[must_use]
    pub fn module(&self, id: &ModuleId) -> Option<&CatalogEntry> {
        self.entries.iter().find(|e| &e.summary.id == id)
    }
}
