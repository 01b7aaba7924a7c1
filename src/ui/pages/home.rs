//! `#/`: what the course is, how it works, and the module catalog.

use leptos::prelude::*;

use crate::content::catalog::Catalog;
use crate::domain::progress::{course_progress, ModuleStatus};
use crate::i18n::{t, tf, Key, Lang};
use crate::ui::state::AppState;

/// The words and CSS class of a module status.
pub fn status_label(lang: Lang, status: ModuleStatus) -> (&'static str, &'static str) {
    match status {
        ModuleStatus::NotStarted => (t(lang, Key::StatusNotStarted), "status status-new"),
        ModuleStatus::InProgress => (t(lang, Key::StatusInProgress), "status status-doing"),
        ModuleStatus::Completed => (t(lang, Key::StatusCompleted), "status status-read"),
        ModuleStatus::Passed => (t(lang, Key::StatusPassed), "status status-passed"),
    }
}

/// "Lanjutkan": back to where the learner stopped.
#[component]
fn ContinueCard() -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    move || {
        let resume = state.progress.resume.get()?;
        let title = state.entry(resume.module())?.summary.title;
        // Only ever an app route: built from the parsed `Route`, never a stored string.
        let href = resume.route().to_hash();
        Some(view! {
            <section class="card continue" aria-labelledby="continue-title">
                <h2 id="continue-title">{t(lang, Key::Continue)}</h2>
                <p>{tf(lang, Key::ContinueWhere, &[&title])}</p>
                <a class="button" href=href id="continue-link">{t(lang, Key::Continue)}</a>
            </section>
        })
    }
}

/// For a learner with no progress at all (a new learner, or one whose browser wiped
/// everything — which nothing local can tell apart): where to restore an export.
#[component]
fn NoProgressHint() -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    move || {
        let empty = state.progress.lessons.with(Vec::is_empty)
            && state.progress.attempts.with(Vec::is_empty);
        let show = empty
            && !state.health.evicted.get()
            && state.health.status.get() == crate::ui::state::StorageStatus::Available;
        show.then(|| view! {
            <p class="muted" id="no-progress-hint">
                {t(lang, Key::NoProgressHint)} " "
                <a href=crate::ui::links::page(&crate::domain::route::Route::Settings)>{t(lang, Key::NavSettings)}</a> "."
            </p>
        })
    }
}

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
        <ContinueCard />
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
            <NoProgressHint />
        </section>
    }
}

/// The module cards, then any pack that failed, by name.
#[component]
fn CatalogList(
    /// The loaded catalog.
    catalog: Catalog,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let empty = catalog.entries.is_empty() && catalog.pending.is_empty();
    let entries = catalog.entries.clone();
    let course = move || {
        let progress: Vec<_> = entries.iter().map(|e| state.module_progress(e)).collect();
        let pairs: Vec<_> = entries
            .iter()
            .map(|e| &e.summary)
            .zip(progress.iter())
            .collect();
        let c = course_progress(&pairs);
        tf(
            lang,
            Key::CourseProgress,
            &[&c.passed, &c.total, &c.jp_earned, &c.jp_total],
        )
    };
    let cards = catalog
        .entries
        .into_iter()
        .map(|entry| {
            let e = entry.clone();
            let status = move || {
                let (label, class) = status_label(lang, state.module_progress(&e).status);
                view! { <span class=class>{label}</span> }
            };
            let m = entry.summary;
            let href = crate::ui::links::page(&crate::domain::route::Route::Module(m.id.clone()));
            view! {
                <li class="module-card">
                    <h3><a href=href>{m.title}</a></h3>
                    <p>{m.summary}</p>
                    <p class="meta">
                        {status}
                        <span>{tf(lang, Key::MetaMinutes, &[&m.minutes])}</span>
                        <span>{tf(lang, Key::MetaJp, &[&m.jp])}</span>
                        <span>{tf(lang, Key::MetaLessons, &[&m.lessons.len()])}</span>
                    </p>
                </li>
            }
        })
        .collect_view();
    let problems = catalog.problems;
    let pending = (!catalog.pending.is_empty()).then(|| {
        let names = catalog.pending.join(", ");
        view! { <p class="muted" role="status" id="packs-pending">{tf(lang, Key::PacksPending, &[&names])}</p> }
    });
    view! {
        <p class="course-progress" id="course-progress">{course}</p>
        <ul class="module-list">{cards}</ul>
        {pending}
        <Show when=move || empty>
            <p class="muted">{t(lang, Key::PackProblemsNone)}</p>
        </Show>
        {(!problems.is_empty()).then(|| {
            let items = problems
                .into_iter()
                .map(|p| view! { <li><code>{p.pack_path}</code> ": " {p.detail.message(lang)}</li> })
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
