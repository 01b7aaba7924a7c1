//! xAPI to a trainer's Learning Record Store (docs/design.md contract 11, version 2), pure:
//! where statements go ([`target`]: the Tin Can launch parameters and a deployment's
//! `lrs.json`), what they say ([`statement`]: one per learning event and per module session,
//! with [`iri`] for the canonical activity IRIs, [`interaction`] for an answer's
//! `cmi.interaction`, [`time`] for time on task and [`xapi`] for its types), and how the durable outbox sends them
//! ([`outbox`]: what an LRS answer means, backoff, `Retry-After`), plus the
//! Content-Security-Policy check ([`csp`]); whose progress a launch holds ([`learner`]: a
//! launched actor's own store) and the replay of `completed`/`passed` on a new registration
//! ([`replay`]).
//!
//! Invariants: credentials (`auth`) are only ever a [`target::Auth`], whose `Debug` hides
//! them, which no statement, export or message carries; nothing about the learner but the
//! launch's own actor or the random pseudonymous id goes into a statement — never the
//! profile's name or NIP. A statement is serialised once, when it is made, and those bytes
//! are what every retry sends.

pub mod csp;
pub mod interaction;
pub mod iri;
pub mod learner;
pub mod link;
pub mod outbox;
pub mod replay;
pub mod retry_after;
pub mod statement;
pub mod target;
pub mod time;
pub mod xapi;

pub use outbox::{classify, Backoff, Outcome, Refusal, Reply};
pub use statement::{lrs_statement, session_statement, ModuleRef, Session, SessionEnd};
pub use target::{parse_config, parse_launch, Auth, Endpoint, Launch, LaunchError, Target};
