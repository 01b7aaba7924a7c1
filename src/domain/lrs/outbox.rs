//! The outbox's rules, pure: what an LRS's answer means for a statement ([`classify`]), and
//! when to try again ([`Backoff`]). The shell (`ui::lrs`) sends one statement at a time,
//! oldest first, and applies these.
//!
//! | answer | outcome |
//! |---|---|
//! | any 2xx (xAPI: 204 for `PUT`) | accepted: removed |
//! | 409 | the LRS already has a statement with this id: removed, logged |
//! | 400, 401, 403, 422, and other 4xx but 408/429 | refused: kept in the "not accepted" list with the LRS's reason; the next statement goes on |
//! | network error, time-out, 408, 429, 5xx, anything else | retried later, in order, with backoff; `Retry-After` honoured |

use serde::{Deserialize, Serialize};

use crate::domain::embed::Action;
use crate::domain::quiz::Millis;
use crate::json::JsonDecoder;

pub use super::retry_after::parse_retry_after;

/// First wait after a failed try.
pub const FIRST_DELAY_MS: u64 = 2_000;
/// Longest wait between tries that the app chooses itself.
pub const MAX_DELAY_MS: u64 = 5 * 60_000;
/// Longest `Retry-After` honoured (a longer one is read as this).
pub const MAX_RETRY_AFTER_MS: u64 = 60 * 60_000;
/// Longest reason kept from an LRS's answer, in characters.
pub const MAX_REASON_CHARS: usize = 300;

/// A statement waiting in the outbox, as the sender needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queued {
    /// Its place in the queue (oldest first).
    pub seq: u64,
    /// The statement's id (the `statementId` of the `PUT`).
    pub statement_id: String,
    /// Where it goes (an [`crate::domain::lrs::Endpoint`], as text).
    pub endpoint: String,
    /// The `Authorization` header value, if the LRS needs one (never shown or logged).
    pub auth: Option<String>,
    /// The statement, serialised once when it was made: every try sends these bytes.
    pub body: String,
}

/// What a statement is about, for the "not accepted" list (no personal data).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    /// The learning event.
    pub action: Action,
    /// The module title, or the question id for an answer.
    pub what: String,
}

/// Why an LRS did not accept a statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    /// The HTTP status.
    pub status: u16,
    /// The LRS's reason (its `detail`, or the start of its answer), plain text.
    pub reason: String,
    /// When (Unix ms).
    pub at: Millis,
}

impl Refusal {
    /// 401/403: the LRS did not accept the credentials the trainer configured.
    #[must_use]
    pub fn credentials(&self) -> bool {
        matches!(self.status, 401 | 403)
    }
}

/// A statement the LRS refused, as Settings lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusedItem {
    /// Its place in the queue.
    pub seq: u64,
    /// What it was about.
    pub label: Label,
    /// Where it was sent.
    pub endpoint: String,
    /// Why it was refused.
    pub refusal: Refusal,
}

/// The outbox at a glance, for Settings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Statements waiting to be sent.
    pub waiting: u32,
    /// Statements the LRS refused (IndexedDB lists them in the order they were refused).
    pub refused: Vec<RefusedItem>,
    /// When an LRS last accepted a statement (Unix ms).
    pub last_accepted: Option<Millis>,
}

/// What came back from one `PUT`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// An HTTP answer: status, the `Retry-After` header if readable, the body text.
    Status {
        /// HTTP status.
        status: u16,
        /// `Retry-After`, when the LRS sent (and exposed) it.
        retry_after: Option<String>,
        /// The answer's text (possibly cut short).
        body: String,
    },
    /// No HTTP answer: offline, refused connection, DNS, CORS, time-out (the browser's words).
    Network(String),
}

/// What to do with a statement after a try.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Stored by the LRS: remove it.
    Accepted,
    /// The LRS already has a statement with this id (409): remove it, and log it.
    AlreadyStored,
    /// Not accepted (400, 401, 403, 422, other 4xx): keep it in the "not accepted" list; the
    /// next statement goes on.
    Refused {
        /// HTTP status.
        status: u16,
        /// The LRS's reason.
        reason: String,
    },
    /// Try again later (network, 408, 429, 5xx): the queue waits, in order.
    Retry {
        /// How long the LRS asked to wait (`Retry-After`), capped.
        after_ms: Option<u64>,
    },
}

/// What an LRS's answer means (see the module table). `now` reads an HTTP-date
/// `Retry-After`; `json` reads an xAPI error body.
#[must_use]
pub fn classify(reply: &Reply, now: Millis, json: &impl JsonDecoder) -> Outcome {
    let Reply::Status {
        status,
        retry_after,
        body,
    } = reply
    else {
        return Outcome::Retry { after_ms: None };
    };
    match *status {
        200..=299 => Outcome::Accepted,
        409 => Outcome::AlreadyStored,
        408 | 429 => Outcome::Retry {
            after_ms: retry_after
                .as_deref()
                .and_then(|v| parse_retry_after(v, now)),
        },
        400..=499 => Outcome::Refused {
            status: *status,
            reason: reason(body, json),
        },
        _ => Outcome::Retry {
            after_ms: retry_after
                .as_deref()
                .and_then(|v| parse_retry_after(v, now)),
        },
    }
}

/// The LRS's `detail` (a string, or the first `msg` of a list, as FastAPI-based LRSs like
/// Ralph answer), else its `error`/`message`, else the start of the text; control characters
/// removed, at most [`MAX_REASON_CHARS`].
#[must_use]
pub fn reason(body: &str, json: &impl JsonDecoder) -> String {
    #[derive(Deserialize)]
    struct ErrorBody {
        detail: Option<Detail>,
        error: Option<String>,
        message: Option<String>,
    }
    let from_json = json
        .decode::<ErrorBody>(body)
        .ok()
        .and_then(|e| e.detail.and_then(|d| d.0).or(e.error).or(e.message));
    let text = from_json.unwrap_or_else(|| body.to_owned());
    let clean: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let clean = clean.split_whitespace().collect::<Vec<_>>().join(" ");
    if clean.chars().count() > MAX_REASON_CHARS {
        let cut: String = clean.chars().take(MAX_REASON_CHARS).collect();
        format!("{cut}…")
    } else {
        clean
    }
}

/// An error body's `detail`: a text, or a list of `{msg, loc}` of which the first counts
/// (`"msg (body.actor)"`). Read by hand rather than as an untagged enum (less wasm).
struct Detail(Option<String>);

impl<'de> Deserialize<'de> for Detail {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{self, IgnoredAny};
        #[derive(Deserialize)]
        struct Item {
            msg: Option<String>,
            #[serde(default)]
            loc: Vec<LocPart>,
        }
        struct Visit;
        impl<'de> de::Visitor<'de> for Visit {
            type Value = Option<String>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a text or a list")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Some(v.to_owned()))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let first: Option<Item> = seq.next_element()?;
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(first.and_then(|i| {
                    let at: Vec<String> = i.loc.into_iter().map(|p| p.0).collect();
                    i.msg.map(|m| {
                        if at.is_empty() {
                            m
                        } else {
                            format!("{m} ({})", at.join("."))
                        }
                    })
                }))
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(None)
            }
        }
        d.deserialize_any(Visit).map(Detail)
    }
}

/// One part of a `loc` path: a name or an index, as text.
struct LocPart(String);

impl<'de> Deserialize<'de> for LocPart {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de;
        struct Visit;
        impl de::Visitor<'_> for Visit {
            type Value = String;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a name or an index")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
                Ok(v.to_owned())
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
                Ok(v.to_string())
            }
            #[allow(
                clippy::cast_possible_truncation,
                reason = "a `loc` index is a small whole number carried as a JS number"
            )]
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
                Ok((v as i64).to_string())
            }
        }
        d.deserialize_any(Visit).map(LocPart)
    }
}

/// When the queue may send next: the app's own backoff after failed tries (doubling from
/// [`FIRST_DELAY_MS`] up to [`MAX_DELAY_MS`]), and the LRS's `Retry-After`, which the app
/// honours even when the network comes back.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Backoff {
    /// Failed tries in a row.
    pub failures: u32,
    /// Not before this (the app's own backoff).
    pub not_before: Millis,
    /// Not before this either (the LRS asked, with `Retry-After`).
    pub held_until: Millis,
}

impl Backoff {
    /// The app's own wait after `failures` failed tries in a row.
    #[must_use]
    pub fn delay_ms(failures: u32) -> u64 {
        if failures == 0 {
            return 0;
        }
        let exp = failures.saturating_sub(1).min(16);
        FIRST_DELAY_MS.saturating_mul(1 << exp).min(MAX_DELAY_MS)
    }

    /// How long to wait from `now` before the next try (0: now).
    #[must_use]
    pub fn wait_ms(&self, now: Millis) -> u64 {
        let until = self.not_before.max(self.held_until);
        u64::try_from(until.saturating_sub(now)).unwrap_or(0)
    }

    /// Takes the outcome of a try at `now` into account.
    pub fn record(&mut self, outcome: &Outcome, now: Millis) {
        match outcome {
            Outcome::Retry { after_ms } => {
                self.failures = self.failures.saturating_add(1);
                let own = i64::try_from(Self::delay_ms(self.failures)).unwrap_or(i64::MAX);
                self.not_before = now.saturating_add(own);
                if let Some(after) = after_ms {
                    let after = i64::try_from(*after).unwrap_or(i64::MAX);
                    self.held_until = now.saturating_add(after);
                }
            }
            Outcome::Accepted | Outcome::AlreadyStored | Outcome::Refused { .. } => {
                *self = Self::default();
            }
        }
    }

    /// The network is back (`online`), the app starts, or the learner asks to send now:
    /// the app's own backoff ends; a `Retry-After` the LRS gave still holds.
    pub fn wake(&mut self) {
        self.not_before = 0;
    }
}

/// A date and time in the learner's local time, `2026-11-30 14:05`.
#[must_use]
pub fn clock_string(millis: Millis, offset_minutes: i64) -> String {
    let local = millis + offset_minutes * 60_000;
    let minutes = local.div_euclid(60_000).rem_euclid(24 * 60);
    format!(
        "{} {:02}:{:02}",
        crate::domain::record::date_string(millis, offset_minutes),
        minutes / 60,
        minutes % 60
    )
}
