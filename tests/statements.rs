//! The statements an LRS gets (docs/design.md contract 11, version 2; docs/lrs.md "What is
//! sent"): each shape the app can send, built from fixture events — `progressed` about the
//! lesson with its progress figure, `answered` with the full `cmi.interaction` of each question
//! type, durations, the module sessions' `terminated`/`suspended`, the canonical activity IRIs
//! from the pack's base, the launch's actor, registration and activity, the replay on a new
//! registration — and the time-on-task rules. Every shape is written to `tests/golden/statements-v2.json`, which
//! `tests/e2e/xapi-valid.spec.mjs` runs through an independent validator
//! (`@learninglocker/xapi-validation`).
//!
//! Longer than our ~350-line guide on purpose: one set of fixtures (a question of each type,
//! the launches) and every shape built from it side by side, as the golden file lists them.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use std::path::PathBuf;

use bimtek::domain::course::{Choice, Pair, Question, QuestionKind, Step};
use bimtek::domain::embed::{AnswerDetail, Event, LessonRead, Stamp};
use bimtek::domain::ids::{LessonId, ModuleId, QuestionId};
use bimtek::domain::lrs::interaction::interaction;
use bimtek::domain::lrs::iri::{check_base, pack_base, BaseError, DEFAULT_ROOT};
use bimtek::domain::lrs::time::{
    answer_duration, iso, module_time_ms, quiz_time_ms, SessionClock, MAX_ANSWER_MS, MAX_SESSION_MS,
};
use bimtek::domain::lrs::xapi::Statement;
use bimtek::domain::lrs::{
    lrs_statement, parse_launch, session_statement, ModuleRef, Session, SessionEnd,
};
use bimtek::domain::pretest::ItemUse;
use bimtek::domain::quiz::{Answer, AnswerRecord, Attempt};
use bimtek::json::SerdeJson;
use serde_json::{json, Value};

const BASE: &str = "https://bimtek-mandiri.id/xapi/inti/";
const LAUNCHED: &str = "https://moodle.contoh.go.id/mod/tincanlaunch/view.php?id=7";

fn module() -> ModuleRef<'static> {
    ModuleRef {
        id: "agen-perubahan",
        title: "Agen Perubahan",
        base: BASE,
    }
}

fn stamp() -> Stamp {
    Stamp {
        statement_id: "3f0c2a4e-1b2c-4d3e-8f40-5a6b7c8d9e01".into(),
        timestamp: "2026-11-30T08:00:00.000Z".into(),
        actor_id: "0b9c6f0e-3f1a-4d2b-9c3e-5a6b7c8d9e0f".into(),
        app_url: "https://belajar.contoh.go.id/bimtek/index.html".into(),
    }
}

fn launch_session(launched_module: &str) -> Session {
    let launch = parse_launch(
        &[
            ("endpoint", "https://lrs.example/xAPI/"),
            (
                "actor",
                r#"{"name":"Siti Rahma","mbox":"mailto:siti@contoh.go.id","objectType":"Agent"}"#,
            ),
            ("registration", "a1b2c3d4-0000-4000-8000-0123456789ab"),
            ("activity_id", LAUNCHED),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned())),
        &SerdeJson,
    )
    .unwrap()
    .unwrap();
    Session {
        actor: launch.actor,
        registration: launch.registration,
        activity_id: launch.activity_id,
        launched_module: Some(launched_module.into()),
    }
}

fn choice(id: &str, text: &str, correct: bool) -> Choice {
    Choice {
        id: id.into(),
        text: text.into(),
        correct,
        feedback: String::new(),
    }
}

fn question(id: &str, kind: QuestionKind) -> Question {
    Question {
        id: QuestionId::parse(id).unwrap(),
        prompt: format!("Soal {id}?"),
        explanation: String::new(),
        usage: ItemUse::Post,
        lesson: None,
        kind,
    }
}

fn single() -> Question {
    question(
        "ap-01",
        QuestionKind::Single {
            options: vec![
                choice("a", "Menunggu perintah", false),
                choice("b", "Memberi contoh", true),
                choice("c", "Menyalahkan aturan", false),
            ],
        },
    )
}

fn multiple() -> Question {
    question(
        "ap-02",
        QuestionKind::Multiple {
            options: vec![
                choice("jujur", "Jujur", true),
                choice("cepat", "Cepat-cepat", false),
                choice("terbuka", "Terbuka", true),
            ],
        },
    )
}

fn true_false() -> Question {
    question(
        "ap-03",
        QuestionKind::TrueFalse {
            answer: false,
            feedback_true: String::new(),
            feedback_false: String::new(),
        },
    )
}

fn ordering() -> Question {
    let step = |id: &str| Step {
        id: id.into(),
        text: format!("Langkah {id}"),
        feedback: String::new(),
    };
    question(
        "ap-04",
        QuestionKind::Ordering {
            steps: vec![step("kenali"), step("rencanakan"), step("lakukan")],
        },
    )
}

fn matching() -> Question {
    let pair = |id: &str, left: &str, right: &str| Pair {
        id: id.into(),
        left: left.into(),
        right: right.into(),
        feedback: String::new(),
    };
    question(
        "ap-05",
        QuestionKind::Matching {
            pairs: vec![
                pair("ber", "BerAKHLAK", "nilai dasar ASN"),
                pair("kbk", "KBK", "kerja bersama"),
            ],
        },
    )
}

fn answered(q: Question, answer: Answer, correct: bool, duration_ms: Option<i64>) -> Event {
    Event::Answered {
        question_id: q.id.to_string(),
        correct,
        detail: Some(Box::new(AnswerDetail {
            question: q,
            answer,
            duration_ms,
        })),
    }
}

fn lesson_read() -> Event {
    Event::Progress {
        completed_lessons: 2,
        total_lessons: 5,
        lesson: Some(LessonRead {
            id: LessonId::parse("mawas-diri").unwrap(),
            title: "Mawas Diri".into(),
            seconds: 90,
        }),
    }
}

fn finished(passed: bool) -> Event {
    Event::Finished {
        raw: if passed { 8.5 } else { 4.0 },
        max: 10,
        scaled: if passed { 0.85 } else { 0.4 },
        passed,
        duration_ms: Some(1_234_560),
    }
}

fn to_json(st: &Statement) -> Value {
    serde_json::to_value(st).unwrap()
}

fn plain(event: &Event) -> Value {
    to_json(&lrs_statement(
        event,
        &module(),
        &stamp(),
        &Session::default(),
    ))
}

/// Every shape the app can send, by name: each event and session end, without a launch (the
/// pseudonymous actor of `lrs.json`), with a launch of this module and of another one.
fn every_shape() -> Vec<(String, Value)> {
    let events = [
        ("initialized", Event::Ready),
        ("progressed", lesson_read()),
        (
            "answered single",
            answered(single(), Answer::Single("a".into()), false, Some(12_340)),
        ),
        (
            "answered multiple",
            answered(
                multiple(),
                Answer::Multiple(vec!["terbuka".into(), "jujur".into()]),
                true,
                Some(20_000),
            ),
        ),
        (
            "answered true-false",
            answered(true_false(), Answer::TrueFalse(false), true, Some(5_000)),
        ),
        (
            "answered sequencing",
            answered(
                ordering(),
                Answer::Ordering(vec!["rencanakan".into(), "kenali".into(), "lakukan".into()]),
                false,
                Some(31_500),
            ),
        ),
        (
            "answered matching",
            answered(
                matching(),
                Answer::Matching(vec![
                    ("ber".into(), "kbk".into()),
                    ("kbk".into(), "ber".into()),
                ]),
                false,
                None,
            ),
        ),
        (
            "completed",
            Event::Completed {
                duration_ms: Some(2_700_000),
            },
        ),
        ("passed", finished(true)),
        ("failed", finished(false)),
        ("attempted", Event::PretestStarted { questions: 5 }),
        (
            "scored",
            Event::PretestScored {
                raw: 2.0,
                max: 5,
                scaled: 0.4,
            },
        ),
    ];
    let sessions = [
        ("no launch", Session::default()),
        ("launch of this module", launch_session("agen-perubahan")),
        (
            "launch of another module",
            launch_session("pola-pikir-melayani"),
        ),
    ];
    let mut out = Vec::new();
    for (s_name, session) in &sessions {
        for (e_name, event) in &events {
            let st = lrs_statement(event, &module(), &stamp(), session);
            out.push((format!("{e_name}, {s_name}"), to_json(&st)));
        }
        for (e_name, end) in [
            ("terminated", SessionEnd::Left),
            ("suspended", SessionEnd::PageHidden),
        ] {
            let st = session_statement(end, &module(), Some(754_320), &stamp(), session);
            out.push((format!("{e_name}, {s_name}"), to_json(&st)));
        }
    }
    // The replay on a new registration (issue 27, item 3): the live shapes, with a version 5
    // id and the time it first happened.
    for r in replayed() {
        let name = format!("{:?}", r.action).to_lowercase();
        out.push((
            format!("{name}, replay on a new registration"),
            to_json(&r.statement),
        ));
    }
    out
}

/// The module of [`module`] read and passed, replayed for the launch of this module.
fn replayed() -> Vec<bimtek::domain::lrs::replay::Replayed> {
    use bimtek::domain::course::{LessonInfo, Module};
    use bimtek::domain::lrs::replay::{replay, Records, ReplayModule};
    use bimtek::domain::progress::LessonRecord;
    let lessons: Vec<LessonInfo> = ["kenali", "lakukan"]
        .iter()
        .map(|id| LessonInfo {
            id: LessonId::parse(id).unwrap(),
            title: (*id).into(),
            minutes: 5,
        })
        .collect();
    let m = Module {
        id: ModuleId::parse("agen-perubahan").unwrap(),
        title: "Agen Perubahan".into(),
        summary: String::new(),
        minutes: 45,
        jp: 2,
        pass_mark: 70,
        questions_per_attempt: 1,
        max_attempts: 0,
        read_percent: 100,
        pretest: bimtek::domain::pretest::PretestMode::Offered,
        pretest_questions: 5,
        gelar: false,
        objectives: Vec::new(),
        lessons: lessons.clone(),
        question_count: 1,
    };
    let at = 1_764_489_600_000;
    let read: Vec<LessonRecord> = lessons
        .iter()
        .zip([at, at + 600_000])
        .map(|(l, t)| LessonRecord {
            module: m.id.clone(),
            lesson: l.id.clone(),
            opened_at: t - 300_000,
            read_at: Some(t),
            seconds: 300,
            position: 100,
            updated_at: t,
        })
        .collect();
    let q = QuestionId::parse("ap-01").unwrap();
    let attempt = Attempt {
        id: "a1".into(),
        module: m.id.clone(),
        seed: 1,
        started_at: at + 700_000,
        questions: vec![q.clone()],
        finished_at: Some(at + 760_000),
    };
    let answer = AnswerRecord {
        attempt: "a1".into(),
        question: q,
        answer: Answer::Single("b".into()),
        credit: bimtek::domain::quiz::FULL,
        answered_at: at + 750_000,
    };
    replay(
        &[ReplayModule {
            module: &m,
            activity_base: BASE,
        }],
        Records {
            lessons: &read,
            attempts: &[attempt],
            answers: &[answer],
        },
        &launch_session("agen-perubahan"),
        &stamp().app_url,
    )
}

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

#[test]
fn every_shape_keeps_its_golden_file() {
    let value = Value::Object(every_shape().into_iter().collect());
    let path = golden("statements-v2.json");
    if std::env::var_os("BIMTEK_BLESS").is_some() {
        std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap() + "\n").unwrap();
        return;
    }
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} missing: run with BIMTEK_BLESS=1", path.display()));
    let want: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        value, want,
        "statements-v2.json changed: contract 11 would change silently (bump it)"
    );
    // 14 shapes × 3 launch situations, and the replay's `completed` and `passed`, each with an
    // id, a time, an actor, a verb and an object.
    let shapes = want.as_object().unwrap();
    assert_eq!(shapes.len(), 44);
    for (name, st) in shapes {
        for key in ["id", "timestamp", "actor", "verb", "object"] {
            assert!(st.get(key).is_some(), "{name} has no {key}");
        }
    }
}

#[test]
fn progressed_is_about_the_lesson_with_the_module_as_parent_and_a_progress_figure() {
    let st = plain(&lesson_read());
    assert_eq!(
        st["verb"]["id"],
        "http://adlnet.gov/expapi/verbs/progressed"
    );
    assert_eq!(
        st["object"]["id"],
        "https://bimtek-mandiri.id/xapi/inti/agen-perubahan/pelajaran/mawas-diri"
    );
    assert_eq!(
        st["object"]["definition"],
        json!({"name": {"id-ID": "Mawas Diri"}, "type": "http://adlnet.gov/expapi/activities/lesson"})
    );
    assert_eq!(
        st["context"]["contextActivities"]["parent"],
        json!([{"objectType": "Activity", "id": "https://bimtek-mandiri.id/xapi/inti/agen-perubahan"}])
    );
    assert_eq!(
        st["result"],
        json!({"duration": "PT1M30S", "extensions": {"https://w3id.org/xapi/cmi5/result/extensions/progress": 40}})
    );
    // Every lesson read: 100; none in the module (cannot happen): 0, never a division by zero.
    let all = Event::Progress {
        completed_lessons: 5,
        total_lessons: 5,
        lesson: None,
    };
    let key = "https://w3id.org/xapi/cmi5/result/extensions/progress";
    assert_eq!(plain(&all)["result"]["extensions"][key], 100);
    let none = Event::Progress {
        completed_lessons: 0,
        total_lessons: 0,
        lesson: None,
    };
    assert_eq!(plain(&none)["result"]["extensions"][key], 0);
}

#[test]
fn answered_carries_the_full_interaction_for_each_question_type() {
    let st = plain(&answered(
        single(),
        Answer::Single("a".into()),
        false,
        Some(12_340),
    ));
    assert_eq!(
        st["object"]["id"],
        "https://bimtek-mandiri.id/xapi/inti/agen-perubahan/soal/ap-01"
    );
    let d = &st["object"]["definition"];
    assert_eq!(
        d["type"],
        "http://adlnet.gov/expapi/activities/cmi.interaction"
    );
    assert_eq!(d["interactionType"], "choice");
    assert_eq!(d["description"], json!({"id-ID": "Soal ap-01?"}));
    assert_eq!(d["correctResponsesPattern"], json!(["b"]));
    assert_eq!(
        d["choices"],
        json!([
            {"id": "a", "description": {"id-ID": "Menunggu perintah"}},
            {"id": "b", "description": {"id-ID": "Memberi contoh"}},
            {"id": "c", "description": {"id-ID": "Menyalahkan aturan"}},
        ])
    );
    assert_eq!(
        st["result"],
        json!({"success": false, "response": "a", "duration": "PT12.34S"})
    );
    // The post-test is the parent, the module the grouping.
    let ca = &st["context"]["contextActivities"];
    assert_eq!(
        ca["parent"][0]["id"],
        "https://bimtek-mandiri.id/xapi/inti/agen-perubahan/kuis"
    );
    assert_eq!(
        ca["grouping"][0]["id"],
        "https://bimtek-mandiri.id/xapi/inti/agen-perubahan"
    );
}

#[test]
fn answered_in_the_other_question_types_uses_their_interaction_syntax() {
    // Multiple: the response in the options' order, whatever order they were ticked in.
    let st = plain(&answered(
        multiple(),
        Answer::Multiple(vec!["terbuka".into(), "jujur".into()]),
        true,
        None,
    ));
    assert_eq!(
        st["object"]["definition"]["correctResponsesPattern"],
        json!(["jujur[,]terbuka"])
    );
    assert_eq!(st["result"]["response"], "jujur[,]terbuka");
    assert!(
        st["result"].get("duration").is_none(),
        "not known: left out"
    );

    let st = plain(&answered(
        true_false(),
        Answer::TrueFalse(true),
        false,
        None,
    ));
    let d = &st["object"]["definition"];
    assert_eq!(
        (&d["interactionType"], &d["correctResponsesPattern"]),
        (&json!("true-false"), &json!(["false"]))
    );
    assert!(d.get("choices").is_none());
    assert_eq!(st["result"]["response"], "true");

    let st = plain(&answered(
        ordering(),
        Answer::Ordering(vec!["rencanakan".into(), "kenali".into(), "lakukan".into()]),
        false,
        None,
    ));
    let d = &st["object"]["definition"];
    assert_eq!(d["interactionType"], "sequencing");
    assert_eq!(
        d["correctResponsesPattern"],
        json!(["kenali[,]rencanakan[,]lakukan"])
    );
    assert_eq!(
        d["choices"][1],
        json!({"id": "rencanakan", "description": {"id-ID": "Langkah rencanakan"}})
    );
    assert_eq!(st["result"]["response"], "rencanakan[,]kenali[,]lakukan");

    let st = plain(&answered(
        matching(),
        Answer::Matching(vec![
            ("ber".into(), "kbk".into()),
            ("kbk".into(), "ber".into()),
        ]),
        false,
        None,
    ));
    let d = &st["object"]["definition"];
    assert_eq!(d["interactionType"], "matching");
    assert_eq!(
        d["correctResponsesPattern"],
        json!(["ber[.]ber[,]kbk[.]kbk"])
    );
    assert_eq!(
        d["source"],
        json!([{"id": "ber", "description": {"id-ID": "BerAKHLAK"}}, {"id": "kbk", "description": {"id-ID": "KBK"}}])
    );
    assert_eq!(
        d["target"],
        json!([{"id": "ber", "description": {"id-ID": "nilai dasar ASN"}}, {"id": "kbk", "description": {"id-ID": "kerja bersama"}}])
    );
    assert_eq!(st["result"]["response"], "ber[.]kbk[,]kbk[.]ber");
}

#[test]
fn an_answer_that_does_not_fit_its_question_gives_no_interaction() {
    assert!(interaction(&single(), &Answer::TrueFalse(true)).is_none());
    assert!(interaction(&single(), &Answer::Single("z".into())).is_none());
    assert!(interaction(&multiple(), &Answer::Multiple(vec!["z".into()])).is_none());
    assert!(interaction(&ordering(), &Answer::Ordering(vec!["z".into()])).is_none());
    assert!(interaction(
        &matching(),
        &Answer::Matching(vec![("ber".into(), "z".into())])
    )
    .is_none());
    // The statement still goes, with what is known (the id and whether it was right).
    let st = plain(&answered(single(), Answer::TrueFalse(true), false, None));
    assert!(st["object"]["definition"].get("interactionType").is_none());
    assert_eq!(st["result"], json!({"success": false}));
}

#[test]
fn completed_passed_and_failed_carry_the_time_in_the_module() {
    let st = plain(&Event::Completed {
        duration_ms: Some(2_700_000),
    });
    assert_eq!(
        st["object"]["id"],
        "https://bimtek-mandiri.id/xapi/inti/agen-perubahan"
    );
    assert_eq!(
        st["result"],
        json!({"completion": true, "duration": "PT45M"})
    );
    assert!(st.get("context").is_none());
    for passed in [true, false] {
        let st = plain(&finished(passed));
        assert_eq!(
            st["object"]["id"],
            "https://bimtek-mandiri.id/xapi/inti/agen-perubahan/kuis"
        );
        assert_eq!(st["result"]["duration"], "PT20M34.56S");
        assert_eq!(st["result"]["success"], passed);
        assert_eq!(st["result"]["score"]["min"], 0);
        assert_eq!(
            st["context"]["contextActivities"]["parent"][0]["id"],
            "https://bimtek-mandiri.id/xapi/inti/agen-perubahan"
        );
    }
    // A duration that is not known is left out, not sent as zero.
    let st = plain(&Event::Completed { duration_ms: None });
    assert_eq!(st["result"], json!({"completion": true}));
}

#[test]
fn a_module_session_ends_with_terminated_or_suspended_and_its_visible_time() {
    let st = to_json(&session_statement(
        SessionEnd::Left,
        &module(),
        Some(754_320),
        &stamp(),
        &Session::default(),
    ));
    assert_eq!(
        st["verb"]["id"],
        "http://adlnet.gov/expapi/verbs/terminated"
    );
    assert_eq!(
        st["object"]["id"],
        "https://bimtek-mandiri.id/xapi/inti/agen-perubahan"
    );
    assert_eq!(st["result"], json!({"duration": "PT12M34.32S"}));
    let st = to_json(&session_statement(
        SessionEnd::PageHidden,
        &module(),
        Some(MAX_SESSION_MS + 1),
        &stamp(),
        &Session::default(),
    ));
    assert_eq!(st["verb"]["id"], "http://adlnet.gov/expapi/verbs/suspended");
    assert_eq!(
        st["verb"]["display"],
        json!({"en-US": "suspended", "id-ID": "menjeda"})
    );
    assert_eq!(st["result"], json!({}), "an absurd duration is left out");
    // With a launch of this module, the session is the launched activity's (cmi5's AU).
    let st = to_json(&session_statement(
        SessionEnd::PageHidden,
        &module(),
        Some(1_000),
        &stamp(),
        &launch_session("agen-perubahan"),
    ));
    assert_eq!(st["object"]["id"], LAUNCHED);
}

#[test]
fn activity_iris_come_from_the_pack_not_from_the_site() {
    // The same module on two sites: the same activities; only the pseudonymous actor's home
    // page (the site the learner's id belongs to) differs.
    let other_site = Stamp {
        app_url: "https://kab-sukamaju.go.id/kursus/index.html".into(),
        ..stamp()
    };
    for event in [
        Event::Ready,
        lesson_read(),
        answered(single(), Answer::Single("b".into()), true, None),
        finished(true),
        Event::PretestStarted { questions: 5 },
    ] {
        let a = plain(&event);
        let b = to_json(&lrs_statement(
            &event,
            &module(),
            &other_site,
            &Session::default(),
        ));
        assert_eq!(a["object"], b["object"]);
        assert_eq!(a["context"], b["context"]);
        assert!(a["object"]["id"].as_str().unwrap().starts_with(BASE));
        assert_ne!(a["actor"], b["actor"]);
    }
    // The pre-test's category is one activity for every pack.
    let st = plain(&Event::PretestScored {
        raw: 1.0,
        max: 5,
        scaled: 0.2,
    });
    assert_eq!(
        st["context"]["contextActivities"]["category"][0]["id"],
        "https://bimtek-mandiri.id/xapi/kategori/pretest"
    );
    assert_eq!(
        st["object"]["id"],
        "https://bimtek-mandiri.id/xapi/inti/agen-perubahan/kuis/pretest"
    );
    // A pack's own base, and the default that depends on its id only.
    assert_eq!(pack_base(None, "inti"), format!("{DEFAULT_ROOT}inti/"));
    assert_eq!(
        pack_base(Some("https://bimtek.example.go.id/xapi/"), "inti"),
        "https://bimtek.example.go.id/xapi/"
    );
    let own = ModuleRef {
        base: "https://bimtek.example.go.id/xapi/",
        ..module()
    };
    let st = to_json(&lrs_statement(
        &Event::Ready,
        &own,
        &stamp(),
        &Session::default(),
    ));
    assert_eq!(
        st["object"]["id"],
        "https://bimtek.example.go.id/xapi/agen-perubahan"
    );
}

#[test]
fn activity_bases_are_checked_as_absolute_iris() {
    for ok in [
        "https://bimtek.example.go.id/xapi/",
        "http://lms.contoh.go.id/aktivitas/",
        "urn:x-bimtek:contoh/",
        "tag:bpsdm.contoh.go.id,2026:bimtek/",
    ] {
        assert_eq!(check_base(ok), Ok(()), "{ok}");
    }
    for (bad, why) in [
        ("bimtek.example.go.id/xapi/", BaseError::NotAbsolute),
        ("/xapi/", BaseError::NotAbsolute),
        ("https:", BaseError::NotAbsolute),
        ("1http://x/", BaseError::NotAbsolute),
        ("https://x.go.id/xapi", BaseError::NoTrailingSlash),
        ("https://x.go.id/a b/", BaseError::BadCharacter),
        ("https://x.go.id/<a>/", BaseError::BadCharacter),
        ("https://x.go.id/\u{7}/", BaseError::BadCharacter),
        ("https://x.go.id/?a=/", BaseError::QueryOrFragment),
        ("https://x.go.id/#/", BaseError::QueryOrFragment),
    ] {
        assert_eq!(check_base(bad), Err(why), "{bad}");
    }
    let long = format!("https://x.go.id/{}/", "a".repeat(200));
    assert_eq!(check_base(&long), Err(BaseError::TooLong));
}

#[test]
fn a_launch_gives_actor_registration_and_the_launched_activity() {
    let this = launch_session("agen-perubahan");
    // The module's own statements and its post-test's are about the launched activity.
    for event in [
        Event::Ready,
        Event::Completed { duration_ms: None },
        finished(true),
    ] {
        let st = to_json(&lrs_statement(&event, &module(), &stamp(), &this));
        assert_eq!(st["object"]["id"], LAUNCHED);
        assert_eq!(st["actor"]["mbox"], "mailto:siti@contoh.go.id");
        assert!(st["actor"].get("account").is_none());
        assert_eq!(
            st["context"],
            json!({"registration": "a1b2c3d4-0000-4000-8000-0123456789ab"})
        );
    }
    // Its parts (a lesson, a question, the pre-test) have it as parent, never as object.
    for event in [
        lesson_read(),
        answered(single(), Answer::Single("b".into()), true, None),
        Event::PretestStarted { questions: 5 },
    ] {
        let st = to_json(&lrs_statement(&event, &module(), &stamp(), &this));
        assert_ne!(st["object"]["id"], LAUNCHED);
        assert_eq!(
            st["context"]["contextActivities"]["parent"][0]["id"],
            LAUNCHED
        );
    }
    // Another module than the launched one: the launch is a grouping.
    let other = launch_session("pola-pikir-melayani");
    let st = to_json(&lrs_statement(
        &Event::Completed { duration_ms: None },
        &module(),
        &stamp(),
        &other,
    ));
    assert_eq!(
        st["object"]["id"],
        "https://bimtek-mandiri.id/xapi/inti/agen-perubahan"
    );
    assert_eq!(
        st["context"]["contextActivities"]["grouping"],
        json!([{"objectType": "Activity", "id": LAUNCHED}])
    );
    let st = to_json(&lrs_statement(
        &answered(single(), Answer::Single("b".into()), true, None),
        &module(),
        &stamp(),
        &other,
    ));
    let grouping: Vec<&str> = st["context"]["contextActivities"]["grouping"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        grouping,
        [
            "https://bimtek-mandiri.id/xapi/inti/agen-perubahan",
            LAUNCHED
        ]
    );
}

#[test]
fn without_a_launch_the_actor_is_the_pseudonymous_account_and_no_registration() {
    for (name, st) in every_shape() {
        if !name.ends_with("no launch") {
            continue;
        }
        assert_eq!(
            st["actor"],
            json!({"objectType": "Agent", "account": {"homePage": "https://belajar.contoh.go.id/bimtek/index.html", "name": "0b9c6f0e-3f1a-4d2b-9c3e-5a6b7c8d9e0f"}}),
            "{name}"
        );
        assert!(st["context"].get("registration").is_none(), "{name}");
    }
}

#[test]
fn answers_are_timed_from_the_question_shown_and_absurd_times_left_out() {
    // Shown at 10 s, answered at 25 s.
    assert_eq!(answer_duration(Some(10_000), 0, 25_000), Some(15_000));
    // Not seen shown: from the attempt's start (or the previous answer) given.
    assert_eq!(answer_duration(None, 5_000, 25_000), Some(20_000));
    // The learner was away, or the clock went back: no duration.
    assert_eq!(answer_duration(Some(0), 0, MAX_ANSWER_MS + 1), None);
    assert_eq!(
        answer_duration(Some(0), 0, MAX_ANSWER_MS),
        Some(MAX_ANSWER_MS)
    );
    assert_eq!(answer_duration(Some(30_000), 0, 25_000), None);
    assert_eq!(iso(12_340), "PT12.34S");
    assert_eq!(iso(3_723_450), "PT1H2M3.45S");
    assert_eq!(iso(0), "PT0S");
}

#[test]
fn the_quiz_pages_answer_event_carries_question_answer_and_time() {
    use bimtek::domain::session::QuizSession;
    let q = single();
    let attempt = Attempt {
        id: "a1".into(),
        module: ModuleId::parse("agen-perubahan").unwrap(),
        seed: 1,
        started_at: 1_000,
        questions: vec![q.id.clone()],
        finished_at: None,
    };
    let done =
        QuizSession::answer(&attempt, &q, Answer::Single("b".into()), 9_000, Some(4_000)).unwrap();
    let Event::Answered {
        correct, detail, ..
    } = &done.event
    else {
        panic!("not an answer: {:?}", done.event);
    };
    let detail = detail.as_ref().unwrap();
    assert!(*correct);
    assert_eq!(
        (&detail.question, &detail.answer, detail.duration_ms),
        (&q, &Answer::Single("b".into()), Some(5_000))
    );
    // The page did not see it shown: the attempt's start stands in.
    let done = QuizSession::answer(&attempt, &q, Answer::Single("a".into()), 9_000, None).unwrap();
    let Event::Answered { detail, .. } = &done.event else {
        panic!("not an answer");
    };
    assert_eq!(detail.as_ref().unwrap().duration_ms, Some(8_000));
}

#[test]
fn a_sessions_time_counts_only_while_the_page_is_visible() {
    let mut c = SessionClock::start(0, true);
    c.hidden(60_000);
    // An hour in a pocket.
    c.shown(3_660_000);
    assert_eq!(c.elapsed(3_690_000), Some(90_000));
    // Hidden twice, shown twice: counted once.
    c.hidden(3_700_000);
    c.hidden(3_800_000);
    c.shown(3_900_000);
    c.shown(3_950_000);
    assert_eq!(c.elapsed(3_900_000), Some(100_000));
    // Started hidden (a tab opened in the background).
    let c = SessionClock::start(0, false);
    assert_eq!(c.elapsed(10_000), Some(0));
    // Visible for longer than a working day: not timed.
    let c = SessionClock::start(0, true);
    assert_eq!(c.elapsed(MAX_SESSION_MS + 1), None);
}

#[test]
fn the_time_in_a_module_is_reading_plus_answering_without_long_pauses() {
    let m = ModuleId::parse("agen-perubahan").unwrap();
    let other = ModuleId::parse("pola-pikir-melayani").unwrap();
    let attempt = |id: &str, module: &ModuleId, started_at| Attempt {
        id: id.into(),
        module: module.clone(),
        seed: 1,
        started_at,
        questions: Vec::new(),
        finished_at: None,
    };
    let answer = |attempt: &str, at| AnswerRecord {
        attempt: attempt.into(),
        question: QuestionId::parse("ap-01").unwrap(),
        answer: Answer::Single("a".into()),
        credit: 0,
        answered_at: at,
    };
    let attempts = [
        attempt("a1", &m, 0),
        attempt("a2", &m, 10_000_000),
        attempt("b1", &other, 0),
    ];
    let answers = [
        // a1: 20 s, 30 s, then a night away (not counted), then 10 s.
        answer("a1", 20_000),
        answer("a1", 50_000),
        answer("a1", 50_000 + MAX_ANSWER_MS + 1),
        answer("a1", 60_000 + MAX_ANSWER_MS + 1),
        // a2: 40 s.
        answer("a2", 10_040_000),
        // Another module's attempt is not this module's time.
        answer("b1", 99_000),
    ];
    assert_eq!(quiz_time_ms(&m, &attempts, &answers), 100_000);
    assert_eq!(module_time_ms(600, 100_000), 700_000);
}

#[test]
fn a_packs_activity_base_is_optional_validated_and_left_out_of_the_json_when_absent() {
    use bimtek::content::source::compile_pack;
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content/inti");
    let pack_toml = std::fs::read_to_string(dir.join("pack.toml")).unwrap();
    let compile = |toml: String| {
        let dir = dir.clone();
        compile_pack(&move |rel: &str| {
            if rel == "pack.toml" {
                Some(toml.clone())
            } else {
                std::fs::read_to_string(dir.join(rel)).ok()
            }
        })
    };
    // Absent: the compiled pack.json has no such key (packs built before it are unchanged).
    let built = compile(pack_toml.clone()).map_err(|e| e.len()).unwrap();
    assert_eq!(built.index.activity_base, None);
    let json = serde_json::to_value(&built.index).unwrap();
    assert!(json.get("activity_base").is_none());
    // Set: kept.
    let with = pack_toml.replace(
        "language = \"id\"",
        "language = \"id\"\nactivity_base = \"https://bimtek.example.go.id/xapi/\"",
    );
    let built = compile(with).map_err(|e| e.len()).unwrap();
    assert_eq!(
        built.index.activity_base.as_deref(),
        Some("https://bimtek.example.go.id/xapi/")
    );
    // Not an absolute IRI: refused, naming the file and the rule.
    let bad = pack_toml.replace(
        "language = \"id\"",
        "language = \"id\"\nactivity_base = \"bimtek.example.go.id/xapi\"",
    );
    let errors = compile(bad).err().unwrap();
    let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        text.iter()
            .any(|e| e.contains("pack.toml") && e.contains("activity_base tidak sah")),
        "{text:?}"
    );
    // The app's check of a fetched pack refuses it too (a deployer's pack.json).
    let mut index = compile(pack_toml).map_err(|e| e.len()).unwrap().index;
    index.activity_base = Some("https://x.go.id/a b/".into());
    let found = bimtek::content::validate::pack_index("pack.json", &index);
    assert!(
        found
            .iter()
            .any(|e| e.to_string().contains("activity_base")),
        "{found:?}"
    );
}
