//! The pre-test, app side (issue 26, item 1): the gate before the lessons, the draw that never
//! repeats a pre-test item in a post-test, the score and the gain, the answers shown only
//! after a post-test, the saved record's trip through export and import (version 2, with
//! version 1 still read), and SCORM's post-test draw.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use bimtek::domain::course::{Module, Question, QuestionKind};
use bimtek::domain::ids::{ModuleId, QuestionId};
use bimtek::domain::pretest::{
    answers_visible, gain, gate, module_has_pretest, post_pool, start, Gain, Gate, ItemUse,
    PretestMode, PretestRecord,
};
use bimtek::domain::quiz::{score, start_attempt, Answer, AnswerRecord, FULL};
use bimtek::domain::transfer::{parse_import, ExportDoc, ImportError, Snapshot};
use bimtek::json::SerdeJson;
use bimtek::storage::merge_pretest;

fn module(mode: PretestMode) -> Module {
    Module {
        id: ModuleId::parse("m").unwrap(),
        title: "M".into(),
        summary: "s".into(),
        minutes: 45,
        jp: 1,
        pass_mark: 70,
        questions_per_attempt: 4,
        max_attempts: 0,
        read_percent: 100,
        pretest: mode,
        pretest_questions: 3,
        gelar: false,
        objectives: vec!["o".into()],
        lessons: Vec::new(),
        question_count: 10,
    }
}

/// 3 `pre`, 4 `post`, 3 `both` items.
fn bank() -> Vec<Question> {
    let tags = [
        ItemUse::Pre,
        ItemUse::Pre,
        ItemUse::Pre,
        ItemUse::Post,
        ItemUse::Post,
        ItemUse::Post,
        ItemUse::Post,
        ItemUse::Both,
        ItemUse::Both,
        ItemUse::Both,
    ];
    tags.iter()
        .enumerate()
        .map(|(i, &usage)| Question {
            id: QuestionId::parse(&format!("q-{i:02}")).unwrap(),
            prompt: format!("Soal {i}"),
            explanation: String::new(),
            usage,
            lesson: None,
            kind: QuestionKind::TrueFalse {
                answer: true,
                feedback_true: String::new(),
                feedback_false: String::new(),
            },
        })
        .collect()
}

fn answer(record: &PretestRecord, i: usize, right: bool) -> AnswerRecord {
    let a = record.attempt.as_ref().unwrap();
    AnswerRecord {
        attempt: a.id.clone(),
        question: a.questions[i].clone(),
        answer: Answer::TrueFalse(right),
        credit: if right { FULL } else { 0 },
        answered_at: 2_000 + i64::try_from(i).unwrap(),
    }
}

/// A finished pre-test with the first item right, the rest wrong.
fn taken(m: &Module, seed: u32) -> PretestRecord {
    let attempt = start("pre".into(), m, &bank(), seed, 1_000);
    let mut r = PretestRecord::taken(attempt);
    for i in 0..3 {
        let a = answer(&r, i, i == 0);
        r = r.with_answer(a);
    }
    r.finish(3_000)
}

#[test]
fn required_blocks_the_lessons_offered_does_not_and_both_settle() {
    let bank = bank();
    let req = module(PretestMode::Required);
    let off = module(PretestMode::Offered);
    assert!(module_has_pretest(&req, &bank));
    assert_eq!(gate(req.pretest, true, None, false), Gate::Required);
    assert!(gate(req.pretest, true, None, false).blocks_lessons());
    assert_eq!(gate(off.pretest, true, None, false), Gate::Offered);
    assert!(!gate(off.pretest, true, None, false).blocks_lessons());
    // Started but not finished: still blocking when required; continued when offered.
    let running = PretestRecord::taken(start("p".into(), &req, &bank, 1, 10));
    assert_eq!(
        gate(req.pretest, true, Some(&running), false),
        Gate::Required
    );
    assert_eq!(
        gate(off.pretest, true, Some(&running), false),
        Gate::Running
    );
    // Finished or skipped: settled.
    assert_eq!(
        gate(req.pretest, true, Some(&taken(&req, 3)), false),
        Gate::Settled
    );
    let skipped = PretestRecord::skipped(off.id.clone(), 5);
    assert_eq!(
        gate(off.pretest, true, Some(&skipped), false),
        Gate::Settled
    );
    // Off, or no item tagged for it: no pre-test at all.
    let mut old = bank.clone();
    for q in &mut old {
        q.usage = ItemUse::Post;
    }
    assert!(!module_has_pretest(&off, &old));
    assert_eq!(gate(PretestMode::Off, false, None, false), Gate::None);
    assert!(!module_has_pretest(&module(PretestMode::Off), &bank));
    // A post-test started first closes the pre-test (its items could repeat the post-test's);
    // a settled one stays settled.
    assert_eq!(gate(off.pretest, true, None, true), Gate::Closed);
    assert_eq!(gate(off.pretest, true, Some(&running), true), Gate::Closed);
    assert_eq!(gate(req.pretest, true, None, true), Gate::Closed);
    assert!(!Gate::Closed.blocks_lessons());
    assert_eq!(gate(off.pretest, true, Some(&skipped), true), Gate::Settled);
}

#[test]
fn no_post_test_ever_draws_an_item_of_the_learners_pre_test() {
    let bank = bank();
    let m = module(PretestMode::Offered);
    for seed in 0..300_u32 {
        let pre = taken(&m, seed);
        assert_eq!(pre.seen().len(), 3);
        assert!(pre
            .seen()
            .iter()
            .all(|id| bank.iter().any(|q| &q.id == id && q.usage.pre())));
        let pool = post_pool(&m, &bank, Some(&pre));
        for attempt in 0..4_u32 {
            let a = start_attempt(
                "a".into(),
                m.id.clone(),
                &pool,
                4,
                seed.wrapping_mul(7).wrapping_add(attempt),
                5_000,
            );
            assert_eq!(a.questions.len(), 4);
            assert!(a.questions.iter().all(|q| !pre.seen().contains(q)));
            assert!(a
                .questions
                .iter()
                .all(|id| bank.iter().any(|q| &q.id == id && q.usage.post())));
        }
    }
    // Skipped: the post-test still never draws a `pre` item, but may draw any `both` one.
    let skipped = PretestRecord::skipped(m.id.clone(), 1);
    assert_eq!(post_pool(&m, &bank, Some(&skipped)).len(), 7);
    // No pre-test in the module: the whole bank.
    assert_eq!(post_pool(&module(PretestMode::Off), &bank, None).len(), 10);
}

#[test]
fn the_score_the_gain_and_when_the_answers_show() {
    let m = module(PretestMode::Offered);
    let pre = taken(&m, 9);
    let s = pre.score().unwrap();
    assert_eq!((s.percent, s.max), (33, 3));
    // No score until finished; no answer outside the attempt or twice.
    let running = PretestRecord::taken(start("p".into(), &m, &bank(), 9, 10));
    assert!(running.score().is_none());
    let again = pre.clone().with_answer(answer(&pre, 0, false));
    assert_eq!(again.answers, pre.answers, "the first answer stays");
    // The answers show only after a post-test was submitted.
    assert!(!answers_visible(&pre, 0));
    assert!(answers_visible(&pre, 1));
    assert!(!answers_visible(&running, 1));
    // The gain needs both tests.
    let post = bimtek::domain::quiz::Score {
        raw_milli: 3_600,
        max: 4,
        percent: 90,
        passed: true,
    };
    assert_eq!(
        gain(Some(&pre), Some(post)),
        Some(Gain { pre: 33, post: 90 })
    );
    assert_eq!(gain(Some(&pre), None), None);
    assert_eq!(gain(None, Some(post)), None);
    assert_eq!(
        gain(Some(&PretestRecord::skipped(m.id.clone(), 1)), Some(post)),
        None
    );
    // The pre-test's score is the quiz's own rule.
    let a = pre.attempt.as_ref().unwrap();
    assert_eq!(score(a, &pre.answers, 0), s);
}

#[test]
fn two_tabs_never_make_two_pre_tests() {
    let m = module(PretestMode::Offered);
    let first = taken(&m, 1);
    let other = PretestRecord::taken(start("other".into(), &m, &bank(), 2, 50));
    assert_eq!(merge_pretest(Some(first.clone()), &other), first);
    let skip = PretestRecord::skipped(m.id.clone(), 99);
    assert_eq!(merge_pretest(Some(first.clone()), &skip), first);
    assert_eq!(merge_pretest(Some(skip.clone()), &first), skip);
    assert_eq!(merge_pretest(None, &first), first);
}

fn v2_file(pretests: &str) -> String {
    format!(
        r#"{{"format":"bimtek-progress","version":2,"exported_at":1,"lessons":[],"attempts":[],
            "answers":[],"pretests":{pretests}}}"#
    )
}

#[test]
fn pre_tests_travel_in_an_export_and_hostile_ones_are_refused() {
    let m = module(PretestMode::Offered);
    let snap = Snapshot {
        pretests: vec![taken(&m, 4)],
        ..Snapshot::default()
    };
    let text = serde_json::to_string(&ExportDoc::new(snap.clone(), 7)).unwrap();
    assert!(text.contains(r#""version":4"#));
    assert_eq!(parse_import(&text, &SerdeJson).unwrap(), snap);
    // A version 1 file (no pre-tests) still imports; a version 5 one is newer (version 3
    // added plans and the journal: tests/rtl.rs; version 4 the review queue).
    let v1 = r#"{"format":"bimtek-progress","version":1,"exported_at":1,"lessons":[],
        "attempts":[],"answers":[]}"#;
    assert!(parse_import(v1, &SerdeJson).unwrap().pretests.is_empty());
    assert!(matches!(
        parse_import(&v1.replace(r#""version":1"#, r#""version":5"#), &SerdeJson),
        Err(ImportError::NewerVersion(5))
    ));
    let inconsistent = |pretests: &str| {
        matches!(
            parse_import(&v2_file(pretests), &SerdeJson),
            Err(ImportError::Inconsistent(_))
        )
    };
    let attempt =
        r#"{"id":"p","module":"m","seed":1,"started_at":1,"questions":["q-00"],"finished_at":2}"#;
    let ok = format!(r#"[{{"module":"m","attempt":{attempt}}}]"#);
    assert!(parse_import(&v2_file(&ok), &SerdeJson).is_ok());
    // Twice for one module.
    assert!(inconsistent(&format!(
        r#"[{{"module":"m","attempt":{attempt}}},{{"module":"m","skipped_at":3}}]"#
    )));
    // Neither skipped nor taken; both; an attempt of another module; an answer outside it.
    assert!(inconsistent(r#"[{"module":"m"}]"#));
    assert!(inconsistent(&format!(
        r#"[{{"module":"m","skipped_at":3,"attempt":{attempt}}}]"#
    )));
    assert!(inconsistent(&format!(
        r#"[{{"module":"n","attempt":{attempt}}}]"#
    )));
    let outside = r#"[{"attempt":"p","question":"q-09","answer":{"true_false":true},"credit":1000,"answered_at":2}]"#;
    assert!(inconsistent(&format!(
        r#"[{{"module":"m","attempt":{attempt},"answers":{outside}}}]"#
    )));
    let credit = outside.replace("q-09", "q-00").replace("1000", "5000");
    assert!(inconsistent(&format!(
        r#"[{{"module":"m","attempt":{attempt},"answers":{credit}}}]"#
    )));
    // A finish before the start.
    assert!(inconsistent(&format!(
        r#"[{{"module":"m","attempt":{}}}]"#,
        attempt.replace(r#""finished_at":2"#, r#""finished_at":0"#)
    )));
}

fn stamp() -> bimtek::domain::embed::Stamp {
    bimtek::domain::embed::Stamp {
        statement_id: "3f0c2a4e-1b2c-4d3e-8f40-5a6b7c8d9e01".into(),
        timestamp: "2026-12-07T08:00:00.000Z".into(),
        actor_id: "0b9c6f0e-3f1a-4d2b-9c3e-5a6b7c8d9e0f".into(),
        app_url: "https://app.example/belajar/bimtek/index.html".into(),
    }
}

#[test]
fn the_pre_test_events_carry_its_category_and_never_look_like_the_quiz() {
    use bimtek::domain::embed::{message, Action, Event, MESSAGE_VERSION};
    use bimtek::domain::lrs::statement::{lrs_statement, ModuleRef, Session};
    let started = Event::PretestStarted { questions: 5 };
    let scored = Event::PretestScored {
        raw: 2.0,
        max: 5,
        scaled: 0.4,
    };
    let m = message(&scored, "agen-perubahan", "Agen Perubahan", &stamp());
    assert_eq!((m.action, m.version), (Action::Scored, MESSAGE_VERSION));
    let json = serde_json::to_value(&m).unwrap();
    assert_eq!(json["category"], "pretest");
    assert_eq!(json["score"]["raw"], 2.0);
    assert_eq!(
        json["statement"]["verb"]["id"],
        "http://adlnet.gov/expapi/verbs/scored"
    );
    assert!(json["statement"]["object"]["id"]
        .as_str()
        .unwrap()
        .ends_with("#/modul/agen-perubahan/kuis/pretest"));
    assert_eq!(
        json["statement"]["context"]["contextActivities"]["category"][0]["id"],
        "https://app.example/belajar/bimtek/index.html#/kategori/pretest"
    );
    assert!(
        json["statement"]["result"].get("success").is_none(),
        "a diagnostic: no pass or fail"
    );
    assert_eq!(json["statement"]["result"]["score"]["min"], 0);
    let a = serde_json::to_value(message(&started, "agen-perubahan", "A", &stamp())).unwrap();
    assert_eq!(a["action"], "attempted");
    assert_eq!(a["questions"], 5);
    assert!(a.get("score").is_none());
    // The quiz's own events carry no category and no context (unchanged).
    let quiz = Event::Finished {
        raw: 9.0,
        max: 10,
        scaled: 0.9,
        passed: true,
        duration_ms: None,
    };
    let q = serde_json::to_value(message(&quiz, "agen-perubahan", "A", &stamp())).unwrap();
    assert!(q.get("category").is_none());
    assert!(q["statement"].get("context").is_none());
    // To an LRS with a launch of this module: the pre-test is a part of the launched activity
    // (parent), never the activity itself, and keeps its category.
    let session = Session {
        actor: None,
        registration: Some("6f1c4b7e-2d3a-4e5f-8a9b-0c1d2e3f4a5b".into()),
        activity_id: Some("https://lms.example/mod/tincanlaunch/1".into()),
        launched_module: Some("agen-perubahan".into()),
    };
    let module = ModuleRef {
        id: "agen-perubahan",
        title: "A",
        base: "https://bimtek-mandiri.id/xapi/inti/",
    };
    let st = serde_json::to_value(lrs_statement(&scored, &module, &stamp(), &session)).unwrap();
    assert_ne!(st["object"]["id"], "https://lms.example/mod/tincanlaunch/1");
    let ca = &st["context"]["contextActivities"];
    assert_eq!(
        ca["parent"][0]["id"],
        "https://lms.example/mod/tincanlaunch/1"
    );
    assert!(ca["category"][0]["id"]
        .as_str()
        .unwrap()
        .ends_with("/kategori/pretest"));
    assert_eq!(
        st["context"]["registration"],
        "6f1c4b7e-2d3a-4e5f-8a9b-0c1d2e3f4a5b"
    );
    // The quiz's `passed` still names the launched activity (Moodle's completion by verb).
    let p = serde_json::to_value(lrs_statement(&quiz, &module, &stamp(), &session)).unwrap();
    assert_eq!(p["object"]["id"], "https://lms.example/mod/tincanlaunch/1");
}

#[test]
fn the_bank_check_caps_the_pre_test_so_suspend_data_stays_proven() {
    use bimtek::domain::pretest::{check_bank, BankShortfall, UseCounts, MAX_PRETEST_QUESTIONS};
    let c = UseCounts {
        pre: 40,
        post: 20,
        both: 0,
    };
    assert_eq!(
        check_bank(PretestMode::Offered, MAX_PRETEST_QUESTIONS, 10, c),
        Ok(())
    );
    assert_eq!(
        check_bank(PretestMode::Offered, MAX_PRETEST_QUESTIONS + 1, 10, c),
        Err(BankShortfall::TooManyPretestQuestions(31))
    );
}
