//! `cmi.interactions`: one record per answered question, so an LMS's interactions report
//! (Moodle: *Interactions*) shows which question a class gets wrong.
//!
//! Within SCORM 1.2's vocabulary and lengths (RTE 3.4.2.6): `type` is `true-false`, `choice`,
//! `sequencing` or `matching`; a response is single characters per item — options and steps
//! by their authored position (`a`, `b`, …), true/false as `t`/`f`, matching as
//! `<left number>.<right letter>` pairs (`1.b,2.a`); `result` is `correct`, `wrong` or, for
//! partial credit, the credit in percent; `latency` a `CMITimespan`; `time` a `CMITime` (UTC).
//!
//! SCORM 2004 (RTE 4.2.9) names the same items the same way with its own delimiters and words:
//! `true`/`false`, `a[,]c`, `1[.]b[,]2[.]a`; `learner_response`, `incorrect`, an ISO 8601
//! `latency` and `timestamp`.
//!
//! Pure: the question, the answer and the clock values come in; element names and values go out.

use super::time::{iso_duration, session_time, timestamp};
use super::Edition;
use crate::domain::course::{Question, QuestionKind};
use crate::domain::quiz::{Answer, AnswerRecord, Millis, FULL};

/// One item of a response or a correct pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// A true/false answer.
    Flag(bool),
    /// An option or a step, by its authored position's letter.
    Item(char),
    /// A matching pair: the left side's number (from 1), the right side's letter.
    Pair(usize, char),
}

/// One interaction's values (without its index), edition-neutral.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interaction {
    /// `cmi.interactions.n.id`: the question's id (an identifier: no spaces).
    pub id: String,
    /// `cmi.interactions.n.type` (the same words in both editions).
    pub kind: &'static str,
    /// What the learner answered.
    pub response: Vec<Part>,
    /// The correct response.
    pub pattern: Vec<Part>,
    /// The credit, out of [`FULL`].
    pub credit: u32,
    /// Milliseconds from the previous answer (or the attempt's start).
    pub latency: Millis,
    /// When it was answered (Unix milliseconds).
    pub at: Millis,
}

/// The most items SCORM 1.2's single-character responses can name.
const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz";

fn letter(position: usize) -> Option<char> {
    LETTERS.get(position).map(|b| char::from(*b))
}

fn letters(ids: &[String], order: &[String]) -> Option<Vec<Part>> {
    order
        .iter()
        .map(|id| {
            ids.iter()
                .position(|x| x == id)
                .and_then(letter)
                .map(Part::Item)
        })
        .collect()
}

/// The interaction for `record`, an answer to `question` given `since` the previous answer
/// (or the attempt's start). `None` when the answer does not fit the question or names more
/// items than SCORM 1.2's single characters can.
#[must_use]
pub fn interaction(
    question: &Question,
    record: &AnswerRecord,
    since: Millis,
) -> Option<Interaction> {
    let (kind, response, pattern) = match (&question.kind, &record.answer) {
        (QuestionKind::TrueFalse { answer, .. }, Answer::TrueFalse(said)) => (
            "true-false",
            vec![Part::Flag(*said)],
            vec![Part::Flag(*answer)],
        ),
        (QuestionKind::Single { options }, Answer::Single(chosen)) => {
            choice(options, std::slice::from_ref(chosen))?
        }
        (QuestionKind::Multiple { options }, Answer::Multiple(chosen)) => choice(options, chosen)?,
        (QuestionKind::Ordering { steps }, Answer::Ordering(order)) => {
            let ids: Vec<String> = steps.iter().map(|s| s.id.clone()).collect();
            ("sequencing", letters(&ids, order)?, letters(&ids, &ids)?)
        }
        (QuestionKind::Matching { pairs }, Answer::Matching(chosen)) => {
            let ids: Vec<String> = pairs.iter().map(|p| p.id.clone()).collect();
            let pair = |left: &String, right: &String| -> Option<Part> {
                let l = ids.iter().position(|x| x == left)?;
                let r = ids.iter().position(|x| x == right).and_then(letter)?;
                Some(Part::Pair(l + 1, r))
            };
            let response = chosen
                .iter()
                .map(|(l, r)| pair(l, r))
                .collect::<Option<Vec<_>>>()?;
            let pattern = ids
                .iter()
                .map(|id| pair(id, id))
                .collect::<Option<Vec<_>>>()?;
            ("matching", response, pattern)
        }
        _ => return None,
    };
    Some(Interaction {
        id: question.id.to_string(),
        kind,
        response,
        pattern,
        credit: record.credit,
        latency: record.answered_at - since,
        at: record.answered_at,
    })
}

/// A choice question's type, response and pattern: options by their authored position.
fn choice(
    options: &[crate::domain::course::Choice],
    picked: &[String],
) -> Option<(&'static str, Vec<Part>, Vec<Part>)> {
    let ids: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
    let key: Vec<String> = options
        .iter()
        .filter(|o| o.correct)
        .map(|o| o.id.clone())
        .collect();
    Some(("choice", letters(&ids, picked)?, letters(&ids, &key)?))
}

/// `HH:MM:SS` of a Unix time in milliseconds, UTC.
fn clock_time(at: Millis) -> String {
    let seconds = at.div_euclid(1000).rem_euclid(86_400);
    format!(
        "{:02}:{:02}:{:02}",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// `parts` in `edition`'s words and delimiters.
fn text(edition: Edition, parts: &[Part]) -> String {
    let (t, f, pair, between) = match edition {
        Edition::Scorm12 => ("t", "f", ".", ","),
        Edition::Scorm2004 => ("true", "false", "[.]", "[,]"),
    };
    parts
        .iter()
        .map(|p| match p {
            Part::Flag(true) => t.to_owned(),
            Part::Flag(false) => f.to_owned(),
            Part::Item(c) => c.to_string(),
            Part::Pair(l, r) => format!("{l}{pair}{r}"),
        })
        .collect::<Vec<_>>()
        .join(between)
}

/// The data-model elements of `interaction` at index `n` in `edition`, in the order to set
/// them (`id` first: it creates the record in the LMS).
#[must_use]
pub fn elements(edition: Edition, n: usize, i: &Interaction) -> Vec<(String, String)> {
    let at = |field: &str| format!("cmi.interactions.{n}.{field}");
    let result = match (i.credit, edition) {
        (FULL, _) => "correct".to_owned(),
        (0, Edition::Scorm12) => "wrong".to_owned(),
        (0, Edition::Scorm2004) => "incorrect".to_owned(),
        (c, _) => (c / 10).to_string(),
    };
    match edition {
        Edition::Scorm12 => vec![
            (at("id"), i.id.clone()),
            (at("type"), i.kind.to_owned()),
            (at("student_response"), text(edition, &i.response)),
            (at("correct_responses.0.pattern"), text(edition, &i.pattern)),
            (at("result"), result),
            (at("latency"), session_time(i.latency)),
            (at("time"), clock_time(i.at)),
        ],
        Edition::Scorm2004 => vec![
            (at("id"), i.id.clone()),
            (at("type"), i.kind.to_owned()),
            (at("timestamp"), timestamp(i.at)),
            (at("learner_response"), text(edition, &i.response)),
            (at("correct_responses.0.pattern"), text(edition, &i.pattern)),
            (at("result"), result),
            (at("latency"), iso_duration(i.latency)),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::course::{Choice, Pair, Step};
    use crate::domain::ids::QuestionId;

    fn q(kind: QuestionKind) -> Question {
        Question {
            id: QuestionId::parse("ppm-05").unwrap_or_else(|_| unreachable!()),
            prompt: "?".into(),
            explanation: "karena".into(),
            usage: crate::domain::pretest::ItemUse::Post,
            lesson: None,
            kind,
        }
    }
    fn record(answer: Answer, credit: u32) -> AnswerRecord {
        AnswerRecord {
            attempt: "a1".into(),
            question: QuestionId::parse("ppm-05").unwrap_or_else(|_| unreachable!()),
            answer,
            credit,
            // 2026-12-07 01:02:03.500 UTC
            answered_at: 1_796_605_323_500,
        }
    }
    fn choice(id: &str, correct: bool) -> Choice {
        Choice {
            id: id.into(),
            text: id.into(),
            correct,
            feedback: String::new(),
        }
    }
    fn ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }
    /// `field` of interaction 0 in `edition`.
    fn get(edition: Edition, i: &Interaction, field: &str) -> String {
        let name = format!("cmi.interactions.0.{field}");
        elements(edition, 0, i)
            .into_iter()
            .find(|(k, _)| k == &name)
            .map(|(_, v)| v)
            .unwrap_or_default()
    }
    /// Type, response, pattern and result in SCORM 1.2.
    fn v12(i: &Interaction) -> (String, String, String, String) {
        let e = Edition::Scorm12;
        (
            get(e, i, "type"),
            get(e, i, "student_response"),
            get(e, i, "correct_responses.0.pattern"),
            get(e, i, "result"),
        )
    }
    fn owned(t: (&str, &str, &str, &str)) -> (String, String, String, String) {
        (t.0.into(), t.1.into(), t.2.into(), t.3.into())
    }

    #[test]
    fn every_type_in_scorm_12_vocabulary() {
        let tf = q(QuestionKind::TrueFalse {
            answer: false,
            feedback_true: String::new(),
            feedback_false: String::new(),
        });
        let i = interaction(&tf, &record(Answer::TrueFalse(true), 0), 1_796_605_300_000)
            .unwrap_or_else(|| unreachable!());
        assert_eq!(v12(&i), owned(("true-false", "t", "f", "wrong")));
        assert_eq!(
            (
                get(Edition::Scorm12, &i, "latency"),
                get(Edition::Scorm12, &i, "time")
            ),
            ("0000:00:23.50".to_owned(), "01:02:03".to_owned())
        );
        let e = Edition::Scorm2004;
        assert_eq!(
            (
                get(e, &i, "learner_response"),
                get(e, &i, "correct_responses.0.pattern"),
                get(e, &i, "result"),
                get(e, &i, "latency"),
                get(e, &i, "timestamp"),
            ),
            (
                "true".to_owned(),
                "false".to_owned(),
                "incorrect".to_owned(),
                "PT23.5S".to_owned(),
                "2026-12-07T01:02:03.5Z".to_owned()
            )
        );

        let multi = q(QuestionKind::Multiple {
            options: vec![choice("x", true), choice("y", false), choice("z", true)],
        });
        let i = interaction(&multi, &record(Answer::Multiple(ids(&["z"])), 500), 0)
            .unwrap_or_else(|| unreachable!());
        assert_eq!(v12(&i), owned(("choice", "c", "a,c", "50")));
        assert_eq!(
            get(Edition::Scorm2004, &i, "correct_responses.0.pattern"),
            "a[,]c"
        );
        let single = q(QuestionKind::Single {
            options: vec![choice("x", false), choice("y", true)],
        });
        let i = interaction(&single, &record(Answer::Single("y".into()), FULL), 0)
            .unwrap_or_else(|| unreachable!());
        let (_, response, _, result) = v12(&i);
        assert_eq!((response.as_str(), result.as_str()), ("b", "correct"));

        let step = |id: &str| Step {
            id: id.into(),
            text: id.into(),
            feedback: String::new(),
        };
        let order = q(QuestionKind::Ordering {
            steps: vec![step("s1"), step("s2"), step("s3")],
        });
        let i = interaction(
            &order,
            &record(Answer::Ordering(ids(&["s2", "s1", "s3"])), 333),
            0,
        )
        .unwrap_or_else(|| unreachable!());
        assert_eq!(v12(&i), owned(("sequencing", "b,a,c", "a,b,c", "33")));
        assert_eq!(get(Edition::Scorm2004, &i, "learner_response"), "b[,]a[,]c");

        let pair = |id: &str| Pair {
            id: id.into(),
            left: id.into(),
            right: id.into(),
            feedback: String::new(),
        };
        let matching = q(QuestionKind::Matching {
            pairs: vec![pair("p"), pair("q")],
        });
        let answer = Answer::Matching(vec![("p".into(), "q".into()), ("q".into(), "p".into())]);
        let i = interaction(&matching, &record(answer, 0), 0).unwrap_or_else(|| unreachable!());
        assert_eq!(v12(&i), owned(("matching", "1.b,2.a", "1.a,2.b", "wrong")));
        assert_eq!(
            get(Edition::Scorm2004, &i, "learner_response"),
            "1[.]b[,]2[.]a"
        );
        let els = elements(Edition::Scorm12, 3, &i);
        assert_eq!(
            els[0],
            ("cmi.interactions.3.id".to_owned(), "ppm-05".to_owned())
        );
        assert!(els
            .iter()
            .all(|(k, v)| k.starts_with("cmi.interactions.3.") && v.len() <= 255));
    }

    #[test]
    fn an_answer_that_does_not_fit_gives_none() {
        let tf = q(QuestionKind::TrueFalse {
            answer: true,
            feedback_true: String::new(),
            feedback_false: String::new(),
        });
        assert_eq!(
            interaction(&tf, &record(Answer::Single("a".into()), 0), 0),
            None
        );
    }
}
