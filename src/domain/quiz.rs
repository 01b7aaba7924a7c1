//! The quiz engine: drawing and shuffling questions, grading answers, scoring attempts.
//!
//! Pure: the seed and the clock are arguments. Questions come from validated content
//! ([`super::course`], mapped from the pack by `content::model`), so their answer keys are known to be well formed.
//!
//! Scoring rules (shown to learners on the quiz page):
//! - single choice and true/false: all or nothing;
//! - multiple choice: (correct options chosen − wrong options chosen) ÷ correct options,
//!   never below zero; full marks only for exactly the right set;
//! - ordering: the share of steps in their right place;
//! - matching: the share of pairs matched right.
//!
//! Credit is kept in thousandths ([`FULL`] = one whole question) so that sums are exact.

use serde::{Deserialize, Serialize};

use super::saved::AnswerV1;

use super::course::{Question, QuestionKind};
use super::rng::{hash_str, shuffle};

mod attempt;
pub use attempt::{
    attempts_left, next_unanswered, score, start_attempt, AnswerRecord, Attempt, Score,
};

/// Unix time in milliseconds, always passed in by the caller.
pub type Millis = i64;

/// Credit for a fully right answer.
pub const FULL: u32 = 1000;

/// A learner's answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "AnswerV1", into = "AnswerV1")]
pub enum Answer {
    /// The chosen option id.
    Single(String),
    /// The chosen option ids.
    Multiple(Vec<String>),
    /// "True" or "false".
    TrueFalse(bool),
    /// Step ids in the learner's order.
    Ordering(Vec<String>),
    /// `(left pair id, id of the pair whose right side was chosen)`, one per left item.
    Matching(Vec<(String, String)>),
}

/// Why an answer cannot be graded against a question.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    /// The answer is for another question type.
    #[error("jenis jawaban tidak cocok dengan jenis soal")]
    WrongType,
    /// An id that the question does not have.
    #[error("pilihan tidak dikenal: {0}")]
    UnknownItem(String),
    /// Nothing chosen, or not every step/pair placed exactly once.
    #[error("jawaban belum lengkap")]
    Incomplete,
}

/// Feedback on one option, step or pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemFeedback {
    /// Option/step/pair id.
    pub id: String,
    /// Its text (for a pair: the left item).
    pub text: String,
    /// For a pair: the right item that belongs to it.
    pub matches: Option<String>,
    /// The author's explanation of this item.
    pub feedback: String,
    /// Did the learner choose it (choices, true/false)?
    pub chosen: bool,
    /// Is it part of the answer key (choices), or placed/matched right (ordering, matching)?
    pub correct: bool,
}

/// How right an answer was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Full credit.
    Correct,
    /// Some credit.
    Partial,
    /// No credit.
    Wrong,
}

/// A graded answer: credit and the feedback to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Graded {
    /// 0..=[`FULL`].
    pub credit: u32,
    /// Feedback lines, in the order to show them.
    pub items: Vec<ItemFeedback>,
}

impl Graded {
    /// Right, partly right or wrong.
    #[must_use]
    pub fn verdict(&self) -> Verdict {
        match self.credit {
            FULL => Verdict::Correct,
            0 => Verdict::Wrong,
            _ => Verdict::Partial,
        }
    }
}

fn share(right: usize, total: usize) -> u32 {
    if total == 0 {
        return 0;
    }
    u32::try_from(right * FULL as usize / total).unwrap_or(0)
}

/// The item id of "true" in a true/false question's feedback and form.
pub const TRUE_ID: &str = "benar";
/// The item id of "false" in a true/false question's feedback and form.
pub const FALSE_ID: &str = "salah";

/// Grades `answer` against `question`.
///
/// # Errors
/// [`AnswerError`] when the answer does not fit the question (the UI prevents this; imports
/// and old records are checked with it).
#[allow(
    clippy::too_many_lines,
    reason = "one arm per question type reads best side by side"
)]
pub fn grade(question: &Question, answer: &Answer) -> Result<Graded, AnswerError> {
    match (&question.kind, answer) {
        (QuestionKind::Single { options }, Answer::Single(chosen)) => {
            let pick = options
                .iter()
                .find(|o| &o.id == chosen)
                .ok_or_else(|| AnswerError::UnknownItem(chosen.clone()))?;
            let mut items = vec![ItemFeedback {
                id: pick.id.clone(),
                text: pick.text.clone(),
                matches: None,
                feedback: pick.feedback.clone(),
                chosen: true,
                correct: pick.correct,
            }];
            if !pick.correct {
                items.extend(options.iter().filter(|o| o.correct).map(|o| ItemFeedback {
                    id: o.id.clone(),
                    text: o.text.clone(),
                    matches: None,
                    feedback: o.feedback.clone(),
                    chosen: false,
                    correct: true,
                }));
            }
            Ok(Graded {
                credit: if pick.correct { FULL } else { 0 },
                items,
            })
        }
        (QuestionKind::Multiple { options }, Answer::Multiple(chosen)) => {
            if chosen.is_empty() {
                return Err(AnswerError::Incomplete);
            }
            if let Some(bad) = chosen.iter().find(|c| !options.iter().any(|o| &o.id == *c)) {
                return Err(AnswerError::UnknownItem(bad.clone()));
            }
            let key = options.iter().filter(|o| o.correct).count();
            let right = options
                .iter()
                .filter(|o| o.correct && chosen.contains(&o.id))
                .count();
            let wrong = options
                .iter()
                .filter(|o| !o.correct && chosen.contains(&o.id))
                .count();
            let credit = if right == key && wrong == 0 {
                FULL
            } else {
                share(right.saturating_sub(wrong), key).min(FULL - 1)
            };
            let items = options
                .iter()
                .map(|o| {
                    let picked = chosen.contains(&o.id);
                    ItemFeedback {
                        id: o.id.clone(),
                        text: o.text.clone(),
                        matches: None,
                        feedback: o.feedback.clone(),
                        chosen: picked,
                        correct: o.correct,
                    }
                })
                .collect();
            Ok(Graded { credit, items })
        }
        (
            QuestionKind::TrueFalse {
                answer: key,
                feedback_true,
                feedback_false,
            },
            Answer::TrueFalse(said),
        ) => {
            let feedback = if *said { feedback_true } else { feedback_false };
            Ok(Graded {
                credit: if said == key { FULL } else { 0 },
                items: vec![ItemFeedback {
                    id: if *said { TRUE_ID } else { FALSE_ID }.to_owned(),
                    text: String::new(),
                    matches: None,
                    feedback: feedback.clone(),
                    chosen: true,
                    correct: said == key,
                }],
            })
        }
        (QuestionKind::Ordering { steps }, Answer::Ordering(order)) => {
            let mut sorted = order.clone();
            sorted.sort();
            let mut ids: Vec<String> = steps.iter().map(|s| s.id.clone()).collect();
            ids.sort();
            if sorted != ids {
                return Err(AnswerError::Incomplete);
            }
            let items: Vec<ItemFeedback> = steps
                .iter()
                .enumerate()
                .map(|(i, s)| ItemFeedback {
                    id: s.id.clone(),
                    text: s.text.clone(),
                    matches: None,
                    feedback: s.feedback.clone(),
                    chosen: true,
                    correct: order.get(i) == Some(&s.id),
                })
                .collect();
            let right = items.iter().filter(|i| i.correct).count();
            Ok(Graded {
                credit: share(right, steps.len()),
                items,
            })
        }
        (QuestionKind::Matching { pairs }, Answer::Matching(chosen)) => {
            if chosen.len() != pairs.len() {
                return Err(AnswerError::Incomplete);
            }
            for (left, right) in chosen {
                for id in [left, right] {
                    if !pairs.iter().any(|p| &p.id == id) {
                        return Err(AnswerError::UnknownItem(id.clone()));
                    }
                }
            }
            let items: Vec<ItemFeedback> = pairs
                .iter()
                .map(|p| ItemFeedback {
                    id: p.id.clone(),
                    text: p.left.clone(),
                    matches: Some(p.right.clone()),
                    feedback: p.feedback.clone(),
                    chosen: true,
                    correct: chosen.iter().any(|(l, r)| l == &p.id && r == &p.id),
                })
                .collect();
            let right = items.iter().filter(|i| i.correct).count();
            Ok(Graded {
                credit: share(right, pairs.len()),
                items,
            })
        }
        _ => Err(AnswerError::WrongType),
    }
}

/// The ids of the items to show, in the shuffled order for this attempt: options (choice
/// questions), steps (ordering: never already in the right order), or right-hand sides
/// identified by their pair id (matching). Empty for true/false.
#[must_use]
pub fn display_order(question: &Question, attempt_seed: u32) -> Vec<String> {
    let seed = u64::from(attempt_seed) ^ hash_str(question.id.as_str());
    let mut ids: Vec<String> = match &question.kind {
        QuestionKind::Single { options } | QuestionKind::Multiple { options } => {
            options.iter().map(|o| o.id.clone()).collect()
        }
        QuestionKind::TrueFalse { .. } => Vec::new(),
        QuestionKind::Ordering { steps } => steps.iter().map(|s| s.id.clone()).collect(),
        QuestionKind::Matching { pairs } => pairs.iter().map(|p| p.id.clone()).collect(),
    };
    let original = ids.clone();
    shuffle(&mut ids, seed);
    if ids.len() > 1
        && ids == original
        && !matches!(
            question.kind,
            QuestionKind::Single { .. } | QuestionKind::Multiple { .. }
        )
    {
        // An ordering already in order gives the answer away: rotate by one.
        ids.rotate_left(1);
    }
    ids
}
