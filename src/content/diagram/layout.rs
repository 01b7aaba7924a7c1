//! The geometry of the diagrams (see the parent module): where every bar, line and word goes.

use super::{wrap, FONT, WIDTH};
use crate::content::model::{Bone, ParetoBar};

/// One line of text.
const LINE: u32 = 18;

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
