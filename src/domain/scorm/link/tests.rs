//! The write rules against a run-time that behaves as Moodle's client: it posts only values
//! that changed since the last request it built, counts them sent before the request goes out,
//! and never rolls that back (`mod/scorm/datamodels/scorm_12.js`, read for `ledger.rs`).

use std::cell::RefCell;
use std::collections::HashMap;

use super::*;
use crate::domain::scorm::{LessonMode, LessonStatus};

/// A Moodle-like client and its server.
#[derive(Default)]
struct Moodle {
    edition: Edition,
    /// What the page set since the last commit.
    set: RefCell<HashMap<String, String>>,
    /// What the client believes it sent.
    sent: RefCell<HashMap<String, String>>,
    /// What the server stored.
    stored: RefCell<HashMap<String, String>>,
    /// Every call, in order: `set <element>`, `commit`, `finish`.
    calls: RefCell<Vec<String>>,
    /// The server fails every request while true.
    failing: RefCell<bool>,
}

impl Api for &Moodle {
    fn edition(&self) -> Edition {
        self.edition
    }
    fn set(&self, element: &str, value: &str) -> Result<(), ScormError> {
        self.calls.borrow_mut().push(format!("set {element}"));
        self.set
            .borrow_mut()
            .insert(element.to_owned(), value.to_owned());
        Ok(())
    }
    fn commit(&self) -> Result<(), ScormError> {
        self.calls.borrow_mut().push("commit".into());
        let changed: Vec<(String, String)> = self
            .set
            .borrow_mut()
            .drain()
            .filter(|(e, v)| self.sent.borrow().get(e) != Some(v))
            .collect();
        for (e, v) in &changed {
            self.sent.borrow_mut().insert(e.clone(), v.clone());
        }
        if *self.failing.borrow() {
            return Err(ScormError::Refused {
                edition: self.edition,
                call: super::super::LmsCall::Commit,
                code: super::super::ErrorCode::General,
            });
        }
        self.stored.borrow_mut().extend(changed);
        Ok(())
    }
    fn finish(&self) -> Result<(), ScormError> {
        self.calls.borrow_mut().push("finish".into());
        // Moodle's finish goes out by beacon and reports success whatever happens.
        Ok(())
    }
}

impl Moodle {
    fn stored(&self, element: &str) -> Option<String> {
        self.stored.borrow().get(element).cloned()
    }
    fn commits(&self) -> usize {
        self.calls
            .borrow()
            .iter()
            .filter(|c| *c == "commit")
            .count()
    }
}

fn values(status: LessonStatus, score: Option<u32>, location: &str, data: &str) -> CmiValues {
    CmiValues {
        location: location.to_owned(),
        status: Some(status),
        score_raw: score,
        suspend_data: data.to_owned(),
        completed: false,
    }
}

fn milestones(answers: usize) -> Milestones {
    Milestones {
        answers,
        ..Milestones::default()
    }
}

fn open(lms: &Moodle, launch: Launch) -> Link<&Moodle> {
    Link::new(Ok(lms), launch, 0)
}

#[test]
fn a_page_change_waits_for_the_next_milestone() {
    let lms = Moodle::default();
    let mut link = open(&lms, Launch::default());
    let start = values(LessonStatus::Incomplete, None, "", "a");
    assert_eq!(
        link.change(start.clone(), milestones(0), vec![], 1_000),
        Ok(true)
    );
    let moved = CmiValues {
        location: "pelajaran/x".into(),
        ..start
    };
    assert_eq!(
        link.change(moved.clone(), milestones(0), vec![], 2_000),
        Ok(false),
        "no commit for a page"
    );
    assert_eq!(lms.commits(), 1);
    let answered = CmiValues {
        suspend_data: "b".into(),
        ..moved
    };
    assert_eq!(
        link.change(answered, milestones(1), vec![], 3_000),
        Ok(true)
    );
    assert_eq!(
        lms.stored("cmi.core.lesson_location").as_deref(),
        Some("pelajaran/x"),
        "the page rode with the answer"
    );
    assert!(link.latest_saved());
}

#[test]
fn a_failed_result_is_not_saved_and_reaches_the_lms_with_the_next_change() {
    let lms = Moodle::default();
    let mut link = open(&lms, Launch::default());
    link.change(
        values(LessonStatus::Incomplete, None, "kuis", "a"),
        milestones(9),
        vec![],
        1,
    )
    .unwrap_or_default();
    *lms.failing.borrow_mut() = true;
    let passed = values(LessonStatus::Passed, Some(90), "kuis", "b");
    assert!(link
        .change(passed.clone(), milestones(10), vec![], 2)
        .is_err());
    assert!(!link.latest_saved());
    *lms.failing.borrow_mut() = false;
    // Only the page changes, but something must be re-sent: written now, through a bridge.
    let moved = CmiValues {
        location: "kuis/hasil".into(),
        ..passed
    };
    assert_eq!(link.change(moved, milestones(10), vec![], 3), Ok(true));
    assert!(link.latest_saved());
    assert_eq!(
        lms.stored("cmi.core.lesson_status").as_deref(),
        Some("passed")
    );
    assert_eq!(lms.stored("cmi.core.score.raw").as_deref(), Some("90"));
    assert_eq!(lms.stored("cmi.core.score.max").as_deref(), Some("100"));
    assert_eq!(lms.stored("cmi.suspend_data").as_deref(), Some("b"));
}

#[test]
fn retry_sends_what_is_not_stored_and_nothing_else() {
    let lms = Moodle::default();
    let mut link = open(&lms, Launch::default());
    *lms.failing.borrow_mut() = true;
    let passed = values(LessonStatus::Passed, Some(80), "kuis/hasil", "b");
    assert!(link.change(passed, milestones(10), vec![], 1).is_err());
    assert!(link.retry(2).is_err(), "still failing");
    *lms.failing.borrow_mut() = false;
    assert_eq!(link.retry(3), Ok(true));
    assert!(link.latest_saved());
    assert_eq!(
        lms.stored("cmi.core.lesson_status").as_deref(),
        Some("passed")
    );
    assert_eq!(link.retry(4), Ok(false), "nothing left to send");
}

#[test]
fn review_browse_and_no_credit_write_nothing() {
    for launch in [
        Launch {
            mode: LessonMode::Review,
            ..Launch::default()
        },
        Launch {
            mode: LessonMode::Browse,
            ..Launch::default()
        },
        Launch {
            no_credit: true,
            ..Launch::default()
        },
    ] {
        let lms = Moodle::default();
        let mut link = open(&lms, launch);
        let v = values(LessonStatus::Passed, Some(100), "kuis", "z");
        assert_eq!(link.change(v, milestones(1), vec![], 1), Ok(false));
        assert_eq!(link.checkpoint(2), Ok(false));
        assert_eq!(link.leave(false, 3), Ok(()));
        assert_eq!(*lms.calls.borrow(), ["finish"], "only the finish");
    }
}

#[test]
fn interactions_take_new_indexes_after_a_failed_commit_and_are_sent_once() {
    use crate::domain::course::{Question, QuestionKind};
    use crate::domain::quiz::{Answer, AnswerRecord, FULL};
    let q = Question {
        id: QuestionId::parse("ap-01").unwrap_or_else(|_| unreachable!()),
        prompt: "?".into(),
        explanation: String::new(),
        usage: crate::domain::pretest::ItemUse::default(),
        lesson: None,
        kind: QuestionKind::TrueFalse {
            answer: true,
            feedback_true: String::new(),
            feedback_false: String::new(),
        },
    };
    let record = AnswerRecord {
        attempt: "t1".into(),
        question: q.id.clone(),
        answer: Answer::TrueFalse(true),
        credit: FULL,
        answered_at: 5_000,
    };
    let one = interaction::interaction(&q, &record, 0).unwrap_or_else(|| unreachable!());
    let key: AnswerKey = ("t1".into(), q.id.clone());
    let lms = Moodle::default();
    let mut link = open(
        &lms,
        Launch {
            interactions: 2,
            ..Launch::default()
        },
    );
    *lms.failing.borrow_mut() = true;
    let v = values(LessonStatus::Incomplete, None, "kuis", "a");
    let with = vec![(key.clone(), one.clone())];
    assert!(link
        .change(v.clone(), milestones(1), with.clone(), 1)
        .is_err());
    *lms.failing.borrow_mut() = false;
    let v2 = CmiValues {
        suspend_data: "b".into(),
        ..v
    };
    assert_eq!(
        link.change(v2.clone(), milestones(2), with.clone(), 2),
        Ok(true)
    );
    assert_eq!(
        lms.stored("cmi.interactions.3.id").as_deref(),
        Some("ap-01")
    );
    assert_eq!(
        lms.stored("cmi.interactions.3.result").as_deref(),
        Some("correct")
    );
    // Recorded: not set again with the next change.
    let v3 = CmiValues {
        suspend_data: "c".into(),
        ..v2
    };
    lms.calls.borrow_mut().clear();
    link.change(v3, milestones(3), with, 3).unwrap_or_default();
    assert!(!lms
        .calls
        .borrow()
        .iter()
        .any(|c| c.contains("interactions")));
}

#[test]
fn leaving_sets_exit_and_time_and_finishes_but_a_failed_commit_keeps_the_session_open() {
    let lms = Moodle::default();
    let mut link = open(&lms, Launch::default());
    let passed = values(LessonStatus::Passed, Some(100), "kuis/hasil", "p");
    link.change(passed, milestones(10), vec![], 1_000)
        .unwrap_or_default();
    *lms.failing.borrow_mut() = true;
    assert!(link.leave(false, 61_000).is_err());
    assert!(!link.finished(), "the learner can retry");
    *lms.failing.borrow_mut() = false;
    assert_eq!(link.leave(false, 62_000), Ok(()));
    assert!(link.finished());
    assert_eq!(
        lms.calls.borrow().last().map(String::as_str),
        Some("finish")
    );
    assert_eq!(lms.stored("cmi.core.exit").as_deref(), Some(""));
    assert_eq!(
        lms.stored("cmi.core.session_time").as_deref(),
        Some("0000:01:02.00")
    );
    // Nothing after the finish.
    assert_eq!(link.checkpoint(70_000), Ok(false));
}

#[test]
fn a_closed_page_finishes_whatever_the_commit_did() {
    let lms = Moodle::default();
    let mut link = open(&lms, Launch::default());
    link.change(
        values(LessonStatus::Incomplete, None, "kuis", "q"),
        milestones(3),
        vec![],
        1,
    )
    .unwrap_or_default();
    *lms.failing.borrow_mut() = true;
    let (finished, problem) = link.leave_on_hide(true, 2);
    assert!(finished);
    assert!(problem.is_some());
    assert_eq!(
        lms.sent.borrow().get("cmi.core.exit").map(String::as_str),
        Some("suspend")
    );
}

#[test]
fn a_hidden_page_leaves_a_checkpoint_with_exit_suspend() {
    let lms = Moodle::default();
    let mut link = open(&lms, Launch::default());
    link.change(
        values(LessonStatus::Incomplete, None, "kuis", "q"),
        milestones(1),
        vec![],
        1,
    )
    .unwrap_or_default();
    assert_eq!(link.checkpoint(2), Ok(true));
    assert_eq!(lms.stored("cmi.core.exit").as_deref(), Some("suspend"));
    assert!(!link.finished());
}

#[test]
fn without_an_lms_every_write_says_why() {
    let mut link: Link<&Moodle> = Link::new(Err(ScormError::NoApi), Launch::default(), 0);
    let v = values(LessonStatus::Incomplete, None, "", "");
    assert_eq!(
        link.change(v, milestones(1), vec![], 1),
        Err(ScormError::NoApi)
    );
    assert_eq!(link.leave(false, 2), Err(ScormError::NoApi));
    assert_eq!(
        link.leave_on_hide(false, 3),
        (false, Some(ScormError::NoApi))
    );
}

#[test]
fn scorm_2004_names_its_elements_and_always_suspends() {
    let lms = Moodle {
        edition: Edition::Scorm2004,
        ..Moodle::default()
    };
    let mut link = open(&lms, Launch::default());
    let passed = CmiValues {
        completed: true,
        ..values(LessonStatus::Passed, Some(85), "kuis/hasil", "p")
    };
    link.change(passed, milestones(10), vec![], 0)
        .unwrap_or_default();
    assert_eq!(link.leave(false, 1_500), Ok(()));
    for (element, want) in [
        ("cmi.completion_status", "completed"),
        ("cmi.success_status", "passed"),
        ("cmi.score.raw", "85"),
        ("cmi.score.scaled", "0.85"),
        ("cmi.exit", "suspend"),
        ("cmi.session_time", "PT1.5S"),
    ] {
        assert_eq!(lms.stored(element).as_deref(), Some(want), "{element}");
    }
    assert!(!lms
        .stored
        .borrow()
        .keys()
        .any(|k| k.starts_with("cmi.core.")));
}
