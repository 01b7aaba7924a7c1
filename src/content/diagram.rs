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
use crate::i18n::diagram::{df, Word};
use crate::i18n::Lang;

/// The drawing's width in user units.
pub const WIDTH: u32 = 340;
/// The text size in user units.
pub const FONT: u32 = 14;
/// One line of text.
const LINE: u32 = 18;

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

/// A line of text at `(x, y)` (its baseline).
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// Left edge (or right edge, for [`ParetoRow::cumulative`]).
    pub x: f32,
    /// Baseline.
    pub y: f32,
    /// The words.
    pub text: String,
}

/// A Pareto chart's cause, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct ParetoRow {
    /// The cause, as the author named it.
    pub label: String,
    /// How often.
    pub count: u32,
    /// Its share of all, in whole percent.
    pub share: u32,
    /// The running share up to and including it, in whole percent (100 for the last).
    pub cumulative: u32,
    /// Its name, wrapped.
    pub label_lines: Vec<Text>,
    /// The bar: x, y, width, height.
    pub bar: (f32, f32, f32, f32),
    /// The count, after the bar's end (or inside it when there is no room: `count_inside`).
    pub count_text: Text,
    /// Whether the count is drawn inside the bar's end.
    pub count_inside: bool,
    /// The cumulative share at the right edge (right-aligned).
    pub cumulative_text: Text,
    /// The cumulative line's point on this row.
    pub point: (f32, f32),
}

/// A Pareto chart, laid out.
#[derive(Debug, Clone, PartialEq)]
pub struct ParetoLayout {
    /// Width in user units ([`WIDTH`]).
    pub width: u32,
    /// Height in user units.
    pub height: u32,
    /// The grid's x for 0 %, 50 % and 100 %.
    pub grid: [f32; 3],
    /// Where the grid's labels stand (baseline) and the cumulative column's heading.
    pub header_y: f32,
    /// The causes, most frequent first.
    pub rows: Vec<ParetoRow>,
    /// The total count.
    pub total: u32,
}

/// Share of `part` in `total` in whole percent, rounded half up.
fn percent(part: u64, total: u64) -> u32 {
    if total == 0 {
        return 0;
    }
    u32::try_from((part * 200 + total) / (total * 2)).unwrap_or(100)
}

#[allow(
    clippy::cast_precision_loss,
    reason = "drawing coordinates: counts and lengths far below 2^24"
)]
fn f(n: impl Into<u64>) -> f32 {
    n.into() as f32
}

/// A length rounded up to whole user units.
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "a drawing's height: positive and far below u32::MAX"
)]
fn units(x: f32) -> u32 {
    x.ceil().max(0.0) as u32
}

/// The bars of a Pareto chart sorted, most frequent first (equal counts keep the author's
/// order).
#[must_use]
pub fn sorted_bars(bars: &[ParetoBar]) -> Vec<ParetoBar> {
    let mut sorted = bars.to_vec();
    sorted.sort_by_key(|b| std::cmp::Reverse(b.count));
    sorted
}

/// Lays out a Pareto chart: causes down the page, most frequent first; each with its name
/// over a bar whose length is its share of all (one scale, 0–100 %, for the bars and the
/// cumulative line, whose point on each row is the running share, ending at 100 %).
#[must_use]
pub fn pareto(bars: &[ParetoBar]) -> ParetoLayout {
    const CUM_COLUMN: f32 = 44.0;
    const COUNT_ROOM: f32 = 34.0;
    let sorted = sorted_bars(bars);
    let total: u64 = sorted.iter().map(|b| u64::from(b.count)).sum();
    let plot = f(WIDTH) - CUM_COLUMN - 8.0 - COUNT_ROOM;
    let header_y = f(FONT);
    let mut y = header_y + 10.0;
    let mut running = 0u64;
    let mut rows = Vec::new();
    let chars = usize::try_from(WIDTH / 8).unwrap_or(40);
    for b in sorted {
        running += u64::from(b.count);
        let share = percent(u64::from(b.count), total);
        let cumulative = percent(running, total);
        let lines = wrap(&b.label, chars);
        let label_lines: Vec<Text> = lines
            .into_iter()
            .enumerate()
            .map(|(i, text)| Text {
                x: 0.0,
                y: y + f(FONT) + f(LINE) * f(u32::try_from(i).unwrap_or(0)),
                text,
            })
            .collect();
        let bar_y = y + f(LINE) * f(u32::try_from(label_lines.len()).unwrap_or(1)) + 6.0;
        let bar_h = 18.0;
        let length = if total == 0 {
            0.0
        } else {
            plot * f(b.count) / f(total)
        };
        let centre = bar_y + bar_h / 2.0;
        let count = b.count.to_string();
        let count_width = f(u32::try_from(count.len()).unwrap_or(1)) * 8.5;
        let count_inside = length + 8.0 + count_width > plot + COUNT_ROOM;
        let count_text = Text {
            // Clear of the cumulative line's marker where it sits at the bar's end.
            x: if count_inside {
                length - 4.0
            } else {
                length + 8.0
            },
            y: centre + 5.0,
            text: count,
        };
        let point_x = if total == 0 {
            0.0
        } else {
            plot * f(running) / f(total)
        };
        rows.push(ParetoRow {
            label: b.label,
            count: b.count,
            share,
            cumulative,
            label_lines,
            bar: (0.0, bar_y, length, bar_h),
            count_text,
            count_inside,
            cumulative_text: Text {
                x: f(WIDTH),
                y: centre + 5.0,
                text: format!("{cumulative}%"),
            },
            point: (point_x, centre),
        });
        y = bar_y + bar_h + 12.0;
    }
    ParetoLayout {
        width: WIDTH,
        height: units(y),
        grid: [0.0, plot / 2.0, plot],
        header_y,
        rows,
        total: u32::try_from(total).unwrap_or(u32::MAX),
    }
}

/// A fishbone's group, placed: its bone from the spine, its name, its causes on ribs.
#[derive(Debug, Clone, PartialEq)]
pub struct BoneLayout {
    /// The bone: from the spine `(x1, y1)` up and out to `(x2, y2)`.
    pub bone: (f32, f32, f32, f32),
    /// The group's name, wrapped.
    pub name: Vec<Text>,
    /// Each cause: its rib (`x1, y, x2`) and its words, wrapped.
    pub causes: Vec<((f32, f32, f32), Vec<Text>)>,
}

/// A fishbone, laid out downwards: the head (the effect) at the top, the spine down the left,
/// a bone per group with its causes on ribs, a tail at the bottom.
#[derive(Debug, Clone, PartialEq)]
pub struct FishboneLayout {
    /// Width in user units ([`WIDTH`]).
    pub width: u32,
    /// Height in user units.
    pub height: u32,
    /// The head's box: x, y, width, height.
    pub head: (f32, f32, f32, f32),
    /// The effect, wrapped, inside the head.
    pub effect: Vec<Text>,
    /// The spine: x, from y, to y.
    pub spine: (f32, f32, f32),
    /// The bones, in the author's order.
    pub bones: Vec<BoneLayout>,
}

/// Lays out a fishbone (see [`FishboneLayout`]).
#[must_use]
pub fn fishbone(effect: &str, groups: &[Bone]) -> FishboneLayout {
    const SPINE_X: f32 = 14.0;
    const BONE_X: f32 = 36.0;
    const RIB_X: f32 = 44.0;
    const TEXT_X: f32 = 58.0;
    let effect_lines = wrap(effect, usize::try_from(WIDTH / 9).unwrap_or(36));
    let head_h = f(LINE) * f(u32::try_from(effect_lines.len()).unwrap_or(1)) + 16.0;
    let effect: Vec<Text> = effect_lines
        .into_iter()
        .enumerate()
        .map(|(i, text)| Text {
            x: 12.0,
            y: 8.0 + f(FONT) + f(LINE) * f(u32::try_from(i).unwrap_or(0)),
            text,
        })
        .collect();
    let mut y = head_h + 18.0;
    let chars = usize::try_from((WIDTH - 58) / 8).unwrap_or(34);
    let mut bones = Vec::new();
    for g in groups {
        let top = y;
        let name: Vec<Text> = wrap(&g.name, chars + 4)
            .into_iter()
            .enumerate()
            .map(|(i, text)| Text {
                x: BONE_X + 4.0,
                y: top + f(FONT) + f(LINE) * f(u32::try_from(i).unwrap_or(0)),
                text,
            })
            .collect();
        y = top + f(LINE) * f(u32::try_from(name.len()).unwrap_or(1)) + 4.0;
        let mut causes = Vec::new();
        for c in &g.causes {
            let lines: Vec<Text> = wrap(c, chars)
                .into_iter()
                .enumerate()
                .map(|(i, text)| Text {
                    x: TEXT_X,
                    y: y + f(FONT) + f(LINE) * f(u32::try_from(i).unwrap_or(0)),
                    text,
                })
                .collect();
            let rib_y = y + f(FONT) - 5.0;
            y += f(LINE) * f(u32::try_from(lines.len()).unwrap_or(1)) + 4.0;
            causes.push(((RIB_X, rib_y, TEXT_X - 4.0), lines));
        }
        // The bone joins the spine below its name and rises to it.
        let join = top + f(LINE) + 8.0;
        bones.push(BoneLayout {
            bone: (SPINE_X, join, BONE_X, top + f(FONT) - 5.0),
            name,
            causes,
        });
        y += 10.0;
    }
    let spine_end = y;
    FishboneLayout {
        width: WIDTH,
        height: units(spine_end + 14.0),
        head: (0.0, 0.0, f(WIDTH), head_h),
        effect,
        spine: (SPINE_X, head_h, spine_end),
        bones,
    }
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
