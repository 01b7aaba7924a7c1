//! The statement an LRS gets for a learning event: the one the embed message carries
//! ([`crate::domain::embed::message`]), with the launch's actor, registration and activity.
//!
//! Invariant: the actor is the launch's actor or the pseudonymous account, nothing else (the
//! profile's name and NIP never reach this module).

use crate::domain::embed::{
    message, ActivityRef, Actor, Context, ContextActivities, Event, Stamp, Statement,
};

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

/// The statement for `event` in module `module_id` (titled `title`), for the LRS.
///
/// With a launch that names an activity: if the launch opened this module, the statements
/// about the module itself (`initialized`, `progressed`, `completed`) and about its quiz
/// (`passed`, `failed`) have the launched activity as their object — so an LMS that looks
/// for "`passed` on the activity it launched" (Moodle's completion by verb) finds them — and
/// an answer has it as `contextActivities.parent`; statements about another module carry it
/// as `grouping`. The registration, when given, is `context.registration`.
#[must_use]
pub fn lrs_statement(
    event: &Event,
    module_id: &str,
    title: &str,
    stamp: &Stamp,
    session: &Session,
) -> Statement {
    let mut st = message(event, module_id, title, stamp).statement;
    if let Some(actor) = &session.actor {
        st.actor = actor.clone();
    }
    let launched = |id: &str| ActivityRef {
        object_type: "Activity",
        id: id.to_owned(),
    };
    // The pre-test's category (from the message) is kept whatever the launch adds.
    let category = st
        .context
        .take()
        .and_then(|c| c.context_activities)
        .and_then(|a| a.category);
    let activities = session.activity_id.as_deref().map(|activity| {
        let this_module = session.launched_module.as_deref() == Some(module_id);
        match (this_module, event) {
            // An answer, and the pre-test (never the launched activity itself: an LMS that
            // completes by verb must not read the pre-test as the module), are parts of it.
            (true, e) if matches!(e, Event::Answered { .. }) || e.is_pretest() => {
                ContextActivities {
                    parent: Some(vec![launched(activity)]),
                    grouping: None,
                    category: None,
                }
            }
            (true, _) => {
                activity.clone_into(&mut st.object.id);
                ContextActivities {
                    parent: None,
                    grouping: None,
                    category: None,
                }
            }
            (false, _) => ContextActivities {
                parent: None,
                grouping: Some(vec![launched(activity)]),
                category: None,
            },
        }
    });
    let activities = match (activities, category) {
        (Some(a), category) => Some(ContextActivities { category, ..a }),
        (None, Some(category)) => Some(ContextActivities {
            parent: None,
            grouping: None,
            category: Some(category),
        }),
        (None, None) => None,
    };
    let activities =
        activities.filter(|a| a.parent.is_some() || a.grouping.is_some() || a.category.is_some());
    if session.registration.is_some() || activities.is_some() {
        st.context = Some(Context {
            registration: session.registration.clone(),
            context_activities: activities,
        });
    }
    st
}
