//! SCORM 1.2 and 2004: what the app writes to an LMS for one module, as plain values.
//!
//! A module exported as a SCORM package (`dist/scorm/<module-id>.zip` for SCORM 1.2,
//! `dist/scorm/2004/<module-id>.zip` for SCORM 2004 4th edition; docs/scorm.md) runs
//! the same app in *SCORM mode* for that one module. The choices, and why:
//!
//! - **The LMS is the record.** In SCORM mode the app never opens the LMS origin's IndexedDB
//!   and never registers the service worker: progress lives in the in-memory store, seeded at
//!   start from `cmi.suspend_data` and written back after every change. BPSDM training labs
//!   share computers and browser profiles; nothing a learner did stays on the machine, and a
//!   second learner on the same computer starts from *their* LMS record, not the first one's.
//! - **The same rules.** Attempts, draws, grading, scores and the pass mark are the normal
//!   app's ([`crate::domain::session::QuizSession`]); the pages are the embed pages. Only the
//!   store and this mapping differ.
//! - **Everything committed as it happens, nothing on `unload`.** After each answer (and each
//!   lesson, attempt, finish or page change) the shell sets the values that changed and calls
//!   `LMSCommit`; `LMSFinish` only when the learner leaves through the app's own button. A
//!   closed window loses at most the page they were on, never an answer.
//! - **An LMS error loses nothing.** The answers stay in memory; the next change (or "Coba
//!   simpan lagi") brings every value the LMS has not confirmed to it again — also through a
//!   client such as Moodle's that never re-sends a value it once tried to send ([`ledger`]);
//!   the learner is told in plain words until then.
//! - **`cmi.suspend_data` ≤ 4,096 characters** ([`suspend`]): the attempt's questions are
//!   re-drawn from its seed, answers are item positions (one character each), lessons two bits.
//!   The worst case the validator allows fits (`tests/scorm.rs`).
//!
//! Pure: values in, values out; the shell (`platform::scorm`, `ui::scorm`) talks to the LMS.

pub mod edition;
pub mod error;
pub mod interaction;
pub mod ledger;
pub mod link;
pub mod suspend;
pub mod time;

pub use edition::Edition;
pub use error::{ErrorCode, LmsCall, ScormError};
pub use suspend::{decode, encode, SuspendError, Suspended, MAX_SUSPEND_DATA};
pub use time::session_time;

use super::ids::ModuleId;
use super::progress::{ModuleProgress, ModuleStatus};
use super::quiz::attempts_left;
use super::route::{EmbedPart, Route};

/// `cmi.core.lesson_status`, SCORM 1.2's vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LessonStatus {
    /// `passed`: a finished attempt reached the pass mark (the mastery score).
    Passed,
    /// `completed`: (written by other SCOs; never by this app).
    Completed,
    /// `failed`: attempts finished, none reached the pass mark.
    Failed,
    /// `incomplete`: started, no attempt finished.
    Incomplete,
    /// `browsed`: (never written by this app).
    Browsed,
    /// `not attempted`: the LMS's value before the first launch.
    NotAttempted,
}

impl LessonStatus {
    /// Parses the LMS's value; `None` for anything outside the vocabulary (or empty).
    #[must_use]
    pub fn parse(value: &str) -> Option<Self> {
        match value.trim() {
            "passed" => Some(Self::Passed),
            "completed" => Some(Self::Completed),
            "failed" => Some(Self::Failed),
            "incomplete" => Some(Self::Incomplete),
            "browsed" => Some(Self::Browsed),
            "not attempted" => Some(Self::NotAttempted),
            _ => None,
        }
    }

    /// The CMI value.
    #[must_use]
    pub fn as_cmi(self) -> &'static str {
        match self {
            Self::Passed => "passed",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Incomplete => "incomplete",
            Self::Browsed => "browsed",
            Self::NotAttempted => "not attempted",
        }
    }

    /// How much a status says: a later session never writes one that says less.
    fn rank(self) -> u8 {
        match self {
            Self::NotAttempted | Self::Browsed => 0,
            Self::Incomplete => 1,
            Self::Failed | Self::Completed => 2,
            Self::Passed => 3,
        }
    }
}

/// What the LMS said when the session started (read once, after `LMSInitialize`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Launch {
    /// `cmi.core.entry`: `ab-initio`, `resume` or empty.
    pub entry: String,
    /// `cmi.core.lesson_status` (SCORM 2004: its success and completion statuses as one,
    /// [`Edition::status_2004`]), if it is one of SCORM's values.
    pub status: Option<LessonStatus>,
    /// SCORM 2004's `cmi.completion_status` is `completed` (SCORM 1.2: never).
    pub completed: bool,
    /// `cmi.core.score.raw` in hundredths ([`parse_raw`]), if it is a number.
    pub score_raw: Option<u32>,
    /// `cmi.core.lesson_location`.
    pub location: String,
    /// `cmi.suspend_data`.
    pub suspend_data: String,
    /// `cmi.interactions._count`: interactions already recorded (new ones go after them).
    pub interactions: usize,
    /// `cmi.core.lesson_mode`.
    pub mode: LessonMode,
    /// `cmi.core.credit` is `no-credit`: what the learner does does not count.
    pub no_credit: bool,
    /// `cmi.core.student_name` (SCORM's "Last, First"), empty when the LMS gives none.
    pub student_name: String,
    /// `cmi.core.student_id`: whose progress this tab keeps while the LMS has not stored it.
    pub student_id: String,
}

/// `cmi.core.lesson_mode`: how the LMS opened the SCO.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LessonMode {
    /// Normal (or missing): the learner's work is recorded.
    #[default]
    Normal,
    /// Review: the attempt is over (Moodle, after passed, completed or failed); nothing is
    /// written.
    Review,
    /// Browse: a look without an attempt; nothing is written.
    Browse,
}

impl LessonMode {
    /// Parses `cmi.core.lesson_mode`; anything unknown is [`LessonMode::Normal`].
    #[must_use]
    pub fn parse(value: &str) -> Self {
        match value.trim() {
            "review" => Self::Review,
            "browse" => Self::Browse,
            _ => Self::Normal,
        }
    }
}

/// How the session treats the learner's work, from the launch's mode and credit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recording {
    /// Recorded in the LMS.
    Records,
    /// Review mode: the result stands; the learner can reread and practise; nothing is written.
    Review,
    /// Browse mode or no credit: practice that does not change the record.
    Practice,
}

impl Launch {
    /// Whether and how this session records (SCORM 1.2 RTE: a SCO in review or browse mode, or
    /// without credit, must not change the learner's record).
    #[must_use]
    pub fn recording(&self) -> Recording {
        match (self.mode, self.no_credit) {
            (LessonMode::Review, _) => Recording::Review,
            (LessonMode::Browse, _) | (LessonMode::Normal, true) => Recording::Practice,
            (LessonMode::Normal, false) => Recording::Records,
        }
    }

    /// The learner's name as people read it: "First Last" from SCORM's "Last, First".
    #[must_use]
    pub fn learner_name(&self) -> Option<String> {
        let name = self.student_name.trim();
        if name.is_empty() {
            return None;
        }
        Some(match name.split_once(',') {
            Some((last, first)) if !first.trim().is_empty() => {
                format!("{} {}", first.trim(), last.trim())
            }
            _ => name.to_owned(),
        })
    }

    /// The saved attempt to resume, if the LMS has one: `suspend_data` is ignored when the
    /// LMS starts a new attempt (`entry` = `ab-initio`).
    #[must_use]
    pub fn saved(&self) -> Option<&str> {
        (self.entry.trim() != "ab-initio" && !self.suspend_data.is_empty())
            .then_some(self.suspend_data.as_str())
    }
}

/// The status and score a module's progress comes to, in SCORM's terms.
///
/// The policy (docs/scorm.md, "Status"): SCORM 2004's completion status is `completed` once
/// every lesson is read (`incomplete` before); the success status, and SCORM 1.2's one status,
/// follow the module's *Lulus* rule ([`crate::domain::progress::ModuleStatus`]): `incomplete`
/// until the post-test is passed **and** the required lessons are read (`passed`), or the
/// post-test is failed with no attempt left (`failed`); the score is written with that final
/// status only. A passed post-test with lessons unread stays `incomplete` with no score: a
/// score at or above the mastery score would make Moodle's mastery override write `passed` at
/// `LMSFinish` (JP without reading), and any final status would reopen the activity in review
/// mode, where the learner could no longer record the lessons still to read.
/// Moodle relaunches an activity whose status is `completed`, `passed` or `failed` in review
/// mode, and at `LMSFinish` turns a written score below the mastery score into `failed` (its
/// "mastery override"): a `failed`, a failing score or a `completed` written while the learner
/// may still take the post-test would lock them out of it. `completed` (every lesson read)
/// therefore needs SCORM 2004's separate completion status, not this single 1.2 status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    /// The status to write.
    pub status: LessonStatus,
    /// The best finished attempt's score in whole percent (`cmi.core.score.raw`, 0–100), with a
    /// final status only.
    pub best_percent: Option<u32>,
    /// Every lesson is read (SCORM 2004's `cmi.completion_status` = `completed`).
    pub completed: bool,
}

/// What a module's progress says, as [`Outcome::new`] needs it ([`Facts::of`] reads it off a
/// [`ModuleProgress`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Facts {
    /// The module is *Lulus*: post-test passed and the required lessons read.
    pub passed: bool,
    /// A finished attempt reached the pass mark (the post-test alone).
    pub quiz_passed: bool,
    /// Finished attempts.
    pub attempts_finished: usize,
    /// Attempts left (`None`: no limit).
    pub attempts_left: Option<u32>,
    /// The best finished attempt's score, in whole percent.
    pub best_percent: Option<u32>,
    /// Every lesson of the module is read.
    pub lessons_done: bool,
}

impl Facts {
    /// The facts of a module's progress, with at most `max_attempts` attempts (0: no limit).
    #[must_use]
    pub fn of(p: &ModuleProgress, max_attempts: u32) -> Self {
        Self {
            passed: p.status == ModuleStatus::Passed,
            quiz_passed: p.quiz_passed(),
            attempts_finished: p.attempts_finished,
            attempts_left: attempts_left(max_attempts, p.attempts_finished),
            best_percent: p.best.map(|b| b.percent),
            lessons_done: p.lessons_total > 0 && p.lessons_read >= p.lessons_total,
        }
    }
}

impl Outcome {
    /// The status and score for `facts` (the policy above).
    #[must_use]
    pub fn new(facts: Facts) -> Self {
        let best = facts.best_percent.map(|p| p.min(100));
        let completed = facts.lessons_done;
        if facts.passed {
            Self {
                status: LessonStatus::Passed,
                best_percent: best,
                completed,
            }
        } else if !facts.quiz_passed
            && facts.attempts_finished > 0
            && facts.attempts_left == Some(0)
        {
            Self {
                status: LessonStatus::Failed,
                best_percent: best,
                completed,
            }
        } else {
            Self {
                status: LessonStatus::Incomplete,
                best_percent: None,
                completed,
            }
        }
    }
}

/// The values this SCO writes (besides `cmi.core.session_time`, written with every commit).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CmiValues {
    /// `cmi.core.lesson_location`: the page inside the module ([`location`]).
    pub location: String,
    /// `cmi.core.lesson_status`.
    pub status: Option<LessonStatus>,
    /// `cmi.core.score.raw` (with `min` 0 and `max` 100), once an attempt has finished.
    pub score_raw: Option<u32>,
    /// `cmi.suspend_data`.
    pub suspend_data: String,
    /// SCORM 2004's `cmi.completion_status` is `completed` (not written by SCORM 1.2).
    pub completed: bool,
}

impl CmiValues {
    /// The values for `outcome`, never saying less than the LMS had at `launch`: a passed
    /// module stays passed (a retake that fails does not undo it), and a lower score does not
    /// replace a higher one the LMS already holds (e.g. from a session whose `suspend_data`
    /// could not be read).
    #[must_use]
    pub fn new(launch: &Launch, outcome: Outcome, location: String, suspend_data: String) -> Self {
        let status = match launch.status {
            Some(before) if before.rank() > outcome.status.rank() => before,
            _ => outcome.status,
        };
        let score_raw = outcome
            .best_percent
            .filter(|best| launch.score_raw.is_none_or(|before| best * 100 >= before));
        Self {
            location,
            status: Some(status),
            score_raw,
            suspend_data,
            completed: outcome.completed || launch.completed,
        }
    }

    /// `cmi.core.exit` when the learner leaves: `suspend` while the module is unfinished or an
    /// attempt is running (the LMS then resumes it), otherwise empty (a normal exit).
    ///
    /// SCORM 2004's `cmi.exit` is always `suspend`: there a normal exit ends the learner
    /// attempt, and the next launch starts a new one with no `suspend_data` — the learner would
    /// find the module unread and the quiz untaken, and the first write of that new attempt
    /// (`incomplete`, `unknown`) could replace the finished result the LMS rolled up. The
    /// statuses and the score are already written; suspending only keeps the data.
    #[must_use]
    pub fn exit(&self, edition: Edition, attempt_running: bool) -> &'static str {
        let done = matches!(
            self.status,
            Some(LessonStatus::Passed | LessonStatus::Failed | LessonStatus::Completed)
        );
        if edition == Edition::Scorm2004 || attempt_running || !done {
            "suspend"
        } else {
            ""
        }
    }
}

/// A `cmi.core.score.raw` value (SCORM 1.2's `CMIDecimal`, e.g. `80` or `72.5`) in hundredths;
/// a negative score is 0, digits past the hundredths are dropped. `None` when it is not a
/// number (an LMS that has no score answers an empty string). Hand-written: the standard
/// library's float parser would add several KB of wasm for this one value.
#[must_use]
pub fn parse_raw(value: &str) -> Option<u32> {
    let value = value.trim();
    let (negative, digits) = match value.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, value),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty())
        || !all_digits(whole)
        || !all_digits(fraction)
        || whole.len() > 6
    {
        return None;
    }
    if negative {
        return Some(0);
    }
    let whole: u32 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let hundredths = fraction
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(2)
        .fold(0, |n, b| n * 10 + u32::from(b - b'0'));
    Some(whole * 100 + hundredths)
}

/// Longest `cmi.core.lesson_location` SCORM 1.2 allows (`CMIString255`; SCORM 2004 allows
/// more, [`Edition::max_location`]: the app writes at most 140 either way).
pub const MAX_LOCATION: usize = 255;

/// `cmi.core.lesson_location` for a page of the module: its path inside the module
/// (`""`, `pelajaran/<id>`, `glosarium`, `kuis`, `kuis/hasil`), at most 140 characters.
#[must_use]
pub fn location(module: &ModuleId, part: &EmbedPart) -> String {
    let hash = Route::Embed(module.clone(), part.clone()).to_hash();
    let prefix = format!("#/embed/{module}");
    hash.strip_prefix(&prefix)
        .unwrap_or_default()
        .trim_start_matches('/')
        .to_owned()
}

/// The page a stored `lesson_location` names; anything that is not a page of `module`
/// (another module, a hostile value, too long) is the module's overview.
#[must_use]
pub fn parse_location(module: &ModuleId, value: &str) -> EmbedPart {
    if value.len() > MAX_LOCATION || value.contains(['#', '?']) {
        return EmbedPart::Overview;
    }
    match Route::parse(&format!("#/embed/{module}/{value}")) {
        Route::Embed(m, part) if &m == module => part,
        _ => EmbedPart::Overview,
    }
}

#[cfg(test)]
mod tests;
