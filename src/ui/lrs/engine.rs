//! The LRS outbox's engine, a wasm chunk of its own (`ui/lazy.rs`, `lrs_engine`): it decides
//! where this session's statements go (the launch's parameters, else `lrs.json`), makes each
//! statement and adds it to the outbox, and runs the sending loop. Nothing of it is on the
//! first load; the link in `super` (which the rest of the app calls) holds the events that
//! happen before it is in, in order.

use futures::channel::mpsc;
use futures::StreamExt;
use leptos::prelude::*;

use super::{Kick, Lrs, LrsProblem, Made, Source, Start, REFRESH_EVERY_MS, STORAGE_RETRY_MS};
use crate::domain::embed::{uuid_from_random, Event, Stamp};
use crate::domain::lrs::link::{Active, Phase};
use crate::domain::lrs::outbox::Label;
use crate::domain::lrs::{classify, lrs_statement, Backoff, ModuleRef, Outcome, Session, Target};
use crate::domain::quiz::Millis;
use crate::platform;
use crate::platform::content::BrowserJson;
use crate::platform::store::StoreQueue;
use crate::storage::outbox::{NewStatement, OutboxStore, Settlement};
use crate::storage::ProgressStore;

/// The entry point its chunk hands back ([`super::Engine`]).
#[must_use]
pub fn start(lrs: Lrs, start: Start) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()>>> {
    Box::pin(run_engine(lrs, start))
}

async fn run_engine(lrs: Lrs, start: Start) {
    let Start {
        launch,
        config,
        launched_module,
        store,
        kicks,
        started_at,
        state,
        catalog_settled,
    } = start;
    let first_module = launched_module.clone();
    // The loop sends what earlier sessions stored too, whatever this one decides; and what
    // other learners' stores on this device still hold (a shared PC: docs/lrs.md).
    leptos::task::spawn_local(run(lrs, store.clone(), kicks));
    leptos::task::spawn_local(super::others::drain(state.db_name()));
    let decided = match launch {
        Some((pairs, _)) => match crate::domain::lrs::parse_launch(&pairs, &BrowserJson) {
            Ok(Some(l)) => Ok(Some((
                l.target,
                Session {
                    actor: l.actor,
                    registration: l.registration,
                    activity_id: l.activity_id,
                    launched_module,
                },
                Source::Launch,
            ))),
            Ok(None) => Ok(None),
            Err(e) => Err(LrsProblem::LaunchRefused(e)),
        },
        // (Read after app-ready: `lrs.json` never counts against the first load.)
        None => match config.as_deref().map(platform::lrs::parse_config) {
            Some(Ok(t)) => Ok(t.map(|t| (t, Session::default(), Source::Config))),
            Some(Err(e)) => Err(LrsProblem::ConfigRefused(e)),
            None => Ok(None),
        },
    };
    let active = match decided {
        Ok(Some((target, session, source))) => activate(lrs, target, session, source, &store).await,
        Ok(None) => Ok(None),
        Err(problem) => Err(problem),
    };
    let sessions = matches!(active, Ok(Some(_)));
    // A launch that names its actor and a registration replays what that actor finished.
    let replays = matches!(&active, Ok(Some(a)) if a.session.actor.is_some() && a.session.registration.is_some());
    let made = {
        let inner = lrs.inner();
        let mut inner = inner.borrow_mut();
        match active {
            Ok(active) => inner.phase.decide(active),
            Err(problem) => {
                lrs.show(|v| v.problem = Some(problem));
                inner.phase.decide(None)
            }
        }
    };
    for m in made {
        enqueue(lrs, m);
    }
    if replays {
        leptos::task::spawn_local(super::replay::run(
            lrs,
            store.clone(),
            state,
            catalog_settled,
        ));
    }
    if sessions {
        super::sessions::watch(lrs, state, first_module.as_deref(), started_at);
    }
}

/// Checks that the page may reach `target`, and finds the actor: the launch's, or the
/// learner's pseudonymous id (made once, kept in storage).
async fn activate(
    lrs: Lrs,
    target: Target,
    session: Session,
    source: Source,
    store: &StoreQueue,
) -> Result<Option<Active<fn(Lrs, Made)>>, LrsProblem> {
    let page = platform::lrs::page_origin();
    let target = target
        .check_reachable_from(&page)
        .map_err(|e| match source {
            Source::Launch => LrsProblem::LaunchRefused(e),
            Source::Config => LrsProblem::ConfigRefused(e),
        })?;
    let origin = target.endpoint.origin().to_owned();
    if !crate::domain::lrs::csp::connect_allowed(&platform::lrs::page_policy(), &page, &origin) {
        return Err(LrsProblem::Csp(origin));
    }
    let actor_id = if session.actor.is_some() {
        String::new()
    } else {
        let fresh = uuid_from_random(platform::embed::random_bytes())
            .map_err(|_| LrsProblem::NoRandomness)?;
        store.actor_id(&fresh).await.unwrap_or(fresh)
    };
    let endpoint = target.endpoint.as_str().to_owned();
    lrs.show(|v| v.target = Some((endpoint, source)));
    Ok(Some(Active {
        target,
        session,
        actor_id,
        enqueue,
    }))
}

/// Makes the statement of `made` and adds it to the outbox (in call order).
fn enqueue(lrs: Lrs, made: Made) {
    let Made {
        module,
        title,
        activity_base,
        event,
        statement_id,
        timestamp,
        at,
    } = made;
    let what = match &event {
        Event::Answered { question_id, .. } => question_id.clone(),
        Event::Progress {
            lesson: Some(l), ..
        } => l.title.clone(),
        _ => title.clone(),
    };
    let label = Label {
        action: event.action(),
        what,
    };
    let module = ModuleRef {
        id: &module,
        title: &title,
        base: &activity_base,
    };
    store_statement(
        lrs,
        (statement_id, timestamp, at),
        label,
        |stamp, session| lrs_statement(&event, &module, stamp, session),
        false,
    );
}

/// Makes a statement with `build` (given the stamp and the LRS session) and adds it to the
/// outbox. `made` is its id, ISO time and Unix time, fixed when it happened. `at_once`: the
/// page is going away, so the row is written straight to the open database, not behind the
/// storage queue's earlier calls (which may not run before the page is gone).
pub(super) fn store_statement(
    lrs: Lrs,
    made: (String, String, Millis),
    label: Label,
    build: impl FnOnce(&Stamp, &Session) -> crate::domain::lrs::xapi::Statement,
    at_once: bool,
) {
    let inner = lrs.inner();
    let (statement_id, timestamp, at) = made;
    let (new, store) = {
        let inner = inner.borrow();
        let (Phase::Active(active), Some(store)) = (&inner.phase, &inner.store) else {
            return;
        };
        let Active {
            target,
            session,
            actor_id,
            ..
        } = &**active;
        let stamp = Stamp {
            statement_id: statement_id.clone(),
            timestamp,
            actor_id: actor_id.clone(),
            app_url: inner.app_url.clone(),
        };
        let statement = build(&stamp, session);
        let Ok(body) = platform::lrs::to_compact_json(&statement) else {
            return;
        };
        (
            NewStatement {
                statement_id,
                endpoint: target.endpoint.as_str().to_owned(),
                auth: target.auth.as_ref().map(|a| a.header_value().to_owned()),
                body,
                created_at: at,
                label,
            },
            store.clone(),
        )
    };
    let direct = if at_once { store.ready_store() } else { None };
    leptos::task::spawn_local(async move {
        let stored = match &direct {
            // Polled at once (a microtask of the `pagehide` handler): the transaction and its
            // `add` exist before the page can go.
            Some(db) => db.enqueue(&new).await,
            None => store.enqueue(&new).await,
        };
        match stored {
            Ok(()) => lrs.kick(Kick::Added),
            Err(e) => {
                web_sys::console::warn_1(&format!("catatan xAPI tidak tersimpan: {e}").into());
            }
        }
        if direct.is_none() {
            lrs.refresh(&store).await;
        }
    });
}

/// The sending loop: the oldest waiting statement, one at a time; after a failure the
/// queue waits (backoff, `Retry-After`) and wakes on `online`, on the learner's request
/// and at the next start; an empty queue waits for a new statement.
async fn run(lrs: Lrs, store: StoreQueue, mut kicks: mpsc::UnboundedReceiver<Kick>) {
    let mut backoff = Backoff::default();
    lrs.refresh(&store).await;
    // While a backlog drains, Settings is refreshed at most this often (and when the queue
    // is empty or a statement is refused); measured: the drain of 500 in scripts/bench.sh.
    let mut refreshed: Millis = 0;
    loop {
        let now = platform::device::now();
        let wait = backoff.wait_ms(now);
        if wait > 0 {
            let at = now.saturating_add(i64::try_from(wait).unwrap_or(i64::MAX));
            lrs.show(|v| v.next_try = Some(at));
            let ms = u32::try_from(wait).unwrap_or(u32::MAX);
            match futures::future::select(platform::lrs::sleep(ms), kicks.next()).await {
                futures::future::Either::Right((Some(Kick::Wake), _)) => backoff.wake(),
                futures::future::Either::Right((None, _)) => return,
                _ => {}
            }
            continue;
        }
        if lrs.view.get_untracked().next_try.is_some() {
            lrs.show(|v| v.next_try = None);
        }
        let item = match store.next_waiting().await {
            Ok(Some(item)) => item,
            Ok(None) => {
                lrs.refresh(&store).await;
                if kicks.next().await.is_none() {
                    return;
                }
                continue;
            }
            Err(e) => {
                web_sys::console::warn_1(&e.to_string().into());
                platform::lrs::sleep(STORAGE_RETRY_MS).await;
                continue;
            }
        };
        let reply = platform::lrs::send(&item).await;
        let now = platform::device::now();
        let outcome = classify(&reply, now, &BrowserJson);
        backoff.record(&outcome, now);
        let settlement = settlement(outcome, &item.statement_id, now);
        let refused = matches!(settlement, Some(Settlement::Refused(_)));
        if let Some(settlement) = settlement {
            if let Err(e) = store.settle(item.seq, &settlement).await {
                web_sys::console::warn_1(&e.to_string().into());
                platform::lrs::sleep(STORAGE_RETRY_MS).await;
            }
        }
        if refused || now - refreshed >= REFRESH_EVERY_MS || backoff.failures > 0 {
            refreshed = now;
            lrs.refresh(&store).await;
        }
    }
}

/// What becomes of a statement after the LRS's answer: accepted (also a 409: it had it),
/// refused with the LRS's reason, or `None`: it stays waiting.
pub(super) fn settlement(outcome: Outcome, statement_id: &str, now: Millis) -> Option<Settlement> {
    match outcome {
        Outcome::Accepted => Some(Settlement::Accepted { at: now }),
        Outcome::AlreadyStored => {
            platform::lrs::log_info(&format!(
                "LRS sudah memiliki pernyataan {statement_id} (409): dianggap terkirim"
            ));
            Some(Settlement::Accepted { at: now })
        }
        Outcome::Refused { status, reason } => {
            Some(Settlement::Refused(crate::domain::lrs::Refusal {
                status,
                reason,
                at: now,
            }))
        }
        Outcome::Retry { .. } => None,
    }
}
