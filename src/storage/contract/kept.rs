//! The contract for what a learner keeps from a module (schema v5, issue 26 items 4 and 6):
//! the follow-up action plans and the reflection journal. Split from `contract.rs`; run on both
//! adapters from the same list.
#![allow(
    clippy::missing_panics_doc,
    clippy::unwrap_used,
    reason = "a test suite: a failed assertion is the report"
)]

use super::super::ProgressStore;
use super::{module, update};
use crate::domain::ids::{LessonId, ModuleId};
use crate::domain::transfer::Snapshot;

/// Follow-up action plans (schema v5): one per module; the later save's answers win, a
/// follow-up is never lost to a save that did not know it (two tabs); a snapshot carries them,
/// `replace_all` replaces them (a reset deletes them), and other progress is untouched.
pub async fn rtl_kept_and_merged<S: ProgressStore>(store: &S) {
    use crate::domain::rtl::{FollowUp, Outcome, RtlPlan};
    assert!(store.rtl_plans().await.unwrap().is_empty());
    let mut plan = RtlPlan::empty(module());
    plan.perubahan = "Menjelaskan <b>kekurangan</b> berkas sekaligus".into();
    plan.tenggat = "2027-01-31".into();
    let first = plan.clone().saved(100).unwrap();
    assert_eq!(store.put_rtl(&first).await.unwrap(), first);
    // The follow-up, answered in one tab…
    let answered = first
        .clone()
        .with_follow_up(FollowUp::new(Outcome::Started, "baru satu loket", 500).unwrap());
    store.put_rtl(&answered).await.unwrap();
    // …is kept when another tab, which never saw it, saves an edit of the plan.
    let mut edited = first.clone();
    edited.lapor_kepada = "Kepala seksi pelayanan".into();
    let edited = edited.saved(200).unwrap();
    let stored = store.put_rtl(&edited).await.unwrap();
    assert_eq!(stored.lapor_kepada, "Kepala seksi pelayanan");
    assert_eq!(stored.follow_up, answered.follow_up, "the follow-up stays");
    // An older save (a slow tab) does not undo the newer answers.
    let stale = store.put_rtl(&first).await.unwrap();
    assert_eq!(stale, stored, "the later save's answers win");
    let other = RtlPlan {
        module: ModuleId::parse("agen-perubahan").unwrap(),
        ..first.clone()
    };
    store.put_rtl(&other).await.unwrap();
    let mut all = store.rtl_plans().await.unwrap();
    all.sort_by(|a, b| a.module.cmp(&b.module));
    assert_eq!(all, vec![other, stored.clone()]);
    // (A migrated database may hold lessons already.)
    let lessons = store.lessons().await.unwrap().len();
    store
        .update_lesson(&update("satu", true, 10), 100)
        .await
        .unwrap();
    let snap = store.snapshot().await.unwrap();
    assert_eq!(snap.rtl.len(), 2);
    assert_eq!(snap.lessons.len(), lessons + 1, "other progress untouched");
    store.replace_all(&Snapshot::default()).await.unwrap();
    assert!(
        store.rtl_plans().await.unwrap().is_empty(),
        "reset deletes plans"
    );
    store.replace_all(&snap).await.unwrap();
    let mut back = store.snapshot().await.unwrap().rtl;
    back.sort_by(|a, b| a.module.cmp(&b.module));
    let mut want = snap.rtl;
    want.sort_by(|a, b| a.module.cmp(&b.module));
    assert_eq!(back, want, "import restores plans");
}

/// Journal entries (schema v5): one per lesson; the later save wins (a slow tab does not undo
/// a newer text); a snapshot carries them, `replace_all` replaces them.
pub async fn journal_kept_and_merged<S: ProgressStore>(store: &S) {
    use crate::domain::journal::JournalEntry;
    assert!(store.journal().await.unwrap().is_empty());
    let entry = |lesson: &str, text: &str, at: i64| {
        JournalEntry::new(module(), LessonId::parse(lesson).unwrap(), text.into(), at).unwrap()
    };
    let first = entry(
        "satu",
        "Saya jarang bertanya kepada <i>warga</i>.\nBesok saya mulai.",
        100,
    );
    assert_eq!(store.put_journal(&first).await.unwrap(), first);
    let newer = entry("satu", "Saya akan bertanya setiap pagi.", 300);
    assert_eq!(store.put_journal(&newer).await.unwrap(), newer);
    let stale = entry("satu", "teks lama dari tab lain", 200);
    assert_eq!(
        store.put_journal(&stale).await.unwrap(),
        newer,
        "the later save wins"
    );
    let two = entry("dua", "", 400);
    store.put_journal(&two).await.unwrap();
    let mut all = store.journal().await.unwrap();
    all.sort_by_key(JournalEntry::key);
    assert_eq!(all, vec![two, newer.clone()]);
    let snap = store.snapshot().await.unwrap();
    assert_eq!(snap.journal.len(), 2);
    store.replace_all(&Snapshot::default()).await.unwrap();
    assert!(
        store.journal().await.unwrap().is_empty(),
        "reset deletes the journal"
    );
    store.replace_all(&snap).await.unwrap();
    let mut back = store.snapshot().await.unwrap().journal;
    back.sort_by_key(JournalEntry::key);
    let mut want = snap.journal;
    want.sort_by_key(JournalEntry::key);
    assert_eq!(back, want, "import restores the journal");
}
