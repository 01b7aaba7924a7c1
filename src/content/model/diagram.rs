//! Diagrams drawn from a lesson's data (issue 30, finding 10): a Pareto chart and a fishbone
//! (Ishikawa) diagram. The author gives the numbers and the words (a fenced block in the
//! lesson, `docs/content-format.md`); the app draws them (`views/diagram.rs`, geometry in
//! `content/diagram.rs`). Added after the second edition, like `discussion`: a pack without
//! them is unchanged, an older app refuses a pack that uses them.

use serde::{Deserialize, Serialize};

/// A diagram and its data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Diagram {
    /// Causes and how often each occurred: drawn as bars, most frequent first, with the
    /// cumulative share.
    Pareto {
        /// What the chart shows (its accessible name).
        title: String,
        /// What was counted (*berkas*, *keluhan*); may be empty.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        unit: String,
        /// The causes, in the author's order (the chart sorts them).
        bars: Vec<ParetoBar>,
    },
    /// A problem (the fish's head) and its causes by group (the bones).
    Fishbone {
        /// What the diagram shows (its accessible name).
        title: String,
        /// The effect: the problem at the head.
        effect: String,
        /// The groups of causes, in the author's order.
        groups: Vec<Bone>,
    },
}

/// One cause of a Pareto chart and its count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParetoBar {
    /// The cause.
    pub label: String,
    /// How often it occurred.
    pub count: u32,
}

/// One bone of a fishbone diagram: a group of causes (*Manusia*, *Metode*…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bone {
    /// The group's name.
    pub name: String,
    /// Its causes.
    pub causes: Vec<String>,
}
