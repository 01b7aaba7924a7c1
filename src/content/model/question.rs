//! The quiz pool's wire types in the compiled module file: a question, its kind and answer
//! key, and its options, steps or pairs. Split from `model.rs` by role.

use serde::{Deserialize, Serialize};

use crate::domain::ids::{LessonId, QuestionId};
use crate::domain::pretest::ItemUse;

/// A quiz question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Unique within the module.
    pub id: QuestionId,
    /// The question.
    pub prompt: String,
    /// Shown after answering, whatever the answer.
    pub explanation: String,
    /// Pre-test, post-test or both (`use`). Added after the second edition; absent = `post`
    /// (left out when it is).
    #[serde(rename = "use", default, skip_serializing_if = "ItemUse::is_default")]
    pub usage: ItemUse,
    /// The lesson that teaches what the item tests. Added after the second edition; left out
    /// when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lesson: Option<LessonId>,
    /// Type and answer key.
    pub kind: QuestionKind,
}

/// The five question types with their answer keys.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
    /// Put the steps in order; authored in the correct order.
    Ordering {
        /// Steps in the correct order.
        steps: Vec<Step>,
    },
    /// Pair each left item with its right item; authored as correct pairs.
    Matching {
        /// Correct pairs.
        pairs: Vec<Pair>,
    },
}

/// An option of a choice question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Unique within the question.
    pub id: String,
    /// Option text.
    pub text: String,
    /// Part of the answer key?
    #[serde(default)]
    pub correct: bool,
    /// Why this option is right or wrong.
    pub feedback: String,
}

/// A step of an ordering question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Unique within the question.
    pub id: String,
    /// Step text.
    pub text: String,
    /// Why the step is where it is.
    pub feedback: String,
}

/// A pair of a matching question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
