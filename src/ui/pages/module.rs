//! `#/modul/<id>`: the module's summary, objectives, lessons, glossary and quiz.

use leptos::prelude::*;

use crate::domain::ids::ModuleId;
use crate::i18n::{t, tf, Key};
use crate::ui::state::AppState;

use super::home::status_label;
use crate::ui::links;

use super::module_frame::with_module;

/// The module page.
#[component]
pub fn ModulePage(
    /// Which module.
    id: ModuleId,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    with_module(id, move |entry| {
        let e = entry.clone();
        let entry_ref = entry.clone();
        let progress = Memo::new(move |_| state.module_progress(&e));
        let m = entry.summary;
        let first = m.lessons.first().map(|l| links::lesson(&m.id, &l.id));
        let lessons = m
            .lessons
            .iter()
            .map(|l| {
                let href = links::lesson(&m.id, &l.id);
                let (mid, lid) = (m.id.clone(), l.id.clone());
                let read = Memo::new(move |_| {
                    state.progress.lessons.with(|lessons| lessons.iter().any(|r| r.module == mid && r.lesson == lid && r.read_at.is_some()))
                });
                view! {
                    <li class:lesson-read=move || read.get()>
                        <a href=href>{l.title.clone()}</a>
                        <span class="meta">
                            {tf(lang, Key::MetaMinutes, &[&l.minutes])}
                            {move || read.get().then(|| view! { " · " <span class="read-mark">"✓ " {t(lang, Key::LessonRead)}</span> })}
                        </span>
                    </li>
                }
            })
            .collect_view();
        let objectives = m
            .objectives
            .iter()
            .map(|o| view! { <li>{o.clone()}</li> })
            .collect_view();
        view! {
            {(!links::embedded()).then(|| view! { <p class="crumb"><a href=links::page(&crate::domain::route::Route::Home)>{t(lang, Key::AllModules)}</a></p> })}
            <h1 id="page-title" tabindex="-1">{m.title.clone()}</h1>
            <p class="lead">{m.summary.clone()}</p>
            <p class="meta">
                {move || {
                    let (label, class) = status_label(lang, progress.get().status);
                    view! { <span class=class id="module-status">{label}</span> }
                }}
                <span>{tf(lang, Key::MetaMinutes, &[&m.minutes])}</span>
                <span>{tf(lang, Key::MetaJp, &[&m.jp])}</span>
                <span>{tf(lang, Key::MetaLessons, &[&m.lessons.len()])}</span>
            </p>
            {first.map(|href| view! { <p><a class="button" href=href>{t(lang, Key::StartLearning)}</a></p> })}
            <section class="card" aria-labelledby="objectives-title">
                <h2 id="objectives-title">{t(lang, Key::Objectives)}</h2>
                <ul>{objectives}</ul>
            </section>
            <section class="card" aria-labelledby="lessons-title">
                <h2 id="lessons-title">{t(lang, Key::LessonsTitle)}</h2>
                <p class="meta">{move || { let p = progress.get(); tf(lang, Key::LessonsReadOf, &[&p.lessons_read, &p.lessons_total]) }}</p>
                <ol class="lesson-list">{lessons}</ol>
            </section>
            <section class="card" aria-labelledby="quiz-title">
                <h2 id="quiz-title">{t(lang, Key::QuizTitle)}</h2>
                <p>{tf(lang, Key::QuizInfo, &[&m.question_count, &m.questions_per_attempt, &m.pass_mark])}</p>
                {move || progress.get().best.map(|b| view! { <p>{tf(lang, Key::QuizBest, &[&b.percent])}</p> })}
                <p><a class="button" id="quiz-link" href=links::quiz(&m.id)>{{
                    let summary = m.clone();
                    move || {
                    let active = state.progress.quiz(&summary, |session| session.active().is_some());
                    t(lang, if active { Key::QuizContinue } else if progress.get().attempts_finished > 0 { Key::QuizRetry } else { Key::QuizStart })
                }}}</a></p>
            </section>
            {super::module_worksheets::module_worksheets(&entry_ref)}
            <p><a href=links::glossary(&m.id)>{t(lang, Key::GlossaryTitle)}</a></p>
        }
        .into_any()
    })
}
