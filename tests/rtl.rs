//! The follow-up action plan (RTL) and the reflection journal, app side (issue 26, items 4
//! and 6): the plan's limits and deadline, the follow-up's one line, the 30-day question's due
//! rule with the clock moved, how two saves merge, the journal's cap. Their trip through export
//! and import: `tests/rtl_transfer.rs`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use bimtek::domain::ids::{LessonId, ModuleId};
use bimtek::domain::journal::{merge_journal, JournalEntry, JournalError, JOURNAL_MAX};
use bimtek::domain::rtl::{
    follow_up_due, follow_ups_due, is_date, merge_rtl, FollowUp, Outcome, RtlError, RtlField,
    RtlPlan, FOLLOW_UP_DAYS, RTL_LONG_MAX, RTL_SHORT_MAX,
};
use bimtek::domain::time::DAY;

/// 1 December 2026, 09:00 WIB.
const PASSED: i64 = 1_796_090_400_000;

fn module(id: &str) -> ModuleId {
    ModuleId::parse(id).unwrap()
}

fn plan(id: &str) -> RtlPlan {
    let mut p = RtlPlan::empty(module(id));
    p.perubahan = "Menjelaskan kekurangan berkas sekaligus, dengan daftar tertulis.".into();
    p.langkah_pertama = "Menyusun daftar syarat bersama rekan loket.".into();
    p.tenggat = "2027-01-31".into();
    p.ukuran_berhasil = "Berkas yang dikembalikan turun dari 30 menjadi 10 per minggu.".into();
    p.lapor_kepada = "Kepala seksi pelayanan".into();
    p.saved(PASSED - DAY).unwrap()
}

#[test]
fn a_plan_is_saved_trimmed_and_checked() {
    let mut p = RtlPlan::empty(module("agen-perubahan"));
    assert_eq!(
        p.clone().saved(1),
        Err(RtlError::Missing(RtlField::Perubahan)),
        "what I will change is required"
    );
    p.perubahan = "   ".into();
    assert_eq!(
        p.clone().saved(1),
        Err(RtlError::Missing(RtlField::Perubahan))
    );
    p.perubahan = "  Satu <b>perubahan</b>  ".into();
    let saved = p.clone().saved(5).unwrap();
    assert_eq!(
        saved.perubahan, "Satu <b>perubahan</b>",
        "trimmed, kept as text"
    );
    assert_eq!(saved.updated_at, 5);
    // Every field has its limit, counted in characters (not bytes).
    for field in RtlField::ALL {
        if field == RtlField::Tenggat {
            continue;
        }
        let max = field.max();
        let mut at = saved.clone();
        at.set(field, "é".repeat(max));
        assert!(at.clone().saved(6).is_ok(), "{field:?} at its limit");
        at.set(field, "é".repeat(max + 1));
        assert_eq!(
            at.saved(6),
            Err(RtlError::TooLong { field, max }),
            "{field:?} over its limit"
        );
    }
    assert_eq!(RtlField::Perubahan.max(), RTL_LONG_MAX);
    assert_eq!(RtlField::LaporKepada.max(), RTL_SHORT_MAX);
    // The deadline: empty, or a real calendar date.
    for bad in [
        "besok",
        "2027-02-30",
        "2027-13-01",
        "27-01-01",
        "2027-1-1",
        "1999-12-31",
    ] {
        let mut d = saved.clone();
        d.tenggat = bad.into();
        assert_eq!(d.saved(7), Err(RtlError::BadDeadline), "{bad}");
    }
    for good in ["", "2028-02-29", "2027-12-31"] {
        let mut d = saved.clone();
        d.tenggat = good.into();
        assert!(d.saved(7).is_ok(), "{good}");
    }
    assert!(!is_date("2027-02-29") && is_date("2024-02-29") && !is_date("2100-02-29"));
    assert_eq!(saved.clone().saved(-1), Err(RtlError::BadTime));
}

#[test]
fn the_follow_up_is_one_line() {
    let ok = FollowUp::new(Outcome::Done, "  Sudah dipakai di dua loket. ", 9).unwrap();
    assert_eq!(ok.note, "Sudah dipakai di dua loket.");
    assert!(
        FollowUp::new(Outcome::NotYet, "", 9).is_ok(),
        "the why may be empty"
    );
    assert_eq!(
        FollowUp::new(Outcome::Started, "baris satu\nbaris dua", 9),
        Err(RtlError::BadNote { max: 200 })
    );
    assert_eq!(
        FollowUp::new(Outcome::Started, &"x".repeat(201), 9),
        Err(RtlError::BadNote { max: 200 })
    );
    for o in Outcome::ALL {
        assert_eq!(Outcome::parse(o.as_str()), Some(o));
    }
    assert_eq!(Outcome::parse("selesai"), None);
}

#[test]
fn the_home_screen_asks_thirty_days_after_lulus_and_only_then() {
    let p = plan("agen-perubahan");
    // The clock moves: a day before the 30th day, nothing; from the 30th day on, asked.
    let thirty = FOLLOW_UP_DAYS * DAY;
    assert!(!follow_up_due(Some(&p), Some(PASSED), PASSED));
    assert!(!follow_up_due(Some(&p), Some(PASSED), PASSED + thirty - 1));
    assert!(follow_up_due(Some(&p), Some(PASSED), PASSED + thirty));
    assert!(follow_up_due(Some(&p), Some(PASSED), PASSED + 90 * DAY));
    // Not Lulus, or no plan: never asked.
    assert!(!follow_up_due(Some(&p), None, PASSED + 90 * DAY));
    assert!(!follow_up_due(None, Some(PASSED), PASSED + 90 * DAY));
    // Answered: asked no more.
    let answered = p
        .clone()
        .with_follow_up(FollowUp::new(Outcome::Done, "", PASSED + thirty).unwrap());
    assert!(!follow_up_due(
        Some(&answered),
        Some(PASSED),
        PASSED + 90 * DAY
    ));
    // A plan written after Lulus counts from Lulus, not from the plan.
    let late = plan("agen-perubahan").saved(PASSED + 20 * DAY).unwrap();
    assert!(follow_up_due(Some(&late), Some(PASSED), PASSED + thirty));

    let modules = [
        (module("pola-pikir-melayani"), Some(PASSED - 40 * DAY)),
        (module("agen-perubahan"), Some(PASSED)),
        (module("pemerintahan-bersih"), None),
    ];
    let plans = [
        plan("agen-perubahan"),
        plan("pola-pikir-melayani"),
        plan("pemerintahan-bersih"),
    ];
    assert_eq!(
        follow_ups_due(&modules, &plans, PASSED + DAY),
        vec![module("pola-pikir-melayani")]
    );
    assert_eq!(
        follow_ups_due(&modules, &plans, PASSED + thirty),
        vec![module("pola-pikir-melayani"), module("agen-perubahan")],
        "in catalog order"
    );
}

#[test]
fn two_saves_of_a_plan_merge() {
    let first = plan("agen-perubahan");
    let answer = FollowUp::new(Outcome::Started, "baru mulai", 50).unwrap();
    let answered = first.clone().with_follow_up(answer.clone());
    let mut edit = first.clone();
    edit.lapor_kepada = "Camat".into();
    let edit = edit.saved(first.updated_at + 1).unwrap();
    // An edit that never saw the answer keeps it; an older save does not undo the edit.
    let merged = merge_rtl(Some(answered.clone()), &edit);
    assert_eq!(merged.lapor_kepada, "Camat");
    assert_eq!(merged.follow_up, Some(answer.clone()));
    assert_eq!(merge_rtl(Some(merged.clone()), &first), merged);
    // The answer given last wins.
    let later = FollowUp::new(Outcome::Done, "selesai", 60).unwrap();
    let again = merge_rtl(
        Some(merged.clone()),
        &merged.clone().with_follow_up(later.clone()),
    );
    assert_eq!(again.follow_up, Some(later));
    assert_eq!(merge_rtl(None, &first), first);
}

#[test]
fn journal_entries_are_capped_and_the_later_save_wins() {
    let m = module("agen-perubahan");
    let l = LessonId::parse("mawas-diri").unwrap();
    let entry = |text: String, at| JournalEntry::new(m.clone(), l.clone(), text, at);
    assert!(entry("é".repeat(JOURNAL_MAX), 1).is_ok());
    assert_eq!(
        entry("é".repeat(JOURNAL_MAX + 1), 1),
        Err(JournalError::TooLong { max: JOURNAL_MAX })
    );
    assert_eq!(entry("x".into(), -5), Err(JournalError::BadTime));
    let a = entry("baris satu\nbaris dua".into(), 10).unwrap();
    assert_eq!(a.key(), "agen-perubahan/mawas-diri");
    let b = entry("baru".into(), 20).unwrap();
    assert_eq!(merge_journal(Some(a.clone()), &b), b);
    assert_eq!(
        merge_journal(Some(b.clone()), &a),
        b,
        "an older save does not win"
    );
    assert!(entry("  \n ".into(), 1).unwrap().is_blank());
}
