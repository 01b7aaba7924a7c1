//! The xAPI 1.0.3 statement types a learning event carries.

use serde::Serialize;

use super::ScoreMsg;

/// An xAPI statement (1.0.3).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    /// UUID.
    pub id: String,
    /// ISO 8601.
    pub timestamp: String,
    /// Who: a pseudonymous account.
    pub actor: Actor,
    /// What they did.
    pub verb: Verb,
    /// To what.
    pub object: Activity,
    /// How it went.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<XResult>,
}

/// xAPI actor with an account (no name, email or NIP).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Actor {
    /// Always `Agent`.
    #[serde(rename = "objectType")]
    pub object_type: &'static str,
    /// The pseudonymous account.
    pub account: Account,
}

/// xAPI account.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Account {
    /// The app's URL.
    #[serde(rename = "homePage")]
    pub home_page: String,
    /// The random id.
    pub name: String,
}

/// xAPI verb.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verb {
    /// ADL IRI.
    pub id: &'static str,
    /// Language map.
    pub display: LangMap,
}

/// A language map with English and Indonesian.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LangMap {
    /// English.
    #[serde(rename = "en-US")]
    pub en: String,
    /// Indonesian.
    #[serde(rename = "id-ID")]
    pub id: String,
}

/// xAPI activity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Activity {
    /// Always `Activity`.
    #[serde(rename = "objectType")]
    pub object_type: &'static str,
    /// IRI.
    pub id: String,
    /// Name and type.
    pub definition: Definition,
}

/// xAPI activity definition.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Definition {
    /// The module title (or the question id).
    pub name: LangMap,
    /// ADL activity type IRI.
    #[serde(rename = "type")]
    pub kind: &'static str,
}

/// xAPI result.
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
}
