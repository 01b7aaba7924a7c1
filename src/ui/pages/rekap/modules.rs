//! A section per module of the class summary: its line (passed, median pre → post), its three
//! charts and its item analysis (`domain::rekap::items`), each question named by its id and
//! the start of its prompt from the trainer's own course, with the wrong options chosen.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::catalog::ModuleContent;
use crate::domain::course::{Question, QuestionKind};
use crate::domain::ids::{ModuleId, QuestionId};
use crate::domain::laporan::Status;
use crate::domain::quiz::{FALSE_ID, TRUE_ID};
use crate::domain::rekap::items::{analyse, ItemStats};
use crate::domain::rekap::table::{distribution, flag_word, module_line, number, CourseModule};
use crate::domain::rekap::{Class, FirstAttempt};
use crate::i18n::rekap::{sf, Word};
use crate::i18n::Lang;
use crate::ui::state::{AppState, BodyState};

use super::charts;

/// The trainer's course, as the table knows its modules.
pub fn course(state: AppState) -> Vec<CourseModule> {
    state.catalog.with(|c| {
        c.as_ref()
            .map(|c| {
                c.entries
                    .iter()
                    .map(|e| CourseModule {
                        id: e.summary.id.clone(),
                        title: e.summary.title.clone(),
                        jp: Some(e.summary.jp),
                        pass_mark: Some(e.summary.pass_mark),
                    })
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// The module's bank, once its file is in (tracked).
fn bank(state: AppState, id: &ModuleId) -> Option<Arc<ModuleContent>> {
    match state.body(id) {
        Some(BodyState::Ready(c)) => Some(c),
        _ => None,
    }
}

/// A question's right options: option ids, or the true/false id; none for ordering and
/// matching (they have no options to choose wrongly).
fn key_of(q: &Question) -> Vec<String> {
    match &q.kind {
        QuestionKind::Single { options } | QuestionKind::Multiple { options } => options
            .iter()
            .filter(|o| o.correct)
            .map(|o| o.id.clone())
            .collect(),
        QuestionKind::TrueFalse { answer, .. } => {
            vec![if *answer { TRUE_ID } else { FALSE_ID }.to_owned()]
        }
        QuestionKind::Ordering { .. } | QuestionKind::Matching { .. } => Vec::new(),
    }
}

/// The item analysis of module `m` from the class's first attempts.
fn items_of(class: &Class, m: &ModuleId, bank: Option<&ModuleContent>) -> Vec<ItemStats> {
    let firsts: Vec<&FirstAttempt> = class
        .entries
        .iter()
        .filter_map(|e| e.module(m)?.first.as_ref())
        .collect();
    let find = |q: &QuestionId| bank.and_then(|b| b.questions.iter().find(|x| &x.id == q));
    analyse(&firsts, |q| find(q).map(key_of))
}

/// Every module's item analysis (the XLSX's second sheet).
pub fn all_items(
    state: AppState,
    class: &Class,
    modules: &[CourseModule],
) -> Vec<(CourseModule, Vec<ItemStats>)> {
    modules
        .iter()
        .map(|m| {
            let b = state.bodies.with_untracked(|b| match b.get(&m.id) {
                Some(BodyState::Ready(c)) => Some(c.clone()),
                _ => None,
            });
            (m.clone(), items_of(class, &m.id, b.as_deref()))
        })
        .collect()
}

/// At most `max` characters of `s`.
fn cut(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(max - 1).collect();
        out.push('…');
        out
    }
}

/// An option's text, when the bank has it.
fn option_text(q: Option<&Question>, option: &str) -> Option<String> {
    match &q?.kind {
        QuestionKind::Single { options } | QuestionKind::Multiple { options } => options
            .iter()
            .find(|o| o.id == option)
            .map(|o| cut(&o.text, 60)),
        QuestionKind::TrueFalse { .. }
        | QuestionKind::Ordering { .. }
        | QuestionKind::Matching { .. } => None,
    }
}

fn item_table(
    lang: Lang,
    index: usize,
    stats: &[ItemStats],
    bank: Option<&ModuleContent>,
) -> AnyView {
    if stats.is_empty() {
        return view! { <p class="muted">{Word::NoItems.text(lang)}</p> }.into_any();
    }
    let find = |q: &QuestionId| bank.and_then(|b| b.questions.iter().find(|x| &x.id == q));
    let rows = stats
        .iter()
        .map(|s| {
            let q = find(&s.question);
            let wrong = s
                .wrong
                .iter()
                .map(|(o, n)| {
                    let label = match option_text(q, o) {
                        Some(t) => format!("{o} ({t}): {n}"),
                        None => format!("{o}: {n}"),
                    };
                    view! { <li>{label}</li> }
                })
                .collect_view();
            let flags = s
                .flags
                .iter()
                .map(|f| flag_word(*f, lang))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <tr class:rekap-flagged=!s.flags.is_empty()>
                    <th scope="row">
                        <span class="rekap-qid">{s.question.to_string()}</span>
                        {q.map(|q| view! { <br /><span class="muted">{cut(&q.prompt, 90)}</span> })}
                    </th>
                    <td class="rekap-num">{s.answered}</td>
                    <td class="rekap-num">{format!("{:.0}%", s.difficulty * 100.0)}</td>
                    <td class="rekap-num">{s.discrimination.map_or_else(|| "–".to_owned(), |d| format!("{d:.2}"))}</td>
                    <td><ul class="rekap-wrong">{wrong}</ul></td>
                    <td>{flags}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby=format!("rekap-items-{index}")>
            <table class="rekap-items">
                <thead><tr>
                    <th scope="col">{Word::ColQuestion.text(lang)}</th>
                    <th scope="col">{Word::ColAnswered.text(lang)}</th>
                    <th scope="col">{Word::ColDifficulty.text(lang)}</th>
                    <th scope="col">{Word::ColDiscrimination.text(lang)}</th>
                    <th scope="col">{Word::ColWrong.text(lang)}</th>
                    <th scope="col">{Word::ColFlags.text(lang)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// A section per module any learner has data for.
pub fn module_sections(
    state: AppState,
    lang: Lang,
    class: RwSignal<Class>,
    modules: Memo<Vec<CourseModule>>,
) -> AnyView {
    let mods = modules.get();
    class
        .with(|c| {
            mods.iter()
                .enumerate()
                // Modules some learner has begun: the others have nothing to show.
                .filter(|(_, m)| {
                    c.entries.iter().any(|e| {
                        e.module(&m.id).is_some_and(|r| {
                            r.status != Status::BelumMulai || r.pre.is_some() || r.post.is_some()
                        })
                    })
                })
                .map(|(i, m)| {
                    let b = bank(state, &m.id);
                    let item_stats = items_of(c, &m.id, b.as_deref());
                    let line = module_line(c, &m.id);
                    let median = |x: Option<f64>| x.map_or_else(|| "–".to_owned(), number);
                    let text = sf(
                        lang,
                        Word::ModuleLine,
                        &[&line.passed, &line.learners, &median(line.pre), &median(line.post)],
                    );
                    let mut pairs: Vec<(String, u32, u32)> = c
                        .entries
                        .iter()
                        .filter_map(|e| {
                            let r = e.module(&m.id)?;
                            Some((e.learner.name.clone(), r.pre?, r.post?))
                        })
                        .collect();
                    pairs.sort_by_key(|(_, a, b)| std::cmp::Reverse(i64::from(*b) - i64::from(*a)));
                    let difficulty: Vec<(String, f64, usize)> = item_stats
                        .iter()
                        .map(|s| (s.question.to_string(), s.difficulty, s.answered))
                        .collect();
                    let bins = distribution(c, &m.id);
                    let title_id = format!("rekap-m{i}-title");
                    let labelled = title_id.clone();
                    view! {
                        <section class="rekap-module" aria-labelledby=labelled id=format!("rekap-m{i}")>
                            <h2 id=title_id>{m.title.clone()}</h2>
                            <p class="rekap-module-line">{text}</p>
                            <div class="rekap-charts">
                                {(bins.iter().sum::<usize>() > 0).then(|| charts::distribution(lang, &format!("rekap-m{i}-dist"), &bins, m.pass_mark))}
                                {(!pairs.is_empty()).then(|| charts::gain(lang, &format!("rekap-m{i}-gain"), &pairs))}
                                {(!difficulty.is_empty()).then(|| charts::difficulty(lang, &format!("rekap-m{i}-diff"), &difficulty))}
                            </div>
                            <h3 id=format!("rekap-items-{i}")>{Word::ItemsTitle.text(lang)}</h3>
                            <p class="muted">{Word::ItemsLead.text(lang)}</p>
                            {item_table(lang, i, &item_stats, b.as_deref())}
                        </section>
                    }
                })
                .collect_view()
        })
        .into_any()
}
