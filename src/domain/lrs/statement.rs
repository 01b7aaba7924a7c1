//! The statements an LRS gets (contract 11 version 2): one per learning event, richer than
//! the embed message's ([`crate::domain::embed::message`], contract 3, unchanged), plus the
//! module sessions' `terminated` and `suspended`.
//!
//! | event | verb | object (type) | result | context activities |
//! |---|---|---|---|---|
//! | ready | `initialized` | module (`module`) | – | – |
//! | progress | `progressed` | the lesson read (`lesson`) | cmi5 `progress` extension (0–100), `duration` of that reading | parent: module |
//! | answered | `answered` | question (`cmi.interaction`, full definition) | `success`, `response`, `duration` | parent: post-test; grouping: module |
//! | completed | `completed` | module | `completion`, `duration` (time in module) | – |
//! | passed/failed | `passed`/`failed` | post-test (`assessment`) | `score`, `success`, `completion`, `duration` | parent: module |
//! | pre-test | `attempted`/`scored` | pre-test (`assessment`) | `score` (scored) | parent: module; category: pre-test |
//! | session end | `terminated`/`suspended` | module | `duration` (visible time of the session) | – |
//!
//! IRIs come from the pack's base ([`super::iri`]). With a launch that names an activity and
//! opened this module, that activity stands for the module and its post-test: it is the
//! object of the module's own statements (so an LMS that looks for "`passed` on the activity
//! it launched" finds them) and the parent of its parts; with a launch of another module it
//! is added as `grouping`. The registration, when given, is `context.registration`.
//!
//! Invariant: the actor is the launch's actor or the pseudonymous account, nothing else (the
//! profile's name and NIP never reach this module).

use super::interaction::interaction;
use super::iri::{pretest_category, ModuleIris};
use super::time::{iso, MAX_SESSION_MS};
use super::xapi::{Activity, Definition, ResultExtensions, Statement, Text, XResult};
use crate::domain::embed::{
    Action, ActivityRef, Actor, Context, ContextActivities, Event, LangMap, ScoreMsg, Stamp, Verb,
};
use crate::domain::quiz::Millis;

/// What this page's session knows about the LRS's view of the learner (from a launch, or
/// nothing for a configured `lrs.json`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Session {
    /// The launch's actor (`None`: the pseudonymous account of the stamp).
    pub actor: Option<Actor>,
    /// The launch's registration.
    pub registration: Option<String>,
    /// The launched activity's IRI.
    pub activity_id: Option<String>,
    /// The module the launch URL opened (`#/modul/<id>…` or `#/embed/<id>…`), if any: the
    /// launched activity *is* that module.
    pub launched_module: Option<String>,
}

/// The module a statement is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModuleRef<'a> {
    /// Its id.
    pub id: &'a str,
    /// Its title.
    pub title: &'a str,
    /// Its pack's activity base ([`super::iri::pack_base`]).
    pub base: &'a str,
}

/// How a module session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionEnd {
    /// The learner went elsewhere in the app (`terminated`).
    Left,
    /// The page went away (`suspended`).
    PageHidden,
}

const MODULE: &str = "http://adlnet.gov/expapi/activities/module";
const LESSON: &str = "http://adlnet.gov/expapi/activities/lesson";
const ASSESSMENT: &str = "http://adlnet.gov/expapi/activities/assessment";
const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";

fn reference(id: String) -> ActivityRef {
    ActivityRef {
        object_type: "Activity",
        id,
    }
}

/// Where a statement's object sits.
enum Place {
    /// The module itself (or its post-test: `quiz`): the launched activity when launched.
    Whole { quiz: bool },
    /// A part of the module (a lesson, the pre-test) or of its post-test (a question).
    Part { of_quiz: bool },
}

/// The statement's own parts before the launch is applied.
struct Draft {
    action: Action,
    object: String,
    definition: Definition,
    result: Option<XResult>,
    place: Place,
    category: Option<String>,
}

fn duration(ms: Option<Millis>) -> Option<String> {
    ms.filter(|ms| (0..=MAX_SESSION_MS).contains(ms)).map(iso)
}

fn named(text: &str, kind: &'static str) -> Definition {
    Definition::named(text, kind)
}

fn score(raw: f64, max: u32, scaled: f64) -> ScoreMsg {
    ScoreMsg {
        raw,
        min: Some(0),
        max,
        scaled,
    }
}

#[allow(
    clippy::too_many_lines,
    reason = "one arm per event, as the table in the module's docs lists them"
)]
fn draft(event: &Event, iris: &ModuleIris<'_>, title: &str) -> Draft {
    let action = event.action();
    let whole = |object: String, definition, result, quiz| Draft {
        action,
        object,
        definition,
        result,
        place: Place::Whole { quiz },
        category: None,
    };
    match event {
        Event::Ready => whole(iris.module(), named(title, MODULE), None, false),
        Event::Progress {
            completed_lessons,
            total_lessons,
            lesson,
        } => {
            let percent = (u64::from(*completed_lessons) * 100)
                .checked_div(u64::from(*total_lessons))
                .unwrap_or(0)
                .min(100);
            let result = XResult {
                duration: lesson
                    .as_ref()
                    .and_then(|l| duration(Some(Millis::from(l.seconds) * 1000))),
                extensions: Some(ResultExtensions {
                    progress: u8::try_from(percent).unwrap_or(100),
                }),
                ..XResult::default()
            };
            match lesson {
                Some(l) => Draft {
                    action,
                    object: iris.lesson(l.id.as_str()),
                    definition: named(&l.title, LESSON),
                    result: Some(result),
                    place: Place::Part { of_quiz: false },
                    category: None,
                },
                None => whole(iris.module(), named(title, MODULE), Some(result), false),
            }
        }
        Event::Answered {
            question_id,
            correct,
            detail,
        } => {
            let mut definition = named(question_id, INTERACTION);
            let mut result = XResult {
                success: Some(*correct),
                ..XResult::default()
            };
            if let Some(d) = detail {
                definition.description = Some(Text::new(&d.question.prompt));
                result.duration = duration(d.duration_ms);
                if let Some(i) = interaction(&d.question, &d.answer) {
                    definition.interaction_type = Some(i.kind);
                    definition.correct_responses_pattern = Some(vec![i.pattern]);
                    definition.choices = i.choices;
                    definition.source = i.source;
                    definition.target = i.target;
                    result.response = Some(i.response);
                }
            }
            Draft {
                action,
                object: iris.question(question_id),
                definition,
                result: Some(result),
                place: Place::Part { of_quiz: true },
                category: None,
            }
        }
        Event::Completed { duration_ms } => whole(
            iris.module(),
            named(title, MODULE),
            Some(XResult {
                completion: Some(true),
                duration: duration(*duration_ms),
                ..XResult::default()
            }),
            false,
        ),
        Event::Finished {
            raw,
            max,
            scaled,
            passed,
            duration_ms,
        } => whole(
            iris.quiz(),
            named(title, ASSESSMENT),
            Some(XResult {
                score: Some(score(*raw, *max, *scaled)),
                success: Some(*passed),
                completion: Some(true),
                duration: duration(*duration_ms),
                ..XResult::default()
            }),
            true,
        ),
        Event::PretestStarted { .. } | Event::PretestScored { .. } => Draft {
            action,
            object: iris.pretest(),
            definition: named(&format!("{title} (pre-test)"), ASSESSMENT),
            // A diagnostic: a score, finished, but no pass or fail.
            result: match event {
                Event::PretestScored { raw, max, scaled } => Some(XResult {
                    score: Some(score(*raw, *max, *scaled)),
                    completion: Some(true),
                    ..XResult::default()
                }),
                _ => None,
            },
            place: Place::Part { of_quiz: false },
            category: Some(pretest_category()),
        },
    }
}

/// Puts the draft together with the actor, the verb and the context.
fn finish(d: Draft, iris: &ModuleIris<'_>, stamp: &Stamp, session: &Session) -> Statement {
    let launched = session
        .activity_id
        .as_deref()
        .filter(|_| session.launched_module.as_deref() == Some(iris.module));
    let other_launch = session
        .activity_id
        .as_deref()
        .filter(|_| launched.is_none());
    let mut object = d.object;
    let (mut parent, mut grouping) = (Vec::new(), Vec::new());
    match (d.place, launched) {
        (Place::Whole { .. }, Some(activity)) => activity.clone_into(&mut object),
        (Place::Whole { quiz: true } | Place::Part { of_quiz: false }, None) => {
            parent.push(reference(iris.module()));
        }
        (Place::Whole { quiz: false }, None) => {}
        (Place::Part { .. }, Some(activity)) => parent.push(reference(activity.to_owned())),
        (Place::Part { of_quiz: true }, None) => {
            parent.push(reference(iris.quiz()));
            grouping.push(reference(iris.module()));
        }
    }
    if let Some(activity) = other_launch {
        grouping.push(reference(activity.to_owned()));
    }
    let some = |v: Vec<ActivityRef>| (!v.is_empty()).then_some(v);
    let activities = ContextActivities {
        parent: some(parent),
        grouping: some(grouping),
        category: d.category.map(|c| vec![reference(c)]),
    };
    let has_activities = activities.parent.is_some()
        || activities.grouping.is_some()
        || activities.category.is_some();
    let context = (session.registration.is_some() || has_activities).then(|| Context {
        registration: session.registration.clone(),
        context_activities: has_activities.then_some(activities),
    });
    let (verb_id, en, id) = d.action.verb();
    Statement {
        id: stamp.statement_id.clone(),
        timestamp: stamp.timestamp.clone(),
        actor: session
            .actor
            .clone()
            .unwrap_or_else(|| Actor::pseudonymous(&stamp.app_url, &stamp.actor_id)),
        verb: Verb {
            id: verb_id,
            display: LangMap {
                en: en.to_owned(),
                id: id.to_owned(),
            },
        },
        object: Activity {
            object_type: "Activity",
            id: object,
            definition: d.definition,
        },
        result: d.result,
        context,
    }
}

/// The statement for `event` in `module`, for the LRS.
#[must_use]
pub fn lrs_statement(
    event: &Event,
    module: &ModuleRef<'_>,
    stamp: &Stamp,
    session: &Session,
) -> Statement {
    let iris = ModuleIris {
        base: module.base,
        module: module.id,
    };
    finish(draft(event, &iris, module.title), &iris, stamp, session)
}

/// The `terminated` or `suspended` statement of a module session that lasted `duration_ms`
/// of visible time (`None`: not timed).
#[must_use]
pub fn session_statement(
    end: SessionEnd,
    module: &ModuleRef<'_>,
    duration_ms: Option<Millis>,
    stamp: &Stamp,
    session: &Session,
) -> Statement {
    let iris = ModuleIris {
        base: module.base,
        module: module.id,
    };
    let d = Draft {
        action: match end {
            SessionEnd::Left => Action::Terminated,
            SessionEnd::PageHidden => Action::Suspended,
        },
        object: iris.module(),
        definition: named(module.title, MODULE),
        result: Some(XResult {
            duration: duration(duration_ms),
            ..XResult::default()
        }),
        place: Place::Whole { quiz: false },
        category: None,
    };
    finish(d, &iris, stamp, session)
}
