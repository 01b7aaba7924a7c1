//! The review queue ("Ulang soal yang salah", issue 29 item 2) through export (version 4) and
//! import: it travels whole, versions 1 to 3 still import (with none), a newer version is
//! refused, and hostile entries are refused with a typed reason in both languages that names
//! the question; nothing of a refused file is kept. The rules themselves: `tests/review.rs`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use bimtek::domain::ids::{ModuleId, QuestionId};
use bimtek::domain::review::{ReviewEntry, ReviewError};
use bimtek::domain::transfer::{
    parse_import, preview, ExportDoc, ImportError, Inconsistency, Snapshot, EXPORT_VERSION,
};
use bimtek::i18n::Lang;
use bimtek::json::SerdeJson;

fn entry(question: &str, level: u8) -> ReviewEntry {
    ReviewEntry {
        module: ModuleId::parse("agen-perubahan").unwrap(),
        question: QuestionId::parse(question).unwrap(),
        level,
        due_day: 20_429,
        fingerprint: "5f0e4c1a9b3d2e71".into(),
        added_at: 1_764_200_700_000,
        updated_at: 1_764_300_000_000,
    }
}

#[test]
fn the_queue_travels_in_an_export_and_older_files_still_import() {
    let snap = Snapshot {
        review: vec![entry("ap-01", 1), entry("ap-02", 4)],
        ..Snapshot::default()
    };
    let text = serde_json::to_string(&ExportDoc::new(snap.clone(), 7)).unwrap();
    assert_eq!(EXPORT_VERSION, 4);
    assert!(text.contains(r#""version":4"#));
    assert!(text.contains(r#""review":[{"#) && text.contains(r#""box":4"#));
    assert_eq!(parse_import(&text, &SerdeJson).unwrap(), snap);
    // No queue: no `review` field at all (files stay as they were).
    let empty = serde_json::to_string(&ExportDoc::new(Snapshot::default(), 7)).unwrap();
    assert!(!empty.contains("review"));
    // Versions 1 to 3 (no queue) still import; version 5 is newer.
    for v in 1..=3 {
        let old = format!(
            r#"{{"format":"bimtek-progress","version":{v},"exported_at":1,"lessons":[],"attempts":[],"answers":[]}}"#
        );
        assert!(
            parse_import(&old, &SerdeJson).unwrap().review.is_empty(),
            "v{v}"
        );
    }
    assert_eq!(
        parse_import(
            &text.replace(r#""version":4"#, r#""version":5"#),
            &SerdeJson
        ),
        Err(ImportError::NewerVersion(5))
    );
    // The queue is not counted as lessons or answers in the import's preview.
    let p = preview(&snap);
    assert_eq!((p.lessons, p.attempts, p.answers), (0, 0, 0));
}

/// A version 4 file with the given `review` array.
fn v4(review: &str) -> String {
    format!(
        r#"{{"format":"bimtek-progress","version":4,"exported_at":1,"lessons":[],"attempts":[],
            "answers":[],"review":{review}}}"#
    )
}

#[test]
fn hostile_entries_are_refused_with_a_reason() {
    let good = serde_json::to_string(&entry("ap-01", 2)).unwrap();
    assert!(parse_import(&v4(&format!("[{good}]")), &SerdeJson).is_ok());
    let with = |from: &str, to: &str| {
        assert!(good.contains(from), "{from}");
        good.replace(from, to)
    };
    let cases = vec![
        (
            format!("[{good},{good}]"),
            Inconsistency::ReviewTwice("agen-perubahan/ap-01".into()),
        ),
        (
            format!("[{}]", with(r#""box":2"#, r#""box":0"#)),
            Inconsistency::Review("agen-perubahan/ap-01".into(), ReviewError::NoSuchBox(0)),
        ),
        (
            format!("[{}]", with(r#""box":2"#, r#""box":9"#)),
            Inconsistency::Review("agen-perubahan/ap-01".into(), ReviewError::NoSuchBox(9)),
        ),
        (
            format!("[{}]", with("5f0e4c1a9b3d2e71", "<img src=x>")),
            Inconsistency::Review("agen-perubahan/ap-01".into(), ReviewError::BadFingerprint),
        ),
        (
            format!("[{}]", with(r#""due_day":20429"#, r#""due_day":99999"#)),
            Inconsistency::Review("agen-perubahan/ap-01".into(), ReviewError::BadTime),
        ),
        (
            format!(
                "[{}]",
                with(r#""added_at":1764200700000"#, r#""added_at":-5"#)
            ),
            Inconsistency::Review("agen-perubahan/ap-01".into(), ReviewError::BadTime),
        ),
    ];
    for (review, want) in cases {
        let want = ImportError::Inconsistent(want);
        // Worded in both languages, naming the question.
        for lang in [Lang::Id, Lang::En] {
            assert!(
                want.message(lang).contains("agen-perubahan/ap-01"),
                "{lang:?}"
            );
        }
        assert_ne!(want.message(Lang::Id), want.message(Lang::En));
        assert_eq!(parse_import(&v4(&review), &SerdeJson), Err(want));
    }
    // A box that is not a small number, a bad id or a missing field does not decode at all.
    for bad in [
        with(r#""box":2"#, r#""box":300"#),
        with(r#""box":2"#, r#""box":"dua""#),
        with("ap-01", "<script>"),
        with(r#""due_day":20429,"#, ""),
        with(r#""box":2"#, r#""box":2,"extra":1"#).replace(r#""fingerprint""#, r#""fp""#),
    ] {
        assert!(
            matches!(
                parse_import(&v4(&format!("[{bad}]")), &SerdeJson),
                Err(ImportError::BadShape(_))
            ),
            "{bad}"
        );
    }
}
