//! The trainer's *Rekap kelas* (issue 27, item 2), its pure core (`src/domain/rekap/`): the
//! item analysis on a fixture computed by hand, duplicates resolved by the newest file, files
//! read or refused by name, an LRS export of the statements this app really makes (built with
//! `domain::embed::message` and `domain::lrs::lrs_statement`) mapped to learners, the class
//! table's order, summary and cells, the CSV's formula guard and the XLSX archive read back.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::float_cmp,
    clippy::cast_possible_truncation,
    clippy::cast_possible_wrap,
    clippy::too_many_lines,
    clippy::many_single_char_names,
    reason = "tests: a failing unwrap is a failing test; exact fractions computed by hand"
)]

use bimtek::domain::embed::{Actor, Event, Stamp};
use bimtek::domain::ids::{ModuleId, QuestionId};
use bimtek::domain::laporan::{
    AnswerLine, AttemptReport, Laporan, LaporanError, ModuleReport, PretestReport, Status,
};
use bimtek::domain::lrs::statement::{lrs_statement, ModuleRef, Session};
use bimtek::domain::quiz::{Answer, Millis, FULL};
use bimtek::domain::record::Profile;
use bimtek::domain::rekap::items::{analyse, group_size, Flag};
use bimtek::domain::rekap::lrs::{parse_duration, parse_timestamp, LrsError};
use bimtek::domain::rekap::table::{
    class_cells, distribution, module_line, modules, order, summary, to_csv, Cell, CourseModule,
    SortKey,
};
use bimtek::domain::rekap::xlsx::{column, crc32, workbook, xml_text};
use bimtek::domain::rekap::{median, Class, FileError, FirstAttempt, Response, Source};
use bimtek::i18n::Lang;
use bimtek::json::SerdeJson;

const T0: Millis = 1_790_000_000_000;

fn q(id: &str) -> QuestionId {
    QuestionId::parse(id).unwrap()
}

fn r(id: &str, right: bool, chosen: &[&str]) -> Response {
    Response {
        question: q(id),
        credit: if right { FULL } else { 0 },
        chosen: chosen.iter().map(|s| (*s).to_owned()).collect(),
    }
}

fn first(percent: u32, answers: Vec<Response>) -> FirstAttempt {
    FirstAttempt { percent, answers }
}

/// Six learners A–F with scores 90, 80, 70, 50, 40, 20: the upper group is A and B, the
/// lower E and F (27 % of 6 is 1.62, rounded to 2). Every number below is worked out by hand.
#[test]
fn item_analysis_on_a_fixture_computed_by_hand() {
    let a = first(
        90,
        vec![
            r("q1", true, &["b"]),
            r("q2", true, &["a"]),
            r("q3", true, &["benar"]),
            r("q4", true, &["a", "c"]),
        ],
    );
    let b = first(
        80,
        vec![
            r("q1", true, &["b"]),
            r("q2", false, &["c"]),
            r("q3", true, &["benar"]),
            r("q5", true, &["a"]),
        ],
    );
    let c = first(
        70,
        vec![
            r("q1", true, &["b"]),
            r("q2", true, &["a"]),
            r("q3", true, &["benar"]),
            r("q6", false, &["b"]),
        ],
    );
    let d = first(
        50,
        vec![
            r("q1", false, &["c"]),
            r("q2", true, &["a"]),
            r("q3", true, &["benar"]),
            r("q6", false, &["c"]),
        ],
    );
    let e = first(
        40,
        vec![
            r("q1", false, &["c"]),
            r("q2", true, &["a"]),
            r("q3", true, &["benar"]),
            r("q4", false, &["a", "b"]),
            r("q6", false, &["b"]),
        ],
    );
    let f = first(
        20,
        vec![
            r("q1", false, &["d"]),
            r("q2", true, &["a"]),
            r("q3", true, &["benar"]),
            r("q4", false, &["b"]),
            r("q5", false, &["c"]),
        ],
    );
    let key = |id: &QuestionId| -> Option<Vec<String>> {
        let k: &[&str] = match id.as_str() {
            "q1" => &["b"],
            "q2" | "q5" | "q6" => &["a"],
            "q3" => &["benar"],
            "q4" => &["a", "c"],
            _ => return None,
        };
        Some(k.iter().map(|s| (*s).to_owned()).collect())
    };
    // Given in another order than the scores: the groups come from the scores.
    let stats = analyse(&[&d, &a, &f, &c, &e, &b], key);
    let by = |id: &str| stats.iter().find(|s| s.question.as_str() == id).unwrap();
    assert_eq!(
        stats
            .iter()
            .map(|s| s.question.as_str())
            .collect::<Vec<_>>(),
        ["q1", "q2", "q3", "q4", "q5", "q6"]
    );
    // q1: right A, B, C (3 of 6 = 0.5); upper 2/2, lower 0/2 → 1.0; wrong c twice, d once.
    let s = by("q1");
    assert_eq!((s.answered, s.right, s.difficulty), (6, 3, 0.5));
    assert_eq!(s.discrimination, Some(1.0));
    assert_eq!(s.wrong, [("c".to_owned(), 2), ("d".to_owned(), 1)]);
    assert!(s.flags.is_empty());
    // q2: wrong only by B (upper): 5/6; upper 1/2, lower 2/2 → −0.5, flagged.
    let s = by("q2");
    assert_eq!((s.answered, s.right), (6, 5));
    assert!((s.difficulty - 5.0 / 6.0).abs() < 1e-12);
    assert_eq!(s.discrimination, Some(-0.5));
    assert_eq!(s.flags, [Flag::NegativeDiscrimination]);
    assert_eq!(s.wrong, [("c".to_owned(), 1)]);
    // q3: everyone right: too easy, discrimination 0.
    let s = by("q3");
    assert_eq!((s.difficulty, s.discrimination), (1.0, Some(0.0)));
    assert_eq!(s.flags, [Flag::TooEasy]);
    assert!(s.wrong.is_empty());
    // q4 (multiple, key a+c): A right; E chose a (in the key) and b; F chose b: 1/3; upper A
    // 1/1, lower E, F 0/2 → 1.0; the wrong option b twice, a never.
    let s = by("q4");
    assert_eq!((s.answered, s.right), (3, 1));
    assert!((s.difficulty - 1.0 / 3.0).abs() < 1e-12);
    assert_eq!(s.discrimination, Some(1.0));
    assert_eq!(s.wrong, [("b".to_owned(), 2)]);
    // q5: B right (upper), F wrong (lower): 0.5, 1.0.
    let s = by("q5");
    assert_eq!((s.difficulty, s.discrimination), (0.5, Some(1.0)));
    // q6: C, D, E all wrong: too hard; no one of the upper group was asked it → no discrimination.
    let s = by("q6");
    assert_eq!(
        (s.answered, s.right, s.difficulty, s.discrimination),
        (3, 0, 0.0, None)
    );
    assert_eq!(s.flags, [Flag::TooHard]);
    assert_eq!(s.wrong, [("b".to_owned(), 2), ("c".to_owned(), 1)]);
    // Without the key, every option of an answer that was not fully right counts as wrong.
    let s = analyse(&[&e], |_| None);
    assert_eq!(
        s.iter()
            .find(|x| x.question.as_str() == "q4")
            .unwrap()
            .wrong,
        [("a".to_owned(), 1), ("b".to_owned(), 1)]
    );
    // One learner: no groups, no discrimination.
    assert!(analyse(&[&a], key)
        .iter()
        .all(|s| s.discrimination.is_none()));
}

#[test]
fn groups_are_27_percent_at_least_one_never_overlapping() {
    for (n, g) in [
        (0, 0),
        (1, 0),
        (2, 1),
        (3, 1),
        (4, 1),
        (6, 2),
        (10, 3),
        (30, 8),
        (100, 27),
    ] {
        assert_eq!(group_size(n), g, "{n}");
    }
}

#[test]
fn medians() {
    assert_eq!(median(&[]), None);
    assert_eq!(median(&[5]), Some(5.0));
    assert_eq!(median(&[30, -10, 20, 50]), Some(25.0));
    assert_eq!(median(&[3, 1, 2]), Some(2.0));
}

// ---------------------------------------------------------------------------------------------
// Files into a class.

fn laporan(name: &str, nip: Option<&str>, unit: &str, made_at: Millis, post: u32) -> Laporan {
    let m = ModuleId::parse("agen-perubahan").unwrap();
    let attempt = |id: &str, score: u32, answers: Vec<AnswerLine>| AttemptReport {
        id: id.into(),
        started_at: T0,
        finished_at: Some(T0 + 1),
        questions: answers.iter().map(|a| a.question.clone()).collect(),
        score: Some(score),
        passed: Some(score >= 70),
        answers,
        answers_left_out: false,
    };
    let line = |id: &str, answer: Answer, right: bool| AnswerLine {
        question: q(id),
        answer,
        credit: if right { FULL } else { 0 },
        answered_at: T0,
    };
    Laporan {
        format: "bimtek-laporan".into(),
        version: 1,
        made_at,
        learner: Profile {
            name: name.into(),
            nip: nip.map(Into::into),
            unit: unit.into(),
        },
        modules: vec![ModuleReport {
            module: m,
            title: "Agen Perubahan".into(),
            status: if post >= 70 {
                Status::Lulus
            } else {
                Status::SelesaiDibaca
            },
            passed_at: None,
            jp: 1,
            pass_mark: 70,
            lessons_read: 5,
            lessons_total: 5,
            reading_seconds: 1800,
            pretest: Some(PretestReport {
                skipped_at: None,
                attempt: Some(attempt("p", 20, Vec::new())),
            }),
            attempts_total: 1,
            attempts: vec![attempt(
                "a",
                post,
                vec![
                    line("ap-01", Answer::Single("b".into()), post >= 70),
                    line("ap-02", Answer::TrueFalse(true), true),
                ],
            )],
        }],
        rtl: Vec::new(),
        worksheets: Vec::new(),
    }
}

fn text(l: &Laporan) -> String {
    serde_json::to_string(l).unwrap()
}

#[test]
fn duplicates_are_resolved_by_the_newest_file_and_refused_files_are_named() {
    let old = text(&laporan(
        "Siti",
        Some("198703122010011002"),
        "Dukcapil",
        T0,
        40,
    ));
    let new = text(&laporan(
        "Siti R.",
        Some("198703122010011002"),
        "Dinas Dukcapil",
        T0 + 5,
        90,
    ));
    let budi1 = text(&laporan("Budi  Santoso", None, "Kecamatan A", T0 + 9, 50));
    let budi2 = text(&laporan("budi santoso", None, "kecamatan a", T0 + 1, 60));
    let cut = &new[..new.len() - 20];
    let files = [
        ("baru.json", Ok(new.as_str())),
        ("lama.json", Ok(old.as_str())),
        ("budi1.json", Ok(budi1.as_str())),
        ("budi2.txt", Ok(budi2.as_str())),
        ("potong.json", Ok(cut)),
        ("kosong.json", Ok("  \n")),
        ("gambar.png", Err(FileError::Unreadable)),
    ];
    let class = Class::from_files(files, &SerdeJson);
    assert_eq!(class.files, 7);
    assert_eq!(class.entries.len(), 2);
    assert_eq!(class.replaced, 2);
    // The newer file wins whatever order the files came in.
    assert_eq!(class.entries[0].learner.name, "Siti R.");
    assert_eq!(class.entries[0].source, Source::File("baru.json".into()));
    assert_eq!(class.entries[1].learner.name, "Budi  Santoso");
    let refused: Vec<_> = class.refused.iter().map(|r| r.file.as_str()).collect();
    assert_eq!(refused, ["potong.json", "kosong.json", "gambar.png"]);
    assert!(matches!(
        class.refused[0].why,
        FileError::Laporan(LaporanError::NotJson(_))
    ));
    assert_eq!(class.refused[1].why, FileError::Empty);
    assert_eq!(class.refused[2].why, FileError::Unreadable);
    for r in &class.refused {
        assert_ne!(r.why.message(Lang::Id), r.why.message(Lang::En));
    }
    // What the table reads from a file.
    let row = &class.entries[0].modules[0];
    assert_eq!(
        (row.pre, row.post, row.attempts, row.seconds),
        (Some(20), Some(90), 1, Some(1800))
    );
    let fa = row.first.as_ref().unwrap();
    assert_eq!(fa.percent, 90);
    assert_eq!(fa.answers[0].chosen, ["b"]);
    assert_eq!(fa.answers[1].chosen, ["benar"]);
}

// ---------------------------------------------------------------------------------------------
// An LRS export.

fn stamp(id: u32, at: &str, actor: &str) -> Stamp {
    Stamp {
        statement_id: format!("00000000-0000-4000-8000-{id:012}"),
        timestamp: at.into(),
        actor_id: actor.into(),
        app_url: "https://belajar.contoh.go.id/bimtek/index.html".into(),
    }
}

/// The statements this app makes for a learner: a pre-test, two answers, a failed attempt,
/// then a pass.
fn statements(actor: &str, session: &Session, base: u32) -> Vec<String> {
    let m = "agen-perubahan";
    let events = [
        (
            Event::PretestScored {
                raw: 2.0,
                max: 5,
                scaled: 0.4,
            },
            "2026-01-05T08:00:00Z",
        ),
        (
            Event::Answered {
                question_id: "ap-01".into(),
                correct: false,
                detail: None,
            },
            "2026-01-05T09:00:00.250+07:00",
        ),
        (
            Event::Answered {
                question_id: "ap-02".into(),
                correct: true,
                detail: None,
            },
            "2026-01-05T02:01:00Z",
        ),
        (
            Event::Finished {
                raw: 5.0,
                max: 10,
                scaled: 0.5,
                passed: false,
                duration_ms: None,
            },
            "2026-01-05T02:10:00Z",
        ),
        (
            Event::Answered {
                question_id: "ap-01".into(),
                correct: true,
                detail: None,
            },
            "2026-01-05T03:00:00Z",
        ),
        (
            Event::Answered {
                question_id: "ap-03".into(),
                correct: true,
                detail: None,
            },
            "2026-01-05T03:01:00Z",
        ),
        (
            Event::Completed { duration_ms: None },
            "2026-01-05T03:05:00Z",
        ),
        (
            Event::Finished {
                raw: 9.0,
                max: 10,
                scaled: 0.9,
                passed: true,
                duration_ms: None,
            },
            "2026-01-05T03:10:00Z",
        ),
    ];
    events
        .iter()
        .enumerate()
        .map(|(i, (e, at))| {
            let s = stamp(base + i as u32, at, actor);
            let module = ModuleRef {
                id: m,
                title: "Agen Perubahan",
                base: "https://bimtek-mandiri.id/xapi/inti/",
            };
            let st = lrs_statement(e, &module, &s, session);
            serde_json::to_string(&st).unwrap()
        })
        .collect()
}

#[test]
fn an_lrs_export_maps_each_actor_to_a_learner() {
    let plain = Session::default();
    // A Tin Can launch: the module's own statements name the launched activity.
    let launched = Session {
        actor: Some(Actor {
            object_type: "Agent",
            name: Some("Rina Wulandari".into()),
            mbox: Some("mailto:rina@contoh.go.id".into()),
            mbox_sha1sum: None,
            openid: None,
            account: None,
        }),
        registration: None,
        activity_id: Some("https://moodle.contoh.go.id/mod/tincanlaunch/7".into()),
        launched_module: Some("agen-perubahan".into()),
    };
    let a = statements("akun-a", &plain, 0);
    let b = statements("akun-b", &launched, 100);
    // One export as JSON lines, one as an array; a statement in both counts once; one of
    // another app is ignored.
    let foreign = r#"{"id":"x","actor":{"mbox":"mailto:z@z"},"verb":{"id":"http://adlnet.gov/expapi/verbs/experienced"},"object":{"id":"https://lain.example/kursus"}}"#;
    let lines = format!("{}\n\n{}\n{foreign}\n", a.join("\n"), b[..3].join("\n"));
    let array = format!("[{}]", b.join(","));
    let class = Class::from_files(
        [
            ("ralph.jsonl", Ok(lines.as_str())),
            ("lrs.json", Ok(array.as_str())),
        ],
        &SerdeJson,
    );
    assert!(class.refused.is_empty(), "{:?}", class.refused);
    assert_eq!(class.entries.len(), 2);
    for (e, name) in class.entries.iter().zip(["akun-a", "Rina Wulandari"]) {
        assert_eq!(e.learner.name, name);
        assert!(matches!(e.source, Source::Lrs(_)));
        let row = &e.modules[0];
        assert_eq!(row.module.as_str(), "agen-perubahan");
        assert_eq!(row.status, Status::Lulus, "{name}");
        assert_eq!(
            (row.pre, row.post, row.attempts),
            (Some(40), Some(90), 2),
            "{name}"
        );
        // Each question's first answer; the first attempt's score.
        let fa = row.first.as_ref().unwrap();
        assert_eq!(fa.percent, 50);
        let answers: Vec<_> = fa
            .answers
            .iter()
            .map(|r| (r.question.as_str(), r.credit))
            .collect();
        // ap-03, first answered after the failed attempt, is not the first attempt's.
        assert_eq!(answers, [("ap-01", 0), ("ap-02", FULL)]);
    }
    assert_eq!(
        class.entries[0].made_at,
        parse_timestamp("2026-01-05T08:00:00Z").unwrap()
    );
}

#[test]
fn broken_lrs_exports_are_refused_with_the_statement_named() {
    let a = statements("akun-a", &Session::default(), 0);
    let cut = format!("{}\n{}", a[..3].join("\n"), &a[3][..40]);
    let class = Class::from_files([("potong.jsonl", Ok(cut.as_str()))], &SerdeJson);
    assert_eq!(
        class.refused[0].why,
        FileError::Lrs(LrsError::BadStatement(4))
    );
    let not_ours = r#"[{"actor":{"mbox":"mailto:z@z"},"verb":{"id":"v"},"object":{"id":"https://lain.example"}}]"#;
    let class = Class::from_files([("lain.json", Ok(not_ours))], &SerdeJson);
    assert_eq!(class.refused[0].why, FileError::Lrs(LrsError::Nothing));
    let class = Class::from_files([("angka.json", Ok("[1, 2]"))], &SerdeJson);
    assert_eq!(
        class.refused[0].why,
        FileError::Lrs(LrsError::BadStatement(1))
    );
    assert!(class.refused[0]
        .why
        .message(Lang::En)
        .contains("statement 1"));
}

#[test]
fn timestamps_and_durations() {
    assert_eq!(parse_timestamp("1970-01-01T00:00:00Z"), Some(0));
    assert_eq!(
        parse_timestamp("2000-03-01T00:00:00.5Z"),
        Some(951_868_800_500)
    );
    assert_eq!(
        parse_timestamp("2026-01-05T09:00:00+07:00"),
        parse_timestamp("2026-01-05T02:00:00Z")
    );
    assert_eq!(
        parse_timestamp("2026-01-05T02:00:00-01:30"),
        parse_timestamp("2026-01-05T03:30:00Z")
    );
    assert_eq!(parse_timestamp("kemarin"), None);
    assert_eq!(parse_timestamp("2026-13-05T02:00:00Z"), None);
    assert_eq!(parse_duration("PT1H2M3S"), Some(3723));
    assert_eq!(parse_duration("PT0.5S"), Some(0));
    assert_eq!(parse_duration("P1DT1S"), Some(86_401));
    assert_eq!(parse_duration("1H"), None);
    assert_eq!(parse_duration("PT1X"), None);
}

// ---------------------------------------------------------------------------------------------
// The table and the downloads.

fn course() -> Vec<CourseModule> {
    vec![CourseModule {
        id: ModuleId::parse("agen-perubahan").unwrap(),
        title: "Agen Perubahan".into(),
        jp: Some(2),
        pass_mark: Some(70),
    }]
}

#[test]
fn the_table_sorts_sums_up_and_downloads_the_same_cells() {
    let files: Vec<String> = [
        laporan("=HYPERLINK(\"http://x\")", None, "Unit A", T0, 90),
        laporan("Ani", None, "Unit B", T0, 40),
        laporan("budi", None, "Unit C", T0, 80),
    ]
    .iter()
    .map(text)
    .collect();
    let class = Class::from_files(files.iter().map(|t| ("f.json", Ok(t.as_str()))), &SerdeJson);
    let course = course();
    let modules = modules(&course, &class);
    assert_eq!(order(&class, &modules, SortKey::Name, false), [0, 1, 2]);
    assert_eq!(order(&class, &modules, SortKey::Module(0), true), [0, 2, 1]);
    assert_eq!(order(&class, &modules, SortKey::Jp, false), [1, 0, 2]);
    let s = summary(&class, &course);
    // Gains 70, 20, 60 → median 60; two of three Lulus.
    assert_eq!(
        (s.learners, s.passed_all, s.median_gain),
        (3, 2, Some(60.0))
    );
    let line = module_line(&class, &course[0].id);
    assert_eq!(
        (line.passed, line.learners, line.pre, line.post),
        (2, 3, Some(20.0), Some(80.0))
    );
    let bins = distribution(&class, &course[0].id);
    assert_eq!((bins[4], bins[8], bins[9]), (1, 1, 1));
    let cells = class_cells(&class, &modules, &[1, 0], Lang::Id);
    assert_eq!(cells[0][0], Cell::Text("Peserta".into()));
    assert_eq!(cells[0][3], Cell::Text("Agen Perubahan: status".into()));
    assert_eq!(cells[1][0], Cell::Text("Ani".into()));
    assert_eq!(cells[1][3], Cell::Text("Selesai dibaca".into()));
    // The course's JP (2), not the file's (1); 1800 s is 30 minutes.
    assert_eq!(cells[2][7..], [Cell::Number(2.0), Cell::Number(30.0)]);
    let csv = to_csv(&cells);
    let rows: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(rows[1], "Ani,,Unit B,Selesai dibaca,20,40,1,0,30");
    // A formula in a name is written as text, never as a formula.
    assert!(
        rows[2].starts_with("\"'=HYPERLINK(\"\"http://x\"\")\",,Unit A,Lulus,20,90,1,2,30"),
        "{}",
        rows[2]
    );
}

/// Reads a stored ZIP back: every entry's name and bytes, each checked against its CRC.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let u16at = |i: usize| usize::from(u16::from_le_bytes([bytes[i], bytes[i + 1]]));
    let u32at = |i: usize| {
        u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]) as usize
    };
    let end = bytes.len() - 22;
    assert_eq!(u32at(end), 0x0605_4b50);
    let (count, mut at) = (u16at(end + 10), u32at(end + 16));
    let mut out = Vec::new();
    for _ in 0..count {
        assert_eq!(u32at(at), 0x0201_4b50);
        let (crc, size, name_len, local) = (
            u32at(at + 16),
            u32at(at + 20),
            u16at(at + 28),
            u32at(at + 42),
        );
        let name = String::from_utf8(bytes[at + 46..at + 46 + name_len].to_vec()).unwrap();
        assert_eq!(u32at(local), 0x0403_4b50);
        assert_eq!(u16at(local + 8), 0, "stored");
        let start = local + 30 + u16at(local + 26) + u16at(local + 28);
        let data = bytes[start..start + size].to_vec();
        assert_eq!(crc32(&data) as usize, crc, "{name}");
        out.push((name, data));
        at += 46 + name_len;
    }
    out
}

#[test]
fn the_xlsx_is_a_valid_archive_with_the_cells() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(
        [
            column(0),
            column(25),
            column(26),
            column(27),
            column(701),
            column(702)
        ],
        ["A", "Z", "AA", "AB", "ZZ", "AAA"]
    );
    assert_eq!(xml_text("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
    let rows = vec![
        vec![Cell::Text("Peserta".into()), Cell::Text("JP".into())],
        vec![
            Cell::Text("<script>alert(1)</script>".into()),
            Cell::Number(2.5),
        ],
        vec![Cell::Text("=1+1".into()), Cell::Empty],
    ];
    let book = workbook(&[("Kelas", &rows), ("Butir: soal/1", &rows[..1])]);
    let files = unzip(&book);
    let names: Vec<_> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/styles.xml",
            "xl/worksheets/sheet1.xml",
            "xl/worksheets/sheet2.xml"
        ]
    );
    let part =
        |n: &str| String::from_utf8(files.iter().find(|(x, _)| x == n).unwrap().1.clone()).unwrap();
    let sheet = part("xl/worksheets/sheet1.xml");
    assert!(sheet.contains("<c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">&lt;script&gt;alert(1)&lt;/script&gt;</t></is></c>"));
    assert!(sheet.contains("<c r=\"B2\"><v>2.5</v></c>"));
    // A formula's text stays text: an inline string, never `<f>`.
    assert!(sheet.contains("<t xml:space=\"preserve\">=1+1</t>") && !sheet.contains("<f>"));
    assert!(!sheet.contains("r=\"B3\""), "an empty cell is left out");
    // Sheet names lose the characters a spreadsheet refuses.
    assert!(part("xl/workbook.xml")
        .contains("<sheet name=\"Butir soal1\" sheetId=\"2\" r:id=\"rId2\"/>"));
    assert!(part("[Content_Types].xml").contains("/xl/worksheets/sheet2.xml"));
}

#[test]
fn statements_of_contract_11_version_1_still_count() {
    // What an LRS stored before version 2: the app's URL and `#/modul/<id>…` as the IRIs.
    let line = |id: &str, verb: &str, object: &str, result: &str| {
        format!(
            r#"{{"id":"{id}","timestamp":"2026-01-05T03:10:00Z","actor":{{"objectType":"Agent","account":{{"homePage":"https://belajar.contoh.go.id/","name":"lama"}}}},"verb":{{"id":"http://adlnet.gov/expapi/verbs/{verb}"}},"object":{{"id":"https://belajar.contoh.go.id/index.html{object}"}}{result}}}"#
        )
    };
    let text = [
        line(
            "00000000-0000-4000-8000-000000000001",
            "completed",
            "#/modul/agen-perubahan",
            "",
        ),
        line(
            "00000000-0000-4000-8000-000000000002",
            "passed",
            "#/modul/agen-perubahan/kuis",
            r#","result":{"score":{"raw":8,"max":10,"scaled":0.8},"success":true}"#,
        ),
    ]
    .join("\n");
    let class = Class::from_files([("lama.jsonl", Ok(text.as_str()))], &SerdeJson);
    assert!(class.refused.is_empty(), "{:?}", class.refused);
    let row = &class.entries[0].modules[0];
    assert_eq!(row.module.as_str(), "agen-perubahan");
    assert_eq!((row.status, row.post), (Status::Lulus, Some(80)));
}
