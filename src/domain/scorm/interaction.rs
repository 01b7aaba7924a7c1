//! `cmi.interactions` for SCORM 1.2: one record per answered question, so an LMS's
//! interactions report (Moodle: *Interactions*) shows which question a class gets wrong.
//!
//! Within SCORM 1.2's vocabulary and lengths (RTE 3.4.2.6): `type` is `true-false`, `choice`,
//! `sequencing` or `matching`; a response is single characters per item — options and steps
//! by their authored position (`a`, `b`, …), true/false as `t`/`f`, matching as
//! `<left number>.<right letter>` pairs (`1.b,2.a`); `result` is `correct`, `wrong` or, for
//! partial credit, the credit in percent; `latency` a `CMITimespan`; `time` a `CMITime` (UTC).
//!
//! Pure: the question, the answer and the clock values come in; element names and values go out.

use super::time::session_time;
use crate::domain::course::{Question, QuestionKind};
use crate::domain::quiz::{Answer, AnswerRecord, Millis, FULL};

/// One interaction's values (without its index).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interaction {
    /// `cmi.interactions.n.id`: the question's id (an identifier: no spaces).
    pub id: String,
    /// `cmi.interactions.n.type`.
    pub kind: &'static str,
    /// `cmi.interactions.n.student_response`.
    pub response: String,
    /// `cmi.interactions.n.correct_responses.0.pattern`.
    pub pattern: String,
    /// `cmi.interactions.n.result`.
    pub result: String,
    /// `cmi.interactions.n.latency`: from the previous answer (or the attempt's start).
    pub latency: String,
    /// `cmi.interactions.n.time`: when it was answered, `HH:MM:SS` UTC.
    pub time: String,
}

/// The most items SCORM 1.2's single-character responses can name.
const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz";

fn letter(position: usize) -> Option<char> {
    LETTERS.get(position).map(|b| char::from(*b))
}

fn letters(ids: &[String], order: &[String]) -> Option<String> {
    order
        .iter()
        .map(|id| ids.iter().position(|x| x == id).and_then(letter))
        .collect::<Option<Vec<char>>>()
        .map(|v| v.iter().map(char::to_string).collect::<Vec<_>>().join(","))
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
            if *said { "t" } else { "f" }.to_owned(),
            if *answer { "t" } else { "f" }.to_owned(),
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
            let pair = |left: &String, right: &String| -> Option<String> {
                let l = ids.iter().position(|x| x == left)?;
                let r = ids.iter().position(|x| x == right).and_then(letter)?;
                Some(format!("{}.{r}", l + 1))
            };
            let response = chosen
                .iter()
                .map(|(l, r)| pair(l, r))
                .collect::<Option<Vec<_>>>()?
                .join(",");
            let pattern = ids
                .iter()
                .map(|id| pair(id, id))
                .collect::<Option<Vec<_>>>()?
                .join(",");
            ("matching", response, pattern)
        }
        _ => return None,
    };
    let result = match record.credit {
        FULL => "correct".to_owned(),
        0 => "wrong".to_owned(),
        c => (c / 10).to_string(),
    };
    Some(Interaction {
        id: question.id.to_string(),
        kind,
        response,
        pattern,
        result,
        latency: session_time(record.answered_at - since),
        time: clock_time(record.answered_at),
    })
}

/// A choice question's type, response and pattern: options by their authored position.
fn choice(
    options: &[crate::domain::course::Choice],
    picked: &[String],
) -> Option<(&'static str, String, String)> {
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

/// The data-model elements of `interaction` at index `n`, in the order to set them (`id`
/// first: it creates the record in the LMS).
#[must_use]
pub fn elements(n: usize, i: &Interaction) -> Vec<(String, String)> {
    let at = |field: &str| format!("cmi.interactions.{n}.{field}");
    vec![
        (at("id"), i.id.clone()),
        (at("type"), i.kind.to_owned()),
        (at("student_response"), i.response.clone()),
        (at("correct_responses.0.pattern"), i.pattern.clone()),
        (at("result"), i.result.clone()),
        (at("latency"), i.latency.clone()),
        (at("time"), i.time.clone()),
    ]
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

    #[test]
    fn every_type_in_scorm_12_vocabulary() {
        let tf = q(QuestionKind::TrueFalse {
            answer: false,
            feedback_true: String::new(),
            feedback_false: String::new(),
        });
        let i = interaction(&tf, &record(Answer::TrueFalse(true), 0), 1_796_605_300_000)
            .unwrap_or_else(|| unreachable!());
        assert_eq!(
            (
                i.kind,
                i.response.as_str(),
                i.pattern.as_str(),
                i.result.as_str()
            ),
            ("true-false", "t", "f", "wrong")
        );
        assert_eq!(
            (i.latency.as_str(), i.time.as_str()),
            ("0000:00:23.50", "01:02:03")
        );

        let multi = q(QuestionKind::Multiple {
            options: vec![choice("x", true), choice("y", false), choice("z", true)],
        });
        let i = interaction(&multi, &record(Answer::Multiple(ids(&["z"])), 500), 0)
            .unwrap_or_else(|| unreachable!());
        assert_eq!(
            (
                i.kind,
                i.response.as_str(),
                i.pattern.as_str(),
                i.result.as_str()
            ),
            ("choice", "c", "a,c", "50")
        );
        let single = q(QuestionKind::Single {
            options: vec![choice("x", false), choice("y", true)],
        });
        let i = interaction(&single, &record(Answer::Single("y".into()), FULL), 0)
            .unwrap_or_else(|| unreachable!());
        assert_eq!((i.response.as_str(), i.result.as_str()), ("b", "correct"));

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
        assert_eq!(
            (i.kind, i.response.as_str(), i.pattern.as_str()),
            ("sequencing", "b,a,c", "a,b,c")
        );

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
        assert_eq!(
            (i.kind, i.response.as_str(), i.pattern.as_str()),
            ("matching", "1.b,2.a", "1.a,2.b")
        );
        let els = elements(3, &i);
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
