//! `#/tentang`: what the app is and where data is kept.

use leptos::prelude::*;

use crate::i18n::{t, Key, Lang};

/// The about page.
#[component]
pub fn AboutPage(
    /// UI language.
    lang: Lang,
) -> impl IntoView {
    view! {
        <section class="card">
            <h1 id="page-title" tabindex="-1">{t(lang, Key::AboutTitle)}</h1>
            <p>{t(lang, Key::AboutBody)}</p>
            <p>{t(lang, Key::AboutPrivacy)}</p>
        </section>
    }
}
