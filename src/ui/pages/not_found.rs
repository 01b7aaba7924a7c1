//! Any unknown hash: say so, show what was asked for (as text), and offer the way home.

use leptos::prelude::*;

use crate::i18n::{t, Key, Lang};

/// The not-found page.
#[component]
pub fn NotFoundPage(
    /// UI language.
    lang: Lang,
    /// The hash that was asked for.
    path: String,
) -> impl IntoView {
    view! {
        <section class="card">
            <h1 id="page-title" tabindex="-1">{t(lang, Key::NotFoundTitle)}</h1>
            <p>{t(lang, Key::NotFoundBody)} " " <code>{path}</code></p>
            <p><a class="button" href=crate::ui::links::page(&crate::domain::route::Route::Home)>{t(lang, Key::BackHome)}</a></p>
        </section>
    }
}
