//! The replay on a new registration (issue 27, item 3): when a Tin Can launch brings a
//! registration the launched actor's store has not seen, the modules that actor has already
//! completed or passed are reported again — `completed` and `passed`, as the live events made
//! them — under that registration, so an LMS that completes by verb ("`passed` on the
//! launched activity") sees a module passed before the launch.
//!
//! Pure: the catalog's modules and the stored records in, the statements out. Each replayed
//! statement is deterministic: its id is a name-based UUID (version 5) over the actor's
//! identifier, the registration, the statement's object and its verb ([`replay_id`]); its
//! timestamp is when it first happened (the last lesson read; the day the module became
//! *Lulus*); its result is what the records hold now (the best score, the time in the module).
//! The same records give the same bytes on any device, so a replay made twice — two tabs, a
//! reload before it was noted, the same progress imported elsewhere — is one statement at the
//! LRS (204 or 409, both settled as sent by `outbox`).
//!
//! Invariant: only a launch's own actor with a registration is replayed (a pseudonymous or
//! `lrs.json` session has no registration to answer); the shapes are the live ones
//! ([`lrs_statement`], contract 11 version 2).

use uuid::Uuid;

use super::learner::ifi;
use super::statement::{lrs_statement, ModuleRef, Session};
use super::xapi::Statement;
use crate::domain::course::Module;
use crate::domain::embed::{Action, Event, Stamp};
use crate::domain::lrs::time::{module_time_ms, quiz_time_ms};
use crate::domain::progress::{module_progress, LessonRecord};
use crate::domain::quiz::{AnswerRecord, Attempt, Millis, FULL};

/// The namespace of replayed statement ids: the version 5 UUID of the URL
/// `https://bimtek-mandiri.id/xapi/replay` in RFC 9562's URL namespace.
pub const REPLAY_NAMESPACE: Uuid = Uuid::from_u128(0xf1c8_7d83_07a5_5675_99cd_7ac9_589e_88b8);

/// A module of the catalog, as a replay reads it.
#[derive(Debug, Clone, Copy)]
pub struct ReplayModule<'a> {
    /// The module.
    pub module: &'a Module,
    /// Its pack's xAPI activity base.
    pub activity_base: &'a str,
}

/// The stored records a replay reads (a snapshot's).
#[derive(Debug, Clone, Copy)]
pub struct Records<'a> {
    /// Lessons.
    pub lessons: &'a [LessonRecord],
    /// Attempts.
    pub attempts: &'a [Attempt],
    /// Answers.
    pub answers: &'a [AnswerRecord],
}

/// One replayed statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Replayed {
    /// `completed` or `passed`.
    pub action: Action,
    /// The module's title (Settings' "not accepted" list names it).
    pub title: String,
    /// When it first happened (Unix ms): its timestamp, and the outbox row's time.
    pub at: Millis,
    /// The statement, its id and timestamp set.
    pub statement: Statement,
}

/// The id of a replayed statement: UUID version 5 in [`REPLAY_NAMESPACE`] over
/// `<actor identifier>\n<registration>\n<object id>\n<verb id>`, lower case.
#[must_use]
pub fn replay_id(actor_ifi: &str, registration: &str, object: &str, verb: &str) -> String {
    let name = format!("{actor_ifi}\n{registration}\n{object}\n{verb}");
    let mut buffer = Uuid::encode_buffer();
    Uuid::new_v5(&REPLAY_NAMESPACE, name.as_bytes())
        .hyphenated()
        .encode_lower(&mut buffer)
        .to_owned()
}

/// `millis` as an xAPI timestamp in UTC with milliseconds, as JavaScript's
/// `Date.prototype.toISOString` writes it (`2026-12-07T09:05:03.042Z`), as live statements are.
#[must_use]
pub fn timestamp(millis: Millis) -> String {
    let date = crate::domain::record::date_string(millis, 0);
    let ms = millis.rem_euclid(crate::domain::time::DAY);
    let (h, m, s, milli) = (ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    format!("{date}T{h:02}:{m:02}:{s:02}.{milli:03}Z")
}

/// The statements a new registration replays, in the order of `modules` (the catalog's), each
/// module's `completed` before its `passed` (no sort: each carries the time it happened, which
/// is what an LRS orders by, and a sort would weigh more in the engine's chunk than it gives):
/// for each module of `modules`, `completed` when every lesson is read
/// (timestamp: the last lesson read) and `passed` when it is *Lulus* (timestamp: when it
/// became so; score: the best attempt's). Empty unless `session` has the launch's actor and
/// a registration.
#[must_use]
pub fn replay(
    modules: &[ReplayModule<'_>],
    records: Records<'_>,
    session: &Session,
    app_url: &str,
) -> Vec<Replayed> {
    let (Some(actor), Some(registration)) = (&session.actor, &session.registration) else {
        return Vec::new();
    };
    let actor_ifi = ifi(actor);
    let mut out = Vec::new();
    for m in modules {
        let p = module_progress(m.module, records.lessons, records.attempts, records.answers);
        let id = &m.module.id;
        let duration_ms = Some(module_time_ms(
            p.seconds,
            quiz_time_ms(id, records.attempts, records.answers),
        ));
        let last_read = records
            .lessons
            .iter()
            .filter(|l| l.module == *id && m.module.lessons.iter().any(|s| s.id == l.lesson))
            .filter_map(|l| l.read_at)
            .max();
        let completed = (p.lessons_total > 0 && p.lessons_read == p.lessons_total)
            .then_some(last_read)
            .flatten()
            .map(|at| (at, Event::Completed { duration_ms }));
        let passed = p.passed_at.zip(p.best).map(|(at, best)| {
            (
                at,
                Event::Finished {
                    raw: f64::from(best.raw_milli) / f64::from(FULL),
                    max: best.max,
                    scaled: best.scaled(),
                    passed: true,
                    duration_ms,
                },
            )
        });
        let module = ModuleRef {
            id: id.as_str(),
            title: &m.module.title,
            base: m.activity_base,
        };
        for (at, event) in completed.into_iter().chain(passed) {
            let stamp = Stamp {
                statement_id: String::new(),
                timestamp: timestamp(at),
                actor_id: String::new(),
                app_url: app_url.to_owned(),
            };
            let mut statement = lrs_statement(&event, &module, &stamp, session);
            statement.id = replay_id(
                &actor_ifi,
                registration,
                &statement.object.id,
                statement.verb.id,
            );
            out.push(Replayed {
                action: event.action(),
                title: m.module.title.clone(),
                at,
                statement,
            });
        }
    }
    out
}
