//! On the module page, for review: the worksheets the learner has filled in that this
//! module's lessons place, each linked to its lesson. Shows nothing when there are none.
//! Part of the RTL chunk, drawn in place by `ui::lazy::lazy_module_worksheets`.
//! Reads the progress mirror and the module body (fetched only when the learner has a
//! worksheet); never writes.

use leptos::prelude::*;

use crate::content::catalog::CatalogEntry;
use crate::content::model::Block;
use crate::domain::worksheet::WorksheetId;
use crate::i18n::{t, tf, Key};
use crate::ui::links;
use crate::ui::state::{AppState, BodyState};

fn title_key(id: WorksheetId) -> Key {
    match id {
        WorksheetId::Kbk => Key::WkTitle,
    }
}

/// The "Lembar kerja Anda" card of module `entry`, when the learner has one of its worksheets.
pub(crate) fn module_worksheets(entry: &CatalogEntry) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let has_any = Memo::new(move |_| state.progress.worksheets.with(|w| !w.is_empty()));
    let for_body = entry.clone();
    Effect::new(move |_| {
        if has_any.get() {
            state.request_body(&for_body);
        }
    });
    let module = entry.summary.id.clone();
    move || {
        if !has_any.get() {
            return None;
        }
        let Some(BodyState::Ready(body)) = state.body(&module) else {
            return None;
        };
        let saved: Vec<WorksheetId> = state
            .progress
            .worksheets
            .with(|w| w.iter().map(|w| w.id).collect());
        let links: Vec<_> = body
            .lessons
            .iter()
            .flat_map(|lesson| {
                lesson.blocks.iter().filter_map(move |b| match b {
                    Block::Worksheet { id } => Some((*id, lesson)),
                    _ => None,
                })
            })
            .filter(|(id, _)| saved.contains(id))
            .map(|(id, lesson)| {
                let href = links::lesson(&module, &lesson.id);
                view! {
                    <li><a href=href>{tf(lang, Key::WkReviewLink, &[&t(lang, title_key(id)), &lesson.title])}</a></li>
                }
            })
            .collect();
        (!links.is_empty()).then(|| {
            view! {
                <section class="card" aria-labelledby="worksheets-title">
                    <h2 id="worksheets-title">{t(lang, Key::WkReviewTitle)}</h2>
                    <ul id="worksheet-links">{links}</ul>
                </section>
            }
        })
    }
}
