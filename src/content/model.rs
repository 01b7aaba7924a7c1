//! The compiled pack format (`format_version` 1) that the app loads at run time.
//!
//! Layout next to `index.html`:
//! - `packs.json` — [`PackList`]: the packs to load, in order (deployers add theirs here);
//! - `content/<pack>/pack.json` — [`PackIndex`]: pack metadata and every module's summary;
//! - `content/<pack>/<module>.json` — [`ModuleBody`]: lessons, glossary and quiz pool,
//!   fetched only when the module is opened.
//!
//! The quiz's types are in `model/question.rs`, the RTL prompts and the Gelar kit in
//! `model/extras.rs`, the mapping onto the course model in `model/to_course.rs`.

use serde::{Deserialize, Serialize};

use crate::domain::ids::{LessonId, ModuleId, PackId};
use crate::domain::pretest::{PretestMode, DEFAULT_PRETEST_QUESTIONS};

mod diagram;
mod extras;
mod question;
pub use diagram::{Bone, Diagram, ParetoBar};
pub use extras::{GelarKit, LevelDescriptor, RtlGuide, RubricCriterion, StorySlide};
pub use question::{Choice, Pair, Question, QuestionKind, Step};

fn default_pretest_questions() -> u32 {
    DEFAULT_PRETEST_QUESTIONS
}

/// Every lesson must be read before a module passes, unless the module says otherwise.
pub(crate) fn default_read_percent() -> u32 {
    100
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_default_read_percent(n: &u32) -> bool {
    *n == 100
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_default_pretest_questions(n: &u32) -> bool {
    *n == DEFAULT_PRETEST_QUESTIONS
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_false(b: &bool) -> bool {
    !*b
}

/// The only pack format this app reads.
pub const FORMAT_VERSION: u32 = 1;

/// `packs.json`: which packs to load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackList {
    /// Must be [`FORMAT_VERSION`].
    pub format_version: u32,
    /// Paths of `pack.json` files, relative to `index.html`.
    pub packs: Vec<String>,
}

/// `pack.json`: a pack and the summaries of its modules, in catalog order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackIndex {
    /// Must be [`FORMAT_VERSION`].
    pub format_version: u32,
    /// The pack id.
    pub id: PackId,
    /// The pack title.
    pub title: String,
    /// Language of the pack's text (`id`).
    pub language: String,
    /// The base of the pack's xAPI activity IRIs (`pack.toml` `activity_base`; absent: the
    /// default for the pack's id, `domain::lrs::iri`). Left out when absent, so packs without
    /// it compile to the JSON they always did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_base: Option<String>,
    /// Module summaries, in catalog order.
    pub modules: Vec<ModuleSummary>,
}

/// What the catalog and the module page need before the module's body is loaded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleSummary {
    /// The module id, unique across all loaded packs.
    pub id: ModuleId,
    /// Title.
    pub title: String,
    /// One or two sentences.
    pub summary: String,
    /// Estimated total study time, in minutes.
    pub minutes: u32,
    /// *Jam pelajaran* credited on passing (1 JP = 45 minutes).
    pub jp: u32,
    /// Pass mark of the quiz, in percent.
    pub pass_mark: u32,
    /// Questions drawn from the pool for one attempt.
    pub questions_per_attempt: u32,
    /// Attempt limit; 0 = unlimited.
    pub max_attempts: u32,
    /// Share of the lessons, in percent, to read before the module can pass (the *Lulus*
    /// rule, `domain::progress::lessons_required`). Absent = 100, every lesson (left out when
    /// it is, so packs built before it are unchanged).
    #[serde(
        default = "default_read_percent",
        skip_serializing_if = "is_default_read_percent"
    )]
    pub read_percent: u32,
    /// Pre-test before the first lesson (`required`, `offered`, `off`). Added after the
    /// second edition; absent = `offered` (left out when it is).
    #[serde(default, skip_serializing_if = "PretestMode::is_default")]
    pub pretest: PretestMode,
    /// Items drawn for the pre-test. Absent = 5 (left out when it is).
    #[serde(
        default = "default_pretest_questions",
        skip_serializing_if = "is_default_pretest_questions"
    )]
    pub pretest_questions: u32,
    /// Whether the module file holds a *Gelar Budaya Kerja* kit (`gelar.toml`), so the module
    /// page can link to it before the file is loaded. Absent = no kit (left out when false).
    #[serde(default, skip_serializing_if = "is_false")]
    pub gelar: bool,
    /// Learning objectives.
    pub objectives: Vec<String>,
    /// Lessons in reading order (titles only; bodies are in the module file).
    pub lessons: Vec<LessonSummary>,
    /// Number of questions in the pool.
    pub question_count: u32,
    /// The module file, relative to `pack.json`.
    pub file: String,
}

/// A lesson's title and length.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LessonSummary {
    /// Lesson id, unique within the module.
    pub id: LessonId,
    /// Title.
    pub title: String,
    /// Reading time in minutes.
    pub minutes: u32,
}

/// `<module>.json`: everything of a module that is loaded lazily.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleBody {
    /// Must be [`FORMAT_VERSION`].
    pub format_version: u32,
    /// Must equal the summary's id.
    pub id: ModuleId,
    /// Lessons, in the same order as the summary.
    pub lessons: Vec<Lesson>,
    /// Terms used by the module.
    pub glossary: Vec<GlossaryEntry>,
    /// The quiz pool.
    pub questions: Vec<Question>,
    /// Guiding prompts for the *Rencana Tindak Lanjut* form, one per field (may be empty).
    /// Added after the second edition; left out when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rtl: Vec<RtlGuide>,
    /// The *Gelar Budaya Kerja* kit (rubric, storyline, worked example), in the module that
    /// carries one. Added after the second edition; left out when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gelar: Option<GelarKit>,
}

/// A lesson: title and content blocks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// Lesson id.
    pub id: LessonId,
    /// Title.
    pub title: String,
    /// Reading time in minutes.
    pub minutes: u32,
    /// The text, as safe blocks.
    pub blocks: Vec<Block>,
}

/// A glossary entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    /// The term or abbreviation.
    pub term: String,
    /// One clear sentence.
    pub definition: String,
}

/// The fixed set of block types a lesson may contain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    /// A heading inside a lesson: level 2 or 3.
    Heading {
        /// 2 or 3.
        level: u8,
        /// Heading text.
        text: Vec<Inline>,
    },
    /// A paragraph.
    Paragraph {
        /// Paragraph text.
        text: Vec<Inline>,
    },
    /// A bulleted or numbered list.
    List {
        /// Numbered?
        ordered: bool,
        /// One inline run per item.
        items: Vec<Vec<Inline>>,
    },
    /// A table with a header row.
    Table {
        /// Header cells.
        header: Vec<Vec<Inline>>,
        /// Body rows of cells.
        rows: Vec<Vec<Vec<Inline>>>,
    },
    /// An image; `alt` is required.
    Image {
        /// Relative or `https:` address.
        src: String,
        /// Text alternative.
        alt: String,
    },
    /// A boxed note of a known kind.
    Callout {
        /// Which kind.
        kind: CalloutKind,
        /// Its content: paragraphs and lists.
        blocks: Vec<Block>,
        /// A *Refleksi* whose prompt the app offers a saved text field for (the lesson's
        /// journal entry; `> [!REFLEKSI-JURNAL]`, at most one per lesson). Added after the
        /// second edition; left out when false.
        #[serde(default, skip_serializing_if = "is_false")]
        journal: bool,
    },
    /// *Pembahasan*: the discussion of the case study just before it, hidden until the
    /// learner has chosen one of the case's options. Added in the second edition of the
    /// course; `format_version` 1 packs without it stay valid.
    Discussion {
        /// The options the learner chooses from, each with its own discussion.
        choices: Vec<DiscussionChoice>,
        /// Shown with the discussion once a choice is made: paragraphs and lists (may be empty).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        closing: Vec<Block>,
    },
    /// *Lembar kerja*: a worksheet the learner fills in and keeps (stored with the progress,
    /// exported). Only known worksheet ids decode. Added after the second edition;
    /// `format_version` 1 packs without it stay valid.
    Worksheet {
        /// Which worksheet.
        id: crate::domain::worksheet::WorksheetId,
    },
    /// A diagram drawn from its data (a Pareto chart, a fishbone). Added after the second
    /// edition; `format_version` 1 packs without it stay valid.
    Diagram(Diagram),
}

/// One option of a case study's *Pembahasan*.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiscussionChoice {
    /// The option as the learner reads it before choosing.
    pub text: String,
    /// Why this option fits or does not, shown after a choice.
    pub feedback: Vec<Inline>,
    /// One of the best options (at least one per discussion).
    #[serde(default)]
    pub best: bool,
}

/// The kinds of callout box.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CalloutKind {
    /// *Dasar hukum*: the legal basis.
    DasarHukum,
    /// *Sumber*: sources.
    Sumber,
    /// *Studi kasus*: a case with a decision.
    StudiKasus,
    /// *Refleksi*: a self-reflection prompt.
    Refleksi,
    /// *Ringkasan*: summary.
    Ringkasan,
}

impl CalloutKind {
    /// Every kind, in the order the format document lists them.
    pub const ALL: [Self; 5] = [
        Self::DasarHukum,
        Self::Sumber,
        Self::StudiKasus,
        Self::Refleksi,
        Self::Ringkasan,
    ];

    /// The box's label, shown as its title and given as its accessible name.
    #[must_use]
    pub fn label(self) -> crate::i18n::Key {
        use crate::i18n::Key;
        match self {
            Self::DasarHukum => Key::CalloutDasarHukum,
            Self::Sumber => Key::CalloutSumber,
            Self::StudiKasus => Key::CalloutStudiKasus,
            Self::Refleksi => Key::CalloutRefleksi,
            Self::Ringkasan => Key::CalloutRingkasan,
        }
    }

    /// The box's CSS classes (`style/main.css`).
    #[must_use]
    pub fn css_class(self) -> &'static str {
        match self {
            Self::DasarHukum | Self::Sumber => "callout callout-source",
            Self::StudiKasus => "callout callout-case",
            Self::Refleksi => "callout callout-reflect",
            Self::Ringkasan => "callout callout-summary",
        }
    }

    /// Parses the marker used in Markdown (`DASAR-HUKUM`, …).
    #[must_use]
    pub fn from_marker(marker: &str) -> Option<Self> {
        match marker {
            "DASAR-HUKUM" => Some(Self::DasarHukum),
            "SUMBER" => Some(Self::Sumber),
            "STUDI-KASUS" => Some(Self::StudiKasus),
            "REFLEKSI" => Some(Self::Refleksi),
            "RINGKASAN" => Some(Self::Ringkasan),
            _ => None,
        }
    }
}

/// A run of text with at most one style. Never HTML.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Inline {
    /// Plain text.
    Text {
        /// The text.
        v: String,
    },
    /// Bold.
    Strong {
        /// The text.
        v: String,
    },
    /// Italic.
    Em {
        /// The text.
        v: String,
    },
    /// A link (`https:`, `http:` or relative).
    Link {
        /// Link text.
        v: String,
        /// Address.
        href: String,
    },
}

impl Inline {
    /// The text of this run.
    #[must_use]
    pub fn text(&self) -> &str {
        match self {
            Self::Text { v } | Self::Strong { v } | Self::Em { v } | Self::Link { v, .. } => v,
        }
    }
}

mod to_course;
