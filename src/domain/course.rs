//! The course model the rules work on: a module's outline and its quiz questions.
//!
//! Grading ([`super::quiz`]), progress, the record and the quiz session read these types and
//! nothing of the pack format: `content::model` holds the wire types of `format_version` 1
//! (with `serde`, `deny_unknown_fields` and file paths) and maps them onto these. A second
//! pack format changes the mapping, not the rules.
//!
//! The types are plain data without `serde`: they are never stored or exported as such
//! (stored rows and the export have their own DTOs in `domain::transfer` / `storage::rows`).

use super::ids::{LessonId, ModuleId, QuestionId};
use super::pretest::{ItemUse, PretestMode};

/// A module as the catalog, the rules and the record know it (its body is loaded later).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Module {
    /// The module id, unique across all loaded packs.
    pub id: ModuleId,
    /// Title.
    pub title: String,
    /// One or two sentences.
    pub summary: String,
    /// Estimated total study time, in minutes.
    pub minutes: u32,
    /// *Jam pelajaran* credited on passing (1 JP = 45 minutes).
    pub jp: u32,
    /// Pass mark of the quiz, in percent.
    pub pass_mark: u32,
    /// Questions drawn from the pool for one attempt.
    pub questions_per_attempt: u32,
    /// Attempt limit; 0 = unlimited.
    pub max_attempts: u32,
    /// Share of the lessons, in percent, that must be read for the module to pass
    /// ([`super::progress::lessons_required`]); 100 = every lesson (the default).
    pub read_percent: u32,
    /// Whether a pre-test comes before the first lesson ([`super::pretest`]).
    pub pretest: PretestMode,
    /// Items drawn for the pre-test.
    pub pretest_questions: u32,
    /// Whether it has a *Gelar Budaya Kerja* kit (`#/modul/<id>/gelar`).
    pub gelar: bool,
    /// Learning objectives.
    pub objectives: Vec<String>,
    /// Lessons in reading order.
    pub lessons: Vec<LessonInfo>,
    /// Number of questions in the pool.
    pub question_count: u32,
}

/// A lesson's place in its module: id, title and reading time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonInfo {
    /// Lesson id, unique within the module.
    pub id: LessonId,
    /// Title.
    pub title: String,
    /// Reading time in minutes.
    pub minutes: u32,
}

/// A quiz question with its answer key and feedback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Unique within the module.
    pub id: QuestionId,
    /// The question.
    pub prompt: String,
    /// Shown after answering, whatever the answer.
    pub explanation: String,
    /// Pre-test, post-test or both ([`super::pretest`]).
    pub usage: ItemUse,
    /// The lesson that teaches what it tests, when the pack says.
    pub lesson: Option<LessonId>,
    /// Type and answer key.
    pub kind: QuestionKind,
}

/// The five question types with their answer keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuestionKind {
    /// Exactly one option is correct.
    Single {
        /// Options in authored order.
        options: Vec<Choice>,
    },
    /// One or more options are correct (select all that apply).
    Multiple {
        /// Options in authored order.
        options: Vec<Choice>,
    },
    /// A statement that is true or false.
    TrueFalse {
        /// The right answer.
        answer: bool,
        /// Feedback when the learner chose "true".
        feedback_true: String,
        /// Feedback when the learner chose "false".
        feedback_false: String,
    },
    /// Put the steps in order; held in the correct order.
    Ordering {
        /// Steps in the correct order.
        steps: Vec<Step>,
    },
    /// Pair each left item with its right item; held as correct pairs.
    Matching {
        /// Correct pairs.
        pairs: Vec<Pair>,
    },
}

/// An option of a choice question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// Unique within the question.
    pub id: String,
    /// Option text.
    pub text: String,
    /// Part of the answer key?
    pub correct: bool,
    /// Why this option is right or wrong.
    pub feedback: String,
}

/// A step of an ordering question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Unique within the question.
    pub id: String,
    /// Step text.
    pub text: String,
    /// Why the step is where it is.
    pub feedback: String,
}

/// A pair of a matching question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// Unique within the question.
    pub id: String,
    /// Left item.
    pub left: String,
    /// Its matching right item.
    pub right: String,
    /// Why they belong together.
    pub feedback: String,
}
