//! The follow-up action plans and the reflection journal through export (version 3, now 4) and
//! import (issue 26, items 4 and 6): they travel whole, versions 1 and 2 still import (with
//! none), a newer version is refused, and hostile plans and entries are refused with a typed
//! reason in both languages that names the module or lesson.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use bimtek::domain::ids::{LessonId, ModuleId};
use bimtek::domain::journal::{JournalEntry, JournalError, JOURNAL_MAX};
use bimtek::domain::rtl::{FollowUp, Outcome, RtlError, RtlField, RtlPlan};
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
    p.tenggat = "2027-01-31".into();
    p.lapor_kepada = "Kepala seksi pelayanan".into();
    p.saved(PASSED - DAY).unwrap()
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
    assert_eq!(EXPORT_VERSION, 4);
    assert!(text.contains(r#""version":4"#));
    assert_eq!(parse_import(&text, &SerdeJson).unwrap(), snap);
    // Version 1 and 2 files (no plans, no journal) still import; version 5 is newer (version 4
    // added the review queue: tests/review_transfer.rs).
    for v in [1, 2] {
        let old = format!(
            r#"{{"format":"bimtek-progress","version":{v},"exported_at":1,"lessons":[],"attempts":[],"answers":[]}}"#
        );
        let back = parse_import(&old, &SerdeJson).unwrap();
        assert!(back.rtl.is_empty() && back.journal.is_empty(), "v{v}");
    }
    assert_eq!(
        parse_import(
            &text.replace(r#""version":4"#, r#""version":5"#),
            &SerdeJson
        ),
        Err(ImportError::NewerVersion(5))
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
