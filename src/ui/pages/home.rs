//! `#/`: what the course is, how it works, and the module catalog.

use leptos::prelude::*;

use crate::i18n::{t, Key, Lang};

/// The home page.
#[component]
pub fn HomePage(
    /// UI language.
    lang: Lang,
) -> impl IntoView {
    view! {
        <section class="hero">
            <h1 id="page-title" tabindex="-1">{t(lang, Key::HomeTitle)}</h1>
            <p class="lead">{t(lang, Key::HomeLead)}</p>
        </section>
        <section class="card" aria-labelledby="how-title">
            <h2 id="how-title">{t(lang, Key::HowTitle)}</h2>
            <ol class="steps">
                <li>{t(lang, Key::HowRead)}</li>
                <li>{t(lang, Key::HowQuiz)}</li>
                <li>{t(lang, Key::HowKeep)}</li>
            </ol>
        </section>
        <section aria-labelledby="catalog-title">
            <h2 id="catalog-title">{t(lang, Key::CatalogTitle)}</h2>
            <p class="muted">{t(lang, Key::CatalogPending)}</p>
        </section>
    }
}
