//! Learning progress: lesson records, module status, course completion, the resume point.
//!
//! Pure. Updates are expressed as changes ([`LessonUpdate`]) applied to whatever record is
//! stored at that moment, so two tabs writing the same lesson never undo each other.

use serde::{Deserialize, Serialize};

use super::ids::{LessonId, ModuleId};
use super::quiz::{score, AnswerRecord, Attempt, Millis, Score};
use crate::content::model::ModuleSummary;

/// What is saved about one lesson.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    summary: &ModuleSummary,
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
pub fn course_progress(modules: &[(&ModuleSummary, &ModuleProgress)]) -> CourseProgress {
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

/// Where the learner stopped: the route to go back to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resume {
    /// The hash route, e.g. `#/modul/x/kuis`.
    pub route: String,
    /// The module it belongs to.
    pub module: ModuleId,
    /// When.
    pub at: Millis,
}
