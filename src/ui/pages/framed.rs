//! What a frame shows instead of any page that is not an embed route (docs/design.md contract 9):
//! a short "open the app in its own tab" page. Settings, import, reset and the profile form
//! are never rendered inside another site's page, where that site could overlay or trick.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::i18n::{t, Key, Lang};
use crate::platform;

/// The "buka aplikasi di tab sendiri" page.
#[component]
pub fn FramedPage(
    /// UI language.
    lang: Lang,
    /// The route that was asked for; the link opens it in a tab of its own.
    route: Route,
) -> impl IntoView {
    // An app route built from the parsed `Route`, never the raw hash.
    let target = match route {
        Route::NotFound(_) => Route::Home,
        other => other,
    };
    let query = if lang == Lang::En { "?lang=en" } else { "" };
    let href = format!("{}{query}{}", platform::embed::app_url(), target.to_hash());
    view! {
        <section class="card" id="framed-page">
            <h1 id="page-title" tabindex="-1">{t(lang, Key::FramedTitle)}</h1>
            <p>{t(lang, Key::FramedBody)}</p>
            <p>
                <a class="button" id="open-own-tab" href=href target="_blank" rel="noopener noreferrer">
                    {t(lang, Key::FramedOpen)}
                    <span class="visually-hidden">" " {t(lang, Key::NewTab)}</span>
                </a>
            </p>
        </section>
    }
}
