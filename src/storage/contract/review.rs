//! The contract for the review queue (schema v6, issue 29 item 2, "Ulang soal yang salah"):
//! each step applied to the entry stored at that moment, a question answered out of the last
//! box deleted, the first answer to a box winning over a second one (two tabs), a snapshot
//! carrying the queue, `replace_all` replacing it (a reset deletes it, an import brings it back),
//! and the rest of the progress untouched. Split from `contract.rs`; run on both adapters from
//! the same list.
#![allow(
    clippy::missing_panics_doc,
    clippy::unwrap_used,
    reason = "a test suite: a failed assertion is the report"
)]

use super::super::ProgressStore;
use super::{answer, attempt, module};
use crate::domain::ids::{ModuleId, QuestionId};
use crate::domain::review::{Change, ReviewEntry, Step, Today, LAST_BOX};
use crate::domain::time::DAY;
use crate::domain::transfer::Snapshot;

/// 1 December 2026, 09:00 in Jakarta (UTC+7).
const START: i64 = 1_796_090_400_000;
const FINGERPRINT: &str = "0123456789abcdef";

fn day(n: i64) -> Today {
    Today::new(START + n * DAY, 420)
}

fn step(question: &str, change: Change) -> Step {
    Step {
        module: module(),
        question: QuestionId::parse(question).unwrap(),
        change,
    }
}

fn missed(question: &str) -> Step {
    step(
        question,
        Change::Missed {
            fingerprint: FINGERPRINT.into(),
        },
    )
}

fn answered(question: &str, seen: u8, right: bool) -> Step {
    step(
        question,
        Change::Answered {
            fingerprint: FINGERPRINT.into(),
            seen,
            right,
        },
    )
}

/// A question missed in a post-test, stored (for `holds_progress_only_when_a_snapshot_would`).
pub(super) async fn one_missed<S: ProgressStore>(store: &S) {
    assert!(one(store, &missed("ppm-01"), day(0)).await.is_some());
}

/// One step in a write of its own: what is stored after it.
async fn one<S: ProgressStore>(store: &S, step: &Step, today: Today) -> Option<ReviewEntry> {
    let mut now = store
        .review_steps(std::slice::from_ref(step), today)
        .await
        .unwrap();
    assert_eq!(now.len(), 1);
    now.pop().unwrap()
}

fn sorted(mut all: Vec<ReviewEntry>) -> Vec<ReviewEntry> {
    all.sort_by_key(ReviewEntry::storage_key);
    all
}

/// The review queue (schema v6): steps applied to what is stored, out after the last box, the
/// first answer to a box wins, carried by a snapshot, replaced by `replace_all`.
pub async fn review_kept_and_stepped<S: ProgressStore>(store: &S) {
    assert!(store.reviews().await.unwrap().is_empty());
    // Two questions missed in a post-test.
    let first = one(store, &missed("ppm-01"), day(0)).await.unwrap();
    assert_eq!((first.level, first.due_day), (1, day(1).day));
    one(store, &missed("ppm-02"), day(0)).await;
    assert_eq!(store.reviews().await.unwrap().len(), 2);
    // Day 1: ppm-01 answered right moves up; the same answer again (a second tab that showed
    // it in box 1 too) changes nothing.
    let up = one(store, &answered("ppm-01", 1, true), day(1))
        .await
        .unwrap();
    assert_eq!((up.level, up.due_day), (2, day(4).day));
    let again = one(store, &answered("ppm-01", 1, false), day(1)).await;
    assert_eq!(again.as_ref(), Some(&up), "the first answer to a box wins");
    // Wrong: back to box 1.
    let back = one(store, &answered("ppm-02", 1, false), day(1))
        .await
        .unwrap();
    assert_eq!((back.level, back.due_day), (1, day(2).day));
    // Out of the last box: the row is deleted.
    let mut last = up.clone();
    last.level = LAST_BOX;
    store
        .replace_all(&Snapshot {
            review: vec![last, back.clone()],
            ..Snapshot::default()
        })
        .await
        .unwrap();
    let gone = one(store, &answered("ppm-01", LAST_BOX, true), day(30)).await;
    assert_eq!(gone, None);
    assert_eq!(store.reviews().await.unwrap(), vec![back.clone()]);
    // A question removed from the bank leaves; a step for one not queued writes nothing.
    assert_eq!(
        one(store, &step("ppm-02", Change::Removed), day(3)).await,
        None
    );
    assert_eq!(one(store, &answered("ppm-09", 1, true), day(3)).await, None);
    assert!(store.reviews().await.unwrap().is_empty());
    // Several steps in one write, applied in order, each to what the one before left: two
    // questions missed, then the first answered right on its day, in one call.
    let now = store
        .review_steps(
            &[
                missed("ppm-04"),
                missed("ppm-05"),
                answered("ppm-04", 1, true),
                step("ppm-06", Change::Removed),
            ],
            day(7),
        )
        .await
        .unwrap();
    assert_eq!(now.len(), 4);
    assert_eq!(now[0].as_ref().map(|e| e.level), Some(1));
    assert_eq!(
        now[2].as_ref().map(|e| e.level),
        Some(2),
        "applied to the step before's"
    );
    assert_eq!(now[3], None);
    let mut stored = store.reviews().await.unwrap();
    stored.sort_by_key(|e| e.question.clone());
    assert_eq!(
        stored
            .iter()
            .map(|e| (e.question.as_str(), e.level))
            .collect::<Vec<_>>(),
        vec![("ppm-04", 2), ("ppm-05", 1)]
    );
    store.replace_all(&Snapshot::default()).await.unwrap();
    // Carried by a snapshot with the rest, replaced by replace_all, the rest untouched.
    one(store, &missed("ppm-01"), day(5)).await;
    let other = Step {
        module: ModuleId::parse("agen-perubahan").unwrap(),
        ..missed("ap-01")
    };
    one(store, &other, day(5)).await;
    store.put_attempt(&attempt("a1")).await.unwrap();
    store.put_answer(&answer("a1", "ppm-01", 0)).await.unwrap();
    let snap = store.snapshot().await.unwrap();
    assert_eq!(snap.review.len(), 2);
    assert_eq!(
        sorted(snap.review.clone()),
        sorted(store.reviews().await.unwrap())
    );
    let answers = snap.answers.len();
    one(store, &missed("ppm-03"), day(6)).await;
    assert_eq!(
        store.snapshot().await.unwrap().answers.len(),
        answers,
        "a review step writes no answer"
    );
    store.replace_all(&Snapshot::default()).await.unwrap();
    assert!(
        store.reviews().await.unwrap().is_empty(),
        "reset deletes the queue"
    );
    store.replace_all(&snap).await.unwrap();
    assert_eq!(
        sorted(store.snapshot().await.unwrap().review),
        sorted(snap.review),
        "import restores the queue"
    );
}
