//! The item analysis of a module's questions (issue 27, item 2): the numbers a Widyaiswara uses
//! to fix a bank, from each learner's first post-test attempt.
//!
//! - **Difficulty**: the share of learners who answered the item fully right.
//! - **Discrimination**: the share right among the upper 27 % of learners (by the attempt's
//!   score) minus the share right among the lower 27 % (Kelley's groups; at least one learner
//!   each once there are two learners, never overlapping), each among those of the group who
//!   were asked the item (a quiz draws its questions from a larger bank).
//! - **Wrong options**: how often each option outside the key was chosen (and for true/false,
//!   the wrong statement); ordering and matching items have none.
//! - **Flags**: too easy (≥ 90 % right), too hard (≤ 20 % right), negative discrimination.

use std::collections::BTreeMap;

use super::{FirstAttempt, Response};
use crate::domain::ids::QuestionId;
use crate::domain::quiz::FULL;

/// Difficulty at or above which an item is too easy.
pub const TOO_EASY: f64 = 0.9;
/// Difficulty at or below which an item is too hard.
pub const TOO_HARD: f64 = 0.2;
/// The share of learners in each of the upper and lower groups.
pub const GROUP_SHARE: f64 = 0.27;

/// Why an item is flagged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    /// Nearly everyone got it right.
    TooEasy,
    /// Nearly no one got it right.
    TooHard,
    /// The weaker learners did better on it than the stronger ones.
    NegativeDiscrimination,
}

/// One item's numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemStats {
    /// The question.
    pub question: QuestionId,
    /// Learners asked it.
    pub answered: usize,
    /// Of whom fully right.
    pub right: usize,
    /// `right / answered`.
    pub difficulty: f64,
    /// Upper group's share right minus the lower group's; `None` when a group has no learner
    /// who was asked it.
    pub discrimination: Option<f64>,
    /// Wrong options and how often each was chosen, most chosen first.
    pub wrong: Vec<(String, usize)>,
    /// Flags.
    pub flags: Vec<Flag>,
}

/// The size of the upper and lower groups among `n` learners: 27 %, rounded, at least one once
/// there are two learners, at most half.
#[must_use]
pub fn group_size(n: usize) -> usize {
    if n < 2 {
        return 0;
    }
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss,
        reason = "a class's size"
    )]
    let g = (n as f64 * GROUP_SHARE).round() as usize;
    g.clamp(1, n / 2)
}

/// The numbers of every item asked in `attempts` (one per learner), in question id order.
/// `key` gives an item's right options (option ids, or the true/false id), when the trainer's
/// course has the item; without it, every option of a not fully right answer counts as wrong.
#[must_use]
pub fn analyse(
    attempts: &[&FirstAttempt],
    key: impl Fn(&QuestionId) -> Option<Vec<String>>,
) -> Vec<ItemStats> {
    let n = attempts.len();
    let g = group_size(n);
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|a, b| {
        attempts[*b]
            .percent
            .cmp(&attempts[*a].percent)
            .then(a.cmp(b))
    });
    let upper = &order[..g];
    let lower = &order[n - g..];
    let mut by_item: BTreeMap<&QuestionId, Vec<(usize, &Response)>> = BTreeMap::new();
    for (i, a) in attempts.iter().enumerate() {
        for r in &a.answers {
            by_item.entry(&r.question).or_default().push((i, r));
        }
    }
    by_item
        .into_iter()
        .map(|(question, responses)| {
            let answered = responses.len();
            let right = responses.iter().filter(|(_, r)| r.credit >= FULL).count();
            #[allow(clippy::cast_precision_loss, reason = "a class's size")]
            let share = |rs: &[&(usize, &Response)]| -> Option<f64> {
                (!rs.is_empty()).then(|| {
                    rs.iter().filter(|(_, r)| r.credit >= FULL).count() as f64 / rs.len() as f64
                })
            };
            let group = |members: &[usize]| -> Vec<&(usize, &Response)> {
                responses
                    .iter()
                    .filter(|(i, _)| members.contains(i))
                    .collect()
            };
            let discrimination = if g == 0 {
                None
            } else {
                share(&group(upper))
                    .zip(share(&group(lower)))
                    .map(|(u, l)| u - l)
            };
            let key = key(question);
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for (_, r) in &responses {
                for option in &r.chosen {
                    let wrong = match &key {
                        Some(k) => !k.contains(option),
                        None => r.credit < FULL,
                    };
                    if wrong {
                        *counts.entry(option.as_str()).or_default() += 1;
                    }
                }
            }
            let mut wrong: Vec<(String, usize)> =
                counts.into_iter().map(|(o, c)| (o.to_owned(), c)).collect();
            wrong.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            #[allow(clippy::cast_precision_loss, reason = "a class's size")]
            let difficulty = if answered == 0 {
                0.0
            } else {
                right as f64 / answered as f64
            };
            let mut flags = Vec::new();
            if answered > 0 && difficulty >= TOO_EASY {
                flags.push(Flag::TooEasy);
            }
            if answered > 0 && difficulty <= TOO_HARD {
                flags.push(Flag::TooHard);
            }
            if discrimination.is_some_and(|d| d < 0.0) {
                flags.push(Flag::NegativeDiscrimination);
            }
            ItemStats {
                question: question.clone(),
                answered,
                right,
                difficulty,
                discrimination,
                wrong,
                flags,
            }
        })
        .collect()
}
