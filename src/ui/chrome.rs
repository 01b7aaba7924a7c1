//! The app chrome around every page: header with the product name and navigation, footer.

use leptos::prelude::*;

use crate::i18n::{t, Key, Lang};

/// The top bar: product name (a link home) and the main navigation.
#[component]
pub fn Header(
    /// UI language.
    lang: Lang,
) -> impl IntoView {
    view! {
        <header class="app-header">
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true">"BM"</span>
                <span class="brand-name">{t(lang, Key::AppName)}</span>
            </a>
            <nav aria-label=t(lang, Key::NavMain)>
                <ul class="nav-list">
                    <li><a href="#/">{t(lang, Key::NavHome)}</a></li>
                    <li><a href="#/tentang">{t(lang, Key::NavAbout)}</a></li>
                </ul>
            </nav>
        </header>
    }
}

/// The page footer.
#[component]
pub fn Footer(
    /// UI language.
    lang: Lang,
) -> impl IntoView {
    view! {
        <footer class="app-footer">
            <p>{t(lang, Key::AppName)} " · " {t(lang, Key::FooterNote)}</p>
        </footer>
    }
}
