//! On the module page, what the learner keeps from the module (issue 26, items 4 and 6): the
//! *Rencana Tindak Lanjut* card (the plan, or the way to write one once a post-test is done)
//! and the reflection journal (each lesson's entry, as text, linked to its lesson). Read from
//! the progress mirror and the catalog (no module body needed); never writes. In the quiz
//! chunk: the module page (main module) draws it through `ui::lazy::lazy_module_keep` once the
//! learner has anything here.

use leptos::prelude::*;

use crate::content::catalog::CatalogEntry;
use crate::i18n::{t, tf, Key};
use crate::ui::links;
use crate::ui::state::AppState;

/// Both cards of `entry`'s module page.
pub(crate) fn module_keep(entry: &CatalogEntry) -> AnyView {
    (rtl_card(entry), journal_card(entry)).into_any()
}

/// The RTL card: shown once the learner has a plan, or has finished a post-test (the plan
/// follows it), so a new learner's page is as the first screen drew it.
fn rtl_card(entry: &CatalogEntry) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let e = entry.clone();
    let id = entry.summary.id.clone();
    move || {
        let plan = state.progress.rtl_of(&id);
        if plan.is_none() && state.module_progress(&e).attempts_finished == 0 {
            return None;
        }
        let href = links::rtl(&id);
        let (body, button, class) = match &plan {
            Some(p) => (
                view! {
                    <p id="rtl-card-plan">{tf(lang, Key::RtlCardSaved, &[&p.perubahan])}</p>
                    {(!p.tenggat.is_empty()).then(|| view! {
                        <p class="meta">{tf(lang, Key::RtlCardDeadline, &[&crate::domain::record::date_words(&p.tenggat, lang)])}</p>
                    })}
                }
                .into_any(),
                Key::RtlEdit,
                "button button-secondary",
            ),
            None => (
                view! { <p>{t(lang, Key::RtlCardNone)}</p> }.into_any(),
                Key::RtlWrite,
                "button",
            ),
        };
        Some(view! {
            <section class="card" aria-labelledby="rtl-card-title">
                <h2 id="rtl-card-title">{t(lang, Key::RtlTitle)}</h2>
                {body}
                <p><a class=class id="rtl-link" href=href>{t(lang, button)}</a></p>
            </section>
        })
    }
}

/// "Jurnal refleksi Anda": the learner's journal entries of this module, in lesson order;
/// nothing while there are none.
fn journal_card(entry: &CatalogEntry) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let summary = entry.summary.clone();
    move || {
        let items: Vec<_> = state.progress.journal.with(|all| {
            summary
                .lessons
                .iter()
                .filter_map(|l| {
                    let e = all
                        .iter()
                        .find(|e| e.module == summary.id && e.lesson == l.id && !e.is_blank())?;
                    Some((l.clone(), e.text.clone()))
                })
                .collect()
        });
        (!items.is_empty()).then(|| {
            let list = items
                .into_iter()
                .map(|(l, text)| {
                    let href = links::lesson(&summary.id, &l.id);
                    view! {
                        <li>
                            <p class="journal-entry">{text}</p>
                            <a href=href>{tf(lang, Key::JournalEdit, &[&l.title])}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="card" aria-labelledby="journal-title">
                    <h2 id="journal-title">{t(lang, Key::JournalTitle)}</h2>
                    <ul class="journal-list" id="journal-list">{list}</ul>
                </section>
            }
        })
    }
}
