//! `#/`: the hero, the catalog's frame and cards, and "how it works".

use leptos::prelude::*;

use crate::domain::course::Module;
use crate::domain::progress::ModuleStatus;
use crate::domain::route::Route;
use crate::i18n::{t, tf, Key, Lang};

use super::status_label;

/// The page's title and lead, then `start` (the "Mulai dari sini" button, or nothing where
/// the learner has a "Lanjutkan").
#[component]
pub fn Hero<S: IntoView + 'static>(
    /// UI language.
    lang: Lang,
    /// After the lead.
    start: S,
) -> impl IntoView {
    view! {
        <section class="hero">
            <h1 id="page-title" tabindex="-1">{t(lang, Key::HomeTitle)}</h1>
            <p class="lead">{t(lang, Key::HomeLead)}</p>
            {start}
        </section>
    }
}

/// "Mulai dari sini": the first module's page, for a learner with nowhere to continue.
#[component]
pub fn StartHere(
    /// UI language.
    lang: Lang,
    /// The first module's address.
    href: String,
) -> impl IntoView {
    view! { <p><a class="button" id="start-here" href=href>{t(lang, Key::StartHere)}</a></p> }
}

/// The catalog's section and title around what the catalog holds (a loading line, or the
/// course line and the cards).
///
/// Views go into these components as plain generic props, not `children`: Leptos boxes
/// children as `dyn FnOnce`, which cost the main wasm module about 2 KB here.
#[component]
pub fn CatalogSection<C: IntoView + 'static>(
    /// UI language.
    lang: Lang,
    /// The catalog.
    catalog: C,
) -> impl IntoView {
    view! {
        <section aria-labelledby="catalog-title">
            <h2 id="catalog-title">{t(lang, Key::CatalogTitle)}</h2>
            {catalog}
        </section>
    }
}

/// "0 dari 4 modul lulus · 0 dari 12 JP".
#[component]
pub fn CourseLine(
    /// The line, in the learner's language (read again when what it reads changes).
    text: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    view! { <p class="course-progress" id="course-progress">{text}</p> }
}

/// One module in the catalog.
#[component]
pub fn CatalogCard(
    /// UI language.
    lang: Lang,
    /// The module.
    module: Module,
    /// Its status for this learner (read again when what it reads changes).
    status: impl Fn() -> ModuleStatus + Send + Sync + 'static,
) -> impl IntoView {
    let href = Route::Module(module.id.clone()).to_hash();
    let status = move || {
        let (label, class) = status_label(lang, status());
        view! { <span class=class>{label}</span> }
    };
    // The whole card is the one link (its `::after` covers the card: style/main.css), with no
    // other interactive element inside it.
    view! {
        <li class="module-card">
            <h3><a class="card-link" href=href>{module.title}</a></h3>
            <p>{module.summary}</p>
            <p class="meta">
                {status}
                <span>{tf(lang, Key::MetaMinutes, &[&module.minutes])}</span>
                <span>{tf(lang, Key::MetaJp, &[&module.jp])}</span>
                <span>{tf(lang, Key::MetaLessons, &[&module.lessons.len()])}</span>
            </p>
        </li>
    }
}

/// "Cara belajar", folded near the top: the three steps, then `after` (the app's hint about
/// restoring an export).
#[component]
pub fn HowCard<C: IntoView + 'static>(
    /// UI language.
    lang: Lang,
    /// After the steps.
    after: C,
) -> impl IntoView {
    view! {
        <details class="card how" id="how">
            <summary><h2 id="how-title">{t(lang, Key::HowTitle)}</h2></summary>
            <ol class="steps">
                <li>{t(lang, Key::HowRead)}</li>
                <li>{t(lang, Key::HowQuiz)}</li>
                <li>{t(lang, Key::HowKeep)}</li>
            </ol>
            {after}
        </details>
    }
}

/// The search field, on home and the module list (issue 30, finding 10): its words go to the
/// search page, `#/cari?q=…`. A field on the pages where a learner looks for a module rather
/// than a fifth item in the header, which must stay one line (≤ 64 px) at 360 px.
/// `on_submit` is the app's (it goes to the page without reloading); in the static first
/// screen the browser's own submission reaches the same page (`?q=…#/cari`).
#[component]
pub fn SearchForm(
    /// UI language.
    lang: Lang,
    /// What a submission does.
    on_submit: impl FnMut(leptos::ev::SubmitEvent) + 'static,
) -> impl IntoView {
    view! {
        <form class="search-form" role="search" action=Route::Search.to_hash() on:submit=on_submit>
            <label for="search-q">{t(lang, Key::SearchLabel)}</label>
            <div class="search-row">
                <input id="search-q" type="search" name="q" autocomplete="off" enterkeyhint="search" />
                <button class="button" type="submit">{t(lang, Key::SearchButton)}</button>
            </div>
        </form>
    }
}
