//! Attempts and their scores: drawing the questions of an attempt, the saved answer, the score
//! against the pass mark, and the attempt limit. Split from `quiz.rs`, which grades one answer.

use serde::{Deserialize, Serialize};

use super::super::course::Question;
use super::super::ids::{ModuleId, QuestionId};
use super::super::rng::shuffle;
use super::super::saved::{AnswerRecordV1, AttemptV1};
use super::{Answer, Millis, FULL};

/// One quiz attempt: which questions, in which order, drawn with which seed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "AttemptV1", into = "AttemptV1")]
pub struct Attempt {
    /// Unique id (made by the caller from the clock and a random number).
    pub id: String,
    /// The module.
    pub module: ModuleId,
    /// The seed of every shuffle in this attempt (32 bits: exact in JSON and IndexedDB).
    pub seed: u32,
    /// When it started.
    pub started_at: Millis,
    /// The drawn questions, in the order asked.
    pub questions: Vec<QuestionId>,
    /// When the last question was answered.
    pub finished_at: Option<Millis>,
}

/// One saved answer of an attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "AnswerRecordV1", into = "AnswerRecordV1")]
pub struct AnswerRecord {
    /// The attempt's id.
    pub attempt: String,
    /// The question.
    pub question: QuestionId,
    /// What the learner answered.
    pub answer: Answer,
    /// Credit given, 0..=[`FULL`].
    pub credit: u32,
    /// When.
    pub answered_at: Millis,
}

/// Starts an attempt: draws `per_attempt` questions from `pool` (all of them when the pool is
/// smaller) in an order fixed by `seed`.
#[must_use]
pub fn start_attempt(
    id: String,
    module: ModuleId,
    pool: &[Question],
    per_attempt: usize,
    seed: u32,
    now: Millis,
) -> Attempt {
    let mut ids: Vec<QuestionId> = pool.iter().map(|q| q.id.clone()).collect();
    shuffle(&mut ids, u64::from(seed));
    ids.truncate(per_attempt.max(1));
    Attempt {
        id,
        module,
        seed,
        started_at: now,
        questions: ids,
        finished_at: None,
    }
}

/// The score of an attempt from its answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    /// Sum of credit, in thousandths of a question.
    pub raw_milli: u32,
    /// Number of questions.
    pub max: u32,
    /// Whole percent, rounded down.
    pub percent: u32,
    /// `percent >= pass_mark`.
    pub passed: bool,
}

impl Score {
    /// `raw / max` as a fraction 0..=1 (for xAPI `scaled`).
    #[must_use]
    pub fn scaled(&self) -> f64 {
        if self.max == 0 {
            0.0
        } else {
            f64::from(self.raw_milli) / (f64::from(self.max) * f64::from(FULL))
        }
    }
}

/// Scores `attempt` from `answers` (answers to other attempts or questions are ignored).
#[must_use]
pub fn score(attempt: &Attempt, answers: &[AnswerRecord], pass_mark: u32) -> Score {
    let raw_milli: u32 = attempt
        .questions
        .iter()
        .filter_map(|q| {
            answers
                .iter()
                .find(|a| a.attempt == attempt.id && &a.question == q)
        })
        .map(|a| a.credit.min(FULL))
        .sum();
    let max = u32::try_from(attempt.questions.len()).unwrap_or(u32::MAX);
    let percent = if max == 0 {
        0
    } else {
        raw_milli / (max * FULL / 100)
    };
    Score {
        raw_milli,
        max,
        percent,
        passed: max > 0 && percent >= pass_mark,
    }
}

/// Index of the first question of `attempt` without an answer, if any.
#[must_use]
pub fn next_unanswered(attempt: &Attempt, answers: &[AnswerRecord]) -> Option<usize> {
    attempt.questions.iter().position(|q| {
        !answers
            .iter()
            .any(|a| a.attempt == attempt.id && &a.question == q)
    })
}

/// How many attempts are left (`None` = unlimited), given the module's limit and the
/// attempts already finished.
#[must_use]
pub fn attempts_left(max_attempts: u32, finished: usize) -> Option<u32> {
    (max_attempts > 0)
        .then(|| max_attempts.saturating_sub(u32::try_from(finished).unwrap_or(u32::MAX)))
}
