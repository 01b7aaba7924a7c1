//! Time on task for an LRS (contract 11 version 2): how long an answer took, how long a
//! module session lasted, the time spent in a module, and their ISO 8601 form.
//!
//! Measured, in the app's own terms (docs/lrs.md "Time on task"):
//! - an answer: from the question being shown on the quiz page to "Periksa jawaban"; if the
//!   page did not see it shown, from the previous answer of the attempt (or the attempt's
//!   start). Over [`MAX_ANSWER_MS`] (the learner was away) or negative (a clock set back):
//!   no duration;
//! - a module session: the time the page was **visible** between entering one module's pages
//!   and leaving them (another module, home, Settings: `terminated`) or the page going away
//!   (`pagehide`: `suspended`). A phone in a pocket does not count. Over [`MAX_SESSION_MS`]:
//!   no duration;
//! - the time in a module (`completed`, `passed`, `failed`): the reading time the lessons
//!   store (a lesson page's time from opening to "Selesai membaca", every reading added up)
//!   plus, for every quiz attempt, the time between its answers, each gap counted only when
//!   under [`MAX_ANSWER_MS`] ([`quiz_time_ms`]).
//!
//! Pure: times come in as arguments.

use crate::domain::ids::ModuleId;
use crate::domain::quiz::{AnswerRecord, Attempt, Millis};

/// An answer that took longer than this (30 minutes) is not timed: the learner was away.
pub const MAX_ANSWER_MS: Millis = 30 * 60 * 1000;

/// A session visible for longer than this (8 hours) is not timed.
pub const MAX_SESSION_MS: Millis = 8 * 60 * 60 * 1000;

/// How long an answer given `at` took: from `shown_at` (the question shown on the page) if
/// known, else from `since` (the previous answer of the attempt, or its start). `None` when
/// negative or over [`MAX_ANSWER_MS`].
#[must_use]
pub fn answer_duration(shown_at: Option<Millis>, since: Millis, at: Millis) -> Option<Millis> {
    let took = at.checked_sub(shown_at.unwrap_or(since))?;
    (0..=MAX_ANSWER_MS).contains(&took).then_some(took)
}

/// The time spent answering `module`'s quiz, over every attempt: the gaps between an
/// attempt's start and its answers, in the order given, each counted when from 0 to
/// [`MAX_ANSWER_MS`].
#[must_use]
pub fn quiz_time_ms(module: &ModuleId, attempts: &[Attempt], answers: &[AnswerRecord]) -> Millis {
    let mut total: Millis = 0;
    for a in attempts.iter().filter(|a| &a.module == module) {
        let mut times: Vec<Millis> = answers
            .iter()
            .filter(|r| r.attempt == a.id)
            .map(|r| r.answered_at)
            .collect();
        times.sort_unstable();
        let mut previous = a.started_at;
        for at in times {
            let gap = at.saturating_sub(previous);
            if (0..=MAX_ANSWER_MS).contains(&gap) {
                total = total.saturating_add(gap);
            }
            previous = at;
        }
    }
    total
}

/// The time spent in a module: `reading_seconds` (the lessons' stored time) plus `quiz_ms`
/// ([`quiz_time_ms`]).
#[must_use]
pub fn module_time_ms(reading_seconds: u32, quiz_ms: Millis) -> Millis {
    Millis::from(reading_seconds)
        .saturating_mul(1000)
        .saturating_add(quiz_ms.max(0))
}

/// The visible time of one module session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionClock {
    /// Visible time counted so far.
    counted: Millis,
    /// Since when the page has been visible, while it is.
    visible_since: Option<Millis>,
}

impl SessionClock {
    /// A session starting at `now`, the page visible or not.
    #[must_use]
    pub fn start(now: Millis, visible: bool) -> Self {
        Self {
            counted: 0,
            visible_since: visible.then_some(now),
        }
    }

    /// The page became hidden at `now`.
    pub fn hidden(&mut self, now: Millis) {
        if let Some(since) = self.visible_since.take() {
            self.counted = self
                .counted
                .saturating_add(now.saturating_sub(since).max(0));
        }
    }

    /// The page became visible at `now`.
    pub fn shown(&mut self, now: Millis) {
        if self.visible_since.is_none() {
            self.visible_since = Some(now);
        }
    }

    /// The visible time up to `now`; `None` over [`MAX_SESSION_MS`].
    #[must_use]
    pub fn elapsed(&self, now: Millis) -> Option<Millis> {
        let running = self
            .visible_since
            .map_or(0, |since| now.saturating_sub(since).max(0));
        let total = self.counted.saturating_add(running);
        (total <= MAX_SESSION_MS).then_some(total)
    }
}

/// `millis` as an xAPI duration (ISO 8601, hundredths of a second at most: `PT1M23.45S`).
#[must_use]
pub fn iso(millis: Millis) -> String {
    crate::domain::scorm::time::iso_duration(millis)
}
