//! The `passed` and `failed` learning events (contract 3, version 2) follow the *Lulus* rule:
//! `passed` says the module is passed — post-test passed **and** the required lessons read —
//! so it is sent when that first holds, at the quiz's finish or at the reading of the last
//! lesson required; a passing attempt while lessons are unread sends nothing yet. `failed` is
//! an attempt below the pass mark, as before.
//!
//! Pure: progress before and after a change in, the event out; `duration_ms` is the time
//! spent in the module ([`crate::domain::lrs::time::module_time_ms`]), which only an LRS's
//! statement carries.

use super::{ModuleProgress, ModuleStatus};
use crate::domain::embed::Event;
use crate::domain::quiz::{Millis, Score, FULL};

fn finished(score: &Score, passed: bool, duration_ms: Option<Millis>) -> Event {
    Event::Finished {
        raw: f64::from(score.raw_milli) / f64::from(FULL),
        max: score.max,
        scaled: score.scaled(),
        passed,
        duration_ms,
    }
}

/// The event of a finished attempt scored `score`, given the module's progress `after` it:
/// `failed` below the pass mark; `passed` (with this attempt's score) when the module is
/// *Lulus* after it; nothing when the attempt passed but lessons are still unread (the
/// `passed` comes with [`reading_event`]).
#[must_use]
pub fn finish_event(
    score: &Score,
    after: &ModuleProgress,
    duration_ms: Option<Millis>,
) -> Option<Event> {
    if !score.passed {
        return Some(finished(score, false, duration_ms));
    }
    (after.status == ModuleStatus::Passed).then(|| finished(score, true, duration_ms))
}

/// The event of reading a lesson: `passed` (with the best attempt's score) when that lesson
/// made a module whose quiz was already passed *Lulus*; otherwise nothing (the `progress` and
/// `completed` events are sent as before).
#[must_use]
pub fn reading_event(
    before: &ModuleProgress,
    after: &ModuleProgress,
    duration_ms: Option<Millis>,
) -> Option<Event> {
    if before.status == ModuleStatus::Passed || after.status != ModuleStatus::Passed {
        return None;
    }
    after
        .best
        .as_ref()
        .map(|best| finished(best, true, duration_ms))
}
