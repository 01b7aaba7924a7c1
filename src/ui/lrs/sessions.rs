//! Module sessions for an LRS (contract 11 version 2), part of the engine's chunk: a session
//! runs while the learner is on one module's pages (its page, lessons, glossary, pre-test,
//! quiz, result, embed) and ends with `terminated` when they go elsewhere in the app, or with
//! `suspended` when the page goes away (`pagehide`: a closed tab, another site, the
//! back/forward cache). A page brought back from that cache starts a new session. The
//! duration is the time the page was visible (`domain::lrs::time::SessionClock`).
//!
//! The first session starts when the page started, if its route was a module's; the engine
//! (and so this) is in only after `app-ready` for `lrs.json`, and hidden time before that is
//! not seen. The `suspended` statement is written straight to the open database from the
//! `pagehide` handler's microtask (`engine::store_statement`), so it is stored before the
//! page goes.

use std::cell::RefCell;

use leptos::prelude::*;
use std::rc::Rc;

use super::engine::store_statement;
use super::Lrs;
use crate::domain::embed::{uuid_from_random, Action};
use crate::domain::ids::ModuleId;
use crate::domain::lrs::outbox::Label;
use crate::domain::lrs::time::SessionClock;
use crate::domain::lrs::{session_statement, ModuleRef, SessionEnd};
use crate::domain::quiz::Millis;
use crate::platform;
use crate::platform::lrs::PageEvent;
use crate::ui::state::AppState;

/// The running session: its module and clock.
type Running = Option<(ModuleId, SessionClock)>;

fn route_module() -> Option<ModuleId> {
    platform::current_route().module().cloned()
}

/// Starts watching the page: the first session (of module `first`, the route the page
/// started on, from `started_at`) if the page is still there, then one per visit.
pub(super) fn watch(lrs: Lrs, state: AppState, first: Option<&str>, started_at: Millis) {
    let now = platform::device::now();
    let visible = !platform::page_hidden();
    let current = route_module();
    let start = if current.as_ref().map(ModuleId::as_str) == first {
        started_at
    } else {
        now
    };
    let running: Rc<RefCell<Running>> = Rc::new(RefCell::new(
        current.map(|m| (m, SessionClock::start(start, visible))),
    ));
    platform::lrs::on_page_events(move |event| {
        let now = platform::device::now();
        let mut slot = running.borrow_mut();
        match event {
            PageEvent::Hidden => {
                if let Some((_, clock)) = slot.as_mut() {
                    clock.hidden(now);
                }
            }
            PageEvent::Visible => {
                if let Some((_, clock)) = slot.as_mut() {
                    clock.shown(now);
                }
            }
            PageEvent::Route => {
                let next = route_module();
                if slot.as_ref().map(|(m, _)| m) == next.as_ref() {
                    return;
                }
                if let Some((module, clock)) = slot.take() {
                    end(lrs, state, &module, clock.elapsed(now), SessionEnd::Left);
                }
                *slot = next.map(|m| (m, SessionClock::start(now, !platform::page_hidden())));
            }
            PageEvent::Gone => {
                if let Some((module, clock)) = slot.take() {
                    end(
                        lrs,
                        state,
                        &module,
                        clock.elapsed(now),
                        SessionEnd::PageHidden,
                    );
                }
            }
            PageEvent::Back => {
                if slot.is_none() {
                    *slot = route_module().map(|m| (m, SessionClock::start(now, true)));
                }
            }
        }
    });
}

/// Makes and stores the statement of a session of `module` that ended.
fn end(lrs: Lrs, state: AppState, module: &ModuleId, duration_ms: Option<Millis>, how: SessionEnd) {
    let Some(entry) = state
        .catalog
        .with_untracked(|c| c.as_ref().and_then(|c| c.module(module).cloned()))
    else {
        return;
    };
    let Ok(statement_id) = uuid_from_random(platform::embed::random_bytes()) else {
        return;
    };
    let action = match how {
        SessionEnd::Left => Action::Terminated,
        SessionEnd::PageHidden => Action::Suspended,
    };
    let label = Label {
        action,
        what: entry.summary.title.clone(),
    };
    let made = (
        statement_id,
        platform::embed::iso_now(),
        platform::device::now(),
    );
    let m = ModuleRef {
        id: module.as_str(),
        title: &entry.summary.title,
        base: &entry.activity_base,
    };
    store_statement(
        lrs,
        made,
        label,
        |stamp, session| session_statement(how, &m, duration_ms, stamp, session),
        how == SessionEnd::PageHidden,
    );
}
