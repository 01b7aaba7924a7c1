//! `#/modul/<id>/glosarium`: the terms a module uses, alphabetically.

use leptos::prelude::*;

use crate::domain::ids::ModuleId;
use crate::i18n::{t, tf, Key};
use crate::ui::state::AppState;

use super::module_frame::{with_body, with_module};

/// The glossary page.
#[component]
pub fn GlossaryPage(
    /// Which module.
    id: ModuleId,
) -> impl IntoView {
    let lang = AppState::get().lang;
    with_module(id, move |entry| {
        let title = entry.summary.title.clone();
        let module_href = crate::ui::links::module(&entry.summary.id);
        with_body(&entry, move |body| {
            // Each term keeps its place in the module file as its id: a search result links to
            // it (`?istilah=<n>`, ui/pages/search.rs).
            let mut terms: Vec<_> = body.glossary.iter().cloned().enumerate().collect();
            terms.sort_by_key(|(_, g)| g.term.to_ascii_lowercase());
            let items = terms
                .into_iter()
                .map(|(n, g)| view! { <dt id=format!("istilah-{n}")>{g.term}</dt><dd>{g.definition}</dd> })
                .collect_view();
            if let Some(n) = crate::platform::place::hash_param("istilah")
                .and_then(|n| n.parse::<usize>().ok())
                .filter(|n| *n < body.glossary.len())
            {
                crate::platform::place::reveal_id(format!("istilah-{n}"));
            }
            view! {
                <p class="crumb"><a href=module_href.clone()>{title.clone()}</a></p>
                <h1 id="page-title" tabindex="-1">{tf(lang, Key::GlossaryOf, &[&title])}</h1>
                <dl class="glossary">{items}</dl>
                <p><a class="button button-secondary" href=module_href.clone()>{t(lang, Key::BackToModule)}</a></p>
            }
            .into_any()
        })
        .into_any()
    })
}
