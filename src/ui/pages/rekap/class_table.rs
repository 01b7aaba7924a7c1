//! The class table of the class summary: a row per learner, a column per module (status,
//! pre → post, attempts), JP and reading time; each header a button that sorts (again:
//! the other way), the state said by `aria-sort`; the summary line above it. Wide, so it
//! scrolls sideways inside a focusable region at 360 px.

use leptos::prelude::*;

use crate::domain::record::nip_grouped;
use crate::domain::rekap::table::{
    jp, minutes, order, status_word, summary, summary_text, CourseModule, SortKey,
};
use crate::domain::rekap::{Class, Source};
use crate::i18n::rekap::{sf, Word};
use crate::i18n::Lang;

/// The table's order: a column and its direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    key: SortKey,
    desc: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Self {
            key: SortKey::Name,
            desc: false,
        }
    }
}

impl Sort {
    /// The column and whether it runs downwards.
    #[must_use]
    pub fn key(self) -> (SortKey, bool) {
        (self.key, self.desc)
    }

    /// After a press on `key`'s button: the other way if it is the column already, else
    /// upwards by it (the highest first for numbers and modules).
    fn pressed(self, key: SortKey) -> Self {
        if self.key == key {
            Self {
                key,
                desc: !self.desc,
            }
        } else {
            Self {
                key,
                desc: !matches!(key, SortKey::Name | SortKey::Unit),
            }
        }
    }
}

/// The summary line and the class table.
#[component]
pub fn ClassTable(
    /// UI language.
    lang: Lang,
    /// The class.
    class: RwSignal<Class>,
    /// The table's modules.
    modules: Memo<Vec<CourseModule>>,
    /// The trainer's course (for "passed every module").
    course: Memo<Vec<CourseModule>>,
    /// The order.
    sort: RwSignal<Sort>,
) -> impl IntoView {
    let header = move |label: String, key: SortKey, id: String| {
        let state = move || {
            let s = sort.get();
            match (s.key == key, s.desc) {
                (false, _) => "none",
                (true, false) => "ascending",
                (true, true) => "descending",
            }
        };
        view! {
            <th scope="col" aria-sort=state>
                <button class="rekap-sort" type="button" id=id
                    on:click=move |_| sort.update(|s| *s = s.pressed(key))>
                    {label}
                    <span class="rekap-sort-mark" aria-hidden="true">{move || match state() {
                        "ascending" => "▲",
                        "descending" => "▼",
                        _ => "↕",
                    }}</span>
                </button>
            </th>
        }
    };
    let head = move || {
        let mods = modules.get();
        let per_module = mods
            .iter()
            .enumerate()
            .map(|(i, m)| {
                header(
                    m.title.clone(),
                    SortKey::Module(i),
                    format!("rekap-sort-m{i}"),
                )
            })
            .collect_view();
        view! {
            <tr>
                {header(Word::ColLearner.text(lang).to_owned(), SortKey::Name, "rekap-sort-name".into())}
                {header(Word::ColUnit.text(lang).to_owned(), SortKey::Unit, "rekap-sort-unit".into())}
                {per_module}
                {header(Word::ColJp.text(lang).to_owned(), SortKey::Jp, "rekap-sort-jp".into())}
                {header(Word::ColTime.text(lang).to_owned(), SortKey::Time, "rekap-sort-time".into())}
            </tr>
        }
    };
    let body = move || {
        let mods = modules.get();
        let (key, desc) = sort.get().key();
        class.with(|c| {
            order(c, &mods, key, desc)
                .into_iter()
                .filter_map(|i| c.entries.get(i))
                .map(|e| {
                    let who = match (&e.source, &e.learner.nip) {
                        (Source::Lrs(_), _) => Some(Word::FromLrs.text(lang).to_owned()),
                        (_, Some(nip)) => Some(nip_grouped(nip)),
                        _ => None,
                    };
                    let cells = mods
                        .iter()
                        .map(|m| match e.module(&m.id) {
                            None => view! { <td class="muted">"–"</td> }.into_any(),
                            Some(r) => {
                                let scores = match (r.pre, r.post) {
                                    (None, None) => None,
                                    (pre, post) => Some(sf(
                                        lang,
                                        Word::PrePost,
                                        &[
                                            &pre.map_or_else(|| "–".to_owned(), |p| p.to_string()),
                                            &post.map_or_else(|| "–".to_owned(), |p| p.to_string()),
                                        ],
                                    )),
                                };
                                let tries = (r.attempts > 0)
                                    .then(|| sf(lang, Word::Attempts, &[&r.attempts]));
                                view! {
                                    <td>
                                        <span class="rekap-status">{status_word(r.status, lang)}</span>
                                        {scores.map(|s| view! { <br /><span class="rekap-scores">{s}</span> })}
                                        {tries.map(|s| view! { <br /><span class="muted">{s}</span> })}
                                    </td>
                                }
                                .into_any()
                            }
                        })
                        .collect_view();
                    let time = minutes(e).map_or_else(
                        || "–".to_owned(),
                        |m| sf(lang, Word::Minutes, &[&m]),
                    );
                    view! {
                        <tr>
                            <th scope="row" class="rekap-learner">
                                {e.learner.name.clone()}
                                {who.map(|w| view! { <br /><span class="muted">{w}</span> })}
                            </th>
                            <td>{if e.learner.unit.is_empty() { "–".to_owned() } else { e.learner.unit.clone() }}</td>
                            {cells}
                            <td class="rekap-num">{jp(e, &mods)}</td>
                            <td class="rekap-num">{time}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let line = move || class.with(|c| summary_text(&summary(c, &course.get()), lang));
    view! {
        <section class="rekap-class" aria-labelledby="rekap-table-title">
            <h2 id="rekap-table-title">{Word::TableTitle.text(lang)}</h2>
            <p id="rekap-summary">{line}</p>
            <div class="table-wrap" role="region" tabindex="0" aria-label=Word::TableRegion.text(lang)>
                <table class="rekap-table" id="rekap-table">
                    <thead>{head}</thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </section>
    }
}
