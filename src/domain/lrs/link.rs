//! The LRS link's state machine: what a session does with learning events while it finds out
//! where statements go, once it knows, and after it decided there is no LRS.
//!
//! - **Deciding**: events wait, in order (the engine's chunk, `lrs.json` or the database are
//!   still on their way). Nothing is lost out of order and nothing is sent early.
//! - **Active**: statements go to a target, about the launch's actor or the learner's
//!   pseudonymous id; each event is handed to the enqueuer at once.
//! - **Off**: no LRS for this session (none set, refused, no secure randomness); events are
//!   dropped, and the waiting ones with the decision.
//!
//! The decision is made once; a later one is ignored (the page keeps the LRS it started with).
//! After a reset the pseudonymous id is renewed, a launch's own actor is kept, and without
//! secure randomness the link stops rather than reuse the old id.
//!
//! Pure: `M` is a made event (its id and time fixed when it happened), `E` the enqueuer (the
//! engine's code in the app, anything in tests).

use super::statement::Session;
use super::target::Target;

/// Where a session's statements go, once decided.
#[derive(Debug)]
pub struct Active<E> {
    /// The LRS (endpoint and credentials).
    pub target: Target,
    /// The launch's actor, registration and activity.
    pub session: Session,
    /// The learner's pseudonymous id (empty when the launch names its actor).
    pub actor_id: String,
    /// What makes a statement of an event and adds it to the outbox.
    pub enqueue: E,
}

/// What this session does with learning events.
#[derive(Debug)]
pub enum Phase<M, E> {
    /// Still finding out where statements go: events wait, in order.
    Deciding(Vec<M>),
    /// Statements go to an LRS.
    Active(Box<Active<E>>),
    /// No LRS for this session.
    Off,
}

impl<M, E> Default for Phase<M, E> {
    fn default() -> Self {
        Self::Deciding(Vec::new())
    }
}

/// What became of a recorded event.
#[derive(Debug, PartialEq, Eq)]
pub enum Recorded<M, E> {
    /// Hand it to this enqueuer now.
    Enqueue(E, M),
    /// Kept until the decision.
    Waiting,
    /// No LRS: dropped.
    Dropped,
}

/// What a renewal of the pseudonymous id did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Renewal {
    /// Nothing to renew (no LRS yet or any more, or the launch names its own actor).
    Kept,
    /// The next statements carry the new id.
    Renewed,
    /// No secure randomness for a new id: the link stopped.
    Stopped,
}

impl<M, E: Copy> Phase<M, E> {
    /// Whether this session has decided it has no LRS.
    #[must_use]
    pub fn is_off(&self) -> bool {
        matches!(self, Self::Off)
    }

    /// An event happened.
    pub fn record(&mut self, made: M) -> Recorded<M, E> {
        match self {
            Self::Deciding(waiting) => {
                waiting.push(made);
                Recorded::Waiting
            }
            Self::Active(active) => Recorded::Enqueue(active.enqueue, made),
            Self::Off => Recorded::Dropped,
        }
    }

    /// The decision (`None`: no LRS). Returns the events that waited, in order, to hand to the
    /// enqueuer (none when there is no LRS). Only the first decision counts.
    pub fn decide(&mut self, active: Option<Active<E>>) -> Vec<M> {
        let Self::Deciding(waiting) = self else {
            return Vec::new();
        };
        let waiting = std::mem::take(waiting);
        if let Some(active) = active {
            *self = Self::Active(Box::new(active));
            waiting
        } else {
            *self = Self::Off;
            Vec::new()
        }
    }

    /// After a reset: the pseudonymous id of the statements made from now on (`None`: no
    /// secure randomness).
    pub fn renew_actor(&mut self, fresh: Option<String>) -> Renewal {
        let Self::Active(active) = self else {
            return Renewal::Kept;
        };
        if active.session.actor.is_some() {
            return Renewal::Kept;
        }
        if let Some(id) = fresh {
            active.actor_id = id;
            Renewal::Renewed
        } else {
            *self = Self::Off;
            Renewal::Stopped
        }
    }

    /// The target's endpoint and `Authorization` value, when statements go to an LRS (to put
    /// refused statements back with the credentials the trainer may have fixed).
    #[must_use]
    pub fn credentials(&self) -> Option<(String, Option<String>)> {
        let Self::Active(active) = self else {
            return None;
        };
        Some((
            active.target.endpoint.as_str().to_owned(),
            active
                .target
                .auth
                .as_ref()
                .map(|a| a.header_value().to_owned()),
        ))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::lrs::target::parse_config;
    use crate::json::SerdeJson;

    fn target() -> Target {
        parse_config(
            r#"{"format":"bimtek-lrs","version":1,"endpoint":"https://lrs.contoh.go.id/xapi/","auth":"Basic YTpi"}"#,
            &SerdeJson,
        )
        .ok()
        .flatten()
        .unwrap_or_else(|| unreachable!())
    }

    fn active(actor: bool) -> Active<u8> {
        Active {
            target: target(),
            session: Session {
                actor: actor.then(|| crate::domain::embed::xapi::Actor {
                    mbox: Some("mailto:asn@contoh.go.id".into()),
                    ..crate::domain::embed::xapi::Actor::pseudonymous("https://x", "y")
                }),
                ..Session::default()
            },
            actor_id: "lama".into(),
            enqueue: 7,
        }
    }

    #[test]
    fn events_wait_in_order_and_go_with_the_decision() {
        let mut phase: Phase<&str, u8> = Phase::default();
        assert_eq!(phase.record("a"), Recorded::Waiting);
        assert_eq!(phase.record("b"), Recorded::Waiting);
        assert_eq!(phase.decide(Some(active(false))), ["a", "b"]);
        assert_eq!(phase.record("c"), Recorded::Enqueue(7, "c"));
        // The decision is made once.
        assert!(phase.decide(None).is_empty());
        assert!(!phase.is_off());
    }

    #[test]
    fn no_lrs_drops_what_waited_and_what_comes() {
        let mut phase: Phase<&str, u8> = Phase::default();
        phase.record("a");
        assert!(phase.decide(None).is_empty());
        assert!(phase.is_off());
        assert_eq!(phase.record("b"), Recorded::Dropped);
        assert_eq!(phase.credentials(), None);
    }

    #[test]
    fn a_reset_renews_the_pseudonym_keeps_a_launch_actor_and_stops_without_randomness() {
        let mut phase: Phase<&str, u8> = Phase::default();
        assert_eq!(
            phase.renew_actor(Some("x".into())),
            Renewal::Kept,
            "not decided"
        );
        phase.decide(Some(active(false)));
        assert_eq!(phase.renew_actor(Some("baru".into())), Renewal::Renewed);
        assert!(matches!(&phase, Phase::Active(a) if a.actor_id == "baru"));
        assert_eq!(phase.renew_actor(None), Renewal::Stopped);
        assert!(phase.is_off());

        let mut launched: Phase<&str, u8> = Phase::default();
        launched.decide(Some(active(true)));
        assert_eq!(launched.renew_actor(None), Renewal::Kept);
        assert!(matches!(&launched, Phase::Active(a) if a.actor_id == "lama"));
    }

    #[test]
    fn credentials_name_the_endpoint_and_the_header() {
        let mut phase: Phase<&str, u8> = Phase::default();
        phase.decide(Some(active(false)));
        assert_eq!(
            phase.credentials(),
            Some((
                "https://lrs.contoh.go.id/xapi/".to_owned(),
                Some("Basic YTpi".to_owned())
            ))
        );
    }
}
