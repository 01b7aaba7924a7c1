//! The contract every [`ProgressStore`] adapter passes: run natively on the memory adapter
//! (`tests/storage.rs`) and in headless Chromium on the IndexedDB adapter
//! (`tests/browser.rs`). Each function starts from an empty store and panics on a breach.
#![allow(
    clippy::missing_panics_doc,
    clippy::unwrap_used,
    reason = "a test suite: a failed assertion is the report"
)]

use super::{ProgressStore, StorageError};
use crate::domain::ids::{LessonId, ModuleId, QuestionId};
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

/// The single-store contract as tests for one adapter, from one list: every function here
/// that takes one fresh store is run on each adapter (`tests/storage.rs` natively,
/// `tests/browser.rs` in Chromium), so a new one cannot be left out of either.
///
/// `native: <expr>` makes `#[test]` functions that block on the suite with a store from the
/// expression; `browser: <async fn(&'static str) -> store>` makes `#[wasm_bindgen_test]`
/// functions, each with its own fresh database named after the test. (`two_writers` and
/// `outbox_two_tabs` need two connections to one database: the browser suite runs them on
/// its own; a memory store belongs to one page, so they could not fail there.)
#[macro_export]
macro_rules! storage_contract_suite {
    (@names $callback:ident ! ($($args:tt)*)) => {
        $crate::$callback!($($args)*;
            lessons_merge,
            attempts_and_answers,
            snapshot_and_replace,
            holds_progress_only_when_a_snapshot_would,
            actor_id_is_stable,
            profile_round_trip,
            worksheet_round_trip,
            pretest_kept_and_merged,
            rtl_kept_and_merged,
            journal_kept_and_merged,
            review_kept_and_stepped,
            outbox_in_order,
            outbox_credentials_per_endpoint,
            outbox_outlives_replace_all,
            outbox_replay_once
        );
    };
    (native: $make:expr) => {
        $crate::storage_contract_suite!(@names storage_contract_native!($make));
    };
    (browser: $fresh:path) => {
        $crate::storage_contract_suite!(@names storage_contract_browser!($fresh));
    };
}

/// One `#[test]` per contract function (see [`storage_contract_suite`]).
#[doc(hidden)]
#[macro_export]
macro_rules! storage_contract_native {
    ($make:expr; $($name:ident),*) => {
        $(
            #[test]
            fn $name() {
                ::futures::executor::block_on($crate::storage::contract::$name(&$make));
            }
        )*
    };
}

/// One `#[wasm_bindgen_test]` per contract function (see [`storage_contract_suite`]).
#[doc(hidden)]
#[macro_export]
macro_rules! storage_contract_browser {
    ($fresh:path; $($name:ident),*) => {
        $(
            #[::wasm_bindgen_test::wasm_bindgen_test]
            async fn $name() {
                let store = $fresh(concat!("bimtek-test-contract-", stringify!($name))).await;
                $crate::storage::contract::$name(&store).await;
            }
        )*
    };
}

/// Pre-tests (schema v4): one per module; the first one started or skipped wins, answers
/// merge (the first answer to an item wins), finishing is never undone; a snapshot carries
/// them and `replace_all` replaces them (a reset deletes them).
pub async fn pretest_kept_and_merged<S: ProgressStore>(store: &S) {
    use crate::domain::pretest::PretestRecord;
    assert!(store.pretests().await.unwrap().is_empty());
    let started = PretestRecord::taken(attempt("pre-1"));
    assert_eq!(store.put_pretest(&started).await.unwrap(), started);
    // Another tab's pre-test, or a skip, does not replace the one started.
    let other = PretestRecord::taken(attempt("pre-2"));
    assert_eq!(store.put_pretest(&other).await.unwrap(), started);
    let skip = PretestRecord::skipped(module(), 5);
    assert_eq!(store.put_pretest(&skip).await.unwrap(), started);
    // Answers merge; the first answer to an item stays.
    let one = started.clone().with_answer(answer("pre-1", "ppm-01", FULL));
    store.put_pretest(&one).await.unwrap();
    let late = started.clone().with_answer(answer("pre-1", "ppm-01", 0));
    let late = late.with_answer(answer("pre-1", "ppm-02", 0)).finish(9);
    let stored = store.put_pretest(&late).await.unwrap();
    assert_eq!(stored.answers.len(), 2);
    assert_eq!(stored.answers[0].credit, FULL, "the first answer wins");
    assert!(stored.finished());
    let again = store.put_pretest(&started).await.unwrap();
    assert!(again.finished(), "finishing is never undone");
    assert_eq!(store.pretests().await.unwrap(), vec![again.clone()]);
    // Snapshot and replace_all.
    let snap = store.snapshot().await.unwrap();
    assert_eq!(snap.pretests, vec![again]);
    store.replace_all(&Snapshot::default()).await.unwrap();
    assert!(store.pretests().await.unwrap().is_empty());
    store.replace_all(&snap).await.unwrap();
    assert_eq!(store.snapshot().await.unwrap().pretests, snap.pretests);
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

/// `holds_progress` (the start-up's check before it loads the decoders of saved progress):
/// `false` on a fresh store and whenever the snapshot is empty — also with an actor id and a
/// profile, which are not progress — and `true` after any kind of progress is saved.
pub async fn holds_progress_only_when_a_snapshot_would<S: ProgressStore>(store: &S) {
    assert!(!store.holds_progress().await.unwrap(), "a fresh store");
    store
        .actor_id("11111111-1111-4111-8111-111111111111")
        .await
        .unwrap();
    store
        .set_profile(Some(&crate::domain::record::Profile {
            name: "Siti".into(),
            nip: None,
            unit: "Dinas".into(),
        }))
        .await
        .unwrap();
    assert!(
        !store.holds_progress().await.unwrap(),
        "an actor id and a profile are not progress"
    );
    assert_eq!(store.snapshot().await.unwrap(), Snapshot::default());
    let resume = Resume::new(Route::Quiz(module()), 5).unwrap();
    store.set_resume(&resume).await.unwrap();
    assert!(
        store.holds_progress().await.unwrap(),
        "where the learner stopped"
    );
    store.replace_all(&Snapshot::default()).await.unwrap();
    assert!(!store.holds_progress().await.unwrap(), "after a reset");
    store
        .update_lesson(&update("satu", true, 10), 100)
        .await
        .unwrap();
    assert!(store.holds_progress().await.unwrap(), "a lesson read");
    store.replace_all(&Snapshot::default()).await.unwrap();
    store.put_attempt(&attempt("a1")).await.unwrap();
    assert!(store.holds_progress().await.unwrap(), "an attempt");
    store.replace_all(&Snapshot::default()).await.unwrap();
    let sheet = crate::domain::worksheet::Worksheet::new(
        crate::domain::worksheet::WorksheetId::Kbk,
        crate::domain::worksheet::KbkSheet {
            group: "KBK Loket Prima".into(),
            ..crate::domain::worksheet::KbkSheet::default()
        },
        100,
    )
    .unwrap();
    store.set_worksheet(&sheet).await.unwrap();
    assert!(store.holds_progress().await.unwrap(), "a worksheet");
    store.replace_all(&Snapshot::default()).await.unwrap();
    store
        .put_pretest(&crate::domain::pretest::PretestRecord::skipped(module(), 5))
        .await
        .unwrap();
    assert!(store.holds_progress().await.unwrap(), "a pre-test");
    store.replace_all(&Snapshot::default()).await.unwrap();
    let mut plan = crate::domain::rtl::RtlPlan::empty(module());
    plan.perubahan = "Menjelaskan kekurangan berkas sekaligus".into();
    plan.tenggat = "2027-01-31".into();
    store.put_rtl(&plan.saved(100).unwrap()).await.unwrap();
    assert!(store.holds_progress().await.unwrap(), "an RTL plan");
    store.replace_all(&Snapshot::default()).await.unwrap();
    let entry = crate::domain::journal::JournalEntry::new(
        module(),
        crate::domain::ids::LessonId::parse("satu").unwrap(),
        "Besok saya mulai.".into(),
        100,
    )
    .unwrap();
    store.put_journal(&entry).await.unwrap();
    assert!(store.holds_progress().await.unwrap(), "a journal entry");
    store.replace_all(&Snapshot::default()).await.unwrap();
    review::one_missed(store).await;
    assert!(
        store.holds_progress().await.unwrap(),
        "a question to review"
    );
    store.replace_all(&Snapshot::default()).await.unwrap();
    assert!(!store.holds_progress().await.unwrap());
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

mod kept;
pub use kept::{journal_kept_and_merged, rtl_kept_and_merged};
mod review;
pub use review::review_kept_and_stepped;
mod outbox;
pub use outbox::{
    outbox_credentials_per_endpoint, outbox_in_order, outbox_outlives_replace_all,
    outbox_replay_once, outbox_two_tabs,
};
