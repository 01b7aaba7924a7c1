//! A learner's pre-test of one module: the saved record, what it gates, its score and the
//! gain to the post-test (issue 26, item 1, app side).
//!
//! One [`PretestRecord`] per module and learner: either skipped (an `offered` pre-test the
//! learner chose not to take) or taken (one attempt drawn by [`start`] from
//! [`super::pretest_pool`], its answers kept inside the record). The pre-test gives **no
//! feedback** while it runs; [`answers_visible`] says when its answers may be shown (once a
//! post-test has been submitted). A post-test attempt draws from [`post_pool`], which leaves
//! out every item of the learner's pre-test, so no learner meets an item twice.
//!
//! Saved and exported as it serializes here (schema v4 store `pretests`, export version 2);
//! `tests/golden.rs` pins the shape.

use serde::{Deserialize, Serialize};

use super::super::course::{Module, Question};
use super::super::ids::{ModuleId, QuestionId};
use super::super::quiz::{score, AnswerRecord, Attempt, Millis, Score, FULL};
use super::{draw, has_pretest, posttest_pool, pretest_pool, PretestMode, UseCounts};

/// The pre-test of one module as saved: skipped, or an attempt and its answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PretestRecord {
    /// The module.
    pub module: ModuleId,
    /// When the learner chose to skip it (an `offered` pre-test); `None` when taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skipped_at: Option<Millis>,
    /// The drawn attempt (`module`, seed, items, start and finish), when taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempt: Option<Attempt>,
    /// Its answers (each one's `attempt` is the attempt's id).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<AnswerRecord>,
}

impl PretestRecord {
    /// A skipped pre-test.
    #[must_use]
    pub fn skipped(module: ModuleId, now: Millis) -> Self {
        Self {
            module,
            skipped_at: Some(now),
            attempt: None,
            answers: Vec::new(),
        }
    }

    /// A pre-test just started with `attempt`.
    #[must_use]
    pub fn taken(attempt: Attempt) -> Self {
        Self {
            module: attempt.module.clone(),
            skipped_at: None,
            attempt: Some(attempt),
            answers: Vec::new(),
        }
    }

    /// Finished (every item answered and submitted) or skipped: the lessons are open.
    #[must_use]
    pub fn settled(&self) -> bool {
        self.skipped_at.is_some() || self.finished()
    }

    /// Taken to the end.
    #[must_use]
    pub fn finished(&self) -> bool {
        self.attempt
            .as_ref()
            .is_some_and(|a| a.finished_at.is_some())
    }

    /// The items the learner saw (empty when skipped).
    #[must_use]
    pub fn seen(&self) -> &[QuestionId] {
        self.attempt
            .as_ref()
            .map_or(&[], |a| a.questions.as_slice())
    }

    /// Adds an answer (the first answer to an item wins, as in the quiz) and returns the record.
    #[must_use]
    pub fn with_answer(mut self, answer: AnswerRecord) -> Self {
        let fits = self
            .attempt
            .as_ref()
            .is_some_and(|a| a.id == answer.attempt && a.questions.contains(&answer.question));
        if fits && !self.answers.iter().any(|a| a.question == answer.question) {
            self.answers.push(answer);
        }
        self
    }

    /// The record with its attempt finished at `now` (an earlier finish stays).
    #[must_use]
    pub fn finish(mut self, now: Millis) -> Self {
        if let Some(a) = self.attempt.as_mut() {
            a.finished_at = Some(a.finished_at.map_or(now, |f| f.min(now)));
        }
        self
    }

    /// The next item to answer, by position.
    #[must_use]
    pub fn next_position(&self) -> Option<usize> {
        let a = self.attempt.as_ref()?;
        a.questions
            .iter()
            .position(|q| !self.answers.iter().any(|r| &r.question == q))
    }

    /// The score of a finished pre-test (no pass mark: a diagnostic).
    #[must_use]
    pub fn score(&self) -> Option<Score> {
        let a = self.attempt.as_ref().filter(|a| a.finished_at.is_some())?;
        Some(score(a, &self.answers, 0))
    }

    /// Numbers that cannot be true of a saved pre-test (an import check): an attempt of
    /// another module or without items, a finish before the start, an answer outside it, twice
    /// or with impossible credit, a record both skipped and taken.
    #[must_use]
    pub fn impossible(&self) -> bool {
        let Some(a) = &self.attempt else {
            return self.skipped_at.is_none_or(|s| s < 0) || !self.answers.is_empty();
        };
        let mut seen = std::collections::HashSet::new();
        self.skipped_at.is_some()
            || a.module != self.module
            || a.questions.is_empty()
            || a.id.is_empty()
            || a.id.len() > 100
            || a.started_at < 0
            || a.finished_at.is_some_and(|f| f < a.started_at)
            || self.answers.iter().any(|r| {
                r.attempt != a.id
                    || !a.questions.contains(&r.question)
                    || r.credit > FULL
                    || !seen.insert(r.question.clone())
            })
    }
}

/// What the pre-test asks of the learner on the module page, before the first lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    /// No pre-test in this module (off, or no item tagged for it).
    None,
    /// Offered: may be taken or skipped; the lessons are open.
    Offered,
    /// Required and not finished: the lessons wait for it.
    Required,
    /// Started, not finished (offered): it can be continued.
    Running,
    /// Finished or skipped.
    Settled,
    /// A post-test was started before the pre-test was done: it is no longer offered (it
    /// would not be a pre-test, and its items could repeat the post-test's) and holds nothing
    /// back.
    Closed,
}

impl Gate {
    /// The lessons may not open yet.
    #[must_use]
    pub fn blocks_lessons(self) -> bool {
        self == Self::Required
    }
}

/// Does `module` (with its `bank`) have a pre-test?
#[must_use]
pub fn module_has_pretest(module: &Module, bank: &[Question]) -> bool {
    has_pretest(module.pretest, UseCounts::of(bank.iter().map(|q| q.usage)))
}

/// The gate of a module with a pre-test (`has` from [`module_has_pretest`]), given the
/// learner's record and whether a post-test attempt was ever started (`post_started`). A
/// required pre-test also holds the post-test back ([`Gate::blocks_lessons`]), so it is
/// closed only by data made elsewhere (an import, another tab).
#[must_use]
pub fn gate(
    mode: PretestMode,
    has: bool,
    record: Option<&PretestRecord>,
    post_started: bool,
) -> Gate {
    if !has {
        return Gate::None;
    }
    match (mode, record) {
        (_, Some(r)) if r.settled() => Gate::Settled,
        (PretestMode::Off, _) => Gate::None,
        _ if post_started => Gate::Closed,
        (PretestMode::Required, _) => Gate::Required,
        (PretestMode::Offered, Some(_)) => Gate::Running,
        (PretestMode::Offered, None) => Gate::Offered,
    }
}

/// Draws a pre-test of `module` from its `bank` (`id`, `seed` and `now` from the shell).
#[must_use]
pub fn start(id: String, module: &Module, bank: &[Question], seed: u32, now: Millis) -> Attempt {
    let n = usize::try_from(module.pretest_questions).unwrap_or(usize::MAX);
    Attempt {
        id,
        module: module.id.clone(),
        seed,
        started_at: now,
        questions: draw(&pretest_pool(bank), n.max(1), seed),
        finished_at: None,
    }
}

/// The bank a post-test attempt of `module` draws from: without a pre-test the whole bank;
/// with one, the post-eligible items minus those of the learner's own pre-test.
#[must_use]
pub fn post_pool(
    module: &Module,
    bank: &[Question],
    record: Option<&PretestRecord>,
) -> Vec<Question> {
    let with = module_has_pretest(module, bank);
    let seen = record.map_or(&[][..], PretestRecord::seen);
    posttest_pool(bank, with, seen)
        .into_iter()
        .cloned()
        .collect()
}

/// The pre-test's answers (and its key) may be shown once a post-test has been submitted.
#[must_use]
pub fn answers_visible(record: &PretestRecord, post_tests_finished: usize) -> bool {
    record.finished() && post_tests_finished > 0
}

/// "Pre-test 40 → Post-test 90": the pre-test's score and the best post-test's, in percent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gain {
    /// Pre-test, percent.
    pub pre: u32,
    /// Best post-test, percent.
    pub post: u32,
}

/// The gain, when both a finished pre-test and a finished post-test exist.
#[must_use]
pub fn gain(record: Option<&PretestRecord>, best_post: Option<Score>) -> Option<Gain> {
    Some(Gain {
        pre: record?.score()?.percent,
        post: best_post?.percent,
    })
}
