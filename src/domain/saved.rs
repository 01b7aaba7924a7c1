//! The saved forms of the learner's records: the shapes written into IndexedDB (docs/design.md
//! contract 6, schema v2) and into an export file (contract 4, version 1). Both contracts use
//! the same record shapes today, so one set of types serves both.
//!
//! The domain types ([`LessonRecord`], [`Attempt`], [`AnswerRecord`], [`Profile`]) serialize
//! only through these (`#[serde(from, into)]`), so renaming or adding a field in the domain
//! cannot change a saved or exported document by accident: the shape is written down here,
//! and `tests/golden.rs` compares it with frozen files. A change of shape is a new version of
//! the contract and a migration, never an edit of these types in place.
//!
//! (The resume point has its own checked form, `progress::ResumeRecord`; a worksheet is a
//! document whose serialized fields *are* its definition, tolerant of missing fields, and is
//! kept by the same golden files.)

use serde::{Deserialize, Serialize};

use super::ids::{LessonId, ModuleId, QuestionId};
use super::progress::LessonRecord;
use super::quiz::{Answer, AnswerRecord, Attempt, Millis};
use super::record::Profile;

/// A lesson record, saved: `{module, lesson, opened_at, read_at, seconds, position, updated_at}`.
#[derive(Clone, Serialize, Deserialize)]
pub struct LessonV1 {
    module: ModuleId,
    lesson: LessonId,
    opened_at: Millis,
    read_at: Option<Millis>,
    seconds: u32,
    position: u8,
    updated_at: Millis,
}

impl From<LessonRecord> for LessonV1 {
    fn from(r: LessonRecord) -> Self {
        Self {
            module: r.module,
            lesson: r.lesson,
            opened_at: r.opened_at,
            read_at: r.read_at,
            seconds: r.seconds,
            position: r.position,
            updated_at: r.updated_at,
        }
    }
}

impl From<LessonV1> for LessonRecord {
    fn from(r: LessonV1) -> Self {
        Self {
            module: r.module,
            lesson: r.lesson,
            opened_at: r.opened_at,
            read_at: r.read_at,
            seconds: r.seconds,
            position: r.position,
            updated_at: r.updated_at,
        }
    }
}

/// An attempt, saved: `{id, module, seed, started_at, questions, finished_at}`.
#[derive(Clone, Serialize, Deserialize)]
pub struct AttemptV1 {
    id: String,
    module: ModuleId,
    seed: u32,
    started_at: Millis,
    questions: Vec<QuestionId>,
    finished_at: Option<Millis>,
}

impl From<Attempt> for AttemptV1 {
    fn from(a: Attempt) -> Self {
        Self {
            id: a.id,
            module: a.module,
            seed: a.seed,
            started_at: a.started_at,
            questions: a.questions,
            finished_at: a.finished_at,
        }
    }
}

impl From<AttemptV1> for Attempt {
    fn from(a: AttemptV1) -> Self {
        Self {
            id: a.id,
            module: a.module,
            seed: a.seed,
            started_at: a.started_at,
            questions: a.questions,
            finished_at: a.finished_at,
        }
    }
}

/// An answer, saved: externally tagged, `{"single": "b"}`, `{"multiple": ["a", "c"]}`,
/// `{"true_false": false}`, `{"ordering": [...]}`, `{"matching": [["p1", "p2"], ...]}`.
#[derive(Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerV1 {
    /// The chosen option id.
    Single(String),
    /// The chosen option ids.
    Multiple(Vec<String>),
    /// True or false.
    TrueFalse(bool),
    /// Step ids in the learner's order.
    Ordering(Vec<String>),
    /// `(left pair id, chosen pair id)` per left item.
    Matching(Vec<(String, String)>),
}

impl From<Answer> for AnswerV1 {
    fn from(a: Answer) -> Self {
        match a {
            Answer::Single(v) => Self::Single(v),
            Answer::Multiple(v) => Self::Multiple(v),
            Answer::TrueFalse(v) => Self::TrueFalse(v),
            Answer::Ordering(v) => Self::Ordering(v),
            Answer::Matching(v) => Self::Matching(v),
        }
    }
}

impl From<AnswerV1> for Answer {
    fn from(a: AnswerV1) -> Self {
        match a {
            AnswerV1::Single(v) => Self::Single(v),
            AnswerV1::Multiple(v) => Self::Multiple(v),
            AnswerV1::TrueFalse(v) => Self::TrueFalse(v),
            AnswerV1::Ordering(v) => Self::Ordering(v),
            AnswerV1::Matching(v) => Self::Matching(v),
        }
    }
}

/// An answer record, saved: `{attempt, question, answer, credit, answered_at}`.
#[derive(Clone, Serialize, Deserialize)]
pub struct AnswerRecordV1 {
    attempt: String,
    question: QuestionId,
    answer: AnswerV1,
    credit: u32,
    answered_at: Millis,
}

impl From<AnswerRecord> for AnswerRecordV1 {
    fn from(r: AnswerRecord) -> Self {
        Self {
            attempt: r.attempt,
            question: r.question,
            answer: r.answer.into(),
            credit: r.credit,
            answered_at: r.answered_at,
        }
    }
}

impl From<AnswerRecordV1> for AnswerRecord {
    fn from(r: AnswerRecordV1) -> Self {
        Self {
            attempt: r.attempt,
            question: r.question,
            answer: r.answer.into(),
            credit: r.credit,
            answered_at: r.answered_at,
        }
    }
}

/// The learner's profile, saved on this device only (never exported): `{name, nip, unit}`.
#[derive(Clone, Serialize, Deserialize)]
pub struct ProfileV1 {
    name: String,
    nip: Option<String>,
    unit: String,
}

impl From<Profile> for ProfileV1 {
    fn from(p: Profile) -> Self {
        Self {
            name: p.name,
            nip: p.nip,
            unit: p.unit,
        }
    }
}

impl From<ProfileV1> for Profile {
    fn from(p: ProfileV1) -> Self {
        Self {
            name: p.name,
            nip: p.nip,
            unit: p.unit,
        }
    }
}
