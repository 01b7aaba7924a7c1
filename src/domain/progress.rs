//! Learning progress: lesson records, module status and the *Lulus* rule, course completion;
//! the resume point ([`resume`]) and the events the rule sends ([`events`]).
//!
//! Pure. Updates are expressed as changes ([`LessonUpdate`]) applied to whatever record is
//! stored at that moment, so two tabs writing the same lesson never undo each other.

use serde::{Deserialize, Serialize};

use super::course::{LessonInfo, Module};
use super::ids::{LessonId, ModuleId};
use super::quiz::{score, AnswerRecord, Attempt, Millis, Score};
use super::saved::LessonV1;

mod events;
mod resume;

pub use events::{finish_event, reading_event};
pub use resume::{excerpt, Resume, ResumeError, ResumeRecord, MAX_RESUME_ROUTE};

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
///
/// The rule (*Lulus*, docs/design.md "Lulus"): a module is passed, and earns its JP, only when
/// its post-test is passed **and** the lessons it asks for are read ([`lessons_required`]:
/// every lesson unless the module relaxes it). A passed quiz with lessons still unread is
/// [`ModuleStatus::InProgress`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ModuleStatus {
    /// Nothing opened yet (*belum mulai*).
    NotStarted,
    /// Something opened or answered (*sedang belajar*), including a passed quiz while lessons
    /// the module asks for are still unread.
    InProgress,
    /// Every lesson read, post-test not passed yet (*selesai dibaca*).
    Completed,
    /// Post-test passed and the required lessons read (*lulus*).
    Passed,
}

/// How many of `module`'s lessons must be read before it can pass: `read_percent` of them,
/// rounded up (so "80 %" of 7 lessons is 6), at least one when there are lessons, and never
/// more than there are. 100 (the default) means every lesson.
#[must_use]
pub fn lessons_required(module: &Module) -> usize {
    let total = module.lessons.len();
    let percent = usize::try_from(module.read_percent.clamp(1, 100)).unwrap_or(100);
    (total * percent).div_ceil(100).min(total)
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
    /// Lessons that must be read before the module can pass ([`lessons_required`]).
    pub lessons_required: usize,
    /// Finished attempts.
    pub attempts_finished: usize,
    /// Best score of a finished attempt.
    pub best: Option<Score>,
    /// When the module became *Lulus*: the later of the first passing attempt and the reading
    /// of the last lesson required. `None` until both hold.
    pub passed_at: Option<Millis>,
    /// When the first passing attempt finished (the quiz alone), whether or not the lessons
    /// are read.
    pub quiz_passed_at: Option<Millis>,
    /// Seconds in lessons.
    pub seconds: u32,
}

impl ModuleProgress {
    /// The post-test has been passed (the module may still wait for reading).
    #[must_use]
    pub fn quiz_passed(&self) -> bool {
        self.quiz_passed_at.is_some()
    }

    /// Lessons still to read before the module can pass (0 once enough are read).
    #[must_use]
    pub fn lessons_missing(&self) -> usize {
        self.lessons_required.saturating_sub(self.lessons_read)
    }
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
    let mut read_times: Vec<Millis> = mine.iter().filter_map(|l| l.read_at).collect();
    read_times.sort_unstable();
    let lessons_read = read_times.len();
    let required = lessons_required(summary);
    // When the reading rule was met: the read time of the `required`-th lesson read.
    let reading_met_at = match required {
        0 => Some(Millis::MIN),
        n => read_times.get(n - 1).copied(),
    };
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
    let quiz_passed_at = finished
        .iter()
        .filter(|(_, s)| s.passed)
        .filter_map(|(a, _)| a.finished_at)
        .min();
    let passed_at = quiz_passed_at.zip(reading_met_at).map(|(q, r)| q.max(r));
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
        lessons_required: required,
        attempts_finished: finished.len(),
        best,
        passed_at,
        quiz_passed_at,
        seconds: mine.iter().map(|l| l.seconds).sum(),
    }
}

/// Where a module's main button leads (issue 30, finding 4): on through the lessons, then to
/// the quiz, then to the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    /// The lesson at this place (from 0), the first one not read yet; `started`: some lesson
    /// is read already ("Lanjutkan", not "Mulai belajar").
    Lesson {
        /// Its place in the module.
        index: usize,
        /// Some lesson is read already.
        started: bool,
    },
    /// The quiz: enough lessons are read and the module is not passed yet.
    Quiz,
    /// The record: the module is *Lulus*.
    Record,
}

/// The next step in a module with progress `p`, whose first unread lesson is `first_unread`:
/// the lessons while the reading rule is not met, then the quiz until the module is *Lulus*,
/// then the record.
#[must_use]
pub fn next_step(p: &ModuleProgress, first_unread: Option<usize>) -> NextStep {
    match first_unread {
        Some(index) if p.lessons_missing() > 0 => NextStep::Lesson {
            index,
            started: p.lessons_read > 0,
        },
        _ if p.status == ModuleStatus::Passed => NextStep::Record,
        _ => NextStep::Quiz,
    }
}

/// The module to suggest after the one at `current`: the first one after it, in catalog
/// order and then from the start, that is not passed (`passed[i]`); `None` when every other
/// module is passed.
#[must_use]
pub fn next_module(passed: &[bool], current: usize) -> Option<usize> {
    (current + 1..passed.len())
        .chain(0..current.min(passed.len()))
        .find(|&i| !passed.get(i).copied().unwrap_or(true))
}

/// `module`'s lessons not read yet, in reading order.
#[must_use]
pub fn unread_lessons<'a>(module: &'a Module, lessons: &[LessonRecord]) -> Vec<&'a LessonInfo> {
    module
        .lessons
        .iter()
        .filter(|info| {
            !lessons
                .iter()
                .any(|l| l.module == module.id && l.lesson == info.id && l.read_at.is_some())
        })
        .collect()
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
