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
    /// The launch's registration and activity (statements to an LRS only); the pre-test's
    /// category (`contextActivities.category`, in embed messages too).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<Context>,
}

/// xAPI context: the LMS attempt and the launched activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Context {
    /// The LMS's registration (UUID).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration: Option<String>,
    /// The launched activity, as parent or grouping.
    #[serde(rename = "contextActivities", skip_serializing_if = "Option::is_none")]
    pub context_activities: Option<ContextActivities>,
}

/// xAPI `contextActivities`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContextActivities {
    /// The activity this one is a direct part of (a question of the launched module).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<Vec<ActivityRef>>,
    /// A broader activity (the launched one, when this is another module).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grouping: Option<Vec<ActivityRef>>,
    /// What kind of activity this is (the pre-test: `<app URL>#/kategori/pretest`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<Vec<ActivityRef>>,
}

/// An activity named by its id only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActivityRef {
    /// Always `Activity`.
    #[serde(rename = "objectType")]
    pub object_type: &'static str,
    /// IRI.
    pub id: String,
}

/// An xAPI Agent with exactly one identifier. The app's own statements use only the
/// pseudonymous `account` (no name, email or NIP); a Tin Can launch may give the LMS's own
/// actor instead (`domain::lrs`), which keeps its name and identifier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Actor {
    /// Always `Agent`.
    #[serde(rename = "objectType")]
    pub object_type: &'static str,
    /// The name the LMS gave (launch actors only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `mailto:` identifier (launch actors only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mbox: Option<String>,
    /// SHA-1 of an mbox (launch actors only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mbox_sha1sum: Option<String>,
    /// `OpenID` (launch actors only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub openid: Option<String>,
    /// The account: the pseudonymous one, or the LMS's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<Account>,
}

impl Actor {
    /// The pseudonymous actor: an account named by a random id on the app's home page.
    #[must_use]
    pub fn pseudonymous(home_page: &str, id: &str) -> Self {
        Self {
            object_type: "Agent",
            name: None,
            mbox: None,
            mbox_sha1sum: None,
            openid: None,
            account: Some(Account {
                home_page: home_page.to_owned(),
                name: id.to_owned(),
            }),
        }
    }
}

/// xAPI account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
