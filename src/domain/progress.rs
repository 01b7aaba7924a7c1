//! Learning progress: lesson records, module status, course completion, the resume point.
//!
//! Pure. Updates are expressed as changes ([`LessonUpdate`]) applied to whatever record is
//! stored at that moment, so two tabs writing the same lesson never undo each other.

use serde::{Deserialize, Serialize};

use super::course::Module;
use super::ids::{LessonId, ModuleId};
use super::quiz::{score, AnswerRecord, Attempt, Millis, Score};
use super::route::Route;
use super::saved::LessonV1;
use crate::i18n::{t, tf, Key, Lang};

/// What is saved about one lesson.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "LessonV1", into = "LessonV1")]
pub struct LessonRecord {
    /// The module.
    pub module: ModuleId,
    /// The lesson.
    pub lesson: LessonId,
    /// First opened.
    pub opened_at: Millis,
    /// When "selesai membaca" was first pressed.
    pub read_at: Option<Millis>,
    /// Seconds spent reading, summed over visits.
    pub seconds: u32,
    /// How far down the learner had scrolled, 0–100 %.
    pub position: u8,
    /// Last change.
    pub updated_at: Millis,
}

impl LessonRecord {
    /// The record's storage key, `module/lesson`.
    #[must_use]
    pub fn key(&self) -> String {
        lesson_key(&self.module, &self.lesson)
    }
}

/// The storage key of a lesson record.
#[must_use]
pub fn lesson_key(module: &ModuleId, lesson: &LessonId) -> String {
    format!("{module}/{lesson}")
}

/// A change to a lesson record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonUpdate {
    /// The module.
    pub module: ModuleId,
    /// The lesson.
    pub lesson: LessonId,
    /// Mark as read.
    pub read: bool,
    /// Seconds to add.
    pub add_seconds: u32,
    /// New scroll position, if known.
    pub position: Option<u8>,
}

/// Applies `update` at `now` to the stored record (if any). Reading is never undone, time
/// only adds up, and the earliest dates are kept.
#[must_use]
pub fn apply_lesson_update(
    stored: Option<LessonRecord>,
    update: &LessonUpdate,
    now: Millis,
) -> LessonRecord {
    let mut rec = stored.unwrap_or_else(|| LessonRecord {
        module: update.module.clone(),
        lesson: update.lesson.clone(),
        opened_at: now,
        read_at: None,
        seconds: 0,
        position: 0,
        updated_at: now,
    });
    if update.read && rec.read_at.is_none() {
        rec.read_at = Some(now);
    }
    rec.seconds = rec.seconds.saturating_add(update.add_seconds);
    if let Some(p) = update.position {
        rec.position = p.min(100);
    }
    rec.updated_at = now;
    rec
}

/// A module's status, as the catalog shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ModuleStatus {
    /// Nothing opened yet (*belum mulai*).
    NotStarted,
    /// Something opened or answered (*sedang belajar*).
    InProgress,
    /// Every lesson read (*selesai*).
    Completed,
    /// Quiz passed (*lulus*).
    Passed,
}

/// Everything the UI shows about one module's progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleProgress {
    /// Status.
    pub status: ModuleStatus,
    /// Lessons read.
    pub lessons_read: usize,
    /// Lessons in the module.
    pub lessons_total: usize,
    /// Finished attempts.
    pub attempts_finished: usize,
    /// Best score of a finished attempt.
    pub best: Option<Score>,
    /// When the first passing attempt finished.
    pub passed_at: Option<Millis>,
    /// Seconds in lessons.
    pub seconds: u32,
}

/// Computes a module's progress from its saved records.
#[must_use]
pub fn module_progress(
    summary: &Module,
    lessons: &[LessonRecord],
    attempts: &[Attempt],
    answers: &[AnswerRecord],
) -> ModuleProgress {
    let mine: Vec<&LessonRecord> = lessons
        .iter()
        .filter(|l| l.module == summary.id && summary.lessons.iter().any(|s| s.id == l.lesson))
        .collect();
    let lessons_read = mine.iter().filter(|l| l.read_at.is_some()).count();
    let my_attempts: Vec<&Attempt> = attempts.iter().filter(|a| a.module == summary.id).collect();
    let finished: Vec<(&Attempt, Score)> = my_attempts
        .iter()
        .filter(|a| a.finished_at.is_some())
        .map(|a| (*a, score(a, answers, summary.pass_mark)))
        .collect();
    let best = finished
        .iter()
        .map(|(_, s)| *s)
        .max_by_key(|s| (s.raw_milli, s.percent));
    let passed_at = finished
        .iter()
        .filter(|(_, s)| s.passed)
        .filter_map(|(a, _)| a.finished_at)
        .min();
    let any_answer = answers
        .iter()
        .any(|r| my_attempts.iter().any(|a| a.id == r.attempt));
    let status = if passed_at.is_some() {
        ModuleStatus::Passed
    } else if !summary.lessons.is_empty() && lessons_read == summary.lessons.len() {
        ModuleStatus::Completed
    } else if !mine.is_empty() || !my_attempts.is_empty() || any_answer {
        ModuleStatus::InProgress
    } else {
        ModuleStatus::NotStarted
    };
    ModuleProgress {
        status,
        lessons_read,
        lessons_total: summary.lessons.len(),
        attempts_finished: finished.len(),
        best,
        passed_at,
        seconds: mine.iter().map(|l| l.seconds).sum(),
    }
}

/// The whole course.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CourseProgress {
    /// Modules passed.
    pub passed: usize,
    /// Modules in the catalog.
    pub total: usize,
    /// JP of the passed modules.
    pub jp_earned: u32,
    /// JP of all modules.
    pub jp_total: u32,
}

impl CourseProgress {
    /// Every module passed.
    #[must_use]
    pub fn complete(&self) -> bool {
        self.total > 0 && self.passed == self.total
    }
}

/// Sums module progress into course progress.
#[must_use]
pub fn course_progress(modules: &[(&Module, &ModuleProgress)]) -> CourseProgress {
    let passed: Vec<_> = modules
        .iter()
        .filter(|(_, p)| p.status == ModuleStatus::Passed)
        .collect();
    CourseProgress {
        passed: passed.len(),
        total: modules.len(),
        jp_earned: passed.iter().map(|(m, _)| m.jp).sum(),
        jp_total: modules.iter().map(|(m, _)| m.jp).sum(),
    }
}

/// Longest resume route accepted, in bytes: `#/modul/<64>/pelajaran/<64>` is about 150.
pub const MAX_RESUME_ROUTE: usize = 256;

/// Where the learner stopped: a page inside a module, as a parsed [`Route`].
///
/// Invariant: the route is always one of the module pages ([`Route::module`] is `Some`), so
/// the "Lanjutkan" link built from it with [`Route::to_hash`] can only ever be an app route.
/// Stored and exported as `{"route": "#/modul/x/kuis", "module": "x", "at": …}` (the shape
/// of export version 1 and of the IndexedDB `meta` row "resume"), and read back only through
/// [`Resume::try_from`], so a `javascript:` or `https:` value can never be held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "ResumeRecord", into = "ResumeRecord")]
pub struct Resume {
    route: Route,
    /// Always `route.module()`, kept to borrow it without a fallible lookup.
    module: ModuleId,
    at: Millis,
}

/// The stored and exported form of a [`Resume`], as plain strings (untrusted until parsed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResumeRecord {
    /// The hash route, e.g. `#/modul/x/kuis`.
    pub route: String,
    /// The module it belongs to.
    pub module: String,
    /// When.
    pub at: Millis,
}

/// Why a stored or imported resume point is refused. Messages are for the learner, in
/// Indonesian (like the other import errors); the value is quoted shortened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResumeError {
    /// Longer than [`MAX_RESUME_ROUTE`].
    TooLong(usize),
    /// Not a hash route of this app (`javascript:`, `https://…`, `data:`…).
    NotAppRoute(String),
    /// A hash route that names no page.
    UnknownRoute(String),
    /// A page, but not one inside a module.
    NotModulePage(String),
    /// The route's module is not the record's module.
    ModuleMismatch(String, String),
    /// A date before 1970.
    BadTime,
}

impl ResumeError {
    /// The reason in `lang` (the Indonesian one is the `Display` text).
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::TooLong(n) => tf(lang, Key::ResumeTooLong, &[n]),
            Self::NotAppRoute(r) => tf(lang, Key::ResumeNotAppRoute, &[r]),
            Self::UnknownRoute(r) => tf(lang, Key::ResumeUnknownRoute, &[r]),
            Self::NotModulePage(r) => tf(lang, Key::ResumeNotModulePage, &[r]),
            Self::ModuleMismatch(r, m) => tf(lang, Key::ResumeModuleMismatch, &[r, m]),
            Self::BadTime => t(lang, Key::ResumeBadTime).to_owned(),
        }
    }
}

crate::i18n::learner_error!(ResumeError);

/// At most 60 characters of `s`, for quoting untrusted text in a message.
#[must_use]
pub fn excerpt(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(MAX).collect();
        out.push('…');
        out
    }
}

impl Resume {
    /// A resume point at `route`, reached at `at`.
    ///
    /// # Errors
    /// [`ResumeError::NotModulePage`] when `route` is not a page inside a module.
    pub fn new(route: Route, at: Millis) -> Result<Self, ResumeError> {
        let Some(module) = route.module().cloned() else {
            return Err(ResumeError::NotModulePage(excerpt(&route.to_hash())));
        };
        Ok(Self { route, module, at })
    }

    /// The page to go back to.
    #[must_use]
    pub fn route(&self) -> &Route {
        &self.route
    }

    /// The module of that page.
    #[must_use]
    pub fn module(&self) -> &ModuleId {
        &self.module
    }

    /// When the learner was there.
    #[must_use]
    pub fn at(&self) -> Millis {
        self.at
    }
}

impl TryFrom<ResumeRecord> for Resume {
    type Error = ResumeError;

    /// Parses a stored or imported resume point: the route must be this app's hash route of a
    /// page inside a module, and that module must be the record's.
    fn try_from(r: ResumeRecord) -> Result<Self, ResumeError> {
        if r.route.len() > MAX_RESUME_ROUTE {
            return Err(ResumeError::TooLong(r.route.chars().count()));
        }
        if !r.route.starts_with("#/") {
            return Err(ResumeError::NotAppRoute(excerpt(&r.route)));
        }
        if r.at < 0 {
            return Err(ResumeError::BadTime);
        }
        let route = Route::parse(&r.route);
        match route.module() {
            None if matches!(route, Route::NotFound(_)) => {
                Err(ResumeError::UnknownRoute(excerpt(&r.route)))
            }
            None => Err(ResumeError::NotModulePage(excerpt(&r.route))),
            Some(m) if m.as_str() != r.module => Err(ResumeError::ModuleMismatch(
                excerpt(&r.route),
                excerpt(&r.module),
            )),
            Some(m) => {
                let module = m.clone();
                Ok(Self {
                    route,
                    module,
                    at: r.at,
                })
            }
        }
    }
}

impl From<Resume> for ResumeRecord {
    fn from(r: Resume) -> Self {
        Self {
            route: r.route.to_hash(),
            module: r.module.to_string(),
            at: r.at,
        }
    }
}
