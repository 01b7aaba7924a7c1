//! The xAPI 1.0.3 types of an LRS's statements (contract 11 version 2): richer than the embed
//! messages' ([`crate::domain::embed::xapi`], contract 3, unchanged) — an activity definition
//! with the full `cmi.interaction`, a result with `response`, `duration` and the progress
//! extension, text from packs under `id-ID` alone. Kept apart from the embed's types so that
//! the main module, which serialises the portal's messages, carries none of this: only the
//! LRS engine's chunk does.

use serde::Serialize;

use crate::domain::embed::{Actor, Context, ScoreMsg, Verb};

/// An xAPI statement (1.0.3) for an LRS.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    /// UUID.
    pub id: String,
    /// ISO 8601.
    pub timestamp: String,
    /// The launch's actor, or the pseudonymous account.
    pub actor: Actor,
    /// What they did.
    pub verb: Verb,
    /// To what.
    pub object: Activity,
    /// How it went.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<XResult>,
    /// Registration, parent, grouping, category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<Context>,
}

/// A language map of text from a content pack, which is written in Indonesian.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    /// Indonesian.
    #[serde(rename = "id-ID")]
    pub id: String,
}

impl Text {
    /// `text` as an Indonesian language map.
    #[must_use]
    pub fn new(text: &str) -> Self {
        Self {
            id: text.to_owned(),
        }
    }
}

/// An activity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Activity {
    /// Always `Activity`.
    #[serde(rename = "objectType")]
    pub object_type: &'static str,
    /// IRI.
    pub id: String,
    /// Name, type and, for a question, the interaction.
    pub definition: Definition,
}

/// An activity definition; the interaction fields are a question's.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Definition {
    /// The module's or lesson's title, or the question's id.
    pub name: Text,
    /// The question's prompt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// ADL activity type IRI.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// `choice`, `true-false`, `sequencing` or `matching`.
    #[serde(rename = "interactionType", skip_serializing_if = "Option::is_none")]
    pub interaction_type: Option<&'static str>,
    /// The right response in xAPI's syntax (one pattern).
    #[serde(
        rename = "correctResponsesPattern",
        skip_serializing_if = "Option::is_none"
    )]
    pub correct_responses_pattern: Option<Vec<String>>,
    /// The options (choice) or the steps (sequencing).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub choices: Option<Vec<Component>>,
    /// A matching question's left items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Vec<Component>>,
    /// A matching question's right items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<Vec<Component>>,
}

impl Definition {
    /// A definition with a name and a type only.
    #[must_use]
    pub fn named(name: &str, kind: &'static str) -> Self {
        Self {
            name: Text::new(name),
            description: None,
            kind,
            interaction_type: None,
            correct_responses_pattern: None,
            choices: None,
            source: None,
            target: None,
        }
    }
}

/// An interaction component: an option, a step or one side of a matching pair, named by the
/// pack's own id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Component {
    /// The option, step or pair id (unique within its list).
    pub id: String,
    /// Its text.
    pub description: Text,
}

/// A result.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct XResult {
    /// Score.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<ScoreMsg>,
    /// Passed / answered right.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// Finished.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completion: Option<bool>,
    /// The learner's answer in xAPI's response syntax.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    /// ISO 8601 duration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
    /// The lesson's progress figure (`progressed`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extensions: Option<ResultExtensions>,
}

/// `result.extensions` of a `progressed`: the cmi5 progress figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ResultExtensions {
    /// Lessons read, in percent of the module's lessons (0–100).
    #[serde(rename = "https://w3id.org/xapi/cmi5/result/extensions/progress")]
    pub progress: u8,
}
