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
use crate::domain::lrs::{classify, lrs_statement, Backoff, Outcome, Session, Target};
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
    } = start;
    // The loop sends what earlier sessions stored too, whatever this one decides.
    leptos::task::spawn_local(run(lrs, store.clone(), kicks));
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
    let inner = lrs.inner();
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
            statement_id: made.statement_id.clone(),
            timestamp: made.timestamp,
            actor_id: actor_id.clone(),
            app_url: inner.app_url.clone(),
        };
        let statement = lrs_statement(&made.event, &made.module, &made.title, &stamp, session);
        let Ok(body) = platform::lrs::to_compact_json(&statement) else {
            return;
        };
        let what = match &made.event {
            Event::Answered { question_id, .. } => question_id.clone(),
            _ => made.title,
        };
        (
            NewStatement {
                statement_id: made.statement_id,
                endpoint: target.endpoint.as_str().to_owned(),
                auth: target.auth.as_ref().map(|a| a.header_value().to_owned()),
                body,
                created_at: made.at,
                label: Label {
                    action: made.event.action(),
                    what,
                },
            },
            store.clone(),
        )
    };
    leptos::task::spawn_local(async move {
        match store.enqueue(&new).await {
            Ok(()) => lrs.kick(Kick::Added),
            Err(e) => {
                web_sys::console::warn_1(&format!("catatan xAPI tidak tersimpan: {e}").into());
            }
        }
        lrs.refresh(&store).await;
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
        let settlement = match outcome {
            Outcome::Accepted => Some(Settlement::Accepted { at: now }),
            Outcome::AlreadyStored => {
                platform::lrs::log_info(&format!(
                    "LRS sudah memiliki pernyataan {} (409): dianggap terkirim",
                    item.statement_id
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
        };
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
