//! On the module page: the pre-test card (issue 26, item 1). Before the first lesson it
//! offers the pre-test (saying plainly whether it is required or may be skipped) with a link
//! to `#/modul/<id>/kuis/pretest` (the page itself is in the quiz chunk); afterwards it shows
//! the gain, "Pre-test 40 → Post-test 90". In an embed its links stay in the embed
//! (`#/embed/<id>/kuis/pretest`).

use leptos::prelude::*;

use crate::content::catalog::CatalogEntry;
use crate::domain::pretest::{gain, gate, module_has_pretest, Gate, PretestMode};
use crate::i18n::{t, tf, Key};
use crate::ui::links;
use crate::ui::state::{AppState, BodyState};

/// The pre-test card of module `entry`, or nothing.
pub(super) fn module_pretest(entry: &CatalogEntry) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let module = entry.summary.clone();
    let e = entry.clone();
    let href = links::pretest(&module.id);
    move || {
        if module.pretest == PretestMode::Off {
            return None;
        }
        // Until the bank is here, a module that says it has a pre-test is taken at its word.
        let has = match state.body(&module.id) {
            Some(BodyState::Ready(body)) => module_has_pretest(&module, &body.questions),
            _ => true,
        };
        let record = state.progress.pretest(&module.id);
        let g = gate(module.pretest, has, record.as_ref());
        let best = state.module_progress(&e).best;
        let body = match g {
            Gate::None => return None,
            Gate::Settled => {
                let line = match gain(record.as_ref(), best) {
                    Some(g) => tf(lang, Key::PretestGain, &[&g.pre, &g.post]),
                    None => match record.as_ref().and_then(crate::domain::pretest::PretestRecord::score) {
                        Some(s) => tf(lang, Key::PretestScore, &[&s.percent]),
                        None => t(lang, Key::PretestSkipped).to_owned(),
                    },
                };
                view! { <p id="pretest-gain">{line}</p> }.into_any()
            }
            Gate::Running => view! {
                <p><a class="button" id="pretest-link" href=href.clone()>{t(lang, Key::PretestContinue)}</a></p>
            }
            .into_any(),
            Gate::Offered | Gate::Required => {
                let rule = if g.blocks_lessons() { Key::PretestRequired } else { Key::PretestOffered };
                view! {
                    <p id="pretest-rule">{t(lang, rule)}</p>
                    <p><a class="button" id="pretest-link" href=href.clone()>{t(lang, Key::PretestStart)}</a></p>
                }
                .into_any()
            }
        };
        Some(view! {
            <section class="card" id="pretest-card" aria-labelledby="pretest-card-title">
                <h2 id="pretest-card-title">{t(lang, Key::PretestTitle)}</h2>
                {body}
            </section>
        })
    }
}
