//! SCORM 1.2 `cmi.suspend_data` (src/domain/scorm/suspend.rs): every built-in module's
//! attempts survive a round trip, the worst case the validator allows stays within 4,096
//! characters, and hostile or foreign data is refused, never half-read.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    reason = "tests: a failing unwrap is a failing test; small test counts"
)]

use std::path::Path;

use bimtek::content::catalog::ModuleContent;
use bimtek::content::source::compile_pack;
use bimtek::domain::course::{Choice, LessonInfo, Module, Pair, Question, QuestionKind, Step};
use bimtek::domain::ids::{LessonId, ModuleId, QuestionId};
use bimtek::domain::pretest::PretestRecord;
use bimtek::domain::progress::{module_progress, LessonRecord};
use bimtek::domain::quiz::{next_unanswered, Answer, AnswerRecord, Attempt, Millis};
use bimtek::domain::scorm::suspend::encode_with;
use bimtek::domain::scorm::suspend::fingerprint;
use bimtek::domain::scorm::{decode, encode, SuspendError, Suspended, MAX_SUSPEND_DATA};
use bimtek::domain::session::QuizSession;

const T0: Millis = 1_790_000_000_000;

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
                .map(|(_, b)| b.clone())
                .unwrap();
            (Module::from(m), ModuleContent::from(body).questions)
        })
        .collect()
}

/// An answer to `q`: the key when `right`, otherwise a wrong one of the same shape.
fn answer(q: &Question, right: bool) -> Answer {
    match &q.kind {
        QuestionKind::Single { options } => Answer::Single(
            options
                .iter()
                .find(|o| o.correct == right)
                .unwrap()
                .id
                .clone(),
        ),
        QuestionKind::Multiple { options } => Answer::Multiple(
            options
                .iter()
                .filter(|o| o.correct == right)
                .map(|o| o.id.clone())
                .collect(),
        ),
        QuestionKind::TrueFalse { answer, .. } => Answer::TrueFalse(*answer == right),
        QuestionKind::Ordering { steps } => {
            let mut ids: Vec<String> = steps.iter().map(|s| s.id.clone()).collect();
            if !right {
                ids.reverse();
            }
            Answer::Ordering(ids)
        }
        QuestionKind::Matching { pairs } => {
            let n = pairs.len();
            Answer::Matching(
                pairs
                    .iter()
                    .enumerate()
                    .map(|(i, p)| {
                        let to = if right { i } else { (i + 1) % n };
                        (p.id.clone(), pairs[to].id.clone())
                    })
                    .collect(),
            )
        }
    }
}

/// An attempt as the quiz page starts it, with its first `answered` questions answered
/// (`right` decides each), finished when `finish`.
fn attempt(
    module: &Module,
    pool: &[Question],
    seed: u32,
    start: Millis,
    answered: usize,
    right: impl Fn(usize) -> bool,
    finish: bool,
) -> (Attempt, Vec<AnswerRecord>) {
    // The id the decoder gives it, so that round trips compare equal.
    let id = format!("{start}-{seed:08x}");
    let mut a = QuizSession::new(module, &[], &[]).start(id, pool, seed, start);
    let mut answers = Vec::new();
    for (i, qid) in a.questions.iter().take(answered).enumerate() {
        let q = pool.iter().find(|q| &q.id == qid).unwrap();
        let done = QuizSession::answer(&a, q, answer(q, right(i)), start, None).unwrap();
        answers.push(done.record);
    }
    if finish {
        a.finished_at = Some(start + 600_000);
    }
    (a, answers)
}

fn sorted(mut s: Suspended) -> Suspended {
    s.attempts.sort_by(|a, b| a.id.cmp(&b.id));
    s.answers
        .sort_by(|a, b| (&a.attempt, &a.question).cmp(&(&b.attempt, &b.question)));
    s.lessons.sort_by(|a, b| a.lesson.cmp(&b.lesson));
    s
}

#[test]
fn every_builtin_module_round_trips_lessons_and_attempts() {
    for (module, pool) in builtin() {
        let lessons: Vec<LessonRecord> = module
            .lessons
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 3 != 2)
            .map(|(i, l)| LessonRecord {
                module: module.id.clone(),
                lesson: l.id.clone(),
                opened_at: T0,
                read_at: (i % 3 == 0).then_some(T0),
                seconds: 0,
                position: if i % 3 == 0 { 100 } else { 0 },
                updated_at: T0,
            })
            .collect();
        let (failed, mut answers) = attempt(&module, &pool, 7, T0, 10, |i| i < 5, true);
        let (passed, more) = attempt(&module, &pool, 99, T0 + 3_600_000, 10, |_| true, true);
        answers.extend(more);
        let (running, more) = attempt(
            &module,
            &pool,
            4_000_000_000,
            T0 + 7_200_000,
            4,
            |i| i != 1,
            false,
        );
        answers.extend(more);
        let attempts = vec![failed, passed, running.clone()];
        let text = encode(&module, &pool, &lessons, &attempts, &answers).unwrap();
        assert!(text.len() <= MAX_SUSPEND_DATA);
        let back = decode(&text, &module, &pool, T0).unwrap();
        assert_eq!(
            sorted(back.clone()),
            sorted(Suspended {
                lessons: lessons.clone(),
                attempts: attempts.clone(),
                answers: answers.clone(),
                pretest: None,
            }),
            "{}: {text}",
            module.id
        );
        // The quiz resumes at the same question, and the module's status and best score hold.
        let session = QuizSession::new(&module, &back.attempts, &back.answers);
        let active = session.active().unwrap();
        assert_eq!(active, &running);
        assert_eq!(session.next_position(active), Some(4));
        let before = module_progress(&module, &lessons, &attempts, &answers);
        let after = module_progress(&module, &back.lessons, &back.attempts, &back.answers);
        assert_eq!(after, before);
        assert_eq!(after.best.unwrap().percent, 100);
        // Encoding what was decoded gives the same text.
        let again = encode(&module, &pool, &back.lessons, &back.attempts, &back.answers).unwrap();
        assert_eq!(again, text);
    }
}

#[test]
fn builtin_modules_stay_within_the_limit_after_many_attempts() {
    for (module, pool) in builtin() {
        let mut attempts = Vec::new();
        let mut answers = Vec::new();
        // Forty finished attempts, the 13th the best, then one running with all but one answered.
        for n in 0..40_u32 {
            let (a, r) = attempt(
                &module,
                &pool,
                n * 7919,
                T0 + i64::from(n) * 86_400_000,
                10,
                |i| n == 12 || i % 2 == 0,
                true,
            );
            attempts.push(a);
            answers.extend(r);
        }
        let (running, r) = attempt(&module, &pool, 5, T0 + 41 * 86_400_000, 9, |_| false, false);
        attempts.push(running.clone());
        answers.extend(r);
        let text = encode(&module, &pool, &[], &attempts, &answers).unwrap();
        assert!(
            text.len() <= MAX_SUSPEND_DATA,
            "{}: {} characters",
            module.id,
            text.len()
        );
        println!("{}: 41 attempts in {} characters", module.id, text.len());
        let back = decode(&text, &module, &pool, T0).unwrap();
        let session = QuizSession::new(&module, &back.attempts, &back.answers);
        assert_eq!(session.finished_count(), 40, "{}", module.id);
        assert_eq!(session.active(), Some(&running));
        assert_eq!(session.next_position(&running), Some(9));
        let p = module_progress(&module, &[], &back.attempts, &back.answers);
        assert_eq!(p.best.unwrap().percent, 100, "the best attempt is kept");
        assert_eq!(
            session.latest_finished().map(|a| a.seed),
            Some(39 * 7919),
            "the latest attempt is kept"
        );
    }
}

fn long_id(prefix: &str, n: usize) -> String {
    let id = format!("{prefix}-{n}-");
    format!("{id}{}", "x".repeat(64 - id.len()))
}

/// The largest module the validator accepts for the quiz (100 questions per attempt, every one
/// a six-step ordering or six-pair matching with 64-character ids) and 6,000 lessons.
fn worst_module() -> (Module, Vec<Question>) {
    let pool: Vec<Question> = (0..120)
        .map(|n| {
            let items = 6;
            let kind = if n % 2 == 0 {
                QuestionKind::Ordering {
                    steps: (0..items)
                        .map(|i| Step {
                            id: long_id("s", i),
                            text: format!("langkah {i}"),
                            feedback: "f".to_owned(),
                        })
                        .collect(),
                }
            } else {
                QuestionKind::Matching {
                    pairs: (0..items)
                        .map(|i| Pair {
                            id: long_id("p", i),
                            left: format!("kiri {i}"),
                            right: format!("kanan {i}"),
                            feedback: "f".to_owned(),
                        })
                        .collect(),
                }
            };
            Question {
                id: QuestionId::parse(&long_id("q", n)).unwrap(),
                prompt: "p".to_owned(),
                explanation: "e".to_owned(),
                usage: bimtek::domain::pretest::ItemUse::Post,
                lesson: None,
                kind,
            }
        })
        .collect();
    let module = Module {
        id: ModuleId::parse(&long_id("m", 0)).unwrap(),
        title: "t".to_owned(),
        summary: "s".to_owned(),
        minutes: 600,
        jp: 40,
        pass_mark: 100,
        questions_per_attempt: 100,
        max_attempts: 0,
        read_percent: 100,
        pretest: bimtek::domain::pretest::PretestMode::Offered,
        pretest_questions: 5,
        gelar: false,
        objectives: vec!["o".to_owned()],
        lessons: (0..6000)
            .map(|i| LessonInfo {
                id: LessonId::parse(&long_id("l", i)).unwrap(),
                title: "l".to_owned(),
                minutes: 60,
            })
            .collect(),
        question_count: 120,
    };
    (module, pool)
}

#[test]
fn the_worst_case_the_validator_allows_fits() {
    let (module, pool) = worst_module();
    let lessons: Vec<LessonRecord> = module
        .lessons
        .iter()
        .map(|l| LessonRecord {
            module: module.id.clone(),
            lesson: l.id.clone(),
            opened_at: T0,
            read_at: Some(T0),
            seconds: 0,
            position: 100,
            updated_at: T0,
        })
        .collect();
    let mut attempts = Vec::new();
    let mut answers = Vec::new();
    for n in 0..8_u32 {
        let finished = n < 7;
        let count = if finished { 100 } else { 99 };
        let (a, r) = attempt(
            &module,
            &pool,
            u32::MAX - n,
            // Far in the future: the longest numbers.
            4_000_000_000_000 + i64::from(n) * 1000,
            count,
            |i| n == 3 || i % 3 == 0,
            finished,
        );
        attempts.push(a);
        answers.extend(r);
    }
    let text = encode(&module, &pool, &lessons, &attempts, &answers).unwrap();
    assert!(text.len() <= MAX_SUSPEND_DATA, "{} characters", text.len());
    println!("worst case: {} characters", text.len());
    let back = decode(&text, &module, &pool, T0).unwrap();
    let session = QuizSession::new(&module, &back.attempts, &back.answers);
    assert_eq!(session.finished_count(), 7);
    let running = session.active().unwrap();
    assert_eq!(running.seed, u32::MAX - 7);
    assert_eq!(session.next_position(running), Some(99));
    assert_eq!(back.lessons.len(), 6000);
    assert!(back.lessons.iter().all(|l| l.read_at.is_some()));
    let p = module_progress(&module, &back.lessons, &back.attempts, &back.answers);
    assert_eq!(p.best.unwrap().percent, 100);
    assert!(p.passed_at.is_some());
    // The attempts that did not fit still count, also after the next change is saved.
    assert!(
        back.attempts.iter().any(|a| a.questions.is_empty()),
        "some were dropped"
    );
    let again = encode(&module, &pool, &back.lessons, &back.attempts, &back.answers).unwrap();
    assert_eq!(again, text);
}

#[test]
fn foreign_damaged_or_hostile_data_is_refused_whole() {
    let (module, pool) = builtin().remove(0);
    let (a, r) = attempt(&module, &pool, 3, T0, 3, |_| true, false);
    let text = encode(&module, &pool, &[], &[a], &r).unwrap();
    let (full, r) = attempt(&module, &pool, 3, T0, 10, |_| true, false);
    let full = encode(&module, &pool, &[], &[full], &r).unwrap();
    let print = fingerprint(&module, &pool);
    let cases: Vec<(String, SuspendError)> = vec![
        (String::new(), SuspendError::Malformed),
        (
            "garbage".to_owned(),
            SuspendError::Version("garbage".to_owned()),
        ),
        (
            "3.x.y.z.w".to_owned(),
            SuspendError::Version("3".to_owned()),
        ),
        ("1.xxxxx...".to_owned(), SuspendError::ContentChanged),
        (format!("1.{print}.3.."), SuspendError::Malformed), // lesson state 3
        (
            format!("1.{print}.zzzzzzzzzzzzz.."),
            SuspendError::Malformed,
        ), // lessons the module lacks
        (format!("1.{print}..zzzzzz."), SuspendError::Malformed), // absurd dropped count
        (format!("{full}0"), SuspendError::Malformed),       // an answer too many
        (
            format!("{text}~{}", text.rsplit('.').next().unwrap()),
            SuspendError::Malformed,
        ), // duplicate
        (text.replace(',', ";"), SuspendError::Malformed),
        (format!("{text}."), SuspendError::Malformed),
        (format!("1.{print}...,,,"), SuspendError::Malformed),
        (format!("1.{print}...0,0,,!"), SuspendError::Malformed),
        // Version 2: five parts, or a pre-test part that is not one.
        (format!("2.{print}..."), SuspendError::Malformed),
        (format!("2.{print}....!"), SuspendError::Malformed),
        (format!("2.{print}....0,0,"), SuspendError::Malformed),
        (format!("1.{print}....5"), SuspendError::Malformed),
    ];
    for (input, want) in cases {
        assert_eq!(decode(&input, &module, &pool, T0), Err(want), "{input:?}");
    }
    // An option position the question does not have.
    let first = pool
        .iter()
        .find(|q| {
            QuizSession::new(&module, &[], &[])
                .start(String::new(), &pool, 3, T0)
                .questions
                .first()
                == Some(&q.id)
        })
        .unwrap();
    if matches!(first.kind, QuestionKind::Single { .. }) {
        let head = text.rsplit_once(',').unwrap().0;
        assert_eq!(
            decode(&format!("{head},_"), &module, &pool, T0),
            Err(SuspendError::Malformed)
        );
    }
    // Other content: one more question in the pool changes the fingerprint.
    let mut other = pool.clone();
    other.push(Question {
        id: QuestionId::parse("baru").unwrap(),
        prompt: "p".to_owned(),
        explanation: "e".to_owned(),
        usage: bimtek::domain::pretest::ItemUse::Post,
        lesson: None,
        kind: QuestionKind::TrueFalse {
            answer: true,
            feedback_true: "a".to_owned(),
            feedback_false: "b".to_owned(),
        },
    });
    assert_eq!(
        decode(&text, &module, &other, T0),
        Err(SuspendError::ContentChanged)
    );
}

#[test]
fn attempts_not_drawn_by_the_quiz_are_not_written_wrongly() {
    let (module, pool) = builtin().remove(0);
    let (mut a, r) = attempt(&module, &pool, 3, T0, 2, |_| true, false);
    a.questions.reverse();
    assert_eq!(
        encode(&module, &pool, &[], &[a], &r),
        Err(SuspendError::Unencodable)
    );
}

/// A fixed state's encoding: a changed format must be a new version, not a silent change
/// (packages already in an LMS keep the data they wrote).
#[test]
fn golden_encoding_of_a_small_module() {
    let choice = |id: &str, correct: bool| Choice {
        id: id.to_owned(),
        text: id.to_owned(),
        correct,
        feedback: "f".to_owned(),
    };
    let pool = vec![
        Question {
            id: QuestionId::parse("q1").unwrap(),
            prompt: "p".to_owned(),
            explanation: "e".to_owned(),
            usage: bimtek::domain::pretest::ItemUse::Post,
            lesson: None,
            kind: QuestionKind::Single {
                options: vec![choice("a", false), choice("b", true), choice("c", false)],
            },
        },
        Question {
            id: QuestionId::parse("q2").unwrap(),
            prompt: "p".to_owned(),
            explanation: "e".to_owned(),
            usage: bimtek::domain::pretest::ItemUse::Post,
            lesson: None,
            kind: QuestionKind::Multiple {
                options: vec![choice("a", true), choice("b", false), choice("c", true)],
            },
        },
    ];
    let module = Module {
        id: ModuleId::parse("kecil").unwrap(),
        title: "t".to_owned(),
        summary: "s".to_owned(),
        minutes: 10,
        jp: 1,
        pass_mark: 70,
        questions_per_attempt: 2,
        max_attempts: 0,
        read_percent: 100,
        pretest: bimtek::domain::pretest::PretestMode::Offered,
        pretest_questions: 5,
        gelar: false,
        objectives: vec!["o".to_owned()],
        lessons: ["satu", "dua", "tiga", "empat"]
            .iter()
            .map(|id| LessonInfo {
                id: LessonId::parse(id).unwrap(),
                title: "l".to_owned(),
                minutes: 5,
            })
            .collect(),
        question_count: 2,
    };
    let lessons: Vec<LessonRecord> = [("satu", true), ("tiga", false)]
        .iter()
        .map(|(id, read)| LessonRecord {
            module: module.id.clone(),
            lesson: LessonId::parse(id).unwrap(),
            opened_at: T0,
            read_at: read.then_some(T0),
            seconds: 0,
            position: 0,
            updated_at: T0,
        })
        .collect();
    let (done, mut answers) = attempt(&module, &pool, 1234, T0, 2, |i| i == 0, true);
    let (running, more) = attempt(&module, &pool, 99, T0 + 60_000, 1, |_| true, false);
    answers.extend(more);
    let text = encode(&module, &pool, &lessons, &[done, running], &answers).unwrap();
    assert_eq!(text, "1.Pv3vo.i..ji,1GIjK0,9o,12~1z,1GIjKY,,1");
    let back = decode(&text, &module, &pool, T0).unwrap();
    let running = back
        .attempts
        .iter()
        .find(|a| a.finished_at.is_none())
        .unwrap();
    assert_eq!(next_unanswered(running, &back.answers), Some(1));
}

/// A pre-test of `module` (issue 26) as the pre-test page takes it: every item answered,
/// `right` decides each, finished.
fn pretest(
    module: &Module,
    pool: &[Question],
    seed: u32,
    right: impl Fn(usize) -> bool,
) -> PretestRecord {
    let a = bimtek::domain::pretest::start(format!("{T0}-{seed:08x}"), module, pool, seed, T0);
    let mut r = PretestRecord::taken(a.clone());
    for (i, qid) in a.questions.iter().enumerate() {
        let q = pool.iter().find(|q| &q.id == qid).unwrap();
        let done = QuizSession::answer(&a, q, answer(q, right(i)), T0, None).unwrap();
        r = r.with_answer(done.record);
    }
    r.finish(T0 + 60_000)
}

#[test]
fn every_builtin_module_keeps_its_pre_test_and_the_post_tests_drawn_after_it() {
    for (module, pool) in builtin() {
        if !bimtek::domain::pretest::module_has_pretest(&module, &pool) {
            continue;
        }
        let pre = pretest(&module, &pool, 11, |i| i % 2 == 0);
        let start = T0 + 3_600_000;
        let id = format!("{start}-{:08x}", 5);
        let mut post =
            QuizSession::new(&module, &[], &[]).start_after(id, &pool, Some(&pre), 5, start);
        assert!(post.questions.iter().all(|q| !pre.seen().contains(q)));
        post.finished_at = Some(start + 600_000);
        let text = encode_with(&module, &pool, &[], &[post.clone()], &[], Some(&pre)).unwrap();
        assert!(text.starts_with("2."), "{}: {text}", module.id);
        let back = decode(&text, &module, &pool, T0).unwrap();
        assert_eq!(back.pretest.as_ref(), Some(&pre), "{}", module.id);
        assert_eq!(back.attempts, vec![post], "{}", module.id);
        // Skipped: only when it was.
        let skipped = PretestRecord::skipped(module.id.clone(), T0);
        let text = encode_with(&module, &pool, &[], &[], &[], Some(&skipped)).unwrap();
        assert_eq!(
            decode(&text, &module, &pool, T0).unwrap().pretest,
            Some(skipped)
        );
        // Without a pre-test the text is version 1, as before.
        assert!(encode_with(&module, &pool, &[], &[], &[], None)
            .unwrap()
            .starts_with("1."));
    }
}

#[test]
fn the_worst_case_with_the_longest_pre_test_still_fits() {
    use bimtek::domain::pretest::{ItemUse, MAX_PRETEST_QUESTIONS};
    let (mut module, mut pool) = worst_module();
    // The longest pre-test the validator allows, of six-step items with the longest ids.
    let extra: Vec<Question> = (0..MAX_PRETEST_QUESTIONS as usize)
        .map(|n| {
            let mut q = pool[0].clone();
            q.id = QuestionId::parse(&long_id("r", n)).unwrap();
            q.usage = ItemUse::Pre;
            q
        })
        .collect();
    pool.extend(extra);
    module.pretest_questions = MAX_PRETEST_QUESTIONS;
    module.question_count = u32::try_from(pool.len()).unwrap();
    let pre = {
        let (seed, start) = (u32::MAX, 4_000_000_000_000);
        let a = bimtek::domain::pretest::start(
            format!("{start}-{seed:08x}"),
            &module,
            &pool,
            seed,
            start,
        );
        let mut r = PretestRecord::taken(a.clone());
        for qid in &a.questions {
            let q = pool.iter().find(|q| &q.id == qid).unwrap();
            r = r.with_answer(
                QuizSession::answer(&a, q, answer(q, false), start, None)
                    .unwrap()
                    .record,
            );
        }
        r.finish(4_000_000_900_000)
    };
    let lessons: Vec<LessonRecord> = module
        .lessons
        .iter()
        .map(|l| LessonRecord {
            module: module.id.clone(),
            lesson: l.id.clone(),
            opened_at: T0,
            read_at: Some(T0),
            seconds: 0,
            position: 100,
            updated_at: T0,
        })
        .collect();
    let mut attempts = Vec::new();
    let mut answers = Vec::new();
    for n in 0..8_u32 {
        let finished = n < 7;
        let start = 4_000_000_000_000 + i64::from(n) * 1000;
        let seed = u32::MAX - n;
        let id = format!("{start}-{seed:08x}");
        let mut a =
            QuizSession::new(&module, &[], &[]).start_after(id, &pool, Some(&pre), seed, start);
        let count = if finished { 100 } else { 99 };
        for (i, qid) in a.questions.iter().take(count).enumerate() {
            let q = pool.iter().find(|q| &q.id == qid).unwrap();
            let right = n == 3 || i % 3 == 0;
            answers.push(
                QuizSession::answer(&a, q, answer(q, right), start, None)
                    .unwrap()
                    .record,
            );
        }
        if finished {
            a.finished_at = Some(start + 600_000);
        }
        attempts.push(a);
    }
    let text = encode_with(&module, &pool, &lessons, &attempts, &answers, Some(&pre)).unwrap();
    println!("worst case with the pre-test: {} characters", text.len());
    assert!(text.len() <= MAX_SUSPEND_DATA, "{} characters", text.len());
    let back = decode(&text, &module, &pool, T0).unwrap();
    assert_eq!(back.pretest, Some(pre));
    let session = QuizSession::new(&module, &back.attempts, &back.answers);
    assert_eq!(session.finished_count(), 7);
    assert_eq!(session.active().map(|a| a.seed), Some(u32::MAX - 7));
}
