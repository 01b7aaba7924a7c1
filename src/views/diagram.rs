//! A diagram drawn from a lesson's data (issue 30, finding 10) as SVG: a Pareto chart or a
//! fishbone, with the geometry of `content/diagram.rs`. Accessible: the SVG is one image
//! (`role="img"`) named by the diagram's kind and title and described in words (every cause
//! with its numbers); under it the same data as a table (Pareto) or a list (fishbone), folded.
//! Colours come from the stylesheet's variables (`.diagram` in `style/main.css`), so the light
//! and dark schemes both hold. Every string is a text node.
//!
//! The start-up script does not draw diagrams (`content/boot.js` stops before one, as before
//! an interactive block): their markup is written here only.

use leptos::prelude::*;

use crate::content::diagram::{fishbone, fishbone_words, pareto, pareto_words, ParetoLayout, Text};
use crate::content::model::{Bone, Diagram, ParetoBar};
use crate::i18n::diagram::Word;
use crate::i18n::Lang;

fn num(x: f32) -> String {
    let r = (x * 10.0).round() / 10.0;
    format!("{r}")
}

fn lines(texts: Vec<Text>, class: &'static str) -> impl IntoView {
    texts
        .into_iter()
        .map(|t| view! { <text class=class x=num(t.x) y=num(t.y)>{t.text}</text> })
        .collect_view()
}

/// A Pareto chart's data as a table, in a fold.
fn pareto_table(lang: Lang, layout: &ParetoLayout) -> impl IntoView {
    let table_rows = layout
        .rows
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row">{r.label.clone()}</th>
                    <td>{r.count}</td>
                    <td>{format!("{}%", r.cumulative)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="diagram-data">
            <summary>{Word::Data.text(lang)}</summary>
            <div class="table-wrap">
                <table>
                <thead><tr>
                    <th scope="col">{Word::Cause.text(lang)}</th>
                    <th scope="col">{Word::Count.text(lang)}</th>
                    <th scope="col">{Word::Cumulative.text(lang)}</th>
                </tr></thead>
                <tbody>{table_rows}</tbody>
                <tfoot><tr>
                    <th scope="row">{Word::Total.text(lang)}</th>
                    <td>{layout.total}</td>
                    <td>"100%"</td>
                </tr></tfoot>
                </table>
            </div>
        </details>
    }
}

fn pareto_view(lang: Lang, id: &str, title: &str, bars: &[ParetoBar]) -> AnyView {
    let layout = pareto(bars);
    let name = format!("{}: {title}", Word::Pareto.text(lang));
    let desc_id = format!("{id}-desc");
    let words = pareto_words(lang, bars);
    let viewbox = format!("0 0 {} {}", layout.width, layout.height);
    let grid = layout
        .grid
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let label = format!("{}%", i * 50);
            let anchor = match i {
                0 => "start",
                1 => "middle",
                _ => "end",
            };
            view! {
                <line class="diagram-grid" x1=num(*x) x2=num(*x) y1=num(layout.header_y + 4.0) y2=layout.height.to_string() />
                <text class="diagram-axis" x=num(*x) y=num(layout.header_y) text-anchor=anchor>{label}</text>
            }
        })
        .collect_view();
    let points: String = layout
        .rows
        .iter()
        .map(|r| format!("{},{}", num(r.point.0), num(r.point.1)))
        .collect::<Vec<_>>()
        .join(" ");
    let rows = layout
        .rows
        .iter()
        .map(|r| {
            let (x, y, w, h) = r.bar;
            view! { <rect class="diagram-bar" x=num(x) y=num(y) width=num(w) height=num(h) rx="2" /> }
        })
        .collect_view();
    let texts = layout
        .rows
        .iter()
        .map(|r| {
            let count_class = if r.count_inside { "diagram-count diagram-count-inside" } else { "diagram-count" };
            let anchor = if r.count_inside { "end" } else { "start" };
            view! {
                {lines(r.label_lines.clone(), "diagram-label")}
                <text class=count_class x=num(r.count_text.x) y=num(r.count_text.y) text-anchor=anchor>{r.count_text.text.clone()}</text>
                <text class="diagram-cumulative" x=num(r.cumulative_text.x) y=num(r.cumulative_text.y) text-anchor="end">{r.cumulative_text.text.clone()}</text>
            }
        })
        .collect_view();
    let markers = layout
        .rows
        .iter()
        .map(|r| view! { <circle class="diagram-point" cx=num(r.point.0) cy=num(r.point.1) r="4" /> })
        .collect_view();
    view! {
        <figure class="diagram diagram-pareto" id=id.to_owned()>
            <figcaption class="diagram-title">{title.to_owned()}</figcaption>
            <svg class="diagram-svg" role="img" aria-label=name aria-describedby=desc_id.clone()
                viewBox=viewbox width=layout.width.to_string() height=layout.height.to_string()>
                {grid}
                // 3 units in from the edge: the word's halo and its last letter's overhang stay inside.
                <text class="diagram-axis" x=layout.width.saturating_sub(3).to_string() y=num(layout.header_y) text-anchor="end">{Word::Cumulative.text(lang)}</text>
                // The line under the bars and the words, which have a halo (style/main.css).
                <polyline class="diagram-line" points=points />
                {rows}
                {markers}
                {texts}
            </svg>
            <p class="visually-hidden" id=desc_id>{words}</p>
            {pareto_table(lang, &layout)}
        </figure>
    }
    .into_any()
}

fn fishbone_view(lang: Lang, id: &str, title: &str, effect: &str, groups: &[Bone]) -> AnyView {
    let layout = fishbone(effect, groups);
    let name = format!("{}: {title}", Word::Fishbone.text(lang));
    let desc_id = format!("{id}-desc");
    let words = fishbone_words(lang, effect, groups);
    let viewbox = format!("0 0 {} {}", layout.width, layout.height);
    let (hx, hy, hw, hh) = layout.head;
    let (sx, sy1, sy2) = layout.spine;
    let bones = layout
        .bones
        .iter()
        .map(|b| {
            let (x1, y1, x2, y2) = b.bone;
            let causes = b
                .causes
                .iter()
                .map(|((rx1, ry, rx2), text)| {
                    view! {
                        <line class="diagram-rib" x1=num(*rx1) x2=num(*rx2) y1=num(*ry) y2=num(*ry) />
                        {lines(text.clone(), "diagram-label")}
                    }
                })
                .collect_view();
            let rib_end = b.causes.last().map_or(y2, |((_, ry, _), _)| *ry);
            view! {
                <line class="diagram-bone" x1=num(x1) y1=num(y1) x2=num(x2) y2=num(y2) />
                <line class="diagram-rib" x1=num(x2 + 4.0) x2=num(x2 + 4.0) y1=num(y2 + 6.0) y2=num(rib_end) />
                {lines(b.name.clone(), "diagram-group")}
                {causes}
            }
        })
        .collect_view();
    let tail = format!(
        "{},{} {},{} {},{}",
        num(sx - 10.0),
        num(sy2 + 12.0),
        num(sx),
        num(sy2),
        num(sx + 10.0),
        num(sy2 + 12.0)
    );
    let list = groups
        .iter()
        .map(|g| {
            let causes = g
                .causes
                .iter()
                .map(|c| view! { <li>{c.clone()}</li> })
                .collect_view();
            view! { <li>{g.name.clone()}<ul>{causes}</ul></li> }
        })
        .collect_view();
    view! {
        <figure class="diagram diagram-fishbone" id=id.to_owned()>
            <figcaption class="diagram-title">{title.to_owned()}</figcaption>
            <svg class="diagram-svg" role="img" aria-label=name aria-describedby=desc_id.clone()
                viewBox=viewbox width=layout.width.to_string() height=layout.height.to_string()>
                <rect class="diagram-head" x=num(hx + 1.0) y=num(hy + 1.0) width=num(hw - 2.0) height=num(hh - 2.0) rx="10" />
                {lines(layout.effect.clone(), "diagram-effect")}
                <line class="diagram-spine" x1=num(sx) x2=num(sx) y1=num(sy1) y2=num(sy2) />
                <polyline class="diagram-tail" points=tail />
                {bones}
            </svg>
            <p class="visually-hidden" id=desc_id>{words}</p>
            <details class="diagram-data">
                <summary>{Word::Data.text(lang)}</summary>
                <p><strong>{Word::Effect.text(lang)} ": "</strong>{effect.to_owned()}</p>
                <ul>{list}</ul>
            </details>
        </figure>
    }
    .into_any()
}

/// A diagram block; `index` is its place among the lesson's blocks (names its ids).
#[must_use]
pub fn diagram_view(diagram: &Diagram, index: usize, lang: Lang) -> AnyView {
    let id = format!("diagram-{index}");
    match diagram {
        Diagram::Pareto { title, bars, .. } => pareto_view(lang, &id, title, bars),
        Diagram::Fishbone {
            title,
            effect,
            groups,
        } => fishbone_view(lang, &id, title, effect, groups),
    }
}
