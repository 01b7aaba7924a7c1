//! `#/`: what the course is, how it works, and the module catalog: the shared views
//! (`views/home.rs`) wired to the learner's progress.

use leptos::prelude::*;

use crate::content::catalog::Catalog;
use crate::domain::progress::{course_progress, next_step, unread_lessons, NextStep};
use crate::domain::route::Route;
use crate::i18n::{t, tf, Key};
use crate::ui::state::AppState;
use crate::views::home::{
    CatalogCard, CatalogSection, CourseLine, Hero, HowCard, SearchForm, StartHere,
};
use crate::views::lesson::LoadingLine;

/// "Lanjutkan": back to where the learner stopped.
#[component]
fn ContinueCard() -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    move || {
        let resume = state.progress.resume.get()?;
        let entry = state.entry(resume.module())?;
        let summary = entry.summary.clone();
        // Only ever an app route: built from the parsed `Route`, never a stored string. Left
        // on the module page, the learner continues at its next step (the next unread lesson,
        // then the quiz).
        let route = match resume.route() {
            Route::Module(id) => {
                let p = state.module_progress(&entry);
                let first_unread = state.progress.lessons.with(|l| {
                    let unread = unread_lessons(&summary, l);
                    unread
                        .first()
                        .and_then(|u| summary.lessons.iter().position(|l| l.id == u.id))
                });
                match next_step(&p, first_unread) {
                    NextStep::Lesson { index, .. } => summary
                        .lessons
                        .get(index)
                        .map_or(Route::Module(id.clone()), |l| {
                            Route::Lesson(id.clone(), l.id.clone())
                        }),
                    NextStep::Quiz => Route::Quiz(id.clone()),
                    NextStep::Record => Route::Module(id.clone()),
                }
            }
            other => other.clone(),
        };
        let href = route.to_hash();
        // Module and page: "Agen Perubahan — Mawas Diri" (a lesson), "… — Kuis".
        let page = match &route {
            Route::Lesson(_, lesson) => summary
                .lessons
                .iter()
                .find(|l| &l.id == lesson)
                .map(|l| l.title.clone()),
            Route::Quiz(_) | Route::QuizResult(_) => Some(t(lang, Key::QuizTitle).to_owned()),
            Route::Pretest(_) => Some(t(lang, Key::PretestTitle).to_owned()),
            Route::Rtl(_) => Some(t(lang, Key::RtlTitle).to_owned()),
            Route::Glossary(_) => Some(t(lang, Key::GlossaryTitle).to_owned()),
            _ => None,
        };
        let place = match &page {
            Some(p) => format!("{} — {p}", summary.title),
            None => summary.title.clone(),
        };
        let button = tf(
            lang,
            Key::ContinueLesson,
            &[page.as_ref().unwrap_or(&summary.title)],
        );
        Some(view! {
            <section class="card continue" aria-labelledby="continue-title">
                <h2 id="continue-title">{t(lang, Key::Continue)}</h2>
                <p>{tf(lang, Key::ContinueWhere, &[&place])}</p>
                <a class="button" href=href id="continue-link">{button}</a>
            </section>
        })
    }
}

/// "Bagaimana RTL Anda berjalan?" (issue 26, item 4): the modules *Lulus* at least 30 days ago
/// whose plan the learner has not yet said how it went (`domain::rtl::follow_ups_due`, the clock
/// read once as the page opens). Once asked about, a module stays for this visit (its card says
/// the answer was saved). The cards come from the RTL chunk (`ui::lazy::lazy_follow_ups`),
/// inside `#follow-ups`, which is drawn with the rest of the page: a learner who has nothing to
/// answer never loads the chunk for them.
#[component]
fn FollowUps() -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let now = crate::platform::device::now();
    let asked = Memo::new(move |before: Option<&Vec<crate::domain::ids::ModuleId>>| {
        let modules: Vec<_> = state.catalog.with(|c| {
            c.as_ref().map_or_else(Vec::new, |c| {
                c.entries
                    .iter()
                    .map(|e| (e.summary.id.clone(), state.module_progress(e).passed_at))
                    .collect()
            })
        });
        let mut asked = before.cloned().unwrap_or_default();
        for m in state
            .progress
            .rtl
            .with(|plans| crate::domain::rtl::follow_ups_due(&modules, plans, now))
        {
            if !asked.contains(&m) {
                asked.push(m);
            }
        }
        asked
    });
    let any = Memo::new(move |_| asked.with(|a| !a.is_empty()));
    move || {
        any.get().then(|| {
            view! { <div id="follow-ups">{crate::ui::lazy::lazy_follow_ups(asked, lang)}</div> }
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
    // "Mulai dari sini" (the first module) while there is no "Lanjutkan" (issue 30, finding 7).
    let start = move || {
        if state.progress.resume.with(Option::is_some) {
            return None;
        }
        let href = state.catalog.with(|c| {
            c.as_ref()
                .and_then(|c| c.entries.first())
                .map(|e| Route::Module(e.summary.id.clone()).to_hash())
        })?;
        Some(view! { <StartHere lang=lang href=href /> })
    };
    view! {
        <Hero lang=lang start=start />
        <ContinueCard />
        <super::ReviewDue />
        <FollowUps />
        <HowCard lang=lang after=view! { <NoProgressHint /> } />
        <SearchForm lang=lang on_submit=crate::ui::links::submit_search />
        <CatalogSection lang=lang catalog=move || match state.catalog.get() {
            None => view! { <LoadingLine lang=lang key=Key::LoadingCatalog /> }.into_any(),
            Some(catalog) => view! { <CatalogList catalog=catalog /> }.into_any(),
        } />
    }
}

/// `#/modul`: the catalog alone (the learners' "Modul").
#[component]
pub fn ModulesPage() -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    view! {
        <h1 id="page-title" tabindex="-1">{t(lang, Key::CatalogTitle)}</h1>
        <SearchForm lang=lang on_submit=crate::ui::links::submit_search />
        {move || match state.catalog.get() {
            None => view! { <LoadingLine lang=lang key=Key::LoadingCatalog /> }.into_any(),
            Some(catalog) => view! { <CatalogList catalog=catalog /> }.into_any(),
        }}
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
            let status = move || state.module_progress(&e).status;
            view! { <CatalogCard lang=lang module=entry.summary status=status /> }
        })
        .collect_view();
    let problems = catalog.problems;
    let pending = (!catalog.pending.is_empty()).then(|| {
        let names = catalog.pending.join(", ");
        view! { <p class="muted" role="status" id="packs-pending">{tf(lang, Key::PacksPending, &[&names])}</p> }
    });
    view! {
        <CourseLine text=course />
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
