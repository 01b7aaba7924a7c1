//! Unit tests of the SCORM values (kept apart so that `mod.rs` reads as the design).

use super::*;
use crate::domain::ids::LessonId;

fn module() -> ModuleId {
    ModuleId::parse("agen-perubahan").unwrap()
}

#[test]
fn location_round_trips_every_page() {
    let m = module();
    for part in [
        EmbedPart::Overview,
        EmbedPart::Lesson(LessonId::parse("mawas-diri").unwrap()),
        EmbedPart::Glossary,
        EmbedPart::Quiz,
        EmbedPart::Result,
    ] {
        let loc = location(&m, &part);
        assert!(loc.len() <= MAX_LOCATION);
        assert_eq!(parse_location(&m, &loc), part, "{loc:?}");
    }
    assert_eq!(location(&m, &EmbedPart::Quiz), "kuis");
    assert_eq!(
        location(&m, &EmbedPart::Lesson(LessonId::parse("x").unwrap())),
        "pelajaran/x"
    );
}

#[test]
fn hostile_locations_are_the_overview() {
    let m = module();
    for bad in [
        "javascript:alert(1)",
        "../../pengaturan",
        "#/pengaturan",
        "kuis?x=1",
        "pelajaran/<script>",
        "pelajaran",
        &"a".repeat(300),
    ] {
        assert_eq!(parse_location(&m, bad), EmbedPart::Overview, "{bad:?}");
    }
}

#[test]
fn status_vocabulary_round_trips() {
    for s in [
        LessonStatus::Passed,
        LessonStatus::Completed,
        LessonStatus::Failed,
        LessonStatus::Incomplete,
        LessonStatus::Browsed,
        LessonStatus::NotAttempted,
    ] {
        assert_eq!(LessonStatus::parse(s.as_cmi()), Some(s));
    }
    assert_eq!(LessonStatus::parse("lulus"), None);
    assert_eq!(LessonStatus::parse(""), None);
}

#[test]
fn outcome_follows_the_attempts() {
    let o = |finished, passed, best, left| {
        Outcome::new(Facts {
            passed,
            quiz_passed: passed,
            attempts_finished: finished,
            attempts_left: left,
            best_percent: best,
            lessons_done: false,
        })
    };
    let status = |x: Outcome| (x.status, x.best_percent);
    assert_eq!(
        status(o(0, false, None, None)),
        (LessonStatus::Incomplete, None)
    );
    // A fail with attempts left: no score and no "failed" (Moodle's mastery override would
    // make it failed at finish and lock the learner in review mode).
    assert_eq!(
        status(o(2, false, Some(40), None)),
        (LessonStatus::Incomplete, None)
    );
    assert_eq!(
        status(o(1, false, Some(40), Some(2))),
        (LessonStatus::Incomplete, None)
    );
    // The last attempt failed: failed, with the score.
    assert_eq!(
        status(o(3, false, Some(40), Some(0))),
        (LessonStatus::Failed, Some(40))
    );
    assert_eq!(
        status(o(2, true, Some(90), None)),
        (LessonStatus::Passed, Some(90))
    );
    assert_eq!(
        status(o(1, true, Some(120), Some(2))),
        (LessonStatus::Passed, Some(100))
    );
}

#[test]
fn a_passed_quiz_with_lessons_unread_stays_incomplete_without_a_score() {
    let o = |left| {
        Outcome::new(Facts {
            passed: false,
            quiz_passed: true,
            attempts_finished: 1,
            attempts_left: left,
            best_percent: Some(90),
            lessons_done: false,
        })
    };
    // No score (Moodle's mastery override would turn a score ≥ the mastery score into
    // `passed` at finish) and no final status (review mode would keep the learner from
    // recording the lessons still to read), even when no attempt is left.
    for left in [None, Some(2), Some(0)] {
        let out = o(left);
        assert_eq!(
            (out.status, out.best_percent),
            (LessonStatus::Incomplete, None)
        );
    }
}

fn launch(status: Option<LessonStatus>, raw: Option<u32>) -> Launch {
    Launch {
        status,
        score_raw: raw,
        ..Launch::default()
    }
}

#[test]
fn a_later_session_never_says_less() {
    // First launch: not attempted → incomplete.
    let v = CmiValues::new(
        &launch(Some(LessonStatus::NotAttempted), None),
        Outcome::new(Facts {
            passed: false,
            quiz_passed: false,
            attempts_finished: 0,
            attempts_left: None,
            best_percent: None,
            lessons_done: false,
        }),
        String::new(),
        String::new(),
    );
    assert_eq!(v.status, Some(LessonStatus::Incomplete));
    assert_eq!(v.score_raw, None);
    // incomplete → failed → passed.
    let v = CmiValues::new(
        &launch(Some(LessonStatus::Incomplete), None),
        Outcome::new(Facts {
            passed: false,
            quiz_passed: false,
            attempts_finished: 1,
            attempts_left: Some(0),
            best_percent: Some(50),
            lessons_done: false,
        }),
        String::new(),
        String::new(),
    );
    assert_eq!(
        (v.status, v.score_raw),
        (Some(LessonStatus::Failed), Some(50))
    );
    let v = CmiValues::new(
        &launch(Some(LessonStatus::Failed), Some(5000)),
        Outcome::new(Facts {
            passed: true,
            quiz_passed: true,
            attempts_finished: 2,
            attempts_left: None,
            best_percent: Some(80),
            lessons_done: false,
        }),
        String::new(),
        String::new(),
    );
    assert_eq!(
        (v.status, v.score_raw),
        (Some(LessonStatus::Passed), Some(80))
    );
    // Passed stays passed, and a lower score is not written over a higher one.
    let v = CmiValues::new(
        &launch(Some(LessonStatus::Passed), Some(8000)),
        Outcome::new(Facts {
            passed: false,
            quiz_passed: false,
            attempts_finished: 1,
            attempts_left: Some(0),
            best_percent: Some(40),
            lessons_done: false,
        }),
        String::new(),
        String::new(),
    );
    assert_eq!((v.status, v.score_raw), (Some(LessonStatus::Passed), None));
    // A failed module being retried stays failed until the retry finishes.
    let v = CmiValues::new(
        &launch(Some(LessonStatus::Failed), Some(5000)),
        Outcome::new(Facts {
            passed: false,
            quiz_passed: false,
            attempts_finished: 0,
            attempts_left: None,
            best_percent: None,
            lessons_done: false,
        }),
        String::new(),
        String::new(),
    );
    assert_eq!(v.status, Some(LessonStatus::Failed));
}

#[test]
fn raw_scores_parse_as_hundredths() {
    assert_eq!(parse_raw("80"), Some(8000));
    assert_eq!(parse_raw(" 72.5 "), Some(7250));
    assert_eq!(parse_raw("72.55"), Some(7255));
    assert_eq!(parse_raw("72.559"), Some(7255));
    assert_eq!(parse_raw(".5"), Some(50));
    assert_eq!(parse_raw("100."), Some(10000));
    assert_eq!(parse_raw("-3"), Some(0));
    for bad in [
        "", " ", ".", "-", "abc", "1e3", "7,5", "80%", "1.2.3", "9999999",
    ] {
        assert_eq!(parse_raw(bad), None, "{bad:?}");
    }
    // A stored 72.5 is more than a new best of 72.
    let v = CmiValues::new(
        &launch(Some(LessonStatus::Failed), parse_raw("72.5")),
        Outcome::new(Facts {
            passed: false,
            quiz_passed: false,
            attempts_finished: 1,
            attempts_left: Some(0),
            best_percent: Some(72),
            lessons_done: false,
        }),
        String::new(),
        String::new(),
    );
    assert_eq!(v.score_raw, None);
}

#[test]
fn exit_suspends_unfinished_work() {
    let mut v = CmiValues {
        status: Some(LessonStatus::Incomplete),
        ..CmiValues::default()
    };
    let e = Edition::Scorm12;
    assert_eq!(v.exit(e, false), "suspend");
    v.status = Some(LessonStatus::Passed);
    assert_eq!(v.exit(e, false), "");
    assert_eq!(v.exit(e, true), "suspend");
    // SCORM 2004: a normal exit would end the learner attempt and its data.
    assert_eq!(v.exit(Edition::Scorm2004, false), "suspend");
}

#[test]
fn completion_follows_the_lessons_and_never_goes_back() {
    let facts = |lessons_done| Facts {
        passed: false,
        quiz_passed: false,
        attempts_finished: 0,
        attempts_left: None,
        best_percent: None,
        lessons_done,
    };
    let fresh = Launch::default();
    let read = CmiValues::new(
        &fresh,
        Outcome::new(facts(true)),
        String::new(),
        String::new(),
    );
    assert!(read.completed);
    assert_eq!(read.status, Some(LessonStatus::Incomplete));
    let before = Launch {
        completed: true,
        ..Launch::default()
    };
    let later = CmiValues::new(
        &before,
        Outcome::new(facts(false)),
        String::new(),
        String::new(),
    );
    assert!(later.completed, "a completion the LMS holds stays");
}

#[test]
fn saved_data_is_ignored_on_a_new_lms_attempt() {
    let mut l = Launch {
        suspend_data: "1.x".to_owned(),
        ..Launch::default()
    };
    assert_eq!(l.saved(), Some("1.x"));
    l.entry = "resume".to_owned();
    assert_eq!(l.saved(), Some("1.x"));
    l.entry = "ab-initio".to_owned();
    assert_eq!(l.saved(), None);
}

#[test]
fn mode_and_credit_decide_what_is_recorded() {
    let with = |mode: &str, credit: bool| Launch {
        mode: LessonMode::parse(mode),
        no_credit: !credit,
        ..Launch::default()
    };
    assert_eq!(with("normal", true).recording(), Recording::Records);
    assert_eq!(with("", true).recording(), Recording::Records);
    assert_eq!(Launch::default().recording(), Recording::Records);
    assert_eq!(with("review", true).recording(), Recording::Review);
    assert_eq!(with("review", false).recording(), Recording::Review);
    assert_eq!(with("browse", false).recording(), Recording::Practice);
    assert_eq!(with("normal", false).recording(), Recording::Practice);
    let named = |n: &str| {
        Launch {
            student_name: n.into(),
            ..Launch::default()
        }
        .learner_name()
    };
    assert_eq!(named("Peserta, Uji").as_deref(), Some("Uji Peserta"));
    assert_eq!(named("Siti Aminah").as_deref(), Some("Siti Aminah"));
    assert_eq!(named("  "), None);
}
