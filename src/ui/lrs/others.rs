//! Statements that other stores on this device still hold (issue 27, item 3): on a shared PC a
//! launched learner's tab may close while the LRS or the network is down, and their statements
//! wait in their own store, which only their next launch here would open. Any session that
//! runs the LRS engine sends them too, once, at its start: each to the endpoint and with the
//! credentials stored with it (the LRS of the learner who made it, never this session's), in
//! order, until one must wait (that store is left for a later start). Nothing of them is shown
//! on this page, whose Settings counts its own learner's statements only.

use crate::domain::lrs::classify;
use crate::platform;
use crate::platform::content::BrowserJson;
use crate::storage::idb::IdbStore;
use crate::storage::outbox::OutboxStore;

/// How long the opening of another store may take (another tab of an older build can hold it
/// for an upgrade): after this it is left for a later start.
const OPEN_WAIT_MS: u32 = 5_000;

/// Sends what the app's other databases (the device's, every launched learner's; not `own`)
/// hold waiting, one store after another.
pub(super) async fn drain(own: Option<String>) {
    for name in platform::lrs::other_stores(own.as_deref()).await {
        let open = Box::pin(IdbStore::open(&name));
        let waited = futures::future::select(open, platform::lrs::sleep(OPEN_WAIT_MS)).await;
        let futures::future::Either::Left((Ok(db), _)) = waited else {
            continue;
        };
        while let Ok(Some(item)) = db.next_waiting().await {
            let reply = platform::lrs::send(&item).await;
            let now = platform::device::now();
            let Some(settled) = super::engine::settlement(
                classify(&reply, now, &BrowserJson),
                &item.statement_id,
                now,
            ) else {
                break;
            };
            if db.settle(item.seq, &settled).await.is_err() {
                break;
            }
        }
        db.close();
    }
}
