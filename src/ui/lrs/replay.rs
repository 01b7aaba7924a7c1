//! The replay on a new registration, wired (issue 27, item 3; the rules are
//! `domain::lrs::replay`): once every pack has settled, the launched actor's stored progress is
//! read and the `completed` and `passed` statements of the modules it already finished are
//! added to the outbox under this launch's registration, with the registration noted, in one
//! transaction (`OutboxStore::enqueue_replay`). Part of the engine's chunk.

use leptos::prelude::*;

use super::{Kick, Lrs};
use crate::domain::lrs::link::Phase;
use crate::domain::lrs::outbox::Label;
use crate::domain::lrs::replay::{replay, Records, ReplayModule};
use crate::platform;
use crate::platform::store::StoreQueue;
use crate::storage::outbox::{NewStatement, OutboxStore};

/// Replays what this launch's actor completed and passed, when its registration is new to the
/// actor's store. Runs once, after `catalog_settled`; a session without a launch actor and a
/// registration replays nothing.
pub(super) async fn run(
    lrs: Lrs,
    store: StoreQueue,
    state: crate::ui::state::AppState,
    catalog_settled: futures::channel::oneshot::Receiver<()>,
) {
    let _ = catalog_settled.await;
    // A call through the storage queue returns once the database is open and the page's mirror
    // of it is loaded (`AppState::open_storage` sets the mirror before the queue runs): the
    // replay reads the mirror, as the live events do.
    if store.outbox_summary().await.is_err() {
        return;
    }
    let (lessons, attempts, answers) = (
        state.progress.lessons.get_untracked(),
        state.progress.attempts.get_untracked(),
        state.progress.answers.get_untracked(),
    );
    let (target, session, app_url) = {
        let inner = lrs.inner();
        let inner = inner.borrow();
        let Phase::Active(active) = &inner.phase else {
            return;
        };
        (
            active.target.clone(),
            active.session.clone(),
            inner.app_url.clone(),
        )
    };
    let Some(registration) = session.registration.clone() else {
        return;
    };
    let entries = state.catalog.with_untracked(|c| {
        c.iter()
            .flat_map(|c| c.entries.iter())
            .cloned()
            .collect::<Vec<_>>()
    });
    let modules: Vec<ReplayModule<'_>> = entries
        .iter()
        .map(|e| ReplayModule {
            module: &e.summary,
            activity_base: &e.activity_base,
        })
        .collect();
    let records = Records {
        lessons: &lessons,
        attempts: &attempts,
        answers: &answers,
    };
    let statements: Vec<NewStatement> = replay(&modules, records, &session, &app_url)
        .into_iter()
        .filter_map(|r| {
            Some(NewStatement {
                body: platform::lrs::to_compact_json(&r.statement).ok()?,
                statement_id: r.statement.id,
                endpoint: target.endpoint.as_str().to_owned(),
                auth: target.auth.as_ref().map(|a| a.header_value().to_owned()),
                created_at: r.at,
                label: Label {
                    action: r.action,
                    what: r.title,
                },
            })
        })
        .collect();
    let now = platform::device::now();
    match store.enqueue_replay(&registration, &statements, now).await {
        Ok(true) => {
            platform::lrs::log_info(&format!(
                "pendaftaran LMS baru: {} pernyataan selesai/lulus dikirim ulang",
                statements.len()
            ));
            // The loop refreshes Settings as it sends them.
            lrs.kick(Kick::Added);
        }
        Ok(false) => {}
        Err(e) => web_sys::console::warn_1(&e.to_string().into()),
    }
}
