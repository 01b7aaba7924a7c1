//! The parts of a module body added for issue 26 beyond lessons and quiz: the guiding prompts
//! of the *Rencana Tindak Lanjut* form and the *Gelar Budaya Kerja* kit (rubric, storyline,
//! worked example). Wire types of the compiled module file; both are optional there, so
//! `format_version` 1 bodies without them stay valid. Their rules are in
//! `content::validate::measured`. Two look-ups for the screens built on them:
//! [`ModuleBody::journal_prompts`] and [`ModuleBody::rtl_guide`].

use serde::{Deserialize, Serialize};

use super::{Block, ModuleBody};
use crate::domain::ids::LessonId;
use crate::domain::rtl::RtlField;
use crate::domain::worksheet::KbkSheet;

impl ModuleBody {
    /// The journal prompts of the module (`> [!REFLEKSI-JURNAL]`), in lesson order: each lesson
    /// that has one, with the prompt's blocks. A learner's journal entry is keyed by the lesson.
    #[must_use]
    pub fn journal_prompts(&self) -> Vec<(&LessonId, &[Block])> {
        self.lessons
            .iter()
            .filter_map(|l| {
                l.blocks.iter().find_map(|b| match b {
                    Block::Callout {
                        blocks,
                        journal: true,
                        ..
                    } => Some((&l.id, blocks.as_slice())),
                    _ => None,
                })
            })
            .collect()
    }

    /// The guiding prompt of one RTL field, when the module has them.
    #[must_use]
    pub fn rtl_guide(&self, field: RtlField) -> Option<&RtlGuide> {
        self.rtl.iter().find(|g| g.field == field)
    }
}

/// A guiding prompt and an example answer for one field of the RTL form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RtlGuide {
    /// Which field.
    pub field: RtlField,
    /// The question the form asks, in this module's terms.
    pub prompt: String,
    /// A short example answer from the module's own cases.
    pub example: String,
}

/// The *Gelar Budaya Kerja* kit: how KBK presentations are judged and prepared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GelarKit {
    /// Title of the kit.
    pub title: String,
    /// One or two sentences on how to use it (shown above the rubric).
    pub intro: String,
    /// Scoring criteria; weights add up to 100.
    pub rubric: Vec<RubricCriterion>,
    /// The storyline of a presentation, one entry per slide.
    pub storyline: Vec<StorySlide>,
    /// A completed *Lembar Kerja KBK* as a worked example, with a line saying whose it is.
    pub example_title: String,
    /// The worked example itself, in the worksheet's own shape.
    pub example: KbkSheet,
}

/// One criterion of the rubric.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RubricCriterion {
    /// Id, unique within the rubric.
    pub id: String,
    /// Short name (the rubric's row title).
    pub name: String,
    /// Weight in percent of the total score.
    pub weight: u32,
    /// What the judges look for, in one sentence.
    pub looks_for: String,
    /// What each score means, from the highest to the lowest.
    pub levels: Vec<LevelDescriptor>,
}

/// What one score of a criterion means.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelDescriptor {
    /// The score (4 = best … 1).
    pub score: u32,
    /// What a presentation at this score shows.
    pub descriptor: String,
}

/// One slide of the storyline template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StorySlide {
    /// Slide title.
    pub title: String,
    /// What goes on it.
    pub guidance: String,
    /// The slide as the worked example fills it.
    pub example: String,
}
