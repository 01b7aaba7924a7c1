//! Golden files for the shapes other programs and older data rely on: the export document
//! (contract 4), the records IndexedDB keeps (contract 6, the `rec`/`value` of each row, and
//! the outbox rows of version 3 whole).
//!
//! A renamed field or a changed enum spelling fails here instead of silently changing a
//! public format: change the shape only with a version bump and a migration, then refresh the
//! files with `BIMTEK_BLESS=1 cargo test --test golden` and review the diff.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use std::path::PathBuf;

use bimtek::domain::ids::{LessonId, ModuleId, QuestionId};
use bimtek::domain::journal::JournalEntry;
use bimtek::domain::pretest::PretestRecord;
use bimtek::domain::progress::{LessonRecord, Resume, ResumeRecord};
use bimtek::domain::quiz::{Answer, AnswerRecord, Attempt};
use bimtek::domain::record::Profile;
use bimtek::domain::review::ReviewEntry;
use bimtek::domain::rtl::{FollowUp, Outcome, RtlPlan};
use bimtek::domain::transfer::{parse_import, ExportDoc, Snapshot};
use bimtek::domain::worksheet::{KbkSheet, Worksheet, WorksheetId};
use bimtek::json::SerdeJson;

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// Compares `value` with the golden file `name` (or writes it under `BIMTEK_BLESS=1`).
fn check(name: &str, value: &serde_json::Value) {
    let path = golden(name);
    if std::env::var_os("BIMTEK_BLESS").is_some() {
        std::fs::write(&path, serde_json::to_string_pretty(value).unwrap() + "\n").unwrap();
        return;
    }
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} missing: run with BIMTEK_BLESS=1", path.display()));
    let want: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        value, &want,
        "{name} changed: a public format (contract 4 or 6) would change silently"
    );
}

fn q(id: &str) -> QuestionId {
    QuestionId::parse(id).unwrap()
}

/// One of everything the app saves.
fn snapshot() -> Snapshot {
    let module = ModuleId::parse("agen-perubahan").unwrap();
    let attempt = Attempt {
        id: "1764200000000-0000abcd".into(),
        module: module.clone(),
        seed: 4_000_000_000,
        started_at: 1_764_200_000_000,
        questions: ["ap-01", "ap-02", "ap-03", "ap-04", "ap-05"]
            .iter()
            .map(|id| q(id))
            .collect(),
        finished_at: Some(1_764_200_900_000),
    };
    let answers = [
        ("ap-01", Answer::Single("b".into()), 1000),
        ("ap-02", Answer::Multiple(vec!["a".into(), "c".into()]), 500),
        ("ap-03", Answer::TrueFalse(false), 0),
        (
            "ap-04",
            Answer::Ordering(vec![
                "plan".into(),
                "do".into(),
                "check".into(),
                "act".into(),
            ]),
            1000,
        ),
        (
            "ap-05",
            Answer::Matching(vec![("p1".into(), "p2".into()), ("p2".into(), "p1".into())]),
            0,
        ),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (qid, answer, credit))| AnswerRecord {
        attempt: attempt.id.clone(),
        question: q(qid),
        answer,
        credit,
        answered_at: 1_764_200_100_000 + i64::try_from(i).unwrap() * 60_000,
    })
    .collect();
    let resume = Resume::try_from(ResumeRecord {
        route: "#/modul/agen-perubahan/kuis".into(),
        module: "agen-perubahan".into(),
        at: 1_764_200_950_000,
    })
    .unwrap();
    let kbk = KbkSheet {
        group: "KBK Loket Terpadu".into(),
        unit: "Disdukcapil".into(),
        problem: "Berkas dikembalikan".into(),
        plan: "Daftar periksa syarat".into(),
        ..KbkSheet::default()
    };
    Snapshot {
        lessons: vec![LessonRecord {
            module,
            lesson: LessonId::parse("mawas-diri").unwrap(),
            opened_at: 1_764_100_000_000,
            read_at: Some(1_764_100_300_000),
            seconds: 300,
            position: 100,
            updated_at: 1_764_100_300_000,
        }],
        attempts: vec![attempt],
        answers,
        resume: Some(resume),
        worksheets: vec![Worksheet {
            id: WorksheetId::Kbk,
            updated_at: 1_764_300_000_000,
            kbk,
        }],
        pretests: Vec::new(),
        rtl: Vec::new(),
        journal: Vec::new(),
        review: Vec::new(),
    }
}

/// Two pre-tests (export version 2, schema v4): one taken and finished, one skipped.
fn pretests() -> Vec<PretestRecord> {
    let module = ModuleId::parse("agen-perubahan").unwrap();
    let attempt = Attempt {
        id: "1764000000000-0000beef".into(),
        module: module.clone(),
        seed: 12_345,
        started_at: 1_764_000_000_000,
        questions: vec![q("ap-pre-01"), q("ap-pre-02")],
        finished_at: Some(1_764_000_120_000),
    };
    let answers = vec![
        AnswerRecord {
            attempt: attempt.id.clone(),
            question: q("ap-pre-01"),
            answer: Answer::Single("c".into()),
            credit: 1000,
            answered_at: 1_764_000_060_000,
        },
        AnswerRecord {
            attempt: attempt.id.clone(),
            question: q("ap-pre-02"),
            answer: Answer::TrueFalse(true),
            credit: 0,
            answered_at: 1_764_000_120_000,
        },
    ];
    vec![
        PretestRecord {
            module,
            skipped_at: None,
            attempt: Some(attempt),
            answers,
        },
        PretestRecord::skipped(
            ModuleId::parse("pola-pikir-melayani").unwrap(),
            1_764_000_500_000,
        ),
    ]
}

/// Two plans (export version 3, schema v5): one with its 30-day follow-up answered, one just
/// written (only "what I will change" and a deadline).
fn plans() -> Vec<RtlPlan> {
    let answered = RtlPlan {
        module: ModuleId::parse("agen-perubahan").unwrap(),
        perubahan: "Memperpendek waktu tunggu legalisasi dokumen di loket kami.".into(),
        langkah_pertama: "Mencatat waktu tunggu selama dua minggu bersama satu rekan.".into(),
        tenggat: "2027-01-31".into(),
        ukuran_berhasil: "Rata-rata waktu tunggu turun dari 40 menjadi 20 menit.".into(),
        lapor_kepada: "Kepala seksi pelayanan".into(),
        updated_at: 1_764_500_000_000,
        follow_up: Some(FollowUp {
            outcome: Outcome::Started,
            note: "Baru satu loket yang mencatat.".into(),
            answered_at: 1_767_200_000_000,
        }),
    };
    let mut fresh = RtlPlan::empty(ModuleId::parse("pola-pikir-melayani").unwrap());
    fresh.perubahan = "Menjelaskan kekurangan berkas sekaligus.".into();
    fresh.tenggat = "2027-02-15".into();
    fresh.updated_at = 1_764_600_000_000;
    vec![answered, fresh]
}

/// Two journal entries (export version 3, schema v5), one with a line break.
fn journal() -> Vec<JournalEntry> {
    let module = ModuleId::parse("agen-perubahan").unwrap();
    vec![
        JournalEntry {
            module: module.clone(),
            lesson: LessonId::parse("mawas-diri").unwrap(),
            text: "Saya jarang bertanya kepada warga.\nMulai besok saya bertanya.".into(),
            updated_at: 1_764_100_400_000,
        },
        JournalEntry {
            module,
            lesson: LessonId::parse("mengapa-reformasi-birokrasi").unwrap(),
            text: "Loket kami masih lambat.".into(),
            updated_at: 1_764_100_500_000,
        },
    ]
}

/// The review queue: one question just missed (box 1), one answered right twice (box 3).
fn review() -> Vec<ReviewEntry> {
    let module = ModuleId::parse("agen-perubahan").unwrap();
    vec![
        ReviewEntry {
            module: module.clone(),
            question: q("ap-02"),
            level: 1,
            due_day: 20_429,
            fingerprint: "5f0e4c1a9b3d2e71".into(),
            added_at: 1_764_200_700_000,
            updated_at: 1_764_200_700_000,
        },
        ReviewEntry {
            module,
            question: q("ap-03"),
            level: 3,
            due_day: 20_440,
            fingerprint: "0c9d8e7f6a5b4c3d".into(),
            added_at: 1_763_000_000_000,
            updated_at: 1_764_300_000_000,
        },
    ]
}

#[test]
fn the_export_document_keeps_its_shape() {
    let mut all = snapshot();
    all.pretests = pretests();
    all.rtl = plans();
    all.journal = journal();
    all.review = review();
    let doc = ExportDoc::new(all.clone(), 1_764_400_000_000);
    let value = serde_json::to_value(&doc).unwrap();
    check("export-v4.json", &value);
    // The golden file is also a file the app must import, unchanged.
    let text = std::fs::read_to_string(golden("export-v4.json")).unwrap();
    assert_eq!(parse_import(&text, &SerdeJson).unwrap(), all);
}

/// Version 3 (frozen: written by the app before the review queue, never blessed again) still
/// imports, with its pre-tests, plans and journal and no queue.
#[test]
fn a_version_3_export_still_imports() {
    let text = std::fs::read_to_string(golden("export-v3.json")).unwrap();
    assert!(text.contains("\"version\": 3"));
    let mut want = snapshot();
    want.pretests = pretests();
    want.rtl = plans();
    want.journal = journal();
    assert_eq!(parse_import(&text, &SerdeJson).unwrap(), want);
}

/// Version 2 (frozen: written by the app before plans and the journal, never blessed again)
/// still imports, with its pre-tests and no plans or journal.
#[test]
fn a_version_2_export_still_imports() {
    let text = std::fs::read_to_string(golden("export-v2.json")).unwrap();
    assert!(text.contains("\"version\": 2"));
    let mut want = snapshot();
    want.pretests = pretests();
    assert_eq!(parse_import(&text, &SerdeJson).unwrap(), want);
}

/// Version 1 (frozen: written by the app before pre-tests, never blessed again) still imports,
/// with no pre-tests.
#[test]
fn a_version_1_export_still_imports() {
    let text = std::fs::read_to_string(golden("export-v1.json")).unwrap();
    assert!(text.contains("\"version\": 1"));
    assert_eq!(parse_import(&text, &SerdeJson).unwrap(), snapshot());
}

#[test]
fn stored_pretest_rows_keep_their_shape() {
    let p = pretests();
    let value = serde_json::json!({
        "pretests/rec (taken)": p[0],
        "pretests/rec (skipped)": p[1],
    });
    check("stored-rows-v4.json", &value);
}

#[test]
fn stored_rtl_and_journal_rows_keep_their_shape() {
    let p = plans();
    let j = journal();
    let value = serde_json::json!({
        "rtl/rec (with follow-up)": p[0],
        "rtl/rec (just written)": p[1],
        "journal/rec": j[0],
    });
    check("stored-rows-v5.json", &value);
    // What was stored reads back as it was.
    let back: RtlPlan = serde_json::from_value(value["rtl/rec (with follow-up)"].clone()).unwrap();
    assert_eq!(back, p[0]);
}

#[test]
fn stored_review_rows_keep_their_shape() {
    let r = review();
    let value = serde_json::json!({
        "review/rec (box 1)": r[0],
        "review/rec (box 3)": r[1],
    });
    check("stored-rows-v6.json", &value);
    // What was stored reads back as it was.
    let back: ReviewEntry = serde_json::from_value(value["review/rec (box 3)"].clone()).unwrap();
    assert_eq!(back, r[1]);
}

#[test]
fn stored_records_keep_their_shape() {
    let s = snapshot();
    let profile = Profile {
        name: "Siti Aminah".into(),
        nip: Some("198501012010012001".into()),
        unit: "Kecamatan Sukamaju".into(),
    };
    let value = serde_json::json!({
        "lessons/rec": s.lessons[0],
        "attempts/rec": s.attempts[0],
        "answers/rec": s.answers,
        "meta/resume": ResumeRecord::from(s.resume.clone().unwrap()),
        "meta/profile": profile,
        "meta/worksheet:kbk": s.worksheets[0],
    });
    check("stored-rows-v2.json", &value);
}

#[test]
fn outbox_rows_keep_their_shape() {
    use bimtek::domain::embed::Action;
    use bimtek::domain::lrs::outbox::{Label, Refusal};
    use bimtek::storage::outbox::{NewStatement, OutboxRow};
    let new = NewStatement {
        statement_id: "3f0c2a4e-1b2c-4d3e-8f40-5a6b7c8d9e01".into(),
        endpoint: "https://lrs.bpsdm.contoh.go.id/xAPI/".into(),
        auth: Some("Basic cGVsYXRpaDpyYWhhc2lh".into()),
        body: r#"{"id":"3f0c2a4e-1b2c-4d3e-8f40-5a6b7c8d9e01"}"#.into(),
        created_at: 1_764_500_000_000,
        label: Label {
            action: Action::Answered,
            what: "ap-01".into(),
        },
    };
    // As added (the store assigns `seq`), as stored, and once refused.
    let added = OutboxRow::new(&new);
    let mut stored = added.clone();
    stored.seq = Some(7);
    let mut refused = stored.clone();
    refused.refuse(Refusal {
        status: 422,
        reason: "Field required (body.actor)".into(),
        at: 1_764_500_009_000,
    });
    let value = serde_json::json!({
        "outbox (added)": added,
        "outbox (waiting)": stored,
        "outbox (refused)": refused,
    });
    check("outbox-row-v3.json", &value);
    // What was stored reads back as it was.
    let back: OutboxRow = serde_json::from_value(value["outbox (refused)"].clone()).unwrap();
    assert_eq!(back, refused);
}
