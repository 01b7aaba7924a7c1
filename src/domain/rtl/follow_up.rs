//! How an RTL went, asked on the home screen [`FOLLOW_UP_DAYS`] days after its module became
//! *Lulus*: done, started or not yet, and one line why. Kept inside the plan
//! ([`super::RtlPlan::follow_up`]). Pure: the clock is an argument.

use serde::{Deserialize, Serialize};

use super::{RtlError, RtlPlan};
use crate::domain::ids::ModuleId;
use crate::domain::time::{Millis, DAY};
use crate::i18n::Key;

/// Days after a module is *Lulus* before the home screen asks how its plan went.
pub const FOLLOW_UP_DAYS: i64 = 30;
/// Longest "why", in characters: one line.
pub const NOTE_MAX: usize = 200;

/// How the plan went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Done.
    Done,
    /// Started, not finished.
    Started,
    /// Not started yet.
    NotYet,
}

impl Outcome {
    /// Every answer, in the order offered.
    pub const ALL: [Self; 3] = [Self::Done, Self::Started, Self::NotYet];

    /// The value used in files and form controls.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::Started => "started",
            Self::NotYet => "not_yet",
        }
    }

    /// Parses [`Self::as_str`].
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.as_str() == text)
    }

    /// The answer's words.
    #[must_use]
    pub fn label(self) -> Key {
        match self {
            Self::Done => Key::RtlOutcomeDone,
            Self::Started => Key::RtlOutcomeStarted,
            Self::NotYet => Key::RtlOutcomeNotYet,
        }
    }
}

/// The learner's answer to "how did your plan go?".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    /// Done, started or not yet.
    pub outcome: Outcome,
    /// One line why (may be empty).
    pub note: String,
    /// When it was answered (Unix ms).
    pub answered_at: Millis,
}

impl FollowUp {
    /// An answer given at `now`, the note trimmed and checked.
    ///
    /// # Errors
    /// [`RtlError::BadNote`] when the note is over [`NOTE_MAX`] or has a line break.
    pub fn new(outcome: Outcome, note: &str, now: Millis) -> Result<Self, RtlError> {
        let answer = Self {
            outcome,
            note: note.trim().to_owned(),
            answered_at: now,
        };
        answer.validate()?;
        Ok(answer)
    }

    /// Checks the note (one line, within [`NOTE_MAX`]) and the time.
    ///
    /// # Errors
    /// The [`RtlError`] found.
    pub fn validate(&self) -> Result<(), RtlError> {
        if self.note.chars().count() > NOTE_MAX || self.note.contains(['\n', '\r']) {
            return Err(RtlError::BadNote { max: NOTE_MAX });
        }
        if self.answered_at < 0 {
            return Err(RtlError::BadTime);
        }
        Ok(())
    }
}

/// Whether the home screen asks how `plan` went at `now`: the module became *Lulus* at
/// `passed_at`, at least [`FOLLOW_UP_DAYS`] days ago, and the learner has not answered yet. No
/// plan, or a module not *Lulus*, is never asked about.
#[must_use]
pub fn follow_up_due(plan: Option<&RtlPlan>, passed_at: Option<Millis>, now: Millis) -> bool {
    match (plan, passed_at) {
        (Some(plan), Some(at)) => {
            plan.follow_up.is_none() && now >= at.saturating_add(FOLLOW_UP_DAYS * DAY)
        }
        _ => false,
    }
}

/// The modules, in the order given, whose plan the home screen asks about at `now`
/// ([`follow_up_due`]); `modules` pairs each module with when it became *Lulus*.
#[must_use]
pub fn follow_ups_due(
    modules: &[(ModuleId, Option<Millis>)],
    plans: &[RtlPlan],
    now: Millis,
) -> Vec<ModuleId> {
    modules
        .iter()
        .filter(|(id, passed_at)| {
            follow_up_due(plans.iter().find(|p| &p.module == id), *passed_at, now)
        })
        .map(|(id, _)| id.clone())
        .collect()
}
