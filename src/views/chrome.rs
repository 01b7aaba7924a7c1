//! The app chrome around every page: skip link, header, footer.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::i18n::{t, Key, Lang};

/// The top bar: product name (a link home) and the learners' navigation (Beranda, Modul,
/// Bukti belajar, Pengaturan; the trainers' pages are under "Untuk pelatih" in the footer and
/// About, issue 30 finding 7); `status` goes between
/// them (the app's offline pill; nothing in the static first screen, which is online).
#[component]
pub fn Header<S: IntoView + 'static>(
    /// UI language.
    lang: Lang,
    /// What shows between the brand and the navigation.
    status: S,
) -> impl IntoView {
    let href = |r: &Route| r.to_hash();
    view! {
        <header class="app-header">
            <a class="brand" href=href(&Route::Home)>
                <span class="brand-mark" aria-hidden="true">"BM"</span>
                <span class="brand-name">{t(lang, Key::AppName)}</span>
            </a>
            {status}
            <nav aria-label=t(lang, Key::NavMain)>
                <ul class="nav-list">
                    <li><a href=href(&Route::Home)>{t(lang, Key::NavHome)}</a></li>
                    <li><a href=href(&Route::Modules)>{t(lang, Key::CatalogTitle)}</a></li>
                    <li><a href=href(&Route::Record)>{t(lang, Key::NavRecord)}</a></li>
                    <li><a href=href(&Route::Settings)>{t(lang, Key::NavSettings)}</a></li>
                </ul>
            </nav>
        </header>
    }
}

/// The page footer, with the links learners seldom need: About and "Untuk pelatih".
#[component]
pub fn Footer(
    /// UI language.
    lang: Lang,
) -> impl IntoView {
    view! {
        <footer class="app-footer">
            <p>{t(lang, Key::AppName)} " · " {t(lang, Key::FooterNote)}</p>
            <p class="footer-links">
                <a href=Route::About.to_hash()>{t(lang, Key::NavAbout)}</a>
                <a href=Route::Trainers.to_hash() id="footer-trainers">{t(lang, Key::NavTrainers)}</a>
            </p>
        </footer>
    }
}

/// The link to the main region. The hash holds the route, so following it must not change the
/// address (`#main` would be "page not found"): the app's `on_click` moves focus instead, and
/// the start-up script does the same before the wasm. (A prop, not `on:click` on the
/// component: that goes through Leptos's type-erased attributes, which cost the main module.)
#[component]
pub fn SkipLink(
    /// UI language.
    lang: Lang,
    /// What a click does (nothing in the static first screen, which has no wasm).
    on_click: impl FnMut(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    view! { <a class="skip-link" href="#main" on:click=on_click>{t(lang, Key::SkipToContent)}</a> }
}
