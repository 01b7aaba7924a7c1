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

/// Unix time in milliseconds (defined in [`super::time`], re-exported where it was first used).
pub use super::time::Millis;

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

/// Feedback on one option, step or pair: what the learner did with it, judged against the key.
///
/// Built so that a screen cannot label a wrong option as the right answer: the UI words each
/// [`Mark`] and never decides rightness itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemFeedback {
    /// Option/step/pair id ([`TRUE_ID`]/[`FALSE_ID`] for true/false).
    pub id: String,
    /// Its text (for a pair: the left item; empty for true/false).
    pub text: String,
    /// The author's explanation of this item.
    pub feedback: String,
    /// What the learner did with it and whether that was right.
    pub mark: Mark,
}

/// What the learner did with one item, and whether that was right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mark {
    /// A choice option (single or multiple choice).
    Option {
        /// The learner ticked it.
        chosen: bool,
        /// It is part of the answer key.
        key: bool,
    },
    /// A true/false statement: what the learner said and what the key says.
    Statement {
        /// The learner's answer.
        said: bool,
        /// The key.
        key: bool,
    },
    /// An ordering step: where the learner put it and where it belongs (both 1-based).
    Step {
        /// The learner's position.
        placed: usize,
        /// The right position.
        belongs: usize,
    },
    /// A matching pair: the right-hand text the learner chose for this left item, and the one
    /// that belongs to it.
    Pair {
        /// The learner's right-hand text.
        chosen: String,
        /// The right-hand text that belongs.
        belongs: String,
    },
}

impl ItemFeedback {
    /// Whether the learner's handling of this item was right: a key option ticked or a wrong
    /// option left out, the key's true/false said, a step in its place, a pair matched right.
    #[must_use]
    pub fn right(&self) -> bool {
        match &self.mark {
            Mark::Option { chosen, key } => chosen == key,
            Mark::Statement { said, key } => said == key,
            Mark::Step { placed, belongs } => placed == belongs,
            Mark::Pair { chosen, belongs } => chosen == belongs,
        }
    }
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
            // The learner's pick, then (when it was wrong) the key; other options stay unsaid.
            let items = options
                .iter()
                .filter(|o| o.id == pick.id)
                .chain(options.iter().filter(|o| o.correct && o.id != pick.id))
                .map(|o| option_item(o, o.id == pick.id))
                .collect();
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
                .map(|o| option_item(o, chosen.contains(&o.id)))
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
                    feedback: feedback.clone(),
                    mark: Mark::Statement {
                        said: *said,
                        key: *key,
                    },
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
            // In the learner's order, each with the place it belongs in.
            let items: Vec<ItemFeedback> = order
                .iter()
                .enumerate()
                .filter_map(|(placed, id)| {
                    let belongs = steps.iter().position(|s| &s.id == id)?;
                    let s = steps.get(belongs)?;
                    Some(ItemFeedback {
                        id: s.id.clone(),
                        text: s.text.clone(),
                        feedback: s.feedback.clone(),
                        mark: Mark::Step {
                            placed: placed + 1,
                            belongs: belongs + 1,
                        },
                    })
                })
                .collect();
            let right = items.iter().filter(|i| i.right()).count();
            Ok(Graded {
                credit: share(right, steps.len()),
                items,
            })
        }
        (QuestionKind::Matching { pairs }, Answer::Matching(chosen)) => {
            if chosen.len() != pairs.len() {
                return Err(AnswerError::Incomplete);
            }
            let right_of = |id: &String| {
                pairs
                    .iter()
                    .find(|p| &p.id == id)
                    .ok_or_else(|| AnswerError::UnknownItem(id.clone()))
            };
            for (left, picked) in chosen {
                right_of(left)?;
                right_of(picked)?;
            }
            let mut items = Vec::with_capacity(pairs.len());
            for p in pairs {
                let mut given = chosen.iter().filter(|(l, _)| l == &p.id);
                let (Some((_, picked)), None) = (given.next(), given.next()) else {
                    return Err(AnswerError::Incomplete);
                };
                items.push(ItemFeedback {
                    id: p.id.clone(),
                    text: p.left.clone(),
                    feedback: p.feedback.clone(),
                    mark: Mark::Pair {
                        chosen: right_of(picked)?.right.clone(),
                        belongs: p.right.clone(),
                    },
                });
            }
            let right = items.iter().filter(|i| i.right()).count();
            Ok(Graded {
                credit: share(right, pairs.len()),
                items,
            })
        }
        _ => Err(AnswerError::WrongType),
    }
}

fn option_item(o: &super::course::Choice, chosen: bool) -> ItemFeedback {
    ItemFeedback {
        id: o.id.clone(),
        text: o.text.clone(),
        feedback: o.feedback.clone(),
        mark: Mark::Option {
            chosen,
            key: o.correct,
        },
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
