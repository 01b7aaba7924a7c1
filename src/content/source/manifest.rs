//! The authoring format's TOML files as serde types: `pack.toml`, `<module>/module.toml` and a
//! lesson's `+++` front matter (docs/content-format.md).

use serde::Deserialize;

use crate::content::model::{GlossaryEntry, RtlGuide};
use crate::domain::pretest::{PretestMode, DEFAULT_PRETEST_QUESTIONS};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PackSource {
    pub(super) format_version: u32,
    pub(super) id: String,
    pub(super) title: String,
    pub(super) language: String,
    #[serde(default)]
    pub(super) activity_base: Option<String>,
    pub(super) modules: Vec<String>,
}

fn default_pass_mark() -> u32 {
    70
}
fn default_per_attempt() -> u32 {
    10
}
fn default_pretest_questions() -> u32 {
    DEFAULT_PRETEST_QUESTIONS
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ModuleSource {
    pub(super) id: String,
    pub(super) title: String,
    pub(super) summary: String,
    pub(super) minutes: u32,
    pub(super) jp: u32,
    #[serde(default = "default_pass_mark")]
    pub(super) pass_mark: u32,
    #[serde(default = "default_per_attempt")]
    pub(super) questions_per_attempt: u32,
    #[serde(default)]
    pub(super) max_attempts: u32,
    #[serde(default = "crate::content::model::default_read_percent")]
    pub(super) read_percent: u32,
    #[serde(default)]
    pub(super) pretest: PretestMode,
    #[serde(default = "default_pretest_questions")]
    pub(super) pretest_questions: u32,
    pub(super) objectives: Vec<String>,
    pub(super) lessons: Vec<String>,
    #[serde(default)]
    pub(super) glossary: Vec<GlossaryEntry>,
    #[serde(default)]
    pub(super) rtl: Vec<RtlGuide>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FrontMatter {
    pub(super) title: String,
    pub(super) minutes: u32,
}

/// Splits `+++` TOML front matter from the Markdown body.
pub(super) fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let rest = text.trim_start_matches('\u{feff}').strip_prefix("+++")?;
    let rest = rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))?;
    let end = rest.find("\n+++")?;
    let front = &rest[..end];
    let body = &rest[end + 4..];
    Some((front, body))
}
