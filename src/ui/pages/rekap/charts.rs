//! The class summary's charts, drawn as SVG as the lessons' Pareto chart is (`views/diagram.rs`,
//! whose classes and colours they share: both schemes hold, text 14 units in a 340-unit wide
//! drawing, 13.5 px at 360 px): the best post-test scores in tenths, each learner's pre-test →
//! post-test, each question's difficulty. Each is one image (`role="img"`) named by its title
//! and described in words, with its data as a table in a fold under it. Names from files are
//! text nodes.

use leptos::prelude::*;

use crate::i18n::rekap::{sf, Word};
use crate::i18n::Lang;

/// The drawings' width, in SVG units.
const W: f64 = 340.0;

fn num(x: f64) -> String {
    format!("{}", (x * 10.0).round() / 10.0)
}

/// A chart: its figure, image, description and data table.
fn figure(
    id: &str,
    title: &str,
    desc: String,
    height: f64,
    drawing: AnyView,
    lang: Lang,
    table: AnyView,
) -> AnyView {
    let desc_id = format!("{id}-desc");
    view! {
        <figure class="diagram rekap-chart" id=id.to_owned()>
            <figcaption class="diagram-title">{title.to_owned()}</figcaption>
            <svg class="diagram-svg" role="img" aria-label=title.to_owned() aria-describedby=desc_id.clone()
                viewBox=format!("0 0 {W} {}", num(height)) width=W.to_string() height=num(height)>
                {drawing}
            </svg>
            <p class="visually-hidden" id=desc_id>{desc}</p>
            <details class="diagram-data">
                <summary>{Word::ChartData.text(lang)}</summary>
                <div class="table-wrap"><table>{table}</table></div>
            </details>
        </figure>
    }
    .into_any()
}

/// How many best post-test scores fall in each tenth, with the pass mark's line.
pub fn distribution(lang: Lang, id: &str, bins: &[usize; 10], pass_mark: Option<u32>) -> AnyView {
    let (left, top, plot_h, bottom) = (30.0, 22.0, 120.0, 24.0);
    let slot = (W - left - 6.0) / 10.0;
    let most = bins.iter().copied().max().unwrap_or(0).max(1);
    #[allow(clippy::cast_precision_loss, reason = "a class's size")]
    let bar_h = |n: usize| n as f64 / most as f64 * plot_h;
    let base = top + plot_h;
    let bars = bins
        .iter()
        .enumerate()
        .map(|(i, n)| {
            #[allow(clippy::cast_precision_loss, reason = "ten bins")]
            let x = left + i as f64 * slot;
            let h = bar_h(*n);
            view! {
                <rect class="diagram-bar" x=num(x + 2.0) y=num(base - h) width=num(slot - 4.0) height=num(h) rx="2" />
                {(*n > 0).then(|| view! {
                    <text class="diagram-count" x=num(x + slot / 2.0) y=num(base - h - 5.0) text-anchor="middle">{n.to_string()}</text>
                })}
                <text class="diagram-axis" x=num(x + slot / 2.0) y=num(base + 17.0) text-anchor="middle">{(i * 10).to_string()}</text>
            }
        })
        .collect_view();
    let mark = pass_mark.map(|p| {
        let x = left + f64::from(p.min(100)) / 10.0 * slot;
        view! { <line class="rekap-mark" x1=num(x) x2=num(x) y1=num(top - 6.0) y2=num(base) /> }
    });
    let drawing = view! {
        <line class="diagram-grid" x1=num(left) x2=num(W - 6.0) y1=num(base) y2=num(base) />
        <text class="diagram-axis" x=num(left - 6.0) y=num(top + 5.0) text-anchor="end">{most.to_string()}</text>
        <text class="diagram-axis" x=num(left - 6.0) y=num(base) text-anchor="end">"0"</text>
        {bars}
        {mark}
    }
    .into_any();
    let range = |i: usize| {
        if i == 9 {
            "90–100".to_owned()
        } else {
            format!("{}–{}", i * 10, i * 10 + 9)
        }
    };
    let words = bins
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{}: {n}", range(i)))
        .collect::<Vec<_>>()
        .join(", ");
    let desc = format!(
        "{} {words}.",
        sf(
            lang,
            Word::ChartDistributionDesc,
            &[&pass_mark.map_or_else(|| "–".to_owned(), |p| p.to_string())]
        )
    );
    let rows = bins
        .iter()
        .enumerate()
        .map(|(i, n)| view! { <tr><th scope="row">{range(i)}</th><td>{*n}</td></tr> })
        .collect_view();
    let table = view! {
        <thead><tr><th scope="col">{Word::ColRange.text(lang)}</th><th scope="col">{Word::ColCount.text(lang)}</th></tr></thead>
        <tbody>{rows}</tbody>
    }
    .into_any();
    figure(
        id,
        Word::ChartDistribution.text(lang),
        desc,
        base + bottom,
        drawing,
        lang,
        table,
    )
}

/// A name cut to fit the chart's label column.
fn short(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        name.to_owned()
    } else {
        let mut s: String = name.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// Each learner's pre-test (hollow dot) and best post-test (full dot) on a 0–100 scale.
pub fn gain(lang: Lang, id: &str, rows: &[(String, u32, u32)]) -> AnyView {
    let (x0, x1, top, row_h) = (122.0, W - 10.0, 26.0, 22.0);
    let at = |p: u32| x0 + f64::from(p.min(100)) / 100.0 * (x1 - x0);
    #[allow(clippy::cast_precision_loss, reason = "a class's size")]
    let bottom = top + row_h * rows.len() as f64;
    let grid = [0u32, 50, 100]
        .iter()
        .map(|p| {
            let anchor = match p {
                0 => "start",
                50 => "middle",
                _ => "end",
            };
            view! {
                <line class="diagram-grid" x1=num(at(*p)) x2=num(at(*p)) y1=num(top - 6.0) y2=num(bottom) />
                <text class="diagram-axis" x=num(at(*p)) y="14" text-anchor=anchor>{p.to_string()}</text>
            }
        })
        .collect_view();
    let lines = rows
        .iter()
        .enumerate()
        .map(|(i, (name, pre, post))| {
            #[allow(clippy::cast_precision_loss, reason = "a class's size")]
            let y = top + row_h * i as f64 + row_h / 2.0;
            view! {
                <text class="diagram-label" x="0" y=num(y + 5.0)>{short(name, 14)}</text>
                <line class="rekap-gain-line" x1=num(at(*pre)) x2=num(at(*post)) y1=num(y) y2=num(y) />
                <circle class="rekap-pre" cx=num(at(*pre)) cy=num(y) r="5" />
                <circle class="diagram-point" cx=num(at(*post)) cy=num(y) r="5" />
            }
        })
        .collect_view();
    let height = bottom + 6.0;
    let drawing = view! { {grid}{lines} }.into_any();
    let words = rows
        .iter()
        .map(|(n, a, b)| format!("{n}: {}", sf(lang, Word::PrePost, &[a, b])))
        .collect::<Vec<_>>()
        .join("; ");
    let desc = format!("{} {words}.", Word::ChartGainDesc.text(lang));
    let body = rows
        .iter()
        .map(|(n, a, b)| view! { <tr><th scope="row">{n.clone()}</th><td>{*a}</td><td>{*b}</td></tr> })
        .collect_view();
    let table = view! {
        <thead><tr>
            <th scope="col">{Word::ColLearner.text(lang)}</th>
            <th scope="col">{Word::ColPre.text(lang)}</th>
            <th scope="col">{Word::ColPost.text(lang)}</th>
        </tr></thead>
        <tbody>{body}</tbody>
    }
    .into_any();
    figure(
        id,
        Word::ChartGain.text(lang),
        desc,
        height,
        drawing,
        lang,
        table,
    )
}

/// Each question's share of learners right, with the 20 % and 90 % lines.
pub fn difficulty(lang: Lang, id: &str, items: &[(String, f64, usize)]) -> AnyView {
    let (x0, x1, top, row_h) = (84.0, W - 48.0, 26.0, 20.0);
    let at = |share: f64| x0 + share.clamp(0.0, 1.0) * (x1 - x0);
    #[allow(clippy::cast_precision_loss, reason = "a bank's size")]
    let bottom = top + row_h * items.len() as f64;
    let guides = [0.2, 0.9]
        .iter()
        .map(|g| {
            view! {
                <line class="rekap-mark" x1=num(at(*g)) x2=num(at(*g)) y1=num(top - 6.0) y2=num(bottom) />
                <text class="diagram-axis" x=num(at(*g)) y="14" text-anchor="middle">{format!("{:.0}%", g * 100.0)}</text>
            }
        })
        .collect_view();
    let bars = items
        .iter()
        .enumerate()
        .map(|(i, (label, p, _))| {
            #[allow(clippy::cast_precision_loss, reason = "a bank's size")]
            let y = top + row_h * i as f64;
            view! {
                <text class="diagram-label" x="0" y=num(y + 14.0)>{short(label, 10)}</text>
                <rect class="diagram-bar" x=num(x0) y=num(y + 3.0) width=num(at(*p) - x0) height=num(row_h - 6.0) rx="2" />
                <text class="diagram-count" x=num(at(*p) + 4.0) y=num(y + 14.0)>{format!("{:.0}%", p * 100.0)}</text>
            }
        })
        .collect_view();
    let drawing = view! {
        <line class="diagram-grid" x1=num(x0) x2=num(x0) y1=num(top - 6.0) y2=num(bottom) />
        {guides}{bars}
    }
    .into_any();
    let words = items
        .iter()
        .map(|(l, p, n)| format!("{l}: {:.0}% ({n})", p * 100.0))
        .collect::<Vec<_>>()
        .join(", ");
    let desc = format!("{} {words}.", Word::ChartDifficultyDesc.text(lang));
    let body = items
        .iter()
        .map(|(l, p, n)| view! { <tr><th scope="row">{l.clone()}</th><td>{format!("{:.0}%", p * 100.0)}</td><td>{*n}</td></tr> })
        .collect_view();
    let table = view! {
        <thead><tr>
            <th scope="col">{Word::ColQuestion.text(lang)}</th>
            <th scope="col">{Word::ColDifficulty.text(lang)}</th>
            <th scope="col">{Word::ColAnswered.text(lang)}</th>
        </tr></thead>
        <tbody>{body}</tbody>
    }
    .into_any();
    figure(
        id,
        Word::ChartDifficulty.text(lang),
        desc,
        bottom + 6.0,
        drawing,
        lang,
        table,
    )
}
