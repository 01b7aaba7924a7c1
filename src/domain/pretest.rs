//! The pre-test and the post-test of a module: which bank items each may draw, and the check
//! that a bank is large enough for both (issue 26, item 1).
//!
//! **The drawing rule.** Every item of a bank is tagged [`ItemUse`]: `pre`, `post` (the
//! default) or `both`.
//! - The **pre-test** draws [`PretestMode`]'s `pretest_questions` items from the `pre` and
//!   `both` items ([`pretest_pool`]).
//! - A **post-test** attempt draws `questions_per_attempt` items from the `post` and `both`
//!   items, **minus every item this learner saw in their own pre-test** ([`posttest_pool`]).
//!   So a learner never meets one item in both tests, on any attempt.
//! - A module **without a pre-test** (`pretest = "off"`, or no `pre`/`both` item at all) has no
//!   pre-test to exclude and ignores the tags: the post-test draws from the whole bank.
//!
//! [`check_bank`] proves the rule can always be met: enough pre-eligible items for the
//! pre-test, and enough post-eligible items for one attempt even when the pre-test took as
//! many `both` items as it could (the worst case). The content validator calls it, so the app
//! never meets a bank the rule cannot serve.
//!
//! Pure: the seed is an argument (`docs/style.md`, principle 3), and the draw is the same
//! shuffle as [`super::quiz::start_attempt`]'s.

use serde::{Deserialize, Serialize};

use super::course::Question;
use super::ids::QuestionId;
use super::rng::shuffle;

mod record;
pub use record::{
    answers_visible, gain, gate, module_has_pretest, post_pool, start, Gain, Gate, PretestRecord,
};

/// Pre-test items when a module does not say (`pretest_questions`).
pub const DEFAULT_PRETEST_QUESTIONS: u32 = 5;

/// The most items a pre-test may draw: a short diagnostic, and the bound under which a
/// SCORM package's `cmi.suspend_data` keeps the pre-test within 4,096 characters in the
/// worst case the validator allows (`tests/scorm.rs`).
pub const MAX_PRETEST_QUESTIONS: u32 = 30;

/// Where a bank item may be drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemUse {
    /// Pre-test only.
    Pre,
    /// Post-test only (the default: an untagged item is a post-test item).
    #[default]
    Post,
    /// Either test; a learner who met it in the pre-test never meets it in a post-test.
    Both,
}

impl ItemUse {
    /// May the pre-test draw it?
    #[must_use]
    pub fn pre(self) -> bool {
        matches!(self, Self::Pre | Self::Both)
    }

    /// May a post-test draw it (before excluding the learner's pre-test items)?
    #[must_use]
    pub fn post(self) -> bool {
        matches!(self, Self::Post | Self::Both)
    }

    /// True for the default, [`Self::Post`] (the compiled pack leaves it out).
    #[must_use]
    pub fn is_default(&self) -> bool {
        *self == Self::Post
    }
}

/// Whether a module has a pre-test before its first lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PretestMode {
    /// The learner takes it before the first lesson.
    Required,
    /// Offered before the first lesson; the learner may skip it (the default).
    #[default]
    Offered,
    /// No pre-test; the item tags are ignored.
    Off,
}

impl PretestMode {
    /// True for the default, [`Self::Offered`] (the compiled pack leaves it out).
    #[must_use]
    pub fn is_default(&self) -> bool {
        *self == Self::Offered
    }
}

/// How many items of a bank carry each tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UseCounts {
    /// Tagged `pre`.
    pub pre: usize,
    /// Tagged `post` (or untagged).
    pub post: usize,
    /// Tagged `both`.
    pub both: usize,
}

impl UseCounts {
    /// Counts the tags.
    pub fn of(uses: impl IntoIterator<Item = ItemUse>) -> Self {
        let mut c = Self::default();
        for u in uses {
            match u {
                ItemUse::Pre => c.pre += 1,
                ItemUse::Post => c.post += 1,
                ItemUse::Both => c.both += 1,
            }
        }
        c
    }

    /// Items the pre-test may draw.
    #[must_use]
    pub fn pre_eligible(self) -> usize {
        self.pre + self.both
    }

    /// Items a post-test may still draw after a pre-test of `pretest` items took as many
    /// `both` items as it could.
    #[must_use]
    pub fn post_eligible_worst_case(self, pretest: usize) -> usize {
        self.post + self.both - self.both.min(pretest)
    }
}

/// Does the module have a pre-test? Not when it is off, nor when no item may be drawn for it
/// (a pack written before the tags existed).
#[must_use]
pub fn has_pretest(mode: PretestMode, counts: UseCounts) -> bool {
    mode != PretestMode::Off && counts.pre_eligible() > 0
}

/// Why a bank cannot serve its pre-test and post-test under the drawing rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BankShortfall {
    /// `pretest_questions` above [`MAX_PRETEST_QUESTIONS`].
    #[error("pretest_questions = {0}: pre-test paling banyak 30 soal (diagnostik singkat)")]
    TooManyPretestQuestions(u32),
    /// `pretest_questions = 0` with a pre-test.
    #[error("pretest_questions = 0: pre-test perlu paling sedikit 1 soal (atau tulis pretest = \"off\")")]
    NoPretestQuestions,
    /// `pretest = "required"` but no item is tagged for it.
    #[error("pretest = \"required\" tetapi tidak ada soal bertanda use = \"pre\" atau \"both\"")]
    RequiredWithoutItems,
    /// Fewer pre-eligible items than the pre-test draws.
    #[error("pre-test mengambil {need} soal, tetapi hanya {have} soal bertanda use = \"pre\" atau \"both\"")]
    TooFewPre {
        /// Pre-eligible items.
        have: usize,
        /// `pretest_questions`.
        need: usize,
    },
    /// Too few post-eligible items once a pre-test took its `both` items.
    #[error("post-test mengambil {need} soal, tetapi bila pre-test mengambil {taken} soal bertanda “both” hanya tersisa {have} soal bertanda use = \"post\" atau \"both\" (soal yang sudah muncul di pre-test seorang peserta tidak muncul lagi di post-test-nya)")]
    TooFewPost {
        /// Post-eligible items in the worst case.
        have: usize,
        /// `questions_per_attempt`.
        need: usize,
        /// `both` items the pre-test may take.
        taken: usize,
    },
}

/// Checks that the bank can always serve a pre-test of `pretest_questions` items and a
/// post-test of `per_attempt` items without repeating an item for one learner. A module
/// without a pre-test ([`has_pretest`]) passes unless it is `required`.
///
/// # Errors
/// The first [`BankShortfall`] found.
pub fn check_bank(
    mode: PretestMode,
    pretest_questions: u32,
    per_attempt: u32,
    counts: UseCounts,
) -> Result<(), BankShortfall> {
    if mode == PretestMode::Required && counts.pre_eligible() == 0 {
        return Err(BankShortfall::RequiredWithoutItems);
    }
    if !has_pretest(mode, counts) {
        return Ok(());
    }
    let need = usize::try_from(pretest_questions).unwrap_or(usize::MAX);
    if need == 0 {
        return Err(BankShortfall::NoPretestQuestions);
    }
    if pretest_questions > MAX_PRETEST_QUESTIONS {
        return Err(BankShortfall::TooManyPretestQuestions(pretest_questions));
    }
    if counts.pre_eligible() < need {
        return Err(BankShortfall::TooFewPre {
            have: counts.pre_eligible(),
            need,
        });
    }
    let per = usize::try_from(per_attempt).unwrap_or(usize::MAX);
    let have = counts.post_eligible_worst_case(need);
    if have < per {
        return Err(BankShortfall::TooFewPost {
            have,
            need: per,
            taken: counts.both.min(need),
        });
    }
    Ok(())
}

/// The items a pre-test may draw, in bank order.
#[must_use]
pub fn pretest_pool(bank: &[Question]) -> Vec<&Question> {
    bank.iter().filter(|q| q.usage.pre()).collect()
}

/// The items a post-test attempt may draw, in bank order: the post-eligible items minus those
/// in `seen_in_pretest` (the learner's own pre-test, empty when they took none). With no
/// pre-test in the module (`with_pretest` false, see [`has_pretest`]) the tags are ignored.
#[must_use]
pub fn posttest_pool<'a>(
    bank: &'a [Question],
    with_pretest: bool,
    seen_in_pretest: &[QuestionId],
) -> Vec<&'a Question> {
    bank.iter()
        .filter(|q| !with_pretest || q.usage.post())
        .filter(|q| !seen_in_pretest.contains(&q.id))
        .collect()
}

/// Draws `n` item ids from `pool` (all when it is smaller) in an order fixed by `seed`: the
/// same shuffle as a quiz attempt's.
#[must_use]
pub fn draw(pool: &[&Question], n: usize, seed: u32) -> Vec<QuestionId> {
    let mut ids: Vec<QuestionId> = pool.iter().map(|q| q.id.clone()).collect();
    shuffle(&mut ids, u64::from(seed));
    ids.truncate(n);
    ids
}

#[cfg(test)]
#[path = "pretest/tests.rs"]
mod tests;
