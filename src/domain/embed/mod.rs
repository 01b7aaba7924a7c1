//! The embed contract (docs/design.md contracts 2 and 3), pure: the portal origin rule
//! ([`origin`]), pseudonymous ids ([`uuid`]), and the learning-event messages with their xAPI
//! statements ([`xapi`]).
//!
//! Invariant: nothing about the learner but a random pseudonymous id ever goes into a
//! message — never a name, an email or an NIP.

pub mod detail;
pub mod origin;
pub mod uuid;
pub mod xapi;

pub use detail::{AnswerDetail, LessonRead};
pub use origin::{parse_origin, OriginError};
pub use uuid::{uuid_from_random, uuid_v4, NoRandomness};
pub use xapi::{
    Account, Activity, ActivityRef, Actor, Context, ContextActivities, Definition, LangMap,
    Statement, Verb, XResult,
};

use serde::Serialize;

/// The learning events' contract version (contract 3). 2 since `passed` follows the *Lulus*
/// rule (post-test passed **and** the required lessons read, [`crate::domain::progress`]):
/// version 1 sent `passed` for a passing attempt alone.
pub const MESSAGE_VERSION: u32 = 2;

/// The learning-event actions (contract 3) with their ADL verbs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// The embedded module is ready (verb `initialized`).
    Ready,
    /// A lesson was read (verb `progressed`).
    Progress,
    /// A quiz question was answered (verb `answered`).
    Answered,
    /// Every lesson was read (verb `completed`).
    Completed,
    /// The module is passed: an attempt reached the pass mark and the required lessons are
    /// read, sent when both first hold (verb `passed`; [`crate::domain::progress::finish_event`]).
    Passed,
    /// A finished attempt did not reach the pass mark (verb `failed`).
    Failed,
    /// The learner started the module's pre-test (verb `attempted`, category `pretest`).
    /// Added to version 2 without a bump: no existing action changed (docs/embed.md).
    Attempted,
    /// The learner finished the pre-test, with its score (verb `scored`, category `pretest`).
    Scored,
    /// A session in a module ended: the learner went elsewhere in the app (verb
    /// `terminated`). An LRS's statement only (contract 11 version 2), never a message.
    Terminated,
    /// The page went away in the middle of a module session (verb `suspended`). An LRS's
    /// statement only, never a message.
    Suspended,
}

impl Action {
    /// The ADL verb: IRI, English and Indonesian display.
    #[must_use]
    pub fn verb(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Self::Ready => (
                "http://adlnet.gov/expapi/verbs/initialized",
                "initialized",
                "memulai",
            ),
            Self::Progress => (
                "http://adlnet.gov/expapi/verbs/progressed",
                "progressed",
                "maju",
            ),
            Self::Answered => (
                "http://adlnet.gov/expapi/verbs/answered",
                "answered",
                "menjawab",
            ),
            Self::Completed => (
                "http://adlnet.gov/expapi/verbs/completed",
                "completed",
                "menyelesaikan",
            ),
            Self::Passed => ("http://adlnet.gov/expapi/verbs/passed", "passed", "lulus"),
            Self::Failed => (
                "http://adlnet.gov/expapi/verbs/failed",
                "failed",
                "belum lulus",
            ),
            Self::Attempted => (
                "http://adlnet.gov/expapi/verbs/attempted",
                "attempted",
                "mencoba",
            ),
            Self::Scored => (
                "http://adlnet.gov/expapi/verbs/scored",
                "scored",
                "memperoleh nilai",
            ),
            Self::Terminated => (
                "http://adlnet.gov/expapi/verbs/terminated",
                "terminated",
                "mengakhiri",
            ),
            Self::Suspended => (
                "http://adlnet.gov/expapi/verbs/suspended",
                "suspended",
                "menjeda",
            ),
        }
    }
}

/// What happened, with the fields contract 3 gives each action, and what an LRS's statement
/// adds ([`detail`]: the lesson, the question and answer, time spent), which [`message`]
/// ignores.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// `ready`.
    Ready,
    /// `progress`.
    Progress {
        /// Lessons read.
        completed_lessons: u32,
        /// Lessons in the module.
        total_lessons: u32,
        /// The lesson just read (an LRS's `progressed` is about it).
        lesson: Option<LessonRead>,
    },
    /// `answered`.
    Answered {
        /// The question.
        question_id: String,
        /// Fully right?
        correct: bool,
        /// The question and the answer in full (an LRS's `cmi.interaction`).
        detail: Option<Box<AnswerDetail>>,
    },
    /// `completed`.
    Completed {
        /// Time spent in the module, in milliseconds
        /// ([`crate::domain::lrs::time::module_time_ms`]).
        duration_ms: Option<crate::domain::quiz::Millis>,
    },
    /// `passed` or `failed`.
    Finished {
        /// Points scored (may be fractional).
        raw: f64,
        /// Questions.
        max: u32,
        /// `raw / max`.
        scaled: f64,
        /// Reached the pass mark?
        passed: bool,
        /// Time spent in the module, in milliseconds.
        duration_ms: Option<crate::domain::quiz::Millis>,
    },
    /// `attempted`: the pre-test started (issue 26).
    PretestStarted {
        /// Items drawn.
        questions: u32,
    },
    /// `scored`: the pre-test finished (a diagnostic: no pass mark, no success).
    PretestScored {
        /// Points scored (may be fractional).
        raw: f64,
        /// Items.
        max: u32,
        /// `raw / max`.
        scaled: f64,
    },
}

impl Event {
    /// The contract's action name.
    #[must_use]
    pub fn action(&self) -> Action {
        match self {
            Self::Ready => Action::Ready,
            Self::Progress { .. } => Action::Progress,
            Self::Answered { .. } => Action::Answered,
            Self::Completed { .. } => Action::Completed,
            Self::Finished { passed: true, .. } => Action::Passed,
            Self::Finished { passed: false, .. } => Action::Failed,
            Self::PretestStarted { .. } => Action::Attempted,
            Self::PretestScored { .. } => Action::Scored,
        }
    }

    /// True for the pre-test's events (category `pretest`).
    #[must_use]
    pub fn is_pretest(&self) -> bool {
        matches!(
            self,
            Self::PretestStarted { .. } | Self::PretestScored { .. }
        )
    }
}

/// The `category` of the pre-test's messages, and the last segment of their xAPI category
/// activity (`<app URL>#/kategori/pretest`).
pub const PRETEST_CATEGORY: &str = "pretest";

/// Everything a message needs that the core cannot know: ids, time, where the app lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// A fresh UUID for the statement.
    pub statement_id: String,
    /// ISO 8601 time of the event.
    pub timestamp: String,
    /// The learner's pseudonymous id on this device and site.
    pub actor_id: String,
    /// The app's URL without query or hash (the actor's `homePage`, the activity IRI base).
    pub app_url: String,
}

/// `score` of `passed` / `failed`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreMsg {
    /// Points.
    pub raw: f64,
    /// Lowest possible.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    /// Highest possible.
    pub max: u32,
    /// `raw / max`.
    pub scaled: f64,
}

/// A learning-event message, exactly as posted to the portal.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Message {
    /// Always `bimtek`.
    pub context: &'static str,
    /// Always [`MESSAGE_VERSION`].
    pub version: u32,
    /// The action.
    pub action: Action,
    /// The module.
    pub module_id: String,
    /// `progress` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed_lessons: Option<u32>,
    /// `progress` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_lessons: Option<u32>,
    /// `answered` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub question_id: Option<String>,
    /// `answered` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correct: Option<bool>,
    /// `passed` / `failed` / `scored` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<ScoreMsg>,
    /// `attempted` / `scored` only: always [`PRETEST_CATEGORY`] (a pre-test, not the quiz).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<&'static str>,
    /// `attempted` only: items drawn for the pre-test.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub questions: Option<u32>,
    /// The xAPI statement of the event.
    pub statement: Statement,
}

/// Builds the message for `event` in module `module_id` (titled `title`).
#[must_use]
#[allow(
    clippy::too_many_lines,
    reason = "one statement, field by field, as contract 3 lists them"
)]
pub fn message(event: &Event, module_id: &str, title: &str, stamp: &Stamp) -> Message {
    let action = event.action();
    let (verb_id, en, id) = action.verb();
    let module_iri = format!("{}#/modul/{module_id}", stamp.app_url);
    let (object_id, name, kind) = match event {
        Event::Answered { question_id, .. } => (
            format!("{module_iri}/soal/{question_id}"),
            question_id.clone(),
            "http://adlnet.gov/expapi/activities/cmi.interaction",
        ),
        Event::Finished { .. } => (
            format!("{module_iri}/kuis"),
            title.to_owned(),
            "http://adlnet.gov/expapi/activities/assessment",
        ),
        Event::PretestStarted { .. } | Event::PretestScored { .. } => (
            format!("{module_iri}/kuis/pretest"),
            format!("{title} (pre-test)"),
            "http://adlnet.gov/expapi/activities/assessment",
        ),
        _ => (
            module_iri,
            title.to_owned(),
            "http://adlnet.gov/expapi/activities/module",
        ),
    };
    let score = match event {
        Event::Finished {
            raw, max, scaled, ..
        }
        | Event::PretestScored { raw, max, scaled } => Some(ScoreMsg {
            raw: *raw,
            min: None,
            max: *max,
            scaled: *scaled,
        }),
        _ => None,
    };
    let result = match event {
        Event::Answered { correct, .. } => Some(XResult {
            success: Some(*correct),
            ..XResult::default()
        }),
        Event::Completed { .. } => Some(XResult {
            completion: Some(true),
            ..XResult::default()
        }),
        Event::Finished { passed, .. } => Some(XResult {
            score: score.clone().map(|s| ScoreMsg { min: Some(0), ..s }),
            success: Some(*passed),
            completion: Some(true),
        }),
        // A diagnostic: a score, finished, but no pass or fail.
        Event::PretestScored { .. } => Some(XResult {
            score: score.clone().map(|s| ScoreMsg { min: Some(0), ..s }),
            success: None,
            completion: Some(true),
        }),
        _ => None,
    };
    let (completed_lessons, total_lessons) = match event {
        Event::Progress {
            completed_lessons,
            total_lessons,
            ..
        } => (Some(*completed_lessons), Some(*total_lessons)),
        _ => (None, None),
    };
    let (question_id, correct) = match event {
        Event::Answered {
            question_id,
            correct,
            ..
        } => (Some(question_id.clone()), Some(*correct)),
        _ => (None, None),
    };
    let pretest = event.is_pretest();
    let context = pretest.then(|| Context {
        registration: None,
        context_activities: Some(ContextActivities {
            parent: None,
            grouping: None,
            category: Some(vec![ActivityRef {
                object_type: "Activity",
                id: format!("{}#/kategori/{PRETEST_CATEGORY}", stamp.app_url),
            }]),
        }),
    });
    let questions = match event {
        Event::PretestStarted { questions } => Some(*questions),
        _ => None,
    };
    Message {
        context: "bimtek",
        version: MESSAGE_VERSION,
        action,
        module_id: module_id.to_owned(),
        completed_lessons,
        total_lessons,
        question_id,
        correct,
        score,
        category: pretest.then_some(PRETEST_CATEGORY),
        questions,
        statement: Statement {
            id: stamp.statement_id.clone(),
            timestamp: stamp.timestamp.clone(),
            actor: Actor::pseudonymous(&stamp.app_url, &stamp.actor_id),
            verb: Verb {
                id: verb_id,
                display: LangMap {
                    en: en.to_owned(),
                    id: id.to_owned(),
                },
            },
            object: Activity {
                object_type: "Activity",
                id: object_id,
                definition: Definition {
                    name: LangMap {
                        en: name.clone(),
                        id: name,
                    },
                    kind,
                },
            },
            result,
            context,
        },
    }
}

#[cfg(test)]
mod tests;
