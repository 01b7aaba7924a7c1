//! Whose progress a page holds (issue 27, item 3): the device's own, or — in a Tin Can launch
//! that names an actor — that actor's alone, kept in a database of its own so that on a shared
//! office PC learner B never sees, changes or reports learner A's progress.
//!
//! Pure: the launch's `(key, value)` pairs in, the choice out. The shell (`ui::app`) decides
//! before storage opens, in the main module, so this is the one piece of launch parsing the
//! first load carries (the rest is the LRS engine's chunk). The actor's JSON is read by the
//! caller (in the browser with `JSON.parse`, so no serde deserializer for it is in the main
//! module) and only as far as naming the learner needs ([`identity`]); the engine checks the
//! whole actor ([`super::target::check_actor`]) and refuses a launch whose actor breaks a rule
//! of form. For every actor it accepts, both name the same learner.
//!
//! Invariants: the store is named by a hash of the actor's identifier ([`ifi`]), never by the
//! raw e-mail or account; a launch with an `actor` never gets the device's store: one that
//! names nobody (not JSON, not an Agent, no identifier or several, or given twice) gets no store
//! at all ([`Learner::Unreadable`]: nothing kept, nothing of anyone shown). A launch without
//! an actor keeps the device's store, as before.

use super::target::ActorFields;
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
        (Some(text), None) if text.len() <= MAX_ACTOR_JSON => read(text),
        _ => None,
    };
    actor
        .as_ref()
        .and_then(identity)
        .map_or(Learner::Unreadable, Learner::Launched)
}

/// `s` trimmed, unless empty.
fn trimmed(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

/// Who an actor's members name, with no more checking than that needs (the main module
/// carries this; the engine checks the whole actor with [`super::target::check_actor`] and refuses a launch
/// whose actor breaks a rule of form, which then sends nothing): an `objectType` of `Agent` or
/// none, exactly one identifier, and the store's key of [`ifi`] with the same normalising as
/// `check_actor` (an `mbox_sha1sum` in lower case, an `openid` and an account's members
/// trimmed), so that for every actor the engine accepts the key is the one of its checked
/// actor (`tests/lrs_actor.rs` holds it). `None`: nobody (no identifier, or several).
#[must_use]
pub fn identity(actor: &ActorFields) -> Option<LaunchedLearner> {
    if actor.object_type.as_deref().is_some_and(|t| t != "Agent") {
        return None;
    }
    let ids = [
        actor.mbox.as_ref().map(|m| format!("mbox:{m}")),
        actor
            .mbox_sha1sum
            .as_ref()
            .map(|s| format!("mbox_sha1sum:{}", s.to_ascii_lowercase())),
        trimmed(actor.openid.as_deref()).map(|o| format!("openid:{o}")),
        actor.account.as_ref().map(|(home, name)| {
            format!(
                "account:{} {}",
                trimmed(home.as_deref()).unwrap_or_default(),
                trimmed(name.as_deref()).unwrap_or_default()
            )
        }),
    ];
    let mut given = ids.into_iter().flatten();
    let (Some(id), None) = (given.next(), given.next()) else {
        return None;
    };
    let name = trimmed(actor.name.as_deref()).or_else(|| {
        actor
            .mbox
            .as_deref()
            .map(|m| m.strip_prefix("mailto:").unwrap_or(m))
    });
    let account = actor
        .account
        .as_ref()
        .and_then(|(_, n)| trimmed(n.as_deref()));
    Some(LaunchedLearner {
        key: store_key(&id),
        label: name.or(account).map(str::to_owned),
    })
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
