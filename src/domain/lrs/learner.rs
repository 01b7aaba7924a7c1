//! Whose progress a page holds (issue 27, item 3): the device's own, or — in a Tin Can launch
//! that names an actor — that actor's alone, kept in a database of its own so that on a shared
//! office PC learner B never sees, changes or reports learner A's progress.
//!
//! Pure: the launch's `(key, value)` pairs in, the choice out. The shell (`ui::app`) decides
//! before storage opens, in the main module, so this is the one piece of launch parsing the
//! first load carries (the rest is the LRS engine's chunk). The actor's JSON is read by the
//! caller (in the browser with `JSON.parse`, so no serde deserializer for it is in the main
//! module) and checked with the same [`check_actor`] the engine's [`super::target::parse_actor`]
//! uses, so both agree on who the learner is.
//!
//! Invariants: the store is named by a hash of the actor's identifier ([`ifi`]), never by the
//! raw e-mail or account; a launch whose actor cannot be read (refused, or given twice) gets
//! no store at all ([`Learner::Unreadable`]: nothing kept, nothing of anyone shown), never
//! the device's. A launch without an actor keeps the device's store, as before.

use super::target::{check_actor, ActorFields};
use crate::domain::embed::Actor;

/// Longest `actor` JSON read (as the launch parser's limit).
const MAX_ACTOR_JSON: usize = 4096;

/// Whose progress this page holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Learner {
    /// The device's own (no launch, or a launch without an actor).
    #[default]
    Device,
    /// A launch's actor: its own store.
    Launched(LaunchedLearner),
    /// A launch whose actor is refused or given twice: the launch is refused (the engine names
    /// why in Settings), and this page keeps nothing and shows nobody's progress.
    Unreadable,
}

/// A launch's actor, as the page needs it before the LRS engine is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LaunchedLearner {
    /// The key of the actor's store ([`store_key`]): 16 hexadecimal digits.
    pub key: String,
    /// What the page calls the learner ([`label`]), if the actor gives anything to show.
    pub label: Option<String>,
}

/// Whose progress a launch with `pairs` (its parameters, as `platform::lrs::take_launch` kept
/// them) holds: `actor` absent → the device's; one readable actor → its own; otherwise
/// nobody's. `read` reads an actor's JSON into its members (`None`: not an actor's JSON;
/// [`super::target::actor_fields`] with serde, `platform::lrs::actor_fields` in the browser).
#[must_use]
pub fn launch_learner(
    pairs: &[(String, String)],
    read: impl Fn(&str) -> Option<ActorFields>,
) -> Learner {
    let mut actors = pairs.iter().filter(|(k, _)| k == "actor").map(|(_, v)| v);
    let actor = match (actors.next(), actors.next()) {
        (None, _) => return Learner::Device,
        (Some(text), None) if text.len() <= MAX_ACTOR_JSON => read(text).map(check_actor),
        _ => None,
    };
    match actor {
        Some(Ok(actor)) => Learner::Launched(LaunchedLearner {
            key: store_key(&ifi(&actor)),
            label: label(&actor),
        }),
        _ => Learner::Unreadable,
    }
}

/// The actor's inverse functional identifier as one text: `mbox:mailto:…`,
/// `mbox_sha1sum:<hex>`, `openid:<IRI>` or `account:<homePage> <name>` (the home page is an
/// IRI without spaces, so the two parts cannot run into each other). The actor's `name` is
/// not part of it: an LMS may change a display name, never the identifier. Empty for an actor
/// without an identifier (which [`parse_actor`] never gives).
#[must_use]
pub fn ifi(actor: &Actor) -> String {
    if let Some(m) = &actor.mbox {
        format!("mbox:{m}")
    } else if let Some(s) = &actor.mbox_sha1sum {
        format!("mbox_sha1sum:{s}")
    } else if let Some(o) = &actor.openid {
        format!("openid:{o}")
    } else if let Some(a) = &actor.account {
        format!("account:{} {}", a.home_page, a.name)
    } else {
        String::new()
    }
}

/// The key of the store for the identifier `ifi`: its FNV-1a 64 hash in 16 hexadecimal
/// digits. Not a secret and not a lock (a launch link is no proof of who is at the keyboard;
/// docs/lrs.md says so): it keeps the e-mail or account out of the database's name, which the
/// browser lists, and keeps learners apart.
#[must_use]
pub fn store_key(ifi: &str) -> String {
    use std::hash::Hasher;
    let mut hasher = fnv::FnvHasher::default();
    hasher.write(ifi.as_bytes());
    format!("{:016x}", hasher.finish())
}

/// What the page calls the learner: the actor's `name`, else the e-mail address of its
/// `mbox`, else its account's name; `None` for an `mbox_sha1sum` or `openid` without a name.
#[must_use]
pub fn label(actor: &Actor) -> Option<String> {
    actor
        .name
        .clone()
        .or_else(|| {
            actor
                .mbox
                .as_deref()
                .map(|m| m.strip_prefix("mailto:").unwrap_or(m).to_owned())
        })
        .or_else(|| actor.account.as_ref().map(|a| a.name.clone()))
}
