//! The *Laporan untuk pelatih* (contract 13, `src/domain/laporan.rs`): its shape pinned by the
//! golden file `tests/golden/laporan-v1.json`, read back whole, under 100 KB for the whole
//! built-in course in the worst case the app's limits allow, and every broken or hostile file
//! refused with its own reason in both languages.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_possible_wrap,
    clippy::too_many_lines,
    reason = "tests: a failing unwrap is a failing test; small test counts"
)]

use std::path::{Path, PathBuf};

use bimtek::content::catalog::ModuleContent;
use bimtek::content::source::compile_pack;
use bimtek::domain::course::{LessonInfo, Module, Question, QuestionKind};
use bimtek::domain::ids::{LessonId, ModuleId, QuestionId};
use bimtek::domain::laporan::{
    fit, make, read, Laporan, LaporanError, MakeError, Status, MAX_LAPORAN_BYTES,
};
use bimtek::domain::pretest::{PretestMode, PretestRecord};
use bimtek::domain::progress::{module_progress, LessonRecord};
use bimtek::domain::quiz::{Answer, AnswerRecord, Attempt, Millis};
use bimtek::domain::record::{Profile, ProfileError};
use bimtek::domain::rtl::{FollowUp, Outcome, RtlPlan, RTL_LONG_MAX, RTL_SHORT_MAX};
use bimtek::domain::transfer::Snapshot;
use bimtek::domain::worksheet::{
    Fishbone, KbkSheet, Measure, Member, Role, TallyRow, Worksheet, WorksheetId, LONG_MAX,
    MEMBERS_MAX, SHORT_MAX, TALLY_MAX,
};
use bimtek::i18n::Lang;
use bimtek::json::SerdeJson;

const T0: Millis = 1_790_000_000_000;

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

fn q(id: &str) -> QuestionId {
    QuestionId::parse(id).unwrap()
}

fn module(id: &str, lessons: &[&str]) -> Module {
    Module {
        id: ModuleId::parse(id).unwrap(),
        title: "Agen Perubahan".into(),
        summary: String::new(),
        minutes: 45,
        jp: 1,
        pass_mark: 70,
        questions_per_attempt: 3,
        max_attempts: 0,
        read_percent: 100,
        pretest: PretestMode::Offered,
        pretest_questions: 2,
        gelar: false,
        objectives: Vec::new(),
        lessons: lessons
            .iter()
            .map(|l| LessonInfo {
                id: LessonId::parse(l).unwrap(),
                title: (*l).into(),
                minutes: 5,
            })
            .collect(),
        question_count: 10,
    }
}

fn attempt(id: &str, module: &str, questions: &[&str], at: Millis, done: bool) -> Attempt {
    Attempt {
        id: id.into(),
        module: ModuleId::parse(module).unwrap(),
        seed: 7,
        started_at: at,
        questions: questions.iter().map(|x| q(x)).collect(),
        finished_at: done.then_some(at + 600_000),
    }
}

fn answer(attempt: &str, question: &str, answer: Answer, credit: u32, at: Millis) -> AnswerRecord {
    AnswerRecord {
        attempt: attempt.into(),
        question: q(question),
        answer,
        credit,
        answered_at: at,
    }
}

/// A learner who took the pre-test, failed the quiz once, passed it the second time, read both
/// lessons, wrote a plan and a worksheet; and a second module not started.
fn learner() -> (Vec<Module>, Snapshot, Profile) {
    let ap = "agen-perubahan";
    let lessons = [("mawas-diri", 300), ("teladan", 420)]
        .iter()
        .map(|(l, s)| LessonRecord {
            module: ModuleId::parse(ap).unwrap(),
            lesson: LessonId::parse(l).unwrap(),
            opened_at: T0,
            read_at: Some(T0 + 1000),
            seconds: *s,
            position: 100,
            updated_at: T0 + 1000,
        })
        .collect();
    let first = attempt("a1", ap, &["ap-01", "ap-02", "ap-03"], T0 + 10_000, true);
    let second = attempt(
        "a2",
        ap,
        &["ap-04", "ap-01", "ap-05"],
        T0 + 20_000_000,
        true,
    );
    let running = attempt("a3", ap, &["ap-06"], T0 + 30_000_000, false);
    let answers = vec![
        answer("a1", "ap-01", Answer::Single("c".into()), 0, T0 + 11_000),
        answer(
            "a1",
            "ap-02",
            Answer::Multiple(vec!["a".into(), "d".into()]),
            500,
            T0 + 12_000,
        ),
        answer("a1", "ap-03", Answer::TrueFalse(true), 1000, T0 + 13_000),
        answer(
            "a2",
            "ap-04",
            Answer::Ordering(vec!["plan".into(), "do".into(), "check".into()]),
            1000,
            T0 + 20_001_000,
        ),
        answer(
            "a2",
            "ap-01",
            Answer::Single("b".into()),
            1000,
            T0 + 20_002_000,
        ),
        answer(
            "a2",
            "ap-05",
            Answer::Matching(vec![("p1".into(), "p1".into()), ("p2".into(), "p2".into())]),
            1000,
            T0 + 20_003_000,
        ),
    ];
    let mut pre = PretestRecord::taken(attempt("p1", ap, &["ap-09", "ap-10"], T0 - 60_000, false));
    pre = pre
        .with_answer(answer(
            "p1",
            "ap-09",
            Answer::Single("a".into()),
            1000,
            T0 - 50_000,
        ))
        .with_answer(answer(
            "p1",
            "ap-10",
            Answer::TrueFalse(false),
            0,
            T0 - 40_000,
        ))
        .finish(T0 - 30_000);
    let plan = RtlPlan {
        module: ModuleId::parse(ap).unwrap(),
        perubahan: "Antrean loket dibuat dengan nomor.".into(),
        langkah_pertama: "Bicara dengan kepala seksi.".into(),
        tenggat: "2026-12-31".into(),
        ukuran_berhasil: "Waktu tunggu di bawah 15 menit.".into(),
        lapor_kepada: "Kepala Dinas".into(),
        updated_at: T0 + 21_000_000,
        follow_up: Some(FollowUp {
            outcome: Outcome::Started,
            note: "Baru separuh\u{7} jalan".into(),
            answered_at: T0 + 40 * 86_400_000,
        }),
    };
    let sheet = Worksheet {
        id: WorksheetId::Kbk,
        updated_at: T0 + 22_000_000,
        kbk: KbkSheet {
            group: "KBK Loket".into(),
            problem: "Berkas hilang".into(),
            members: vec![Member {
                name: "Siti".into(),
                role: Role::Ketua,
            }],
            tally: vec![TallyRow {
                cause: "Map tertukar".into(),
                count: 12,
            }],
            ..KbkSheet::default()
        },
    };
    let snapshot = Snapshot {
        lessons,
        attempts: vec![first, second, running],
        answers,
        resume: None,
        worksheets: vec![sheet],
        pretests: vec![pre],
        rtl: vec![plan],
        journal: Vec::new(),
        review: Vec::new(),
    };
    let profile = Profile {
        name: "Siti Rahma".into(),
        nip: Some("198703122010011002".into()),
        unit: "Dinas Dukcapil".into(),
    };
    (
        vec![
            module(ap, &["mawas-diri", "teladan"]),
            Module {
                title: "Pemerintahan Bersih".into(),
                ..module("pemerintahan-bersih", &["a"])
            },
        ],
        snapshot,
        profile,
    )
}

fn made(
    modules: &[Module],
    snapshot: &Snapshot,
    profile: Option<Profile>,
) -> Result<Laporan, MakeError> {
    let progress: Vec<_> = modules
        .iter()
        .map(|m| module_progress(m, &snapshot.lessons, &snapshot.attempts, &snapshot.answers))
        .collect();
    let pairs: Vec<_> = modules.iter().zip(progress.iter()).collect();
    make(profile, &pairs, snapshot, T0 + 50 * 86_400_000)
}

fn json(l: &Laporan) -> String {
    serde_json::to_string(l).unwrap()
}

#[test]
fn the_file_keeps_its_golden_shape_and_reads_back_whole() {
    let (modules, snapshot, profile) = learner();
    let laporan = made(&modules, &snapshot, Some(profile)).unwrap();
    let value = serde_json::to_value(&laporan).unwrap();
    let path = golden("laporan-v1.json");
    if std::env::var_os("BIMTEK_BLESS").is_some() {
        std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap() + "\n").unwrap();
    }
    let want: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(
        value, want,
        "laporan-v1.json changed: contract 13 would change silently"
    );
    // What the trainer needs is there: status, JP, scores, attempts, every answer.
    let ap = &laporan.modules[0];
    assert_eq!(ap.status, Status::Lulus);
    assert_eq!((ap.jp, ap.reading_seconds, ap.attempts_total), (1, 720, 2));
    assert_eq!(ap.attempts[0].score, Some(50));
    assert_eq!(ap.attempts[0].passed, Some(false));
    assert_eq!(ap.attempts[1].score, Some(100));
    assert_eq!(ap.attempts[0].answers.len(), 3);
    let pre = ap.pretest.as_ref().unwrap().attempt.as_ref().unwrap();
    assert_eq!((pre.score, pre.passed), (Some(50), None));
    assert_eq!(laporan.modules[1].status, Status::BelumMulai);
    assert_eq!(laporan.modules[1].jp, 0);
    // A bell in the learner's text is dropped.
    assert_eq!(
        laporan.rtl[0].follow_up.as_ref().unwrap().note,
        "Baru separuh jalan"
    );
    // Read back, from the golden file too: the same document.
    assert_eq!(read(&json(&laporan), &SerdeJson).unwrap(), laporan);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(read(&text, &SerdeJson).unwrap(), laporan);
}

#[test]
fn no_profile_no_file() {
    let (modules, snapshot, _) = learner();
    assert_eq!(made(&modules, &snapshot, None), Err(MakeError::NoProfile));
}

#[test]
fn more_attempts_than_listed_keep_the_first_and_the_latest() {
    let (modules, mut snapshot, profile) = learner();
    snapshot.attempts = (0..25)
        .map(|i| {
            attempt(
                &format!("x{i:02}"),
                "agen-perubahan",
                &["ap-01"],
                T0 + i * 1000,
                true,
            )
        })
        .collect();
    snapshot.answers.clear();
    let laporan = made(&modules, &snapshot, Some(profile)).unwrap();
    let ids: Vec<_> = laporan.modules[0]
        .attempts
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["x00", "x16", "x17", "x18", "x19", "x20", "x21", "x22", "x23", "x24"]
    );
    assert_eq!(laporan.modules[0].attempts_total, 25);
}

// ---------------------------------------------------------------------------------------------
// The worst case: the whole built-in course.

fn builtin() -> Vec<(Module, Vec<Question>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/inti");
    let read = |rel: &str| std::fs::read_to_string(dir.join(rel)).ok();
    let pack = compile_pack(&read).unwrap_or_else(|_| panic!("built-in pack invalid"));
    pack.index
        .modules
        .iter()
        .map(|m| {
            let body = pack
                .bodies
                .iter()
                .find(|(_, b)| b.id == m.id)
                .unwrap()
                .1
                .clone();
            (Module::from(m), ModuleContent::from(body).questions)
        })
        .collect()
}

/// The longest answer `q` can have: every option ticked, every step, every pair.
fn longest(q: &Question) -> Answer {
    match &q.kind {
        QuestionKind::Single { options } => Answer::Single(
            options
                .iter()
                .max_by_key(|o| o.id.len())
                .unwrap()
                .id
                .clone(),
        ),
        QuestionKind::Multiple { options } => {
            Answer::Multiple(options.iter().map(|o| o.id.clone()).collect())
        }
        QuestionKind::TrueFalse { .. } => Answer::TrueFalse(false),
        QuestionKind::Ordering { steps } => {
            Answer::Ordering(steps.iter().map(|s| s.id.clone()).collect())
        }
        QuestionKind::Matching { pairs } => {
            Answer::Matching(pairs.iter().map(|p| (p.id.clone(), p.id.clone())).collect())
        }
    }
}

/// `n` characters of `c`.
fn full(c: char, n: usize) -> String {
    std::iter::repeat_n(c, n).collect()
}

/// Everything at its cap, in the character `c`: the profile, a plan per module with its
/// follow-up, the KBK sheet; `attempts` finished attempts per module with the longest answers
/// the bank allows; the pre-test taken.
fn worst(course: &[(Module, Vec<Question>)], c: char, attempts: usize) -> (Snapshot, Profile) {
    let mut s = Snapshot::default();
    for (m, bank) in course {
        for l in &m.lessons {
            s.lessons.push(LessonRecord {
                module: m.id.clone(),
                lesson: l.id.clone(),
                opened_at: T0,
                read_at: Some(T0),
                seconds: u32::MAX / 8,
                position: 100,
                updated_at: T0,
            });
        }
        let per = m.questions_per_attempt as usize;
        for i in 0..attempts {
            let id = format!("{}-{:013}-{:08x}", m.id, T0 + i as i64, u32::MAX - i as u32);
            let drawn: Vec<&Question> = bank.iter().cycle().skip(i).take(per).collect();
            let a = Attempt {
                id: id.clone(),
                module: m.id.clone(),
                seed: u32::MAX,
                started_at: T0 + i as i64 * 1000,
                questions: drawn.iter().map(|x| x.id.clone()).collect(),
                finished_at: Some(T0 + i as i64 * 1000 + 999),
            };
            for x in &drawn {
                s.answers.push(AnswerRecord {
                    attempt: id.clone(),
                    question: x.id.clone(),
                    answer: longest(x),
                    credit: 333,
                    answered_at: T0 + i as i64 * 1000 + 500,
                });
            }
            s.attempts.push(a);
        }
        let pre_items: Vec<&Question> = bank
            .iter()
            .take(m.pretest_questions.max(5) as usize)
            .collect();
        let mut pre = PretestRecord::taken(Attempt {
            id: format!("pre-{}-{:013}", m.id, T0),
            module: m.id.clone(),
            seed: u32::MAX,
            started_at: T0,
            questions: pre_items.iter().map(|x| x.id.clone()).collect(),
            finished_at: None,
        });
        for x in &pre_items {
            pre = pre.with_answer(AnswerRecord {
                attempt: format!("pre-{}-{:013}", m.id, T0),
                question: x.id.clone(),
                answer: longest(x),
                credit: 1000,
                answered_at: T0,
            });
        }
        s.pretests.push(pre.finish(T0 + 1));
        s.rtl.push(RtlPlan {
            module: m.id.clone(),
            perubahan: full(c, RTL_LONG_MAX),
            langkah_pertama: full(c, RTL_LONG_MAX),
            tenggat: "2026-12-31".into(),
            ukuran_berhasil: full(c, RTL_LONG_MAX),
            lapor_kepada: full(c, RTL_SHORT_MAX),
            updated_at: T0,
            follow_up: Some(FollowUp {
                outcome: Outcome::NotYet,
                note: full(c, 200),
                answered_at: T0,
            }),
        });
    }
    let long = full(c, LONG_MAX);
    let short = full(c, SHORT_MAX);
    s.worksheets.push(Worksheet {
        id: WorksheetId::Kbk,
        updated_at: T0,
        kbk: KbkSheet {
            group: short.clone(),
            unit: short.clone(),
            members: vec![
                Member {
                    name: short.clone(),
                    role: Role::Fasilitator,
                };
                MEMBERS_MAX
            ],
            problem: long.clone(),
            reason: long.clone(),
            tally: vec![
                TallyRow {
                    cause: short.clone(),
                    count: 100_000,
                };
                TALLY_MAX
            ],
            fishbone: Fishbone {
                manusia: long.clone(),
                metode: long.clone(),
                bahan: long.clone(),
                sarana: long.clone(),
                lingkungan: long.clone(),
            },
            plan: long.clone(),
            act_do: long.clone(),
            check: long.clone(),
            act: long,
            before: Measure {
                value: "-1234567890,123".into(),
                unit: short.clone(),
            },
            after: Measure {
                value: "-1234567890,123".into(),
                unit: short.clone(),
            },
        },
    });
    for w in &s.worksheets {
        w.validate().unwrap();
    }
    for p in &s.rtl {
        p.validate().unwrap();
    }
    let profile = Profile {
        name: short.clone(),
        nip: Some("198703122010011002".into()),
        unit: short,
    };
    (s, profile)
}

fn course_file(course: &[(Module, Vec<Question>)], s: &Snapshot, p: Profile) -> Laporan {
    let modules: Vec<Module> = course.iter().map(|(m, _)| m.clone()).collect();
    fit(made(&modules, s, Some(p)).unwrap(), |l| json(l).len())
}

#[test]
fn a_whole_course_file_stays_under_100_kb_in_the_worst_case() {
    let course = builtin();
    // Every text at its cap in a four-byte character (UTF-8), and a hundred attempts per
    // module with the longest answers the bank allows: answers are left out, the oldest first,
    // until the file fits; the first attempt's answers stay as long as anything does.
    let (s, p) = worst(&course, '😀', 100);
    let laporan = course_file(&course, &s, p);
    let size = json(&laporan).len();
    assert!(size < MAX_LAPORAN_BYTES, "{size} bytes");
    assert!(laporan
        .rtl
        .iter()
        .all(|r| r.perubahan.chars().count() == RTL_LONG_MAX));
    let left: usize = laporan
        .modules
        .iter()
        .flat_map(|m| &m.attempts)
        .filter(|a| a.answers_left_out)
        .count();
    assert!(left > 0, "the worst case needs answers left out");
    assert_eq!(read(&json(&laporan), &SerdeJson).unwrap(), laporan);
    // Control characters (six bytes each in JSON) are dropped.
    let (s, p) = worst(&course, '\u{1}', 100);
    let laporan = course_file(&course, &s, p);
    assert!(json(&laporan).len() < MAX_LAPORAN_BYTES);
    assert!(laporan.rtl[0].perubahan.is_empty() && laporan.worksheets[0].kbk.problem.is_empty());
    // Text at its cap in plain letters and ten attempts per module: every answer stays.
    let (s, p) = worst(&course, 'a', 10);
    let laporan = course_file(&course, &s, p);
    let size = json(&laporan).len();
    assert!(size < MAX_LAPORAN_BYTES, "{size} bytes");
    assert!(laporan
        .modules
        .iter()
        .flat_map(|m| &m.attempts)
        .all(|a| !a.answers_left_out && !a.answers.is_empty()));
}

// ---------------------------------------------------------------------------------------------
// Reading: broken and hostile files.

fn good() -> serde_json::Value {
    let (modules, snapshot, profile) = learner();
    serde_json::to_value(made(&modules, &snapshot, Some(profile)).unwrap()).unwrap()
}

fn refused(v: &serde_json::Value) -> LaporanError {
    read(&v.to_string(), &SerdeJson).unwrap_err()
}

#[test]
fn broken_and_hostile_files_are_refused_with_their_reason() {
    let text = good().to_string();
    // Cut off on the way.
    let cut = &text[..text.len() / 2];
    assert!(matches!(
        read(cut, &SerdeJson),
        Err(LaporanError::NotJson(_))
    ));
    // Too large.
    let huge = format!("{{\"x\":\"{}\"}}", "a".repeat(1024 * 1024 + 1));
    assert!(matches!(
        read(&huge, &SerdeJson),
        Err(LaporanError::TooLarge(_))
    ));
    // A progress export, another kind of JSON, other versions.
    let export = r#"{"format":"bimtek-progress","version":3,"exported_at":0,"lessons":[],"attempts":[],"answers":[],"resume":null}"#;
    assert_eq!(read(export, &SerdeJson), Err(LaporanError::ProgressFile));
    assert_eq!(read("[1,2]", &SerdeJson), Err(LaporanError::Foreign));
    assert_eq!(
        read(r#"{"format":"lain"}"#, &SerdeJson),
        Err(LaporanError::Foreign)
    );
    let mut v = good();
    v["version"] = 2.into();
    assert_eq!(refused(&v), LaporanError::Newer(2));
    v["version"] = 0.into();
    assert_eq!(refused(&v), LaporanError::UnknownVersion(0));
    v.as_object_mut().unwrap().remove("version");
    assert_eq!(refused(&v), LaporanError::NoVersion);
    // Wrong shapes.
    let mut v = good();
    v["modules"][0]["status"] = "juara".into();
    assert!(matches!(refused(&v), LaporanError::BadShape(_)));
    let mut v = good();
    v["modules"][0]["module"] = "<script>alert(1)</script>".into();
    assert!(matches!(refused(&v), LaporanError::BadShape(_)));
    // A huge name, a bad NIP, no name.
    let mut v = good();
    v["learner"]["name"] = "A".repeat(5000).into();
    assert_eq!(refused(&v), LaporanError::Learner(ProfileError::TooLong));
    let mut v = good();
    v["learner"]["nip"] = "12345".into();
    assert_eq!(refused(&v), LaporanError::Learner(ProfileError::BadNip));
    let mut v = good();
    v["learner"]["name"] = " ".into();
    assert_eq!(refused(&v), LaporanError::Learner(ProfileError::NoName));
    // A script for a name is a name (shown as text by the page).
    let mut v = good();
    v["learner"]["name"] = "<img src=x onerror=alert(1)>".into();
    assert_eq!(
        read(&v.to_string(), &SerdeJson).unwrap().learner.name,
        "<img src=x onerror=alert(1)>"
    );
    // Impossible numbers.
    let impossible = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut v = good();
        edit(&mut v);
        refused(&v)
    };
    let ap = LaporanError::Impossible("agen-perubahan".into());
    assert_eq!(
        impossible(&|v| v["modules"][0]["attempts"][0]["answers"][0]["credit"] = 1001.into()),
        ap
    );
    assert_eq!(
        impossible(&|v| v["modules"][0]["attempts"][0]["answers"][0]["question"] = "ap-99".into()),
        ap
    );
    assert_eq!(
        impossible(
            &|v| v["modules"][0]["attempts"][0]["answers"][0]["answer"] =
                serde_json::json!({"single": "X Y"})
        ),
        ap
    );
    assert_eq!(
        impossible(&|v| v["modules"][0]["attempts"][0]["score"] = 101.into()),
        ap
    );
    assert_eq!(
        impossible(&|v| v["modules"][0]["attempts"][0]["id"] = "a".repeat(101).into()),
        ap
    );
    assert_eq!(
        impossible(&|v| v["modules"][0]["title"] = "T".repeat(301).into()),
        ap
    );
    assert_eq!(
        impossible(&|v| v["modules"][0]["lessons_read"] = 9.into()),
        ap
    );
    assert_eq!(
        impossible(&|v| v["modules"][0]["attempts_total"] = 1.into()),
        ap
    );
    assert_eq!(
        impossible(&|v| {
            let copy = v["modules"][0].clone();
            v["modules"].as_array_mut().unwrap().push(copy);
        }),
        ap
    );
    // Plans and worksheets over their limits.
    let mut v = good();
    v["rtl"][0]["perubahan"] = "x".repeat(501).into();
    assert!(matches!(refused(&v), LaporanError::Rtl(m, _) if m == "agen-perubahan"));
    let mut v = good();
    v["worksheets"][0]["kbk"]["problem"] = "x".repeat(1001).into();
    assert!(matches!(refused(&v), LaporanError::Worksheet(_)));
    // Every reason has words in both languages.
    for e in [LaporanError::TooLarge(2000), LaporanError::ProgressFile, ap] {
        assert_ne!(e.message(Lang::Id), e.message(Lang::En));
        assert_eq!(e.to_string(), e.message(Lang::Id));
    }
}
