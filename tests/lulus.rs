//! The *Lulus* rule (issue 30, finding 3): a module passes, and earns its JP, only when its
//! post-test is passed and the lessons it asks for are read — in the module status, the
//! record, the SCORM status and the `passed` event alike (pure, native).
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use bimtek::domain::course::{LessonInfo, Module};
use bimtek::domain::embed::Event;
use bimtek::domain::ids::{LessonId, ModuleId, QuestionId};
use bimtek::domain::progress::{
    course_progress, finish_event, lessons_required, module_progress, reading_event, LessonRecord,
    ModuleStatus,
};
use bimtek::domain::quiz::{Answer, AnswerRecord, Attempt, FULL};
use bimtek::domain::record::{record, RecordError};
use bimtek::domain::scorm::{Facts, LessonStatus, Outcome};

fn module(lessons: usize, read_percent: u32) -> Module {
    Module {
        id: ModuleId::parse("m").unwrap(),
        title: "M".into(),
        summary: "s".into(),
        minutes: 45,
        jp: 2,
        pass_mark: 70,
        questions_per_attempt: 1,
        max_attempts: 0,
        read_percent,
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

/// Lesson `i` read at `at`.
fn read(i: usize, at: i64) -> LessonRecord {
    LessonRecord {
        module: ModuleId::parse("m").unwrap(),
        lesson: LessonId::parse(&format!("l{i}")).unwrap(),
        opened_at: at,
        read_at: Some(at),
        seconds: 60,
        position: 100,
        updated_at: at,
    }
}

/// One finished one-question attempt `id` at `at`, right (`credit` FULL) or wrong (0).
fn attempt(id: &str, at: i64, credit: u32) -> (Attempt, AnswerRecord) {
    let q = QuestionId::parse("q").unwrap();
    (
        Attempt {
            id: id.into(),
            module: ModuleId::parse("m").unwrap(),
            seed: 1,
            started_at: at - 1,
            questions: vec![q.clone()],
            finished_at: Some(at),
        },
        AnswerRecord {
            attempt: id.into(),
            question: q,
            answer: Answer::Single("a".into()),
            credit,
            answered_at: at,
        },
    )
}

#[test]
fn required_lessons_round_up_and_default_to_all() {
    assert_eq!(lessons_required(&module(7, 100)), 7);
    assert_eq!(lessons_required(&module(7, 80)), 6, "5.6 rounds up");
    assert_eq!(lessons_required(&module(7, 1)), 1, "at least one");
    assert_eq!(lessons_required(&module(3, 0)), 1, "0 is read as 1 %");
    assert_eq!(lessons_required(&module(0, 100)), 0);
}

#[test]
fn a_passed_quiz_without_reading_is_not_lulus_and_earns_no_jp() {
    // The case: 2 of 7 lessons read, quiz passed.
    let m = module(7, 100);
    let (a, ans) = attempt("a", 50, FULL);
    let p = module_progress(
        &m,
        &[read(1, 10), read(2, 20)],
        std::slice::from_ref(&a),
        std::slice::from_ref(&ans),
    );
    assert_eq!(p.status, ModuleStatus::InProgress);
    assert_eq!((p.quiz_passed_at, p.passed_at), (Some(50), None));
    assert_eq!(
        (p.lessons_read, p.lessons_required, p.lessons_missing()),
        (2, 7, 5)
    );
    let course = course_progress(&[(&m, &p)]);
    assert_eq!((course.passed, course.jp_earned), (0, 0));
    assert_eq!(
        record(None, &[(&m, &p)], 0).unwrap_err(),
        RecordError::NothingPassed
    );

    // Reading the other five (the last at 90) makes it *Lulus*, dated by that last lesson.
    let all: Vec<LessonRecord> = (1..=7)
        .map(|i| read(i, 10 * i64::try_from(i).unwrap() + 20))
        .collect();
    let p = module_progress(&m, &all, &[a], &[ans]);
    assert_eq!((p.status, p.passed_at), (ModuleStatus::Passed, Some(90)));
    assert_eq!(course_progress(&[(&m, &p)]).jp_earned, 2);
    let rec = record(None, &[(&m, &p)], 0).unwrap();
    assert_eq!((rec.total_jp, rec.modules.len()), (2, 1));
}

#[test]
fn reading_first_then_passing_dates_lulus_by_the_quiz() {
    let m = module(2, 100);
    let (a, ans) = attempt("a", 500, FULL);
    let p = module_progress(&m, &[read(1, 10), read(2, 20)], &[a], &[ans]);
    assert_eq!((p.status, p.passed_at), (ModuleStatus::Passed, Some(500)));
}

#[test]
fn a_relaxed_module_passes_with_its_share_read() {
    let m = module(5, 60); // 3 of 5
    let (a, ans) = attempt("a", 50, FULL);
    let two = module_progress(
        &m,
        &[read(1, 1), read(2, 2)],
        std::slice::from_ref(&a),
        std::slice::from_ref(&ans),
    );
    assert_eq!(
        (two.status, two.lessons_missing()),
        (ModuleStatus::InProgress, 1)
    );
    let three = module_progress(&m, &[read(1, 1), read(2, 2), read(4, 70)], &[a], &[ans]);
    assert_eq!(
        (three.status, three.passed_at),
        (ModuleStatus::Passed, Some(70))
    );
}

#[test]
fn a_failed_quiz_with_everything_read_is_completed_not_passed() {
    let m = module(2, 100);
    let (a, ans) = attempt("a", 50, 0);
    let p = module_progress(&m, &[read(1, 1), read(2, 2)], &[a], &[ans]);
    assert_eq!(
        (p.status, p.quiz_passed_at),
        (ModuleStatus::Completed, None)
    );
}

#[test]
fn events_say_passed_only_when_the_module_is_lulus() {
    let m = module(2, 100);
    let (a, ans) = attempt("a", 50, FULL);
    let (f, fans) = attempt("f", 40, 0);
    let unread = module_progress(
        &m,
        &[read(1, 1)],
        std::slice::from_ref(&a),
        std::slice::from_ref(&ans),
    );
    let score = bimtek::domain::quiz::score(&a, std::slice::from_ref(&ans), m.pass_mark);
    // A passing attempt with a lesson unread: nothing yet.
    assert_eq!(finish_event(&score, &unread, None), None);
    // A failing attempt: `failed`, as before.
    let fscore = bimtek::domain::quiz::score(&f, &[fans], m.pass_mark);
    assert!(matches!(
        finish_event(&fscore, &unread, Some(60_000)),
        Some(Event::Finished {
            passed: false,
            duration_ms: Some(60_000),
            ..
        })
    ));
    // The last lesson read: `passed`, with the best score.
    let lulus = module_progress(&m, &[read(1, 1), read(2, 60)], &[a], &[ans]);
    assert_eq!(
        reading_event(&unread, &lulus, Some(90_000)),
        Some(Event::Finished {
            raw: 1.0,
            max: 1,
            scaled: 1.0,
            passed: true,
            duration_ms: Some(90_000),
        })
    );
    assert!(matches!(
        finish_event(&score, &lulus, None),
        Some(Event::Finished { passed: true, .. })
    ));
    // Once only: reading again after *Lulus*, or reading with no quiz passed, sends nothing.
    assert_eq!(reading_event(&lulus, &lulus, None), None);
    let no_quiz = module_progress(&m, &[read(1, 1), read(2, 2)], &[], &[]);
    assert_eq!(reading_event(&unread, &no_quiz, None), None);
}

#[test]
fn scorm_writes_passed_only_under_the_same_rule() {
    let m = module(2, 100);
    let (a, ans) = attempt("a", 50, FULL);
    let unread = module_progress(
        &m,
        &[read(1, 1)],
        std::slice::from_ref(&a),
        std::slice::from_ref(&ans),
    );
    let out = Outcome::new(Facts::of(&unread, 1));
    // Quiz passed on the last attempt, a lesson unread: still `incomplete`, no score (a score
    // would become `passed` by Moodle's mastery override; a final status would lock the
    // learner in review mode, unable to record the lesson).
    assert_eq!(
        (out.status, out.best_percent, out.completed),
        (LessonStatus::Incomplete, None, false)
    );
    let lulus = module_progress(&m, &[read(1, 1), read(2, 2)], &[a], &[ans]);
    let out = Outcome::new(Facts::of(&lulus, 1));
    assert_eq!(
        (out.status, out.best_percent, out.completed),
        (LessonStatus::Passed, Some(100), true)
    );
    // Failed on the last attempt: `failed`, reading or not.
    let (f, fans) = attempt("f", 40, 0);
    let failed = module_progress(&m, &[], &[f], &[fans]);
    assert_eq!(
        Outcome::new(Facts::of(&failed, 1)).status,
        LessonStatus::Failed
    );
}

#[test]
fn the_next_step_goes_through_the_lessons_then_the_quiz_then_the_record() {
    use bimtek::domain::progress::{next_step, NextStep};
    let m = module(3, 100);
    let first_unread = |lessons: &[LessonRecord]| {
        m.lessons
            .iter()
            .position(|l| !lessons.iter().any(|r| r.lesson == l.id))
    };
    let step = |lessons: &[LessonRecord], attempts: &[Attempt], answers: &[AnswerRecord]| {
        next_step(
            &module_progress(&m, lessons, attempts, answers),
            first_unread(lessons),
        )
    };
    assert_eq!(
        step(&[], &[], &[]),
        NextStep::Lesson {
            index: 0,
            started: false
        }
    );
    // Lesson 2 read first: the next unread is lesson 1, and the learner has started.
    assert_eq!(
        step(&[read(2, 1)], &[], &[]),
        NextStep::Lesson {
            index: 0,
            started: true
        }
    );
    let all = [read(1, 1), read(2, 2), read(3, 3)];
    assert_eq!(step(&all, &[], &[]), NextStep::Quiz);
    let (f, fans) = attempt("f", 40, 0);
    assert_eq!(
        step(&all, std::slice::from_ref(&f), std::slice::from_ref(&fans)),
        NextStep::Quiz,
        "failed: the quiz again"
    );
    let (a, ans) = attempt("a", 50, FULL);
    assert_eq!(
        step(&all, std::slice::from_ref(&a), std::slice::from_ref(&ans)),
        NextStep::Record
    );
    // Quiz passed first: the unread lesson still comes first.
    assert_eq!(
        step(
            &all[..2],
            std::slice::from_ref(&a),
            std::slice::from_ref(&ans)
        ),
        NextStep::Lesson {
            index: 2,
            started: true
        }
    );
}
