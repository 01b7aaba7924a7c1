//! `#/modul/<id>/gelar`: the module's *Gelar Budaya Kerja* kit (issue 26, item 5), for KBK
//! groups preparing their presentation and for the judges who score it. In the RTL chunk (the
//! module's "after the lessons" pages); the kit itself is content (`gelar.toml`, compiled into
//! the module file as `content::model::GelarKit`).
//!
//! Three parts: the rubric, with a helper that totals one group's scores
//! (`domain::gelar::total_hundredths`; nothing is saved or sent); the six-slide storyline; the
//! completed KBK worksheet as a worked example. On paper the rubric is a table with a blank
//! score column that fits one A4 page ("Cetak rubrik" prints that page alone); the storyline
//! and the example follow on their own pages. All content is shown as text.

use leptos::prelude::*;

use crate::content::catalog::CatalogEntry;
use crate::content::model::{GelarKit, RubricCriterion};
use crate::domain::gelar::{format_hundredths, total_hundredths, MAX_SCORE};
use crate::domain::ids::ModuleId;
use crate::domain::worksheet::{KbkSheet, Measure};
use crate::i18n::gelar::Word;
use crate::i18n::{t, Key, Lang};
use crate::ui::links;
use crate::ui::state::AppState;

use super::module_frame::with_module_body;

/// The kit's page.
#[component]
pub fn GelarPage(
    /// Which module.
    id: ModuleId,
) -> impl IntoView {
    let lang = AppState::get().lang;
    with_module_body(id, move |entry, body| {
        match body.gelar.clone() {
        Some(kit) => view! { <Kit entry=entry kit=kit lang=lang /> }.into_any(),
        None => view! {
            <p class="crumb"><a href=links::module(&entry.summary.id)>{entry.summary.title.clone()}</a></p>
            <h1 id="page-title" tabindex="-1">{t(lang, Key::GelarLink)}</h1>
            <p id="gelar-none">{Word::NoKit.text(lang)}</p>
        }
        .into_any(),
    }
    })
}

/// Which part a print button prints: the start-up script's print rules read
/// `<html data-print>` (`style/main.css`), cleared after printing.
fn print(part: Option<&'static str>) {
    crate::platform::set_root_data("print", part);
    crate::platform::device::print_then(|| crate::platform::set_root_data("print", None));
}

#[component]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Leptos component props are taken by value"
)]
fn Kit(entry: CatalogEntry, kit: GelarKit, lang: Lang) -> impl IntoView {
    let module = entry.summary;
    let criteria = kit.rubric.clone();
    view! {
        <p class="crumb no-print"><a href=links::module(&module.id)>{module.title.clone()}</a></p>
        // On paper the rubric's own title line and total line stand for these.
        <h1 id="page-title" tabindex="-1" class="no-print">{kit.title.clone()}</h1>
        <p class="lead no-print">{Word::Lead.text(lang)}</p>
        <p class="no-print">{kit.intro.clone()}</p>
        <div class="actions no-print">
            <button class="button" type="button" id="gelar-print-rubric" on:click=|_| print(Some("rubric"))>
                {Word::PrintRubric.text(lang)}
            </button>
            <button class="button button-secondary" type="button" id="gelar-print-all" on:click=|_| print(None)>
                {Word::PrintAll.text(lang)}
            </button>
        </div>
        <section class="card gelar-rubric" id="gelar-rubric" aria-labelledby="rubric-title">
            <h2 id="rubric-title">{Word::Rubric.text(lang)}</h2>
            <Scorer criteria=criteria.clone() lang=lang />
            <RubricSheet kit_title=kit.title.clone() criteria=criteria lang=lang />
        </section>
        <div class="gelar-rest">
            <section class="card" id="gelar-storyline" aria-labelledby="storyline-title">
                <h2 id="storyline-title">{Word::Storyline.text(lang)}</h2>
                <ol class="gelar-slides">
                    {kit.storyline.iter().enumerate().map(|(i, s)| view! {
                        <li>
                            <h3>{Word::Slide.with(lang, &[&(i + 1), &s.title])}</h3>
                            <p>{s.guidance.clone()}</p>
                            <p class="gelar-example">{Word::Example.with(lang, &[&s.example])}</p>
                        </li>
                    }).collect_view()}
                </ol>
            </section>
            <section class="card gelar-worked" id="gelar-worked" aria-labelledby="worked-title">
                <h2 id="worked-title">{Word::Worked.text(lang)}</h2>
                <p>{kit.example_title.clone()}</p>
                <SheetView sheet=kit.example lang=lang />
            </section>
        </div>
        <p class="no-print"><a class="button button-secondary" href=links::module(&module.id)>{t(lang, Key::BackToModule)}</a></p>
    }
}

/// The rubric on screen: each criterion with its levels and, for a judge, a score choice; the
/// total once every criterion has a score.
#[component]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Leptos component props are taken by value"
)]
fn Scorer(criteria: Vec<RubricCriterion>, lang: Lang) -> impl IntoView {
    let scores = RwSignal::new(vec![None::<u32>; criteria.len()]);
    let weights: Vec<u32> = criteria.iter().map(|c| c.weight).collect();
    let cards = criteria
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let levels = c
                .levels
                .iter()
                .map(|l| {
                    view! {
                        <dt>{Word::Level.with(lang, &[&l.score])}</dt>
                        <dd>{l.descriptor.clone()}</dd>
                    }
                })
                .collect_view();
            let group = format!("gelar-score-{}", c.id);
            let radios = (1..=MAX_SCORE)
                .rev()
                .map(|score| {
                    view! {
                        <label class="option gelar-score-option">
                            <input type="radio" name=group.clone() value=score.to_string()
                                prop:checked=move || scores.with(|s| s.get(i).copied().flatten() == Some(score))
                                on:change=move |_| scores.update(|s| if let Some(slot) = s.get_mut(i) { *slot = Some(score); }) />
                            <span>{score}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <li class="gelar-criterion">
                    <h3>{c.name.clone()}</h3>
                    <p class="gelar-weight">{Word::Weight.with(lang, &[&c.weight])}</p>
                    <p>{c.looks_for.clone()}</p>
                    <dl class="gelar-levels">{levels}</dl>
                    <fieldset class="gelar-score">
                        <legend>{Word::ScoreFor.with(lang, &[&c.name])}</legend>
                        <div class="gelar-score-options">{radios}</div>
                    </fieldset>
                </li>
            }
        })
        .collect_view();
    let total = move || {
        let picked = scores.get();
        let done: Vec<(u32, u32)> = weights
            .iter()
            .zip(&picked)
            .filter_map(|(w, s)| s.map(|s| (*w, s)))
            .collect();
        if done.len() < picked.len() {
            return Word::Partial.with(lang, &[&done.len(), &picked.len()]);
        }
        match total_hundredths(&done) {
            Ok(h) => Word::Total.with(lang, &[&format_hundredths(h, lang)]),
            // The choices offer 1–4 only.
            Err(_) => String::new(),
        }
    };
    view! {
        <div class="gelar-scorer no-print">
            <p>{Word::ScorerNote.text(lang)}</p>
            <ol class="gelar-criteria">{cards}</ol>
            <p class="gelar-total" id="gelar-total" role="status">{total}</p>
            <button class="button button-secondary" type="button" id="gelar-clear"
                on:click=move |_| scores.update(|s| s.iter_mut().for_each(|x| *x = None))>
                {Word::Clear.text(lang)}
            </button>
        </div>
    }
}

/// The rubric on paper: one table, a blank score column, the group's and the total's blanks.
#[component]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Leptos component props are taken by value"
)]
fn RubricSheet(kit_title: String, criteria: Vec<RubricCriterion>, lang: Lang) -> impl IntoView {
    let scores: Vec<u32> = (1..=MAX_SCORE).rev().collect();
    let heads = scores
        .iter()
        .map(|s| view! { <th scope="col">{Word::Level.with(lang, &[s])}</th> })
        .collect_view();
    let rows = criteria
        .iter()
        .map(|c| {
            let cells = scores
                .iter()
                .map(|s| {
                    let text = c
                        .levels
                        .iter()
                        .find(|l| l.score == *s)
                        .map(|l| l.descriptor.clone());
                    view! { <td>{text}</td> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row"><strong>{c.name.clone()}</strong><span class="gelar-looks">{c.looks_for.clone()}</span></th>
                    <td class="gelar-num">{c.weight}"%"</td>
                    {cells}
                    <td class="gelar-blank"></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="print-only gelar-paper">
            <p class="gelar-paper-title"><strong>{kit_title}</strong>" — "{Word::Rubric.text(lang)}</p>
            <p>{Word::GroupBlank.text(lang)}</p>
            <table class="gelar-sheet">
                <thead>
                    <tr>
                        <th scope="col">{Word::Criterion.text(lang)}</th>
                        <th scope="col">{Word::WeightColumn.text(lang)}</th>
                        {heads}
                        <th scope="col">{Word::ScoreColumn.text(lang)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="gelar-paper-total">{Word::TotalBlank.text(lang)}</p>
        </div>
    }
}

fn measure_text(m: &Measure) -> String {
    format!("{} {}", m.value, m.unit).trim().to_owned()
}

/// A completed KBK worksheet, read-only, in the worksheet's own order and words.
#[component]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Leptos component props are taken by value"
)]
fn SheetView(sheet: KbkSheet, lang: Lang) -> impl IntoView {
    let line = |key: Key, text: String| {
        (!text.trim().is_empty()).then(|| view! { <dt>{t(lang, key)}</dt><dd>{text}</dd> })
    };
    let members = sheet
        .members
        .iter()
        .map(|m| view! { <li>{m.name.clone()}" — "{t(lang, m.role.label())}</li> })
        .collect_view();
    let tally = (!sheet.tally.is_empty()).then(|| {
        let rows = sheet
            .tally
            .iter()
            .map(|r| view! { <tr><td>{r.cause.clone()}</td><td class="gelar-num">{r.count}</td></tr> })
            .collect_view();
        view! {
            <h3>{t(lang, Key::WkTallyLegend)}</h3>
            <table class="gelar-tally">
                <thead><tr><th scope="col">{Word::Cause.text(lang)}</th><th scope="col">{Word::Count.text(lang)}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    });
    let f = &sheet.fishbone;
    view! {
        <h3>{t(lang, Key::WkGroupLegend)}</h3>
        <dl class="gelar-fields">
            {line(Key::WkGroupName, sheet.group.clone())}
            {line(Key::WkUnit, sheet.unit.clone())}
        </dl>
        <h3>{t(lang, Key::WkMembersLegend)}</h3>
        <ul>{members}</ul>
        <h3>{t(lang, Key::WkProblemLegend)}</h3>
        <dl class="gelar-fields">
            {line(Key::WkProblem, sheet.problem.clone())}
            {line(Key::WkReason, sheet.reason.clone())}
        </dl>
        {tally}
        <h3>{t(lang, Key::WkFishboneLegend)}</h3>
        <dl class="gelar-fields">
            {line(Key::WkManusia, f.manusia.clone())}
            {line(Key::WkMetode, f.metode.clone())}
            {line(Key::WkBahan, f.bahan.clone())}
            {line(Key::WkSarana, f.sarana.clone())}
            {line(Key::WkLingkungan, f.lingkungan.clone())}
        </dl>
        <h3>{t(lang, Key::WkPdcaLegend)}</h3>
        <dl class="gelar-fields">
            {line(Key::WkPlan, sheet.plan.clone())}
            {line(Key::WkDo, sheet.act_do.clone())}
            {line(Key::WkCheck, sheet.check.clone())}
            {line(Key::WkAct, sheet.act.clone())}
        </dl>
        <h3>{t(lang, Key::WkMeasureLegend)}</h3>
        <dl class="gelar-fields">
            {line(Key::WkBeforeValue, measure_text(&sheet.before))}
            {line(Key::WkAfterValue, measure_text(&sheet.after))}
        </dl>
    }
}
