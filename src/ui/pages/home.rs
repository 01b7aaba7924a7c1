//! `#/`: what the course is, how it works, and the module catalog.

use leptos::prelude::*;

use crate::content::catalog::Catalog;
use crate::i18n::{t, tf, Key};
use crate::ui::state::AppState;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    view! {
        <section class="hero">
            <h1 id="page-title" tabindex="-1">{t(lang, Key::HomeTitle)}</h1>
            <p class="lead">{t(lang, Key::HomeLead)}</p>
        </section>
        <section aria-labelledby="catalog-title">
            <h2 id="catalog-title">{t(lang, Key::CatalogTitle)}</h2>
            {move || match state.catalog.get() {
                None => view! { <p class="muted" role="status">{t(lang, Key::LoadingCatalog)}</p> }.into_any(),
                Some(catalog) => view! { <CatalogList catalog=catalog /> }.into_any(),
            }}
        </section>
        <section class="card" aria-labelledby="how-title">
            <h2 id="how-title">{t(lang, Key::HowTitle)}</h2>
            <ol class="steps">
                <li>{t(lang, Key::HowRead)}</li>
                <li>{t(lang, Key::HowQuiz)}</li>
                <li>{t(lang, Key::HowKeep)}</li>
            </ol>
        </section>
    }
}

/// The module cards, then any pack that failed, by name.
#[component]
fn CatalogList(
    /// The loaded catalog.
    catalog: Catalog,
) -> impl IntoView {
    let lang = AppState::get().lang;
    let empty = catalog.entries.is_empty();
    let cards = catalog
        .entries
        .into_iter()
        .map(|entry| {
            let m = entry.summary;
            let href = format!("#/modul/{}", m.id);
            view! {
                <li class="module-card">
                    <h3><a href=href>{m.title}</a></h3>
                    <p>{m.summary}</p>
                    <p class="meta">
                        <span>{tf(lang, Key::MetaMinutes, &[&m.minutes])}</span>
                        <span>{tf(lang, Key::MetaJp, &[&m.jp])}</span>
                        <span>{tf(lang, Key::MetaLessons, &[&m.lessons.len()])}</span>
                    </p>
                </li>
            }
        })
        .collect_view();
    let problems = catalog.problems;
    view! {
        <ul class="module-list">{cards}</ul>
        <Show when=move || empty>
            <p class="muted">{t(lang, Key::PackProblemsNone)}</p>
        </Show>
        {(!problems.is_empty()).then(|| {
            let items = problems
                .into_iter()
                .map(|p| view! { <li><code>{p.pack_path}</code> ": " {p.detail}</li> })
                .collect_view();
            view! {
                <div class="alert alert-error" role="alert">
                    <p>{t(lang, Key::PackProblemsLead)}</p>
                    <ul>{items}</ul>
                </div>
            }
        })}
    }
}
