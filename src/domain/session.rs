//! A module's quiz as the learner meets it: which attempt is running, how many are finished,
//! what to ask next, and the records that answering and finishing produce.
//!
//! Pure: the quiz, result and module pages render a [`QuizSession`] and store what its methods
//! return; time and randomness come in as arguments. The rules live here once, instead of each
//! page repeating its own queries over the saved attempts.

use super::course::{Module, Question};
use super::embed::{AnswerDetail, Event};
use super::ids::ModuleId;
use super::lrs::time::answer_duration;
use super::pretest::{post_pool, PretestRecord};
use super::quiz::{
    attempts_left, grade, next_unanswered, score, start_attempt, Answer, AnswerError, AnswerRecord,
    Attempt, Graded, Millis, Score, Verdict,
};

/// One module's attempts and answers, seen through the quiz's rules.
#[derive(Debug, Clone, Copy)]
pub struct QuizSession<'a> {
    module: &'a Module,
    attempts: &'a [Attempt],
    answers: &'a [AnswerRecord],
}

/// What a finished attempt comes to: the record to store and its score. Its learning event
/// depends on the module's reading too: [`crate::domain::progress::finish_event`].
#[derive(Debug, Clone, PartialEq)]
pub struct Finished {
    /// The attempt with its finish time.
    pub attempt: Attempt,
    /// Its score against the module's pass mark.
    pub score: Score,
}

/// What one answer comes to: the record to store, its grading, and the learning event.
#[derive(Debug, Clone, PartialEq)]
pub struct Answered {
    /// The answer to store.
    pub record: AnswerRecord,
    /// Its grading, for the feedback.
    pub graded: Graded,
    /// `answered` for the portal and the LRS.
    pub event: Event,
}

impl<'a> QuizSession<'a> {
    /// The quiz of `module` over all saved `attempts` and `answers` (of every module).
    #[must_use]
    pub fn new(module: &'a Module, attempts: &'a [Attempt], answers: &'a [AnswerRecord]) -> Self {
        Self {
            module,
            attempts,
            answers,
        }
    }

    fn mine(&self) -> impl Iterator<Item = &'a Attempt> + '_ {
        let id: &ModuleId = &self.module.id;
        self.attempts.iter().filter(move |a| &a.module == id)
    }

    /// The attempt in progress (the latest unfinished one), if any.
    #[must_use]
    pub fn active(&self) -> Option<&'a Attempt> {
        self.mine()
            .filter(|a| a.finished_at.is_none())
            .max_by_key(|a| a.started_at)
    }

    /// How many attempts are finished.
    #[must_use]
    pub fn finished_count(&self) -> usize {
        self.mine().filter(|a| a.finished_at.is_some()).count()
    }

    /// The latest finished attempt (for the result page).
    #[must_use]
    pub fn latest_finished(&self) -> Option<&'a Attempt> {
        self.mine()
            .filter(|a| a.finished_at.is_some())
            .max_by_key(|a| a.finished_at)
    }

    /// Attempts left under the module's limit; `None` when there is no limit.
    #[must_use]
    pub fn attempts_left(&self) -> Option<u32> {
        attempts_left(self.module.max_attempts, self.finished_count())
    }

    /// Whether a new attempt may start now (none running, the limit not reached).
    #[must_use]
    pub fn can_start(&self) -> bool {
        self.active().is_none() && self.attempts_left() != Some(0)
    }

    /// The position of the next unanswered question of `attempt`; `None` when all are
    /// answered (the attempt can be finished).
    #[must_use]
    pub fn next_position(&self, attempt: &Attempt) -> Option<usize> {
        next_unanswered(attempt, self.answers)
    }

    /// Draws a new attempt from the module's `bank` (`id`, `seed` and `now` from the shell),
    /// for a learner without a pre-test record (SCORM mode, or none taken yet): from the
    /// post-test pool ([`crate::domain::pretest::post_pool`]).
    #[must_use]
    pub fn start(&self, id: String, bank: &[Question], seed: u32, now: Millis) -> Attempt {
        self.start_after(id, bank, None, seed, now)
    }

    /// Draws a new attempt from the module's `bank`, leaving out every item of the learner's
    /// own `pretest` (issue 26: no item in both tests).
    #[must_use]
    pub fn start_after(
        &self,
        id: String,
        bank: &[Question],
        pretest: Option<&PretestRecord>,
        seed: u32,
        now: Millis,
    ) -> Attempt {
        let pool = post_pool(self.module, bank, pretest);
        start_attempt(
            id,
            self.module.id.clone(),
            &pool,
            self.module.questions_per_attempt as usize,
            seed,
            now,
        )
    }

    /// Grades `answer` to `question` of `attempt` at `now`, the question shown on the page
    /// at `shown_at` (`None`: not seen; the attempt's start stands in). The event carries the
    /// question, the answer and the time it took
    /// ([`crate::domain::lrs::time::answer_duration`]) for an LRS's `cmi.interaction`.
    ///
    /// # Errors
    /// [`AnswerError`] when the answer does not fit the question.
    pub fn answer(
        attempt: &Attempt,
        question: &Question,
        answer: Answer,
        now: Millis,
        shown_at: Option<Millis>,
    ) -> Result<Answered, AnswerError> {
        let graded = grade(question, &answer)?;
        let event = Event::Answered {
            question_id: question.id.to_string(),
            correct: graded.verdict() == Verdict::Correct,
            detail: Some(Box::new(AnswerDetail {
                question: question.clone(),
                answer: answer.clone(),
                duration_ms: answer_duration(shown_at, attempt.started_at, now),
            })),
        };
        Ok(Answered {
            record: AnswerRecord {
                attempt: attempt.id.clone(),
                question: question.id.clone(),
                answer,
                credit: graded.credit,
                answered_at: now,
            },
            graded,
            event,
        })
    }

    /// Finishes `attempt` at `now`: its score over the saved answers.
    #[must_use]
    pub fn finish(&self, attempt: &Attempt, now: Millis) -> Finished {
        let mut done = attempt.clone();
        done.finished_at = Some(now);
        let s = score(&done, self.answers, self.module.pass_mark);
        Finished {
            attempt: done,
            score: s,
        }
    }
}
