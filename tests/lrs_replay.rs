//! The replay on a new registration (issue 27, item 3), pure: which modules are replayed,
//! when, with which score and time, about which object, and ids that are the same on every
//! device (UUID version 5, checked against an independent computation); the same bytes each
//! time and from records in any order; nothing without a launch actor or a registration.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use bimtek::domain::course::{LessonInfo, Module};
use bimtek::domain::embed::Action;
use bimtek::domain::ids::{LessonId, ModuleId, QuestionId};
use bimtek::domain::lrs::replay::{
    replay, replay_id, timestamp, Records, ReplayModule, REPLAY_NAMESPACE,
};
use bimtek::domain::lrs::target::parse_actor;
use bimtek::domain::lrs::Session;
use bimtek::domain::progress::LessonRecord;
use bimtek::domain::quiz::{Answer, AnswerRecord, Attempt, FULL};
use bimtek::json::SerdeJson;

const SITI: &str =
    r#"{"name":"Siti Rahma","mbox":"mailto:siti@contoh.go.id","objectType":"Agent"}"#;
const REG: &str = "a1b2c3d4-0000-4000-8000-0123456789ab";
const LAUNCHED: &str = "https://moodle.contoh.go.id/mod/tincanlaunch/view.php?id=7";
const BASE: &str = "https://bimtek-mandiri.id/xapi/inti/";
const APP: &str = "https://belajar.contoh.go.id/bimtek/index.html";

#[test]
fn replay_ids_are_version_5_uuids_the_same_everywhere() {
    // The namespace is v5(URL namespace, its URL); the id of a fixed name was computed with
    // Python's `uuid.uuid5`, not with this code.
    assert_eq!(
        REPLAY_NAMESPACE,
        uuid::Uuid::new_v5(
            &uuid::Uuid::NAMESPACE_URL,
            b"https://bimtek-mandiri.id/xapi/replay"
        )
    );
    let passed = "http://adlnet.gov/expapi/verbs/passed";
    let id = replay_id("mbox:mailto:siti@contoh.go.id", REG, LAUNCHED, passed);
    assert_eq!(id, "8e2a07cd-aa70-55e9-b2f6-b1a3194efbe0");
    assert_eq!(
        replay_id("mbox:mailto:siti@contoh.go.id", REG, LAUNCHED, passed),
        id
    );
    for other in [
        replay_id("mbox:mailto:budi@contoh.go.id", REG, LAUNCHED, passed),
        replay_id(
            "mbox:mailto:siti@contoh.go.id",
            "a1b2c3d4-0000-4000-8000-0123456789ac",
            LAUNCHED,
            passed,
        ),
        replay_id("mbox:mailto:siti@contoh.go.id", REG, BASE, passed),
        replay_id(
            "mbox:mailto:siti@contoh.go.id",
            REG,
            LAUNCHED,
            "http://adlnet.gov/expapi/verbs/completed",
        ),
    ] {
        assert_ne!(other, id);
    }
}

#[test]
fn replay_timestamps_are_what_javascript_writes() {
    assert_eq!(timestamp(0), "1970-01-01T00:00:00.000Z");
    assert_eq!(timestamp(1_764_500_000_123), "2025-11-30T10:53:20.123Z");
    assert_eq!(timestamp(951_868_799_999), "2000-02-29T23:59:59.999Z");
}

fn module(id: &str, lessons: usize) -> Module {
    Module {
        id: ModuleId::parse(id).unwrap(),
        title: format!("Modul {id}"),
        summary: "s".into(),
        minutes: 45,
        jp: 2,
        pass_mark: 70,
        questions_per_attempt: 1,
        max_attempts: 0,
        read_percent: 100,
        pretest: bimtek::domain::pretest::PretestMode::Offered,
        pretest_questions: 5,
        gelar: false,
        objectives: vec!["o".into()],
        lessons: (1..=lessons)
            .map(|i| LessonInfo {
                id: LessonId::parse(&format!("l{i}")).unwrap(),
                title: format!("L{i}"),
                minutes: 3,
            })
            .collect(),
        question_count: 1,
    }
}

fn read(module: &str, i: usize, at: i64) -> LessonRecord {
    LessonRecord {
        module: ModuleId::parse(module).unwrap(),
        lesson: LessonId::parse(&format!("l{i}")).unwrap(),
        opened_at: at - 60_000,
        read_at: Some(at),
        seconds: 60,
        position: 100,
        updated_at: at,
    }
}

fn attempt(module: &str, id: &str, at: i64, credit: u32) -> (Attempt, AnswerRecord) {
    let q = QuestionId::parse("q").unwrap();
    (
        Attempt {
            id: id.into(),
            module: ModuleId::parse(module).unwrap(),
            seed: 1,
            started_at: at - 30_000,
            questions: vec![q.clone()],
            finished_at: Some(at),
        },
        AnswerRecord {
            attempt: id.into(),
            question: q,
            answer: Answer::Single("a".into()),
            credit,
            answered_at: at - 1_000,
        },
    )
}

fn session(actor: Option<&str>, registration: Option<&str>) -> Session {
    Session {
        actor: actor.map(|a| parse_actor(a, &SerdeJson).unwrap()),
        registration: registration.map(str::to_owned),
        activity_id: Some(LAUNCHED.into()),
        launched_module: Some("lulus".into()),
    }
}

/// Four modules: `lulus` (every lesson read, then passed after a failed try), `dibaca`
/// (every lesson read, no quiz), `kuis` (quiz passed, a lesson unread) and `baru` (nothing).
struct Fixture {
    modules: Vec<Module>,
    lessons: Vec<LessonRecord>,
    attempts: Vec<Attempt>,
    answers: Vec<AnswerRecord>,
}

const T: i64 = 1_764_500_000_000;

fn fixture() -> Fixture {
    let (fail, fail_ans) = attempt("lulus", "a1", T + 500_000, 0);
    let (pass, pass_ans) = attempt("lulus", "a2", T + 900_000, FULL);
    let (kuis, kuis_ans) = attempt("kuis", "a3", T + 300_000, FULL);
    Fixture {
        modules: vec![
            module("lulus", 2),
            module("dibaca", 1),
            module("kuis", 2),
            module("baru", 1),
        ],
        lessons: vec![
            read("lulus", 1, T + 100_000),
            read("lulus", 2, T + 200_000),
            read("dibaca", 1, T + 50_000),
            read("kuis", 1, T + 60_000),
        ],
        attempts: vec![fail, pass, kuis],
        answers: vec![fail_ans, pass_ans, kuis_ans],
    }
}

fn replayed(f: &Fixture, s: &Session) -> Vec<bimtek::domain::lrs::replay::Replayed> {
    let modules: Vec<ReplayModule<'_>> = f
        .modules
        .iter()
        .map(|m| ReplayModule {
            module: m,
            activity_base: BASE,
        })
        .collect();
    replay(
        &modules,
        Records {
            lessons: &f.lessons,
            attempts: &f.attempts,
            answers: &f.answers,
        },
        s,
        APP,
    )
}

#[test]
fn a_new_registration_replays_what_was_completed_and_passed_in_catalog_order() {
    let f = fixture();
    let out = replayed(&f, &session(Some(SITI), Some(REG)));
    let what: Vec<(Action, &str, i64)> = out
        .iter()
        .map(|r| (r.action, r.title.as_str(), r.at))
        .collect();
    assert_eq!(
        what,
        [
            (Action::Completed, "Modul lulus", T + 200_000),
            (Action::Passed, "Modul lulus", T + 900_000),
            (Action::Completed, "Modul dibaca", T + 50_000),
        ],
        "kuis (a lesson unread) and baru (nothing) replay nothing"
    );
    let json: Vec<serde_json::Value> = out
        .iter()
        .map(|r| serde_json::to_value(&r.statement).unwrap())
        .collect();
    for st in &json {
        assert_eq!(st["actor"]["mbox"], "mailto:siti@contoh.go.id");
        assert_eq!(st["context"]["registration"], REG);
    }
    // The timestamps are when it happened, not now.
    assert_eq!(json[0]["timestamp"], timestamp(T + 200_000));
    assert_eq!(json[1]["timestamp"], timestamp(T + 900_000));
    assert_eq!(json[2]["timestamp"], timestamp(T + 50_000));
    // The launched module's own statements are about the launched activity (what an LMS
    // completes by); the others about the module's IRI, the launch as grouping.
    assert_eq!(json[0]["object"]["id"], LAUNCHED);
    assert_eq!(json[1]["object"]["id"], LAUNCHED);
    assert_eq!(json[2]["object"]["id"], format!("{BASE}dibaca"));
    assert_eq!(
        json[2]["context"]["contextActivities"]["grouping"][0]["id"],
        LAUNCHED
    );
    // `passed` carries the best score (the second attempt's), success and completion.
    let result = &json[1]["result"];
    assert_eq!(result["score"]["scaled"], 1.0);
    assert_eq!(result["success"], true);
    assert_eq!(result["completion"], true);
    assert_eq!(json[0]["result"]["completion"], true);
    // Time in the module: two lessons of 60 s, and the answering gaps (29 s each).
    assert_eq!(result["duration"], "PT2M58S");
    // Ids: v5 over the actor, registration, object and verb.
    assert_eq!(
        out[1].statement.id,
        replay_id(
            "mbox:mailto:siti@contoh.go.id",
            REG,
            LAUNCHED,
            "http://adlnet.gov/expapi/verbs/passed"
        )
    );
    assert_eq!(out[1].statement.id, json[1]["id"]);
}

#[test]
fn a_replay_is_byte_identical_each_time_and_new_for_another_registration() {
    let f = fixture();
    let s = session(Some(SITI), Some(REG));
    let bytes = |out: &[bimtek::domain::lrs::replay::Replayed]| -> Vec<String> {
        out.iter()
            .map(|r| serde_json::to_string(&r.statement).unwrap())
            .collect()
    };
    let first = bytes(&replayed(&f, &s));
    assert_eq!(bytes(&replayed(&f, &s)), first);
    // Records in another order (another device's import) give the same bytes.
    let mut shuffled = fixture();
    shuffled.lessons.reverse();
    shuffled.attempts.reverse();
    shuffled.answers.reverse();
    assert_eq!(bytes(&replayed(&shuffled, &s)), first);
    // Another registration: the same statements, new ids.
    let other = replayed(
        &f,
        &session(Some(SITI), Some("0b6e2f7c-1d3a-4c5b-8e9f-a0b1c2d3e4f5")),
    );
    assert_eq!(other.len(), 3);
    for (a, b) in other.iter().zip(replayed(&f, &s)) {
        assert_ne!(a.statement.id, b.statement.id);
        assert_eq!(a.statement.object, b.statement.object);
    }
    // Another learner with the same records: new ids, their own actor.
    let budi = replayed(
        &f,
        &session(Some(r#"{"mbox":"mailto:budi@contoh.go.id"}"#), Some(REG)),
    );
    assert!(budi
        .iter()
        .zip(replayed(&f, &s))
        .all(|(a, b)| a.statement.id != b.statement.id));
}

#[test]
fn without_a_launch_actor_or_registration_nothing_is_replayed() {
    let f = fixture();
    assert!(replayed(&f, &session(None, Some(REG))).is_empty());
    assert!(replayed(&f, &session(Some(SITI), None)).is_empty());
    assert!(replayed(&f, &Session::default()).is_empty());
}
