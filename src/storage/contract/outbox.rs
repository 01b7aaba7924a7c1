//! The outbox part of the storage contract (split from `contract.rs`, same suite): order and
//! exact bytes, refusals out of the way, credentials per endpoint, surviving a reset, two tabs.

use super::super::outbox::{NewStatement, OutboxStore, Settlement};
use super::super::ProgressStore;
use crate::domain::embed::Action;
use crate::domain::lrs::outbox::{Label, Refusal, Summary};
use crate::domain::transfer::Snapshot;

fn statement(n: u32, endpoint: &str, auth: Option<&str>) -> NewStatement {
    NewStatement {
        statement_id: format!("00000000-0000-4000-8000-{n:012}"),
        endpoint: endpoint.to_owned(),
        auth: auth.map(str::to_owned),
        // Bytes as made, including what a re-serialisation would change.
        body: format!(
            r#"{{"id":"00000000-0000-4000-8000-{n:012}","result":{{"score":{{"raw":8.50}}}}, "x":"é\u00e9"}}"#
        ),
        created_at: 1_764_500_000_000 + i64::from(n),
        label: Label {
            action: Action::Answered,
            what: format!("ap-{n:02}"),
        },
    }
}

fn refusal(status: u16) -> Refusal {
    Refusal {
        status,
        reason: "Field required (body.actor)".into(),
        at: 1_764_500_009_000,
    }
}

/// The outbox: oldest first with the exact bytes; accepted → gone (and remembered as "last
/// accepted"); refused → listed with the reason and out of the way of the rest; refused ones
/// requeued at their old place, with new credentials for their endpoint.
pub async fn outbox_in_order<S: OutboxStore>(store: &S) {
    const LRS: &str = "https://lrs.example/xAPI/";
    assert_eq!(store.next_waiting().await.unwrap(), None);
    assert_eq!(store.outbox_summary().await.unwrap(), Summary::default());
    assert_eq!(store.outbox_waiting().await.unwrap(), 0);
    for n in 1..=4 {
        store
            .enqueue(&statement(n, LRS, Some("Basic bGFtYQ==")))
            .await
            .unwrap();
    }
    let first = store.next_waiting().await.unwrap().unwrap();
    assert_eq!(first.body, statement(1, LRS, None).body, "byte for byte");
    assert_eq!(first.statement_id, "00000000-0000-4000-8000-000000000001");
    assert_eq!(first.auth.as_deref(), Some("Basic bGFtYQ=="));
    assert_eq!(first.endpoint, LRS);
    // Reading does not take it out: a closed page sends it again next time.
    assert_eq!(store.next_waiting().await.unwrap(), Some(first.clone()));
    store
        .settle(
            first.seq,
            &Settlement::Accepted {
                at: 1_764_500_001_000,
            },
        )
        .await
        .unwrap();
    let second = store.next_waiting().await.unwrap().unwrap();
    assert!(second.seq > first.seq);
    assert_eq!(second.statement_id, "00000000-0000-4000-8000-000000000002");
    store
        .settle(second.seq, &Settlement::Refused(refusal(422)))
        .await
        .unwrap();
    let third = store.next_waiting().await.unwrap().unwrap();
    assert_eq!(
        third.statement_id, "00000000-0000-4000-8000-000000000003",
        "a refused statement does not block the rest"
    );
    // Settling one that is gone (another tab did) changes nothing.
    store
        .settle(first.seq, &Settlement::Refused(refusal(400)))
        .await
        .unwrap();
    let summary = store.outbox_summary().await.unwrap();
    assert_eq!(summary.waiting, 2);
    // Counting alone agrees, and a refused statement is not waiting.
    assert_eq!(store.outbox_waiting().await.unwrap(), 2);
    assert_eq!(summary.last_accepted, Some(1_764_500_001_000));
    assert_eq!(summary.refused.len(), 1);
    assert_eq!(summary.refused[0].seq, second.seq);
    assert_eq!(summary.refused[0].refusal, refusal(422));
    assert_eq!(summary.refused[0].label.what, "ap-02");
    // The trainer fixed the credentials; the learner sends the refused one again.
    assert_eq!(
        store
            .requeue_refused(Some((LRS, Some("Basic YmFydQ=="))))
            .await
            .unwrap(),
        1
    );
    let again = store.next_waiting().await.unwrap().unwrap();
    assert_eq!(again.seq, second.seq, "back at its old place");
    assert_eq!(again.auth.as_deref(), Some("Basic YmFydQ=="));
    assert_eq!(again.body, second.body);
    for _ in 0..3 {
        let next = store.next_waiting().await.unwrap().unwrap();
        store
            .settle(
                next.seq,
                &Settlement::Accepted {
                    at: 1_764_500_002_000,
                },
            )
            .await
            .unwrap();
    }
    assert_eq!(store.next_waiting().await.unwrap(), None);
    let summary = store.outbox_summary().await.unwrap();
    assert_eq!((summary.waiting, summary.refused.len()), (0, 0));
    assert_eq!(store.outbox_waiting().await.unwrap(), 0);
    assert_eq!(summary.last_accepted, Some(1_764_500_002_000));
    // Keys are never reused: a new statement comes after every earlier one.
    store.enqueue(&statement(5, LRS, None)).await.unwrap();
    let fifth = store.next_waiting().await.unwrap().unwrap();
    assert!(fifth.seq > again.seq);
    assert_eq!(fifth.auth, None);
}

/// Requeueing with credentials for another endpoint keeps each statement's own.
pub async fn outbox_credentials_per_endpoint<S: OutboxStore>(store: &S) {
    store
        .enqueue(&statement(1, "https://a.example/", Some("Basic YQ==")))
        .await
        .unwrap();
    store
        .enqueue(&statement(2, "https://b.example/", Some("Basic Yg==")))
        .await
        .unwrap();
    for _ in 0..2 {
        let s = store.next_waiting().await.unwrap().unwrap();
        store
            .settle(s.seq, &Settlement::Refused(refusal(401)))
            .await
            .unwrap();
    }
    let summary = store.outbox_summary().await.unwrap();
    assert!(summary.refused.iter().all(|r| r.refusal.credentials()));
    store
        .requeue_refused(Some(("https://b.example/", Some("Basic bmV1"))))
        .await
        .unwrap();
    let a = store.next_waiting().await.unwrap().unwrap();
    assert_eq!(
        (a.endpoint.as_str(), a.auth.as_deref()),
        ("https://a.example/", Some("Basic YQ=="))
    );
    store
        .settle(a.seq, &Settlement::Accepted { at: 1 })
        .await
        .unwrap();
    let b = store.next_waiting().await.unwrap().unwrap();
    assert_eq!(b.auth.as_deref(), Some("Basic bmV1"));
}

/// Import and reset replace progress, not the statements owed to an LRS; the snapshot (what
/// an export holds) has no place for them or their credentials.
pub async fn outbox_outlives_replace_all<S: ProgressStore + OutboxStore>(store: &S) {
    store
        .enqueue(&statement(
            1,
            "https://lrs.example/",
            Some("Basic cmFoYXNpYQ=="),
        ))
        .await
        .unwrap();
    store.replace_all(&Snapshot::default()).await.unwrap();
    assert_eq!(store.snapshot().await.unwrap(), Snapshot::default());
    assert_eq!(store.outbox_summary().await.unwrap().waiting, 1);
}

/// The replay of a registration (issue 27, item 3): its statements join the queue after what
/// waits, in order and byte for byte, once per registration; a second replay of it adds
/// nothing; another registration replays; a reset keeps what was noted (and the statements);
/// a snapshot never carries it.
pub async fn outbox_replay_once<S: ProgressStore + OutboxStore>(store: &S) {
    const LRS: &str = "https://lrs.example/xAPI/";
    const REG: &str = "8f2a4c1e-3b5d-4e6f-9a7b-0c1d2e3f4a5b";
    store.enqueue(&statement(1, LRS, None)).await.unwrap();
    let replay = [
        statement(2, LRS, Some("Basic YQ==")),
        statement(3, LRS, None),
    ];
    assert!(store.enqueue_replay(REG, &replay, 7).await.unwrap());
    assert_eq!(store.outbox_summary().await.unwrap().waiting, 3);
    assert_eq!(store.outbox_waiting().await.unwrap(), 3);
    assert!(
        !store.enqueue_replay(REG, &replay, 8).await.unwrap(),
        "a registration is replayed once"
    );
    assert!(!store.enqueue_replay(REG, &[], 9).await.unwrap());
    assert_eq!(store.outbox_summary().await.unwrap().waiting, 3);
    store.replace_all(&Snapshot::default()).await.unwrap();
    assert!(
        !store.enqueue_replay(REG, &replay, 10).await.unwrap(),
        "a reset keeps the registrations noted, as it keeps the outbox"
    );
    assert_eq!(store.snapshot().await.unwrap(), Snapshot::default());
    for n in 1..=3 {
        let next = store.next_waiting().await.unwrap().unwrap();
        assert_eq!(
            next.body,
            statement(n, LRS, None).body,
            "in order, byte for byte"
        );
        if n == 2 {
            assert_eq!(next.auth.as_deref(), Some("Basic YQ=="));
        }
        store
            .settle(next.seq, &Settlement::Accepted { at: 11 })
            .await
            .unwrap();
    }
    assert!(store
        .enqueue_replay("0b6e2f7c-1d3a-4c5b-8e9f-a0b1c2d3e4f5", &replay[..1], 12)
        .await
        .unwrap());
    assert_eq!(store.outbox_summary().await.unwrap().waiting, 1);
}

/// Two tabs add to one queue: one order for both, by the database's key.
pub async fn outbox_two_tabs<S: OutboxStore>(tab_a: &S, tab_b: &S) {
    tab_a
        .enqueue(&statement(1, "https://lrs.example/", None))
        .await
        .unwrap();
    tab_b
        .enqueue(&statement(2, "https://lrs.example/", None))
        .await
        .unwrap();
    tab_a
        .enqueue(&statement(3, "https://lrs.example/", None))
        .await
        .unwrap();
    for n in 1..=3 {
        let from_b = tab_b.next_waiting().await.unwrap().unwrap();
        assert_eq!(
            from_b.statement_id,
            format!("00000000-0000-4000-8000-{n:012}")
        );
        tab_a
            .settle(from_b.seq, &Settlement::Accepted { at: 5 })
            .await
            .unwrap();
        // Tab B settles the same one late: nothing happens.
        tab_b
            .settle(from_b.seq, &Settlement::Refused(refusal(400)))
            .await
            .unwrap();
    }
    assert_eq!(tab_b.outbox_summary().await.unwrap().refused, vec![]);
}
