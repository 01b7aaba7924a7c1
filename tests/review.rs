//! *Ulang soal yang salah* (issue 29, item 2), the rules with the clock moved: what enters the
//! queue, the Leitner boxes (1, 3, 7 and 21 days), a review answer right or wrong, the first
//! answer winning over a second tab's, a session of at most ten due questions oldest first, the
//! learner's own calendar day, a content update (a question removed leaves, a changed key
//! restarts at box 1), the key's fingerprint, and the checks an import makes. The queue's trip
//! through export and import: `tests/transfer.rs`; through both storage adapters:
//! `src/storage/contract/review.rs`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use bimtek::domain::course::{Choice, Pair, Question, QuestionKind, Step as OrderStep};
use bimtek::domain::ids::{ModuleId, QuestionId};
use bimtek::domain::pretest::ItemUse;
use bimtek::domain::quiz::FULL;
use bimtek::domain::review::{
    apply, check, due_count, enters_queue, key_fingerprint, next_due_day, session, Change,
    ReviewEntry, ReviewError, Step, Today, INTERVAL_DAYS, LAST_BOX, SESSION_MAX,
};
use bimtek::domain::time::DAY;
use bimtek::i18n::Lang;

/// Jakarta, seven hours east of UTC.
const WIB: i64 = 420;
/// Day 0 of these tests: 1 December 2026, 09:00 WIB.
const START: i64 = 1_796_090_400_000;

fn day(n: i64) -> Today {
    Today::new(START + n * DAY, WIB)
}

fn module(id: &str) -> ModuleId {
    ModuleId::parse(id).unwrap()
}

fn q(id: &str) -> QuestionId {
    QuestionId::parse(id).unwrap()
}

fn choice(id: &str, text: &str, correct: bool) -> Choice {
    Choice {
        id: id.into(),
        text: text.into(),
        correct,
        feedback: format!("Umpan balik {id}."),
    }
}

fn single(id: &str) -> Question {
    Question {
        id: q(id),
        prompt: "Apa arti “melayani”?".into(),
        explanation: "Melayani berarti mendahulukan kebutuhan warga.".into(),
        usage: ItemUse::Post,
        lesson: None,
        kind: QuestionKind::Single {
            options: vec![
                choice("a", "Mendahulukan kebutuhan warga", true),
                choice("b", "Menunggu perintah atasan", false),
            ],
        },
    }
}

fn step(question: &str, change: Change) -> Step {
    Step {
        module: module("pola-pikir-melayani"),
        question: q(question),
        change,
    }
}

fn missed(question: &str) -> Step {
    step(
        question,
        Change::Missed {
            fingerprint: key_fingerprint(&single(question)),
        },
    )
}

fn answered(question: &str, seen: u8, right: bool) -> Step {
    step(
        question,
        Change::Answered {
            fingerprint: key_fingerprint(&single(question)),
            seen,
            right,
        },
    )
}

#[test]
fn only_an_answer_short_of_full_credit_enters_the_queue() {
    assert!(enters_queue(0), "wrong");
    assert!(enters_queue(500), "partly right");
    assert!(enters_queue(FULL - 1));
    assert!(!enters_queue(FULL), "right");
}

#[test]
fn a_missed_question_enters_box_one_due_the_next_day() {
    let e = apply(None, &missed("ppm-01"), day(0)).unwrap();
    assert_eq!(e.level, 1);
    assert_eq!(e.due_day, day(1).day);
    assert_eq!((e.added_at, e.updated_at), (day(0).at, day(0).at));
    assert!(!e.is_due(day(0)), "not the same day");
    assert!(e.is_due(day(1)), "the next day");
    assert!(e.is_due(day(9)), "and every day after, until answered");
    assert_eq!(e.storage_key(), "pola-pikir-melayani/ppm-01");
}

#[test]
fn right_answers_climb_the_boxes_after_1_3_7_and_21_days_then_leave() {
    assert_eq!(INTERVAL_DAYS, [1, 3, 7, 21]);
    let mut e = apply(None, &missed("ppm-01"), day(0)).unwrap();
    let mut today = 1;
    for level in 1..LAST_BOX {
        assert_eq!(e.level, level);
        assert!(e.is_due(day(today)));
        e = apply(Some(e), &answered("ppm-01", level, true), day(today)).unwrap();
        let wait = INTERVAL_DAYS[usize::from(level)];
        assert_eq!(e.level, level + 1);
        assert_eq!(
            e.due_day,
            day(today + wait).day,
            "box {} waits {wait} days",
            level + 1
        );
        assert!(!e.is_due(day(today + wait - 1)));
        today += wait;
    }
    // Day 1 → box 2 due day 4 → box 3 due day 11 → box 4 due day 32.
    assert_eq!(today, 32);
    assert!(e.is_due(day(32)));
    assert_eq!(
        apply(Some(e), &answered("ppm-01", LAST_BOX, true), day(32)),
        None,
        "a right answer in the last box takes it out of the queue"
    );
}

#[test]
fn a_wrong_or_partly_right_review_answer_goes_back_to_box_one() {
    let e = apply(None, &missed("ppm-01"), day(0)).unwrap();
    let e = apply(Some(e), &answered("ppm-01", 1, true), day(1)).unwrap();
    let e = apply(Some(e), &answered("ppm-01", 2, true), day(4)).unwrap();
    assert_eq!(e.level, 3);
    let back = apply(Some(e.clone()), &answered("ppm-01", 3, false), day(11)).unwrap();
    assert_eq!(back.level, 1);
    assert_eq!(back.due_day, day(12).day);
    assert_eq!(
        back.added_at, e.added_at,
        "still the same question, waiting as long"
    );
    assert_eq!(back.updated_at, day(11).at);
}

#[test]
fn a_post_test_miss_puts_a_queued_question_back_in_box_one() {
    let e = apply(None, &missed("ppm-01"), day(0)).unwrap();
    let e = apply(Some(e), &answered("ppm-01", 1, true), day(1)).unwrap();
    assert_eq!(e.level, 2);
    let again = apply(Some(e.clone()), &missed("ppm-01"), day(2)).unwrap();
    assert_eq!((again.level, again.due_day), (1, day(3).day));
    assert_eq!(again.added_at, e.added_at);
}

#[test]
fn the_first_answer_to_a_box_wins_over_a_second_tab() {
    let e = apply(None, &missed("ppm-01"), day(0)).unwrap();
    // Two tabs show it in box 1; the first answers right…
    let first = apply(Some(e), &answered("ppm-01", 1, true), day(1)).unwrap();
    assert_eq!(first.level, 2);
    // …the second's answer, to a box the question has left, changes nothing, right or wrong.
    for right in [true, false] {
        assert_eq!(
            apply(Some(first.clone()), &answered("ppm-01", 1, right), day(1)).as_ref(),
            Some(&first)
        );
    }
    // An answer to a question no longer queued (answered out in another tab, or a reset) does
    // not bring it back.
    assert_eq!(apply(None, &answered("ppm-01", 4, false), day(40)), None);
}

#[test]
fn the_day_is_the_learners_own_calendar_day() {
    // Missed at 23:30 WIB: due from 00:00 WIB the next day, half an hour later, not 24 hours.
    let late = START + 14 * 3_600_000 + 30 * 60_000;
    let e = apply(None, &missed("ppm-01"), Today::new(late, WIB)).unwrap();
    let after_midnight = late + 31 * 60_000;
    assert!(!e.is_due(Today::new(late + 29 * 60_000, WIB)));
    assert!(e.is_due(Today::new(after_midnight, WIB)));
    // The same instant is another day in another time zone.
    assert_eq!(
        Today::new(after_midnight, WIB).day,
        Today::new(after_midnight, 0).day + 1
    );
    // Before 1970 and far offsets do not overflow.
    assert_eq!(Today::new(-1, 0).day, -1);
    let _ = Today::new(i64::MAX, 840);
}

fn entry(question: &str, due: i64, added: i64) -> ReviewEntry {
    let mut e = apply(None, &missed(question), day(added)).unwrap();
    e.due_day = day(due).day;
    e
}

#[test]
fn a_session_holds_at_most_ten_due_questions_the_longest_waiting_first() {
    assert_eq!(SESSION_MAX, 10);
    let mut all: Vec<ReviewEntry> = (0..14)
        .map(|i| entry(&format!("ppm-{i:02}"), 5 - i % 3, i))
        .collect();
    all.push(entry("ppm-later", 9, 0));
    let today = day(5);
    let s = session(&all, today, |_| true);
    assert_eq!(s.len(), SESSION_MAX);
    assert!(s.iter().all(|e| e.is_due(today)), "only due questions");
    // The earliest due day first; within a day, the one in the queue longest.
    let order: Vec<_> = s.iter().map(|e| (e.due_day, e.added_at)).collect();
    let mut sorted = order.clone();
    sorted.sort_unstable();
    assert_eq!(order, sorted);
    assert_eq!(s[0].question.as_str(), "ppm-02", "due day 3, added day 2");
    assert_eq!(
        due_count(&all, today, |_| true),
        14,
        "the count says all that are due"
    );
    // Not due yet: no session, and the day it comes.
    let later = vec![entry("ppm-later", 9, 0)];
    assert!(session(&later, today, |_| true).is_empty());
    assert_eq!(due_count(&later, today, |_| true), 0);
    assert_eq!(next_due_day(&later, |_| true), Some(day(9).day));
    assert_eq!(next_due_day(&[], |_| true), None);
    // The order does not depend on how the store listed them.
    let mut reversed = all.clone();
    reversed.reverse();
    assert_eq!(session(&reversed, today, |_| true), s);
}

#[test]
fn a_session_and_the_count_keep_only_what_the_caller_keeps() {
    let mut other = entry("ap-01", 1, 0);
    other.module = module("agen-perubahan");
    let all = vec![entry("ppm-01", 1, 0), other];
    let one = |e: &ReviewEntry| e.module.as_str() == "agen-perubahan";
    let s = session(&all, day(1), one);
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].question.as_str(), "ap-01");
    assert_eq!(due_count(&all, day(1), one), 1);
    assert_eq!(due_count(&all, day(1), |_| true), 2);
}

#[test]
fn a_question_removed_from_the_bank_leaves_quietly() {
    let e = apply(None, &missed("ppm-01"), day(0)).unwrap();
    let s = check(&e, None).unwrap();
    assert_eq!(s.change, Change::Removed);
    assert_eq!(apply(Some(e), &s, day(1)), None);
}

#[test]
fn a_question_whose_key_changed_restarts_at_box_one() {
    let e = apply(None, &missed("ppm-01"), day(0)).unwrap();
    let e = apply(Some(e), &answered("ppm-01", 1, true), day(1)).unwrap();
    let e = apply(Some(e), &answered("ppm-01", 2, true), day(4)).unwrap();
    assert_eq!((e.level, e.due_day), (3, day(11).day));
    // Unchanged: nothing to do.
    assert_eq!(check(&e, Some(&single("ppm-01"))), None);
    // The author made "b" the right answer.
    let mut changed = single("ppm-01");
    if let QuestionKind::Single { options } = &mut changed.kind {
        options[0].correct = false;
        options[1].correct = true;
    }
    let s = check(&e, Some(&changed)).unwrap();
    let restarted = apply(Some(e.clone()), &s, day(6)).unwrap();
    assert_eq!(restarted.level, 1);
    assert_eq!(
        restarted.due_day,
        day(7).day,
        "box 1's wait, never later than it was"
    );
    assert_eq!(restarted.fingerprint, key_fingerprint(&changed));
    assert_eq!(restarted.added_at, e.added_at);
    // One already due stays due today.
    let mut due = e.clone();
    due.due_day = day(6).day;
    assert_eq!(apply(Some(due), &s, day(6)).unwrap().due_day, day(6).day);
    // The same change seen twice (two tabs) is applied once.
    assert_eq!(
        apply(Some(restarted.clone()), &s, day(8)),
        Some(restarted.clone())
    );
    assert_eq!(
        apply(None, &s, day(6)),
        None,
        "not queued: nothing to restart"
    );
    // A review answer given to the new key counts from box 1, whatever box the old key was in.
    let answer = Step {
        change: Change::Answered {
            fingerprint: key_fingerprint(&changed),
            seen: 3,
            right: true,
        },
        ..s
    };
    let up = apply(Some(e), &answer, day(11)).unwrap();
    assert_eq!((up.level, up.due_day), (2, day(14).day));
}

#[test]
fn the_fingerprint_follows_the_key_not_the_wording() {
    let base = single("ppm-01");
    let fp = key_fingerprint(&base);
    assert_eq!(fp.len(), 16);
    assert!(fp
        .bytes()
        .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
    // Reworded prompt, explanation, feedback; options listed in another order: the same key.
    let mut reworded = base.clone();
    reworded.prompt = "Apa makna melayani?".into();
    reworded.explanation = "Lain kata.".into();
    if let QuestionKind::Single { options } = &mut reworded.kind {
        options[0].feedback = "Benar sekali.".into();
        options.reverse();
    }
    assert_eq!(key_fingerprint(&reworded), fp);
    // What makes an answer right changes it.
    let mut texts = base.clone();
    if let QuestionKind::Single { options } = &mut texts.kind {
        options.swap(0, 1);
        let (a, b) = (options[0].text.clone(), options[1].text.clone());
        options[0].text = b;
        options[1].text = a;
    }
    assert_ne!(
        key_fingerprint(&texts),
        fp,
        "the right option's text moved to another id"
    );
    let mut multiple = base.clone();
    if let QuestionKind::Single { options } = &base.kind {
        multiple.kind = QuestionKind::Multiple {
            options: options.clone(),
        };
    }
    assert_ne!(key_fingerprint(&multiple), fp, "another kind");
    let tf = |answer| Question {
        kind: QuestionKind::TrueFalse {
            answer,
            feedback_true: String::new(),
            feedback_false: String::new(),
        },
        ..base.clone()
    };
    assert_ne!(key_fingerprint(&tf(true)), key_fingerprint(&tf(false)));
    let order = |ids: &[&str]| Question {
        kind: QuestionKind::Ordering {
            steps: ids
                .iter()
                .map(|id| OrderStep {
                    id: (*id).into(),
                    text: format!("Langkah {id}"),
                    feedback: String::new(),
                })
                .collect(),
        },
        ..base.clone()
    };
    assert_ne!(
        key_fingerprint(&order(&["a", "b"])),
        key_fingerprint(&order(&["b", "a"]))
    );
    let pairs = |right: &str| Question {
        kind: QuestionKind::Matching {
            pairs: vec![
                Pair {
                    id: "p".into(),
                    left: "SKP".into(),
                    right: right.into(),
                    feedback: String::new(),
                },
                Pair {
                    id: "q".into(),
                    left: "SPM".into(),
                    right: "Standar pelayanan".into(),
                    feedback: String::new(),
                },
            ],
        },
        ..base.clone()
    };
    assert_ne!(
        key_fingerprint(&pairs("Sasaran kinerja")),
        key_fingerprint(&pairs("Lain"))
    );
}

#[test]
fn every_key_has_a_fingerprint_of_its_own() {
    let base = single("ppm-01");
    // Every choice of key among four options is a key of its own (the options' hashes are
    // summed; a change in two of them never cancels out).
    let four = |key: u8| Question {
        kind: QuestionKind::Multiple {
            options: (0..4)
                .map(|i| {
                    choice(
                        &format!("o{i}"),
                        &format!("Pilihan {i}"),
                        key & (1 << i) != 0,
                    )
                })
                .collect(),
        },
        ..base.clone()
    };
    let all: std::collections::HashSet<String> =
        (0..16).map(|k| key_fingerprint(&four(k))).collect();
    assert_eq!(all.len(), 16);
    // No text can run into the next field: "ab"+"c" is not "a"+"bc".
    let two = |a: &str, b: &str| Question {
        kind: QuestionKind::Single {
            options: vec![choice("x", a, true), choice("y", b, false)],
        },
        ..base.clone()
    };
    assert_ne!(
        key_fingerprint(&two("ab", "c")),
        key_fingerprint(&two("a", "bc"))
    );
}

#[test]
fn an_imported_entry_is_checked() {
    let good = apply(None, &missed("ppm-01"), day(0)).unwrap();
    assert_eq!(good.validate(), Ok(()));
    let bad = |f: &dyn Fn(&mut ReviewEntry)| {
        let mut e = good.clone();
        f(&mut e);
        e.validate()
    };
    assert_eq!(bad(&|e| e.level = 0), Err(ReviewError::NoSuchBox(0)));
    assert_eq!(bad(&|e| e.level = 5), Err(ReviewError::NoSuchBox(5)));
    for fp in [
        "",
        "0123456789abcde",
        "0123456789ABCDEF",
        "0123456789abcdeg",
        "<b>0123456789ab</b>",
    ] {
        assert_eq!(
            bad(&|e| e.fingerprint = fp.into()),
            Err(ReviewError::BadFingerprint),
            "{fp:?}"
        );
    }
    assert_eq!(bad(&|e| e.added_at = -1), Err(ReviewError::BadTime));
    assert_eq!(
        bad(&|e| e.updated_at = e.added_at - 1),
        Err(ReviewError::BadTime)
    );
    assert_eq!(bad(&|e| e.due_day = -1), Err(ReviewError::BadTime));
    assert_eq!(
        bad(&|e| e.due_day = day(23).day),
        Err(ReviewError::BadTime),
        "further than any box sets"
    );
    assert_eq!(bad(&|e| e.due_day = day(22).day), Ok(()));
    // Said in both languages.
    for e in [
        ReviewError::NoSuchBox(9),
        ReviewError::BadFingerprint,
        ReviewError::BadTime,
    ] {
        let (id, en) = (e.message(Lang::Id), e.message(Lang::En));
        assert!(!id.is_empty() && !en.is_empty() && id != en);
        assert_eq!(e.to_string(), id);
    }
    assert!(ReviewError::NoSuchBox(9).message(Lang::Id).contains('9'));
}
