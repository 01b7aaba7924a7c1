//! Completion record rules (pure, native).
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use bimtek::domain::course::{LessonInfo, Module};
use bimtek::domain::ids::{LessonId, ModuleId};
use bimtek::domain::progress::{ModuleProgress, ModuleStatus};
use bimtek::domain::quiz::Score;
use bimtek::domain::record::{profile, record, to_csv, ProfileError, RecordError};

fn summary(id: &str, jp: u32) -> Module {
    Module {
        id: ModuleId::parse(id).unwrap(),
        title: format!("Modul {id}"),
        summary: "s".into(),
        minutes: 45,
        jp,
        pass_mark: 70,
        questions_per_attempt: 10,
        max_attempts: 0,
        read_percent: 100,
        pretest: bimtek::domain::pretest::PretestMode::Offered,
        pretest_questions: 5,
        gelar: false,
        objectives: vec!["o".into()],
        lessons: vec![LessonInfo {
            id: LessonId::parse("l").unwrap(),
            title: "L".into(),
            minutes: 5,
        }],
        question_count: 10,
    }
}

fn progress(status: ModuleStatus, percent: u32, passed_at: Option<i64>) -> ModuleProgress {
    ModuleProgress {
        status,
        lessons_read: 1,
        lessons_total: 1,
        lessons_required: 1,
        attempts_finished: 1,
        best: Some(Score {
            raw_milli: percent * 100,
            max: 10,
            percent,
            passed: percent >= 70,
        }),
        passed_at,
        quiz_passed_at: passed_at,
        seconds: 60,
    }
}

#[test]
fn nip_is_18_digits_or_nothing() {
    let p = profile(
        "  Siti Rahma ",
        "19900101 201503 1 001",
        " Kecamatan Sukamaju ",
    )
    .unwrap();
    assert_eq!(
        (p.name.as_str(), p.nip.as_deref(), p.unit.as_str()),
        (
            "Siti Rahma",
            Some("199001012015031001"),
            "Kecamatan Sukamaju"
        )
    );
    assert_eq!(profile("Siti", "", "").unwrap().nip, None);
    assert_eq!(profile("Siti", "12345", ""), Err(ProfileError::BadNip));
    assert_eq!(
        profile("Siti", "19900101201503100A", ""),
        Err(ProfileError::BadNip)
    );
    assert_eq!(
        profile("Siti", "1990010120150310011", ""),
        Err(ProfileError::BadNip)
    );
    assert_eq!(profile("  ", "", ""), Err(ProfileError::NoName));
    assert!(ProfileError::BadNip.to_string().contains("18 angka"));
}

#[test]
fn only_passed_modules_count_and_jp_adds_up() {
    let (a, b, c) = (summary("a", 1), summary("b", 2), summary("c", 3));
    let pa = progress(ModuleStatus::Passed, 90, Some(1_795_872_202_547));
    let pb = progress(ModuleStatus::Completed, 60, None);
    let pc = progress(ModuleStatus::Passed, 75, Some(1_795_972_202_547));
    let rec = record(None, &[(&a, &pa), (&b, &pb), (&c, &pc)], 7 * 60).unwrap();
    assert_eq!(
        rec.modules
            .iter()
            .map(|m| m.module_id.as_str())
            .collect::<Vec<_>>(),
        ["a", "c"]
    );
    assert_eq!(rec.total_jp, 4);
    assert!(!rec.course_complete);
    assert_eq!(rec.modules[0].best_percent, 90);
    assert_eq!(rec.modules[0].passed_on, "2026-11-28");
    let all = record(None, &[(&a, &pa), (&c, &pc)], 0).unwrap();
    assert!(all.course_complete);
    assert_eq!(
        record(None, &[(&b, &pb)], 0),
        Err(RecordError::NothingPassed)
    );
    assert_eq!(record(None, &[], 0), Err(RecordError::NothingPassed));
}

#[test]
fn reference_code_is_stable_and_changes_with_the_record() {
    let a = summary("a", 1);
    let p = progress(ModuleStatus::Passed, 90, Some(1_795_872_202_547));
    let who = profile("Siti Rahma", "199001012015031001", "Dinas").unwrap();
    let r1 = record(Some(who.clone()), &[(&a, &p)], 0).unwrap();
    let r2 = record(Some(who.clone()), &[(&a, &p)], 0).unwrap();
    assert_eq!(r1.reference, r2.reference);
    assert!(
        r1.reference.starts_with("BM-") && r1.reference.len() == 12,
        "{}",
        r1.reference
    );
    let other_score = progress(ModuleStatus::Passed, 95, Some(1_795_872_202_547));
    assert_ne!(
        record(Some(who.clone()), &[(&a, &other_score)], 0)
            .unwrap()
            .reference,
        r1.reference
    );
    let other_name = profile("Siti Rahmah", "199001012015031001", "Dinas").unwrap();
    assert_ne!(
        record(Some(other_name), &[(&a, &p)], 0).unwrap().reference,
        r1.reference
    );
    let csv = to_csv(&r1);
    assert!(csv.starts_with(
        "nama,nip,unit,modul,judul,tanggal_lulus,nilai_terbaik,jp,total_jp,kode_referensi\r\n"
    ));
    assert!(csv.contains(&format!(
        "Siti Rahma,19900101 201503 1 001,Dinas,a,Modul a,2026-11-28,90,1,1,{}",
        r1.reference
    )));
}

/// The NIP in the CSV is a text no spreadsheet reads as a number (issue 30, finding 6): digit
/// groups with spaces, all 18 digits kept, no formula and no visible quote mark.
#[test]
fn csv_keeps_the_nip_as_text() {
    let a = summary("a", 1);
    let p = progress(ModuleStatus::Passed, 90, Some(1_795_872_202_547));
    let who = profile("Siti", "198703122010011002", "").unwrap();
    let rec = record(Some(who), &[(&a, &p)], 0).unwrap();
    let csv = to_csv(&rec);
    let nip = &cells(csv.split("\r\n").nth(1).unwrap())[1];
    assert_eq!(nip, "19870312 201001 1 002");
    assert_eq!(nip.replace(' ', ""), "198703122010011002");
    assert!(nip.parse::<f64>().is_err(), "{nip} would be a number");
    assert!(!nip.starts_with(['=', '\'']), "{nip}");
}

/// Every cell of a CSV row, unquoted (RFC 4180), for checking what a spreadsheet would read.
fn cells(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                out.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(String::new()),
            (c, _) => out.last_mut().unwrap().push(c),
        }
    }
    out
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised() {
    let mut a = summary("a", 1);
    a.title = "@SUM(1+1)*cmd|' /C calc'!A0".into();
    let p = progress(ModuleStatus::Passed, 90, Some(1_795_872_202_547));
    for (name, unit) in [
        ("=HYPERLINK(\"http://evil.example\",\"klik\")", "+62 Dinas"),
        ("-2+3+cmd|' /C calc'!A0", "@Dinas"),
        ("=1+1", "=cmd|' /C notepad'!'A1'"),
    ] {
        let who = profile(name, "", unit).unwrap();
        let rec = record(Some(who), &[(&a, &p)], 0).unwrap();
        let csv = to_csv(&rec);
        let row = csv.split("\r\n").nth(1).unwrap();
        let cells = cells(row);
        assert_eq!(cells[0], format!("'{name}"), "{row}");
        assert_eq!(cells[2], format!("'{unit}"), "{row}");
        assert_eq!(cells[4], format!("'{}", a.title), "{row}");
        for cell in &cells {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?} in {row}"
            );
        }
    }
    // Tab and carriage return at the start of a cell (a unit typed with a leading tab is
    // trimmed by the profile rule; a pack title is not).
    a.title = "\t=1+1".into();
    let rec = record(None, &[(&a, &p)], 0).unwrap();
    let row = to_csv(&rec).split("\r\n").nth(1).unwrap().to_owned();
    assert_eq!(cells(&row)[4], "'\t=1+1");
    a.title = "\r=1+1".into();
    let rec = record(None, &[(&a, &p)], 0).unwrap();
    let csv = to_csv(&rec);
    let row = csv.strip_prefix(csv.split("\r\n").next().unwrap()).unwrap();
    assert!(row.contains("\"'\r=1+1\""), "{row:?}");
    // Ordinary text is left alone.
    a.title = "Agen Perubahan - bagian 1".into();
    let who = profile("Siti Rahma", "", "Dinas").unwrap();
    let rec = record(Some(who), &[(&a, &p)], 0).unwrap();
    let row = to_csv(&rec).split("\r\n").nth(1).unwrap().to_owned();
    assert_eq!(cells(&row)[0], "Siti Rahma");
    assert_eq!(cells(&row)[4], "Agen Perubahan - bagian 1");
}

#[test]
fn profile_and_record_errors_speak_both_languages() {
    use bimtek::domain::record::{ProfileError, RecordError};
    use bimtek::i18n::Lang;
    for e in [
        ProfileError::NoName,
        ProfileError::TooLong,
        ProfileError::BadNip,
    ] {
        // The Indonesian message is the Display text; the English one is another sentence.
        assert_eq!(e.message(Lang::Id), e.to_string());
        assert_ne!(e.message(Lang::En), e.message(Lang::Id));
    }
    assert_eq!(
        RecordError::NothingPassed.message(Lang::En),
        "No module passed yet. The record is made once you pass a module's quiz."
    );
    assert_eq!(
        RecordError::NothingPassed.message(Lang::Id),
        RecordError::NothingPassed.to_string()
    );
}
