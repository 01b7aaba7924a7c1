//! The follow-up action plan (RTL) and the reflection journal, app side (issue 26, items 4
//! and 6): the plan's limits and deadline, the 30-day question's due rule with the clock moved,
//! how two saves merge, and both through export (version 3) and import, older versions still
//! importing and hostile files refused with a typed reason in both languages.
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
use bimtek::domain::transfer::{
    parse_import, ExportDoc, ImportError, Inconsistency, Snapshot, EXPORT_VERSION,
};
use bimtek::i18n::Lang;
use bimtek::json::SerdeJson;

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

fn journal(lesson: &str, text: &str) -> JournalEntry {
    JournalEntry::new(
        module("agen-perubahan"),
        LessonId::parse(lesson).unwrap(),
        text.into(),
        PASSED,
    )
    .unwrap()
}

#[test]
fn plans_and_the_journal_travel_in_an_export_and_older_files_still_import() {
    let snap = Snapshot {
        rtl: vec![plan("agen-perubahan").with_follow_up(
            FollowUp::new(Outcome::NotYet, "menunggu SK", PASSED + 31 * DAY).unwrap(),
        )],
        journal: vec![journal(
            "mawas-diri",
            "<script>alert(1)</script>\nteks saja",
        )],
        ..Snapshot::default()
    };
    let text = serde_json::to_string(&ExportDoc::new(snap.clone(), 7)).unwrap();
    assert_eq!(EXPORT_VERSION, 3);
    assert!(text.contains(r#""version":3"#));
    assert_eq!(parse_import(&text, &SerdeJson).unwrap(), snap);
    // Version 1 and 2 files (no plans, no journal) still import; version 4 is newer.
    for v in [1, 2] {
        let old = format!(
            r#"{{"format":"bimtek-progress","version":{v},"exported_at":1,"lessons":[],"attempts":[],"answers":[]}}"#
        );
        let back = parse_import(&old, &SerdeJson).unwrap();
        assert!(back.rtl.is_empty() && back.journal.is_empty(), "v{v}");
    }
    assert_eq!(
        parse_import(
            &text.replace(r#""version":3"#, r#""version":4"#),
            &SerdeJson
        ),
        Err(ImportError::NewerVersion(4))
    );
}

/// A version 3 file with `rtl` and `journal` as given.
fn v3(rtl: &str, journal: &str) -> String {
    format!(
        r#"{{"format":"bimtek-progress","version":3,"exported_at":1,"lessons":[],"attempts":[],
            "answers":[],"rtl":{rtl},"journal":{journal}}}"#
    )
}

const PLAN: &str = r#"{"module":"agen-perubahan","perubahan":"Satu perubahan","langkah_pertama":"",
    "tenggat":"2027-01-31","ukuran_berhasil":"","lapor_kepada":"","updated_at":5}"#;
const ENTRY: &str =
    r#"{"module":"agen-perubahan","lesson":"mawas-diri","text":"Catatan","updated_at":5}"#;

#[test]
fn hostile_plans_and_journal_entries_are_refused_with_a_reason() {
    assert!(parse_import(&v3(&format!("[{PLAN}]"), &format!("[{ENTRY}]")), &SerdeJson).is_ok());
    let refused = |rtl: String, journal: String| parse_import(&v3(&rtl, &journal), &SerdeJson);
    let with = |from: &str, to: &str| PLAN.replace(from, to);
    let cases: Vec<(Result<Snapshot, ImportError>, Inconsistency)> = vec![
        (
            refused(format!("[{PLAN},{PLAN}]"), "[]".into()),
            Inconsistency::RtlTwice("agen-perubahan".into()),
        ),
        (
            refused(
                format!("[{}]", with("2027-01-31", "2027-02-30")),
                "[]".into(),
            ),
            Inconsistency::Rtl("agen-perubahan".into(), RtlError::BadDeadline),
        ),
        (
            refused(format!("[{}]", with("Satu perubahan", "")), "[]".into()),
            Inconsistency::Rtl(
                "agen-perubahan".into(),
                RtlError::Missing(RtlField::Perubahan),
            ),
        ),
        (
            refused(
                format!(
                    "[{}]",
                    with(
                        r#""lapor_kepada":"""#,
                        &format!(r#""lapor_kepada":"{}""#, "x".repeat(201))
                    )
                ),
                "[]".into(),
            ),
            Inconsistency::Rtl(
                "agen-perubahan".into(),
                RtlError::TooLong {
                    field: RtlField::LaporKepada,
                    max: 200,
                },
            ),
        ),
        (
            refused(
                format!(
                    "[{}]",
                    with(
                        r#""updated_at":5"#,
                        r#""updated_at":5,"follow_up":{"outcome":"done","note":"a\nb","answered_at":9}"#
                    )
                ),
                "[]".into(),
            ),
            Inconsistency::Rtl("agen-perubahan".into(), RtlError::BadNote { max: 200 }),
        ),
        (
            refused("[]".into(), format!("[{ENTRY},{ENTRY}]")),
            Inconsistency::JournalTwice("agen-perubahan/mawas-diri".into()),
        ),
        (
            refused(
                "[]".into(),
                format!(
                    "[{}]",
                    ENTRY.replace("Catatan", &"x".repeat(JOURNAL_MAX + 1))
                ),
            ),
            Inconsistency::Journal(
                "agen-perubahan/mawas-diri".into(),
                JournalError::TooLong { max: JOURNAL_MAX },
            ),
        ),
    ];
    for (got, want) in cases {
        let want = ImportError::Inconsistent(want);
        // Worded in both languages, naming the module or lesson.
        assert!(want.message(Lang::Id).contains("agen-perubahan"));
        assert!(want.message(Lang::En).contains("agen-perubahan"));
        assert_eq!(got, Err(want));
    }
    // An unknown outcome, a missing field or a bad module id does not decode at all.
    for bad in [
        with(
            r#""updated_at":5"#,
            r#""updated_at":5,"follow_up":{"outcome":"selesai","note":"","answered_at":9}"#,
        ),
        with(r#""updated_at":5"#, r#""updated_at":5,"x":1"#)
            .replace(r#""perubahan""#, r#""perubahan ""#),
        with("agen-perubahan", "Agen Perubahan"),
    ] {
        assert!(
            matches!(
                refused(format!("[{bad}]"), "[]".into()),
                Err(ImportError::BadShape(_))
            ),
            "{bad}"
        );
    }
}
