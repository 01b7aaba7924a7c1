//! An answer as xAPI's `cmi.interaction` (xAPI 1.0.3, 2.4.4.1.5 "Interaction Activities"):
//! the question's definition — `interactionType`, the options, steps or pairs with the
//! pack's own ids, the right response — and the learner's response, both in xAPI's response
//! syntax, so an LRS report can do item analysis (which option the class chose).
//!
//! | question | `interactionType` | components | pattern and response |
//! |---|---|---|---|
//! | single, multiple | `choice` | `choices` (option ids) | ids joined by `[,]` (`a[,]c`) |
//! | true/false | `true-false` | none | `true` or `false` |
//! | ordering | `sequencing` | `choices` (step ids) | step ids in order, `[,]` |
//! | matching | `matching` | `source` (left items), `target` (right items), both by pair id | `left[.]right` pairs joined by `[,]` |
//!
//! A matching response `p[.]q` says the left item of pair `p` was matched with the right
//! item of pair `q`. Pure: the question and the answer in, the values out.

use super::xapi::{Component, Text};
use crate::domain::course::{Question, QuestionKind};
use crate::domain::quiz::Answer;

/// The `cmi.interaction` values of one answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Interaction {
    /// `interactionType`.
    pub kind: &'static str,
    /// The right response (one pattern).
    pub pattern: String,
    /// What the learner answered.
    pub response: String,
    /// Options or steps (`choices`).
    pub choices: Option<Vec<Component>>,
    /// Matching: the left items.
    pub source: Option<Vec<Component>>,
    /// Matching: the right items.
    pub target: Option<Vec<Component>>,
}

fn component(id: &str, text: &str) -> Component {
    Component {
        id: id.to_owned(),
        description: Text::new(text),
    }
}

fn list(ids: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    ids.into_iter()
        .map(|s| s.as_ref().to_owned())
        .collect::<Vec<_>>()
        .join("[,]")
}

/// The interaction for `answer` to `question`; `None` when the answer does not fit the
/// question (another type, an id the question does not have).
#[must_use]
pub fn interaction(question: &Question, answer: &Answer) -> Option<Interaction> {
    let none = || (None, None, None);
    let (kind, pattern, response, (choices, source, target)) = match (&question.kind, answer) {
        (QuestionKind::Single { options }, Answer::Single(chosen)) => {
            options.iter().any(|o| &o.id == chosen).then_some(())?;
            let key = options.iter().filter(|o| o.correct).map(|o| o.id.as_str());
            let all = options.iter().map(|o| component(&o.id, &o.text)).collect();
            ("choice", list(key), chosen.clone(), (Some(all), None, None))
        }
        (QuestionKind::Multiple { options }, Answer::Multiple(chosen)) => {
            chosen
                .iter()
                .all(|c| options.iter().any(|o| &o.id == c))
                .then_some(())?;
            let key = options.iter().filter(|o| o.correct).map(|o| o.id.as_str());
            let all = options.iter().map(|o| component(&o.id, &o.text)).collect();
            // In the options' own order, as the pattern is (xAPI compares sets for choice).
            let picked = options
                .iter()
                .filter(|o| chosen.contains(&o.id))
                .map(|o| o.id.as_str());
            ("choice", list(key), list(picked), (Some(all), None, None))
        }
        (QuestionKind::TrueFalse { answer: key, .. }, Answer::TrueFalse(said)) => {
            ("true-false", key.to_string(), said.to_string(), none())
        }
        (QuestionKind::Ordering { steps }, Answer::Ordering(order)) => {
            order
                .iter()
                .all(|id| steps.iter().any(|s| &s.id == id))
                .then_some(())?;
            let all = steps.iter().map(|s| component(&s.id, &s.text)).collect();
            (
                "sequencing",
                list(steps.iter().map(|s| s.id.as_str())),
                list(order),
                (Some(all), None, None),
            )
        }
        (QuestionKind::Matching { pairs }, Answer::Matching(chosen)) => {
            let known = |id: &String| pairs.iter().any(|p| &p.id == id);
            chosen
                .iter()
                .all(|(l, r)| known(l) && known(r))
                .then_some(())?;
            let source = pairs.iter().map(|p| component(&p.id, &p.left)).collect();
            let target = pairs.iter().map(|p| component(&p.id, &p.right)).collect();
            (
                "matching",
                list(pairs.iter().map(|p| format!("{0}[.]{0}", p.id))),
                list(chosen.iter().map(|(l, r)| format!("{l}[.]{r}"))),
                (None, Some(source), Some(target)),
            )
        }
        _ => return None,
    };
    Some(Interaction {
        kind,
        pattern,
        response,
        choices,
        source,
        target,
    })
}
