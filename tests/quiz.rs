//! The quiz engine and progress rules (pure, native).
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use bimtek::domain::course::{Choice, LessonInfo, Module, Pair, Question, QuestionKind, Step};
use bimtek::domain::ids::{LessonId, ModuleId, QuestionId};
use bimtek::domain::progress::{
    apply_lesson_update, course_progress, module_progress, LessonUpdate, ModuleStatus,
};
use bimtek::domain::quiz::{
    attempts_left, display_order, grade, next_unanswered, score, start_attempt, Answer,
    AnswerError, AnswerRecord, Mark, Verdict, FULL,
};

fn choice(id: &str, correct: bool) -> Choice {
    Choice {
        id: id.into(),
        text: format!("opsi {id}"),
        correct,
        feedback: format!("umpan {id}"),
    }
}

fn q(id: &str, kind: QuestionKind) -> Question {
    Question {
        id: QuestionId::parse(id).unwrap(),
        prompt: "?".into(),
        explanation: "karena".into(),
        usage: bimtek::domain::pretest::ItemUse::Post,
        lesson: None,
        kind,
    }
}

fn single() -> Question {
    q(
        "s",
        QuestionKind::Single {
            options: vec![choice("a", false), choice("b", true), choice("c", false)],
        },
    )
}
fn multiple() -> Question {
    q(
        "m",
        QuestionKind::Multiple {
            options: vec![
                choice("a", true),
                choice("b", true),
                choice("c", false),
                choice("d", true),
            ],
        },
    )
}
fn ordering() -> Question {
    let step = |id: &str| Step {
        id: id.into(),
        text: id.into(),
        feedback: format!("langkah {id}"),
    };
    q(
        "o",
        QuestionKind::Ordering {
            steps: vec![step("satu"), step("dua"), step("tiga"), step("empat")],
        },
    )
}
fn matching() -> Question {
    let pair = |id: &str| Pair {
        id: id.into(),
        left: format!("L{id}"),
        right: format!("R{id}"),
        feedback: "f".into(),
    };
    q(
        "j",
        QuestionKind::Matching {
            pairs: vec![pair("x"), pair("y"), pair("z")],
        },
    )
}
fn true_false() -> Question {
    q(
        "t",
        QuestionKind::TrueFalse {
            answer: false,
            feedback_true: "bukan".into(),
            feedback_false: "tepat".into(),
        },
    )
}
fn strs(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn single_choice_is_all_or_nothing_and_shows_the_right_option_when_wrong() {
    let g = grade(&single(), &Answer::Single("b".into())).unwrap();
    assert_eq!((g.credit, g.verdict()), (FULL, Verdict::Correct));
    assert_eq!(g.items.len(), 1);
    assert_eq!(g.items[0].feedback, "umpan b");
    let g = grade(&single(), &Answer::Single("a".into())).unwrap();
    assert_eq!((g.credit, g.verdict()), (0, Verdict::Wrong));
    // The wrong pick is marked as the learner's and wrong; the key as not chosen; "c" unsaid.
    assert_eq!(
        g.items
            .iter()
            .map(|i| (i.id.as_str(), i.mark.clone(), i.right()))
            .collect::<Vec<_>>(),
        [
            (
                "a",
                Mark::Option {
                    chosen: true,
                    key: false
                },
                false
            ),
            (
                "b",
                Mark::Option {
                    chosen: false,
                    key: true
                },
                false
            )
        ]
    );
    assert_eq!(
        grade(&single(), &Answer::Single("z".into())),
        Err(AnswerError::UnknownItem("z".into()))
    );
    assert_eq!(
        grade(&single(), &Answer::TrueFalse(true)),
        Err(AnswerError::WrongType)
    );
}

#[test]
fn multiple_choice_partial_credit_rule() {
    let m = multiple(); // key: a, b, d
    let credit = |picked: &[&str]| grade(&m, &Answer::Multiple(strs(picked))).unwrap().credit;
    assert_eq!(credit(&["a", "b", "d"]), FULL);
    assert_eq!(credit(&["a", "b"]), 666); // 2 of 3
    assert_eq!(credit(&["a", "b", "c"]), 333); // (2 - 1) / 3
    assert_eq!(credit(&["a", "b", "c", "d"]), 666); // (3 - 1) / 3, never full with a wrong pick
    assert_eq!(credit(&["c"]), 0);
    assert_eq!(
        grade(&m, &Answer::Multiple(vec![])),
        Err(AnswerError::Incomplete)
    );
    let g = grade(&m, &Answer::Multiple(strs(&["a"]))).unwrap();
    assert_eq!(g.verdict(), Verdict::Partial);
    assert_eq!(g.items.len(), 4, "every option explained");
}

#[test]
fn multiple_choice_marks_never_call_a_wrong_option_right() {
    // Picked a (key) and c (not key); left b (key) and d (key) out.
    let g = grade(&multiple(), &Answer::Multiple(strs(&["a", "c"]))).unwrap();
    let marks: Vec<(&str, bool, bool, bool)> = g
        .items
        .iter()
        .map(|i| match i.mark {
            Mark::Option { chosen, key } => (i.id.as_str(), chosen, key, i.right()),
            _ => panic!("an option's mark"),
        })
        .collect();
    assert_eq!(
        marks,
        [
            ("a", true, true, true),
            ("b", false, true, false),
            ("c", true, false, false),
            ("d", false, true, false)
        ]
    );
    // A wrong option left out is right, and is not a key.
    let g = grade(&multiple(), &Answer::Multiple(strs(&["a", "b", "d"]))).unwrap();
    let c = g.items.iter().find(|i| i.id == "c").unwrap();
    assert_eq!(
        (c.mark.clone(), c.right()),
        (
            Mark::Option {
                chosen: false,
                key: false
            },
            true
        )
    );
}

#[test]
fn true_false_feedback_follows_the_choice() {
    let g = grade(&true_false(), &Answer::TrueFalse(true)).unwrap();
    assert_eq!((g.credit, g.items[0].feedback.as_str()), (0, "bukan"));
    assert_eq!(
        (g.items[0].mark.clone(), g.items[0].right()),
        (
            Mark::Statement {
                said: true,
                key: false
            },
            false
        )
    );
    let g = grade(&true_false(), &Answer::TrueFalse(false)).unwrap();
    assert_eq!((g.credit, g.items[0].feedback.as_str()), (FULL, "tepat"));
    assert_eq!(
        (g.items[0].mark.clone(), g.items[0].right()),
        (
            Mark::Statement {
                said: false,
                key: false
            },
            true
        )
    );
}

#[test]
fn ordering_counts_steps_in_place() {
    let o = ordering();
    let credit = |v: &[&str]| grade(&o, &Answer::Ordering(strs(v))).unwrap().credit;
    assert_eq!(credit(&["satu", "dua", "tiga", "empat"]), FULL);
    assert_eq!(credit(&["satu", "dua", "empat", "tiga"]), 500);
    assert_eq!(credit(&["empat", "tiga", "dua", "satu"]), 0);
    // Lines follow the learner's order, each with where it belongs.
    let g = grade(
        &o,
        &Answer::Ordering(strs(&["satu", "dua", "empat", "tiga"])),
    )
    .unwrap();
    assert_eq!(
        g.items
            .iter()
            .map(|i| (i.id.as_str(), i.mark.clone(), i.right()))
            .collect::<Vec<_>>(),
        [
            (
                "satu",
                Mark::Step {
                    placed: 1,
                    belongs: 1
                },
                true
            ),
            (
                "dua",
                Mark::Step {
                    placed: 2,
                    belongs: 2
                },
                true
            ),
            (
                "empat",
                Mark::Step {
                    placed: 3,
                    belongs: 4
                },
                false
            ),
            (
                "tiga",
                Mark::Step {
                    placed: 4,
                    belongs: 3
                },
                false
            ),
        ]
    );
    assert_eq!(
        grade(&o, &Answer::Ordering(strs(&["satu", "dua", "tiga"]))),
        Err(AnswerError::Incomplete)
    );
    assert_eq!(
        grade(
            &o,
            &Answer::Ordering(strs(&["satu", "satu", "tiga", "empat"]))
        ),
        Err(AnswerError::Incomplete)
    );
}

#[test]
fn matching_counts_right_pairs() {
    let j = matching();
    let ans = |v: &[(&str, &str)]| {
        Answer::Matching(v.iter().map(|(a, b)| ((*a).into(), (*b).into())).collect())
    };
    assert_eq!(
        grade(&j, &ans(&[("x", "x"), ("y", "y"), ("z", "z")]))
            .unwrap()
            .credit,
        FULL
    );
    assert_eq!(
        grade(&j, &ans(&[("x", "y"), ("y", "x"), ("z", "z")]))
            .unwrap()
            .credit,
        333
    );
    assert_eq!(grade(&j, &ans(&[("x", "x")])), Err(AnswerError::Incomplete));
    // What the learner matched is shown with what belongs, never the key as if chosen.
    let g = grade(&j, &ans(&[("x", "x"), ("y", "z"), ("z", "y")])).unwrap();
    assert_eq!(
        g.items
            .iter()
            .map(|i| (i.text.as_str(), i.mark.clone(), i.right()))
            .collect::<Vec<_>>(),
        [
            (
                "Lx",
                Mark::Pair {
                    chosen: "Rx".into(),
                    belongs: "Rx".into()
                },
                true
            ),
            (
                "Ly",
                Mark::Pair {
                    chosen: "Rz".into(),
                    belongs: "Ry".into()
                },
                false
            ),
            (
                "Lz",
                Mark::Pair {
                    chosen: "Ry".into(),
                    belongs: "Rz".into()
                },
                false
            ),
        ]
    );
    assert_eq!(
        grade(&j, &ans(&[("x", "x"), ("x", "y"), ("z", "z")])),
        Err(AnswerError::Incomplete),
        "a left item answered twice"
    );
    assert_eq!(
        grade(&j, &ans(&[("x", "x"), ("y", "q"), ("z", "z")])),
        Err(AnswerError::UnknownItem("q".into()))
    );
}

#[test]
fn shuffles_are_stable_within_an_attempt_and_new_on_the_next() {
    let pool: Vec<Question> = (0..15)
        .map(|i| {
            q(
                &format!("q{i}"),
                QuestionKind::TrueFalse {
                    answer: true,
                    feedback_true: "a".into(),
                    feedback_false: "b".into(),
                },
            )
        })
        .collect();
    let module = ModuleId::parse("m").unwrap();
    let a1 = start_attempt("a1".into(), module.clone(), &pool, 10, 7, 0);
    let a1_again = start_attempt("a1".into(), module.clone(), &pool, 10, 7, 0);
    let a2 = start_attempt("a2".into(), module, &pool, 10, 8, 0);
    assert_eq!(a1.questions.len(), 10);
    assert_eq!(
        a1.questions, a1_again.questions,
        "same seed, same draw (reload)"
    );
    assert_ne!(a1.questions, a2.questions, "next attempt, new draw");
    let o = ordering();
    assert_eq!(display_order(&o, 7), display_order(&o, 7));
    for seed in 0..50 {
        assert_ne!(
            display_order(&o, seed),
            strs(&["satu", "dua", "tiga", "empat"]),
            "ordering never starts solved"
        );
    }
    assert!(display_order(&true_false(), 1).is_empty());
}

#[test]
fn score_pass_mark_and_resume_point() {
    let pool = vec![single(), multiple(), true_false(), ordering()];
    let mut attempt = start_attempt("a".into(), ModuleId::parse("m").unwrap(), &pool, 4, 3, 0);
    let rec = |qid: &QuestionId, credit| AnswerRecord {
        attempt: "a".into(),
        question: qid.clone(),
        answer: Answer::TrueFalse(true),
        credit,
        answered_at: 1,
    };
    let mut answers = vec![
        rec(&attempt.questions[0], FULL),
        rec(&attempt.questions[1], FULL),
    ];
    assert_eq!(next_unanswered(&attempt, &answers), Some(2));
    answers.push(rec(&attempt.questions[2], FULL));
    answers.push(rec(&attempt.questions[3], 0));
    // An answer of another attempt does not count.
    answers.push(AnswerRecord {
        attempt: "other".into(),
        ..rec(&attempt.questions[3], FULL)
    });
    assert_eq!(next_unanswered(&attempt, &answers), None);
    attempt.finished_at = Some(10);
    let s = score(&attempt, &answers, 70);
    assert_eq!(
        (s.raw_milli, s.max, s.percent, s.passed),
        (3000, 4, 75, true)
    );
    assert!((s.scaled() - 0.75).abs() < 1e-9);
    assert!(!score(&attempt, &answers, 80).passed);
    assert_eq!(attempts_left(0, 5), None);
    assert_eq!(attempts_left(3, 1), Some(2));
    assert_eq!(attempts_left(3, 4), Some(0));
}

fn summary() -> Module {
    Module {
        id: ModuleId::parse("m").unwrap(),
        title: "M".into(),
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
        lessons: ["l1", "l2"]
            .iter()
            .map(|l| LessonInfo {
                id: LessonId::parse(l).unwrap(),
                title: (*l).into(),
                minutes: 3,
            })
            .collect(),
        question_count: 1,
    }
}

#[test]
fn lesson_updates_merge_and_never_undo_reading() {
    let m = ModuleId::parse("m").unwrap();
    let l = LessonId::parse("l1").unwrap();
    let upd = |read, secs, pos| LessonUpdate {
        module: m.clone(),
        lesson: l.clone(),
        read,
        add_seconds: secs,
        position: pos,
    };
    let r1 = apply_lesson_update(None, &upd(false, 30, Some(40)), 100);
    assert_eq!(
        (r1.opened_at, r1.read_at, r1.seconds, r1.position),
        (100, None, 30, 40)
    );
    let r2 = apply_lesson_update(Some(r1), &upd(true, 20, None), 200);
    assert_eq!(
        (r2.opened_at, r2.read_at, r2.seconds, r2.position),
        (100, Some(200), 50, 40)
    );
    // Another tab's later, older-looking update keeps the read mark and adds its time.
    let r3 = apply_lesson_update(Some(r2), &upd(false, 5, Some(100)), 300);
    assert_eq!(
        (r3.read_at, r3.seconds, r3.position, r3.updated_at),
        (Some(200), 55, 100, 300)
    );
    assert_eq!(r3.key(), "m/l1");
}

#[test]
fn module_status_and_course_jp() {
    let s = summary();
    let none = module_progress(&s, &[], &[], &[]);
    assert_eq!(none.status, ModuleStatus::NotStarted);
    let m = s.id.clone();
    let read = |l: &str| {
        apply_lesson_update(
            None,
            &LessonUpdate {
                module: m.clone(),
                lesson: LessonId::parse(l).unwrap(),
                read: true,
                add_seconds: 60,
                position: None,
            },
            5,
        )
    };
    let p = module_progress(&s, &[read("l1")], &[], &[]);
    assert_eq!(
        (p.status, p.lessons_read, p.seconds),
        (ModuleStatus::InProgress, 1, 60)
    );
    let p = module_progress(&s, &[read("l1"), read("l2")], &[], &[]);
    assert_eq!(p.status, ModuleStatus::Completed);

    let pool = vec![single()];
    let mut attempt = start_attempt("a".into(), m.clone(), &pool, 1, 1, 0);
    let answer = AnswerRecord {
        attempt: "a".into(),
        question: pool[0].id.clone(),
        answer: Answer::Single("b".into()),
        credit: FULL,
        answered_at: 9,
    };
    // Unfinished attempt: in progress, not passed.
    let p = module_progress(
        &s,
        &[],
        std::slice::from_ref(&attempt),
        std::slice::from_ref(&answer),
    );
    assert_eq!(p.status, ModuleStatus::InProgress);
    attempt.finished_at = Some(9);
    // Quiz passed, lessons unread: not *Lulus* yet (tests/lulus.rs has the rule in full).
    let p = module_progress(
        &s,
        &[],
        std::slice::from_ref(&attempt),
        std::slice::from_ref(&answer),
    );
    assert_eq!(
        (p.status, p.quiz_passed_at, p.passed_at),
        (ModuleStatus::InProgress, Some(9), None)
    );
    let p = module_progress(
        &s,
        &[read("l1"), read("l2")],
        std::slice::from_ref(&attempt),
        std::slice::from_ref(&answer),
    );
    assert_eq!(
        (p.status, p.passed_at, p.best.map(|b| b.percent)),
        (ModuleStatus::Passed, Some(9), Some(100))
    );

    let other = Module {
        id: ModuleId::parse("n").unwrap(),
        jp: 1,
        ..summary()
    };
    let course = course_progress(&[(&s, &p), (&other, &none)]);
    assert_eq!(
        (
            course.passed,
            course.total,
            course.jp_earned,
            course.jp_total,
            course.complete()
        ),
        (1, 2, 2, 3, false)
    );
}

#[test]
fn quiz_session_runs_an_attempt_start_to_finish() {
    use bimtek::domain::embed::Event;
    use bimtek::domain::session::QuizSession;
    let mut module = summary();
    module.questions_per_attempt = 2;
    module.max_attempts = 2;
    module.pass_mark = 50;
    let pool = vec![single(), true_false(), multiple()];
    let mut attempts = Vec::new();
    let mut answers: Vec<AnswerRecord> = Vec::new();

    let session = QuizSession::new(&module, &attempts, &answers);
    assert!(session.active().is_none());
    assert!(session.can_start());
    assert_eq!(session.attempts_left(), Some(2));
    let attempt = session.start("a1".into(), &pool, 7, 1_000);
    assert_eq!(attempt.questions.len(), 2);
    attempts.push(attempt.clone());

    let session = QuizSession::new(&module, &attempts, &answers);
    assert_eq!(session.active().map(|a| a.id.as_str()), Some("a1"));
    assert!(!session.can_start(), "one attempt at a time");
    assert_eq!(session.next_position(&attempt), Some(0));

    // Answer both questions rightly.
    for qid in attempt.questions.clone() {
        let question = pool.iter().find(|q| q.id == qid).unwrap();
        let answer = match &question.kind {
            QuestionKind::Single { options } => {
                Answer::Single(options.iter().find(|o| o.correct).unwrap().id.clone())
            }
            QuestionKind::Multiple { options } => Answer::Multiple(
                options
                    .iter()
                    .filter(|o| o.correct)
                    .map(|o| o.id.clone())
                    .collect(),
            ),
            QuestionKind::TrueFalse { answer, .. } => Answer::TrueFalse(*answer),
            _ => unreachable!("pool has no ordering or matching"),
        };
        let done = QuizSession::answer(&attempt, question, answer.clone(), 2_000, None).unwrap();
        assert_eq!(done.graded.verdict(), Verdict::Correct);
        assert!(matches!(
            &done.event,
            Event::Answered {
                question_id,
                correct: true,
                detail: Some(d),
            } if question_id == &qid.to_string() && d.answer == answer && &d.question == question
        ));
        answers.push(done.record);
    }
    let session = QuizSession::new(&module, &attempts, &answers);
    assert_eq!(session.next_position(&attempt), None, "all answered");

    let finished = session.finish(&attempt, 3_000);
    assert_eq!(finished.attempt.finished_at, Some(3_000));
    assert!(finished.score.passed);
    assert_eq!(finished.score.max, 2);
    attempts[0] = finished.attempt;

    let session = QuizSession::new(&module, &attempts, &answers);
    assert!(session.active().is_none());
    assert_eq!(session.finished_count(), 1);
    assert_eq!(session.latest_finished().map(|a| a.id.as_str()), Some("a1"));
    assert_eq!(session.attempts_left(), Some(1));

    // An incomplete answer is refused with its reason, not graded.
    assert_eq!(
        QuizSession::answer(
            &attempt,
            &multiple(),
            Answer::Multiple(Vec::new()),
            4_000,
            None
        )
        .unwrap_err(),
        AnswerError::Incomplete
    );
}
