//! The result page's way forward (issue 30, finding 4): after a pass, the record and the next
//! module, with "Ulangi kuis" secondary; after a passed quiz with lessons unread, the next of
//! them; after a fail, the retry.

use leptos::prelude::*;

use crate::content::catalog::CatalogEntry;
use crate::domain::progress::{next_module, unread_lessons, ModuleStatus};
use crate::domain::route::Route;
use crate::i18n::{t, tf, Key};
use crate::ui::links;
use crate::ui::state::AppState;

/// The buttons under the score.
#[component]
pub fn ResultActions(
    /// The module.
    entry: CatalogEntry,
    /// The latest attempt reached the pass mark.
    passed: bool,
    /// The module is *Lulus* (quiz passed and lessons read).
    lulus: bool,
    /// Another attempt may be started.
    can_retry: bool,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let summary = entry.summary;
    let module_href = links::module(&summary.id);
    let quiz_href = links::quiz(&summary.id);
    let embedded = links::embedded();
    // Primary: where to go next.
    let primary: Option<(String, String, &'static str)> = if lulus {
        (!embedded).then(|| {
            (
                Route::Record.to_hash(),
                t(lang, Key::SeeRecord).to_owned(),
                "result-record",
            )
        })
    } else if passed {
        state.progress.lessons.with_untracked(|l| {
            unread_lessons(&summary, l).first().map(|u| {
                (
                    links::lesson(&summary.id, &u.id),
                    tf(lang, Key::ContinueLesson, &[&u.title]),
                    "result-read",
                )
            })
        })
    } else {
        can_retry.then(|| {
            (
                quiz_href.clone(),
                t(lang, Key::QuizRetry).to_owned(),
                "result-retry",
            )
        })
    };
    // After a pass, the next module not passed yet (never inside a portal's frame).
    let next = (lulus && !embedded)
        .then(|| {
            state.catalog.with_untracked(|c| {
                let entries = &c.as_ref()?.entries;
                let here = entries.iter().position(|e| e.summary.id == summary.id)?;
                let passed: Vec<bool> = entries
                    .iter()
                    .map(|e| {
                        state.progress.module_untracked(&e.summary).status == ModuleStatus::Passed
                    })
                    .collect();
                let m = &entries.get(next_module(&passed, here)?)?.summary;
                Some((
                    Route::Module(m.id.clone()).to_hash(),
                    tf(lang, Key::NextModule, &[&m.title]),
                ))
            })
        })
        .flatten();
    let retry_secondary = (passed && can_retry).then(|| {
        view! { <a class="button button-secondary" id="result-retry" href=quiz_href.clone()>{t(lang, Key::QuizRetry)}</a> }
    });
    view! {
        <div class="actions">
            {primary.map(|(href, label, id)| view! { <a class="button" id=id href=href>{label}</a> })}
            {next.map(|(href, label)| view! { <a class="button" id="result-next-module" href=href>{label}</a> })}
            {retry_secondary}
            <a class="button button-secondary" href=module_href>{t(lang, Key::BackToModule)}</a>
        </div>
    }
}
