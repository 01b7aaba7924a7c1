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
            <p><a class="block-link" href=crate::domain::route::Route::Trainers.to_hash() id="about-trainers">{t(lang, Key::NavTrainers)}</a></p>
            <p class="muted small" id="app-version">
                {crate::i18n::tf(lang, Key::AppVersion, &[&option_env!("BIMTEK_BUILD_LABEL").unwrap_or(env!("CARGO_PKG_VERSION"))])}
            </p>
        </section>
    }
}
