//! Diagrams from a lesson's data (issue 30, finding 10): the rules their data must meet
//! ([`check`], used by the compiler and by the app's validator), and their geometry
//! ([`pareto`], [`fishbone`]), which `views/diagram.rs` turns into SVG.
//!
//! Drawn for a phone first: the SVG's user units are about CSS pixels at 360 px (the drawing is
//! [`WIDTH`] wide and shown at the text's width, at most about 1.25 × that), its text is
//! [`FONT`] units high (13.5 px at the 328 px a 360 px screen gives the lesson; never under
//! 12 px), and both diagrams run downwards: the Pareto chart's causes one under another with
//! their bars across (a label under a bar would not fit), the fishbone's head at the top and
//! its bones below. Text is wrapped here by words, since SVG does not wrap.
//!
//! Invariants: pure, both targets; the Pareto bars are sorted, most frequent first (ties in the
//! author's order), and the cumulative share ends at 100 % (`tests/diagram.rs`).

use super::model::{Bone, Diagram, ParetoBar};

mod layout;
use crate::i18n::diagram::{df, Word};
use crate::i18n::Lang;
pub use layout::{
    fishbone, pareto, sorted_bars, BoneLayout, FishboneLayout, ParetoLayout, ParetoRow, Text,
};

/// The drawing's width in user units.
pub const WIDTH: u32 = 340;
/// The text size in user units.
pub const FONT: u32 = 14;

/// Most causes of a Pareto chart.
pub const MAX_BARS: usize = 10;
/// Most bones of a fishbone.
pub const MAX_BONES: usize = 8;
/// Most causes on one bone.
pub const MAX_CAUSES: usize = 6;
/// Longest label, cause, title or effect, in characters.
pub const MAX_TEXT: usize = 160;

/// Checks a diagram's data: the title; a Pareto chart's 2–[`MAX_BARS`] causes, each named once,
/// with a total above zero; a fishbone's effect and 2–[`MAX_BONES`] groups of
/// 1–[`MAX_CAUSES`] causes, each group named once; no text empty or over [`MAX_TEXT`].
///
/// # Errors
/// The first rule broken, in the authors' language.
pub fn check(diagram: &Diagram) -> Result<(), String> {
    let text = |what: &str, t: &str| -> Result<(), String> {
        let n = t.trim().chars().count();
        if n == 0 {
            Err(format!("{what} kosong"))
        } else if n > MAX_TEXT {
            Err(format!("{what} lebih dari {MAX_TEXT} karakter: “{t}”"))
        } else {
            Ok(())
        }
    };
    match diagram {
        Diagram::Pareto { title, bars, .. } => {
            text("judul", title)?;
            if !(2..=MAX_BARS).contains(&bars.len()) {
                return Err(format!(
                    "diagram Pareto perlu 2–{MAX_BARS} penyebab, ada {}",
                    bars.len()
                ));
            }
            for (i, b) in bars.iter().enumerate() {
                text("nama penyebab", &b.label)?;
                if bars[..i].iter().any(|o| o.label == b.label) {
                    return Err(format!("penyebab “{}” disebut dua kali", b.label));
                }
            }
            if bars.iter().map(|b| u64::from(b.count)).sum::<u64>() == 0 {
                return Err("jumlah semua penyebab 0".to_owned());
            }
            Ok(())
        }
        Diagram::Fishbone {
            title,
            effect,
            groups,
        } => {
            text("judul", title)?;
            text("akibat", effect)?;
            if !(2..=MAX_BONES).contains(&groups.len()) {
                return Err(format!(
                    "diagram tulang ikan perlu 2–{MAX_BONES} kelompok penyebab, ada {}",
                    groups.len()
                ));
            }
            for (i, g) in groups.iter().enumerate() {
                text("nama kelompok", &g.name)?;
                if groups[..i].iter().any(|o| o.name == g.name) {
                    return Err(format!("kelompok “{}” disebut dua kali", g.name));
                }
                if !(1..=MAX_CAUSES).contains(&g.causes.len()) {
                    return Err(format!(
                        "kelompok “{}” perlu 1–{MAX_CAUSES} penyebab, ada {}",
                        g.name,
                        g.causes.len()
                    ));
                }
                for c in &g.causes {
                    text("penyebab", c)?;
                }
            }
            Ok(())
        }
    }
}

/// Splits `text` into lines of at most `max` characters, at spaces (a longer word stays whole).
#[must_use]
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The words a Pareto chart is described with (its SVG's description, and what "Dengarkan"
/// reads: `content/reading.rs`).
#[must_use]
pub fn pareto_words(lang: Lang, bars: &[ParetoBar]) -> String {
    let layout = pareto(bars);
    let mut text = df(lang, Word::ParetoDesc, &[&layout.rows.len(), &layout.total]);
    for r in &layout.rows {
        text.push(' ');
        text.push_str(&df(
            lang,
            Word::ParetoItem,
            &[&r.label, &r.count, &r.share, &r.cumulative],
        ));
        text.push(';');
    }
    text.pop();
    text.push('.');
    text
}

/// The words a fishbone is described with.
#[must_use]
pub fn fishbone_words(lang: Lang, effect: &str, groups: &[Bone]) -> String {
    let mut text = df(lang, Word::FishboneDesc, &[&effect]);
    for g in groups {
        text.push(' ');
        text.push_str(&g.name);
        text.push_str(": ");
        text.push_str(&g.causes.join("; "));
        text.push('.');
    }
    text
}

/// A diagram's accessible name ("Diagram Pareto: <title>") and its description in words.
#[must_use]
pub fn describe(lang: Lang, diagram: &Diagram) -> (String, String) {
    match diagram {
        Diagram::Pareto { title, bars, .. } => (
            format!("{}: {title}", Word::Pareto.text(lang)),
            pareto_words(lang, bars),
        ),
        Diagram::Fishbone {
            title,
            effect,
            groups,
        } => (
            format!("{}: {title}", Word::Fishbone.text(lang)),
            fishbone_words(lang, effect, groups),
        ),
    }
}
