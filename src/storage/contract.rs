//! The contract every [`ProgressStore`] adapter passes: run natively on the memory adapter
//! (`tests/storage.rs`) and in headless Chromium on the IndexedDB adapter
//! (`tests/browser.rs`). Each function starts from an empty store and panics on a breach.
#![allow(
    clippy::missing_panics_doc,
    clippy::unwrap_used,
    reason = "a test suite: a failed assertion is the report"
)]

use super::outbox::{NewStatement, OutboxStore, Settlement};
use super::{ProgressStore, StorageError};
use crate::domain::embed::Action;
use crate::domain::ids::{LessonId, ModuleId, QuestionId};
use crate::domain::lrs::outbox::{Label, Refusal, Summary};
use crate::domain::progress::{LessonUpdate, Resume};
use crate::domain::quiz::{Answer, AnswerRecord, Attempt, FULL};
use crate::domain::route::Route;
use crate::domain::transfer::Snapshot;

fn module() -> ModuleId {
    ModuleId::parse("pola-pikir-melayani").unwrap()
}

fn update(lesson: &str, read: bool, add_seconds: u32) -> LessonUpdate {
    LessonUpdate {
        module: module(),
        lesson: LessonId::parse(lesson).unwrap(),
        read,
        add_seconds,
        position: Some(50),
    }
}

fn attempt(id: &str) -> Attempt {
    Attempt {
        id: id.to_owned(),
        module: module(),
        seed: 4_000_000_000,
        started_at: 1_700_000_000_000,
        questions: vec![
            QuestionId::parse("ppm-01").unwrap(),
            QuestionId::parse("ppm-02").unwrap(),
        ],
        finished_at: None,
    }
}

fn answer(attempt: &str, question: &str, credit: u32) -> AnswerRecord {
    AnswerRecord {
        attempt: attempt.to_owned(),
        question: QuestionId::parse(question).unwrap(),
        answer: Answer::Matching(vec![("a".into(), "b".into())]),
        credit,
        answered_at: 1_700_000_000_500,
    }
}

/// Lessons: updates merge with what is stored, reading is never undone.
pub async fn lessons_merge<S: ProgressStore>(store: &S) {
    assert!(store.lessons().await.unwrap().is_empty());
    store
        .update_lesson(&update("satu", false, 10), 100)
        .await
        .unwrap();
    store
        .update_lesson(&update("satu", true, 5), 200)
        .await
        .unwrap();
    let rec = store
        .update_lesson(&update("satu", false, 1), 300)
        .await
        .unwrap();
    assert_eq!(
        (rec.opened_at, rec.read_at, rec.seconds),
        (100, Some(200), 16)
    );
    store
        .update_lesson(&update("dua", false, 0), 400)
        .await
        .unwrap();
    let mut all = store.lessons().await.unwrap();
    all.sort_by(|a, b| a.lesson.cmp(&b.lesson));
    assert_eq!(all.len(), 2);
    assert_eq!(all[1], rec, "what was returned is what is stored");
}

/// Attempts and answers: stored whole, finishing is kept, the first answer wins.
pub async fn attempts_and_answers<S: ProgressStore>(store: &S) {
    let a = attempt("a1");
    store.put_attempt(&a).await.unwrap();
    let mut finished = a.clone();
    finished.finished_at = Some(1_700_000_001_000);
    store.put_attempt(&finished).await.unwrap();
    // A stale copy without finished_at (another tab) does not reopen the attempt.
    let merged = store.put_attempt(&a).await.unwrap();
    assert_eq!(merged.finished_at, Some(1_700_000_001_000));
    assert_eq!(store.attempts().await.unwrap(), vec![merged]);

    let first = store
        .put_answer(&answer("a1", "ppm-01", FULL))
        .await
        .unwrap();
    let second = store.put_answer(&answer("a1", "ppm-01", 0)).await.unwrap();
    assert_eq!(first, second, "an answer once given stays");
    store
        .put_answer(&answer("a1", "ppm-02", 500))
        .await
        .unwrap();
    let answers = store.answers().await.unwrap();
    assert_eq!(answers.len(), 2);
    assert!(answers
        .iter()
        .any(|r| r.credit == FULL && r.question.as_str() == "ppm-01"));
    assert_eq!(
        answers
            .iter()
            .find(|r| r.question.as_str() == "ppm-02")
            .unwrap()
            .answer,
        answer("a1", "ppm-02", 500).answer
    );
}

/// Resume point, snapshot and atomic replace.
pub async fn snapshot_and_replace<S: ProgressStore>(store: &S) {
    assert_eq!(store.resume().await.unwrap(), None);
    let resume = Resume::new(Route::Quiz(module()), 5).unwrap();
    store.set_resume(&resume).await.unwrap();
    assert_eq!(store.resume().await.unwrap(), Some(resume.clone()));
    store
        .update_lesson(&update("satu", true, 10), 100)
        .await
        .unwrap();
    store.put_attempt(&attempt("a1")).await.unwrap();
    store
        .put_answer(&answer("a1", "ppm-01", FULL))
        .await
        .unwrap();
    let snap = store.snapshot().await.unwrap();
    assert_eq!(
        (snap.lessons.len(), snap.attempts.len(), snap.answers.len()),
        (1, 1, 1)
    );
    assert_eq!(snap.resume, Some(resume));

    store.replace_all(&Snapshot::default()).await.unwrap();
    assert_eq!(
        store.snapshot().await.unwrap(),
        Snapshot::default(),
        "reset empties everything"
    );
    store.replace_all(&snap).await.unwrap();
    let mut back = store.snapshot().await.unwrap();
    back.lessons
        .sort_by_key(crate::domain::progress::LessonRecord::key);
    assert_eq!(back, snap, "replace restores exactly");
}

/// The pseudonymous id is made once and then kept.
pub async fn actor_id_is_stable<S: ProgressStore>(store: &S) {
    let first = store
        .actor_id("11111111-1111-4111-8111-111111111111")
        .await
        .unwrap();
    let again = store
        .actor_id("22222222-2222-4222-8222-222222222222")
        .await
        .unwrap();
    assert_eq!(first, "11111111-1111-4111-8111-111111111111");
    assert_eq!(again, first);
    // Reset issues a new one.
    store
        .renew_actor_id(Some("33333333-3333-4333-8333-333333333333"))
        .await
        .unwrap();
    assert_eq!(
        store
            .actor_id("44444444-4444-4444-8444-444444444444")
            .await
            .unwrap(),
        "33333333-3333-4333-8333-333333333333"
    );
    // Without randomness it is deleted; the next id given is then the one kept.
    store.renew_actor_id(None).await.unwrap();
    assert_eq!(
        store
            .actor_id("55555555-5555-4555-8555-555555555555")
            .await
            .unwrap(),
        "55555555-5555-4555-8555-555555555555"
    );
}

/// The profile is saved, replaced and deleted.
pub async fn profile_round_trip<S: ProgressStore>(store: &S) {
    assert_eq!(store.profile().await.unwrap(), None);
    let p =
        crate::domain::record::profile("Siti Rahma", "19900101 201503 1 001", "Kecamatan Sukamaju")
            .unwrap();
    store.set_profile(Some(&p)).await.unwrap();
    assert_eq!(store.profile().await.unwrap(), Some(p));
    store.set_profile(None).await.unwrap();
    assert_eq!(store.profile().await.unwrap(), None);
}

/// Two handles on the same data (two tabs): neither loses the other's writes.
pub async fn two_writers<S: ProgressStore>(tab_a: &S, tab_b: &S) {
    tab_a
        .update_lesson(&update("satu", true, 30), 100)
        .await
        .unwrap();
    tab_b
        .update_lesson(&update("satu", false, 20), 150)
        .await
        .unwrap();
    tab_b
        .update_lesson(&update("dua", true, 5), 160)
        .await
        .unwrap();
    tab_a.put_attempt(&attempt("dari-a")).await.unwrap();
    tab_b.put_attempt(&attempt("dari-b")).await.unwrap();
    tab_a
        .put_answer(&answer("dari-a", "ppm-01", FULL))
        .await
        .unwrap();
    tab_b
        .put_answer(&answer("dari-b", "ppm-01", 0))
        .await
        .unwrap();
    for tab in [tab_a, tab_b] {
        let lessons = tab.lessons().await.unwrap();
        let satu = lessons
            .iter()
            .find(|l| l.lesson.as_str() == "satu")
            .unwrap();
        assert_eq!(
            (satu.read_at, satu.seconds),
            (Some(100), 50),
            "both tabs' time adds up, reading kept"
        );
        assert_eq!(lessons.len(), 2);
        assert_eq!(tab.attempts().await.unwrap().len(), 2);
        assert_eq!(tab.answers().await.unwrap().len(), 2);
    }
}

/// Errors are values, never panics: the error type is usable by the UI.
pub fn errors_are_displayable() {
    let e = StorageError::QuotaExceeded;
    assert_eq!(e.to_string(), "ruang penyimpanan perangkat penuh");
}

/// Worksheets: saved whole, replaced, carried by the snapshot, deleted by a reset and
/// restored by `replace_all`; other progress is untouched by a worksheet write.
pub async fn worksheet_round_trip<S: ProgressStore>(store: &S) {
    use crate::domain::worksheet::{KbkSheet, Member, Role, TallyRow, Worksheet, WorksheetId};
    assert_eq!(store.worksheet(WorksheetId::Kbk).await.unwrap(), None);
    let mut kbk = KbkSheet {
        group: "KBK Loket Prima".into(),
        members: vec![Member {
            name: "Siti <b>Rahma</b>".into(),
            role: Role::Ketua,
        }],
        tally: vec![TallyRow {
            cause: "berkas tidak lengkap".into(),
            count: 12,
        }],
        ..KbkSheet::default()
    };
    let first = Worksheet::new(WorksheetId::Kbk, kbk.clone(), 100).unwrap();
    store.set_worksheet(&first).await.unwrap();
    assert_eq!(
        store.worksheet(WorksheetId::Kbk).await.unwrap(),
        Some(first)
    );
    kbk.plan = "Daftar periksa berkas di loket".into();
    let second = Worksheet::new(WorksheetId::Kbk, kbk, 200).unwrap();
    store.set_worksheet(&second).await.unwrap();
    assert_eq!(
        store.worksheet(WorksheetId::Kbk).await.unwrap(),
        Some(second.clone()),
        "the last write replaces the sheet"
    );
    store
        .update_lesson(&update("satu", true, 10), 100)
        .await
        .unwrap();
    let snap = store.snapshot().await.unwrap();
    assert_eq!(snap.worksheets, vec![second.clone()]);
    assert_eq!(snap.lessons.len(), 1);

    store.replace_all(&Snapshot::default()).await.unwrap();
    assert_eq!(
        store.worksheet(WorksheetId::Kbk).await.unwrap(),
        None,
        "reset deletes worksheets"
    );
    assert_eq!(store.snapshot().await.unwrap(), Snapshot::default());
    store.replace_all(&snap).await.unwrap();
    assert_eq!(
        store.worksheet(WorksheetId::Kbk).await.unwrap(),
        Some(second),
        "import restores worksheets"
    );
}

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
