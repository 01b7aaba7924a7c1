//! The embed contract (DESIGN.md contracts 2 and 3), pure: the portal origin rule and the
//! learning-event messages with their xAPI statements.
//!
//! Invariant: nothing about the learner but a random pseudonymous id ever goes into a
//! message — never a name, an email or an NIP.

use serde::Serialize;

/// Why the `origin` in an embed URL is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OriginError {
    /// Not `http(s)://host[:port]` with nothing after it.
    #[error(
        "alamat portal (origin) tidak sah: “{0}” — contoh yang benar: https://portal.contoh.go.id"
    )]
    Malformed(String),
}

/// Checks a portal origin: `http://` or `https://`, a host of letters, digits, dots and
/// hyphens (or `[v6]`), an optional port, and nothing else (no path, query or fragment).
/// Returns it in lowercase, as browsers report `event.origin`.
///
/// # Errors
/// [`OriginError::Malformed`] for anything else, e.g. `*`, `null` or a URL with a path.
pub fn parse_origin(raw: &str) -> Result<String, OriginError> {
    let bad = || OriginError::Malformed(raw.to_owned());
    let lower = raw.trim().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or_else(bad)?;
    let (host, port) = if let Some(v6) = rest.strip_prefix('[') {
        let end = v6.find(']').ok_or_else(bad)?;
        let host_ok = !v6[..end].is_empty()
            && v6[..end]
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':');
        if !host_ok {
            return Err(bad());
        }
        (&rest[..end + 2], &v6[end + 1..])
    } else {
        let split = rest.find(':').unwrap_or(rest.len());
        (&rest[..split], &rest[split..])
    };
    let host_ok = !host.is_empty()
        && (host.starts_with('[')
            || host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-'));
    let port_ok = port.is_empty()
        || port.strip_prefix(':').is_some_and(|p| {
            !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit())
        });
    if host_ok && port_ok && !host.starts_with('.') && !host.ends_with('.') {
        Ok(lower)
    } else {
        Err(bad())
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// A UUID (version 4) from 16 random bytes.
#[must_use]
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes
        .iter()
        .flat_map(|b| {
            [
                HEX[usize::from(b >> 4)] as char,
                HEX[usize::from(b & 0x0f)] as char,
            ]
        })
        .collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// The learning-event actions (contract 3) with their ADL verbs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
    /// A finished attempt reached the pass mark (verb `passed`).
    Passed,
    /// A finished attempt did not (verb `failed`).
    Failed,
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
        }
    }
}

/// What happened, with the fields contract 3 gives each action.
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
    },
    /// `answered`.
    Answered {
        /// The question.
        question_id: String,
        /// Fully right?
        correct: bool,
    },
    /// `completed`.
    Completed,
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
            Self::Completed => Action::Completed,
            Self::Finished { passed: true, .. } => Action::Passed,
            Self::Finished { passed: false, .. } => Action::Failed,
        }
    }
}

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
    /// Always 1.
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
    /// `passed` / `failed` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<ScoreMsg>,
    /// The xAPI statement of the event.
    pub statement: Statement,
}

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
        _ => (
            module_iri,
            title.to_owned(),
            "http://adlnet.gov/expapi/activities/module",
        ),
    };
    let score = match event {
        Event::Finished {
            raw, max, scaled, ..
        } => Some(ScoreMsg {
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
        Event::Completed => Some(XResult {
            completion: Some(true),
            ..XResult::default()
        }),
        Event::Finished { passed, .. } => Some(XResult {
            score: score.clone().map(|s| ScoreMsg { min: Some(0), ..s }),
            success: Some(*passed),
            completion: Some(true),
        }),
        _ => None,
    };
    let (completed_lessons, total_lessons) = match event {
        Event::Progress {
            completed_lessons,
            total_lessons,
        } => (Some(*completed_lessons), Some(*total_lessons)),
        _ => (None, None),
    };
    let (question_id, correct) = match event {
        Event::Answered {
            question_id,
            correct,
        } => (Some(question_id.clone()), Some(*correct)),
        _ => (None, None),
    };
    Message {
        context: "bimtek",
        version: 1,
        action,
        module_id: module_id.to_owned(),
        completed_lessons,
        total_lessons,
        question_id,
        correct,
        score,
        statement: Statement {
            id: stamp.statement_id.clone(),
            timestamp: stamp.timestamp.clone(),
            actor: Actor {
                object_type: "Agent",
                account: Account {
                    home_page: stamp.app_url.clone(),
                    name: stamp.actor_id.clone(),
                },
            },
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
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins() {
        for ok in [
            "https://portal.contoh.go.id",
            "http://127.0.0.1:8081",
            "HTTPS://Portal.Example",
            "http://[::1]:9000",
        ] {
            assert!(parse_origin(ok).is_ok(), "{ok}");
        }
        assert_eq!(
            parse_origin("HTTPS://Portal.Example").unwrap(),
            "https://portal.example"
        );
        for bad in [
            "",
            "*",
            "null",
            "portal.example",
            "https://portal.example/",
            "https://portal.example/path",
            "https://a.example?x",
            "javascript:alert(1)",
            "https://a b",
            "https://a.example:99999x",
            "ftp://a.example",
            "https://",
        ] {
            assert!(parse_origin(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn uuid_is_version_4() {
        let u = uuid_v4([0xff; 16]);
        assert_eq!(u, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert_eq!(uuid_v4([0; 16]), "00000000-0000-4000-8000-000000000000");
    }

    #[test]
    fn messages_follow_contract_3() {
        let stamp = Stamp {
            statement_id: "u".into(),
            timestamp: "2026-11-28T10:00:00.000Z".into(),
            actor_id: "acak".into(),
            app_url: "https://x.example/app/index.html".into(),
        };
        let m = message(
            &Event::Finished {
                raw: 8.5,
                max: 10,
                scaled: 0.85,
                passed: true,
            },
            "m",
            "Modul",
            &stamp,
        );
        assert_eq!(m.action, Action::Passed);
        assert_eq!(m.statement.verb.id, "http://adlnet.gov/expapi/verbs/passed");
        let r = m.statement.result.unwrap();
        assert_eq!((r.success, r.completion), (Some(true), Some(true)));
        assert_eq!(r.score.unwrap().min, Some(0));
        let m = message(
            &Event::Progress {
                completed_lessons: 2,
                total_lessons: 5,
            },
            "m",
            "Modul",
            &stamp,
        );
        assert_eq!(
            (m.completed_lessons, m.total_lessons, m.score),
            (Some(2), Some(5), None)
        );
        assert_eq!(
            m.statement.object.id,
            "https://x.example/app/index.html#/modul/m"
        );
        let m = message(
            &Event::Answered {
                question_id: "q1".into(),
                correct: false,
            },
            "m",
            "Modul",
            &stamp,
        );
        assert_eq!(
            m.statement.object.id,
            "https://x.example/app/index.html#/modul/m/soal/q1"
        );
        assert_eq!(m.statement.actor.account.name, "acak");
    }
}
