//! `#/modul/<id>`: the module's summary, objectives, lessons, glossary and quiz.

use leptos::prelude::*;

use crate::domain::ids::ModuleId;
use crate::i18n::{t, tf, Key};
use crate::ui::state::AppState;

use super::module_frame::with_module;

/// The module page.
#[component]
pub fn ModulePage(
    /// Which module.
    id: ModuleId,
) -> impl IntoView {
    let lang = AppState::get().lang;
    with_module(id, move |entry| {
        let m = entry.summary;
        let first = m
            .lessons
            .first()
            .map(|l| format!("#/modul/{}/pelajaran/{}", m.id, l.id));
        let lessons = m
            .lessons
            .iter()
            .map(|l| {
                let href = format!("#/modul/{}/pelajaran/{}", m.id, l.id);
                view! {
                    <li>
                        <a href=href>{l.title.clone()}</a>
                        <span class="meta">{tf(lang, Key::MetaMinutes, &[&l.minutes])}</span>
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
            <p class="crumb"><a href="#/">{t(lang, Key::AllModules)}</a></p>
            <h1 id="page-title" tabindex="-1">{m.title.clone()}</h1>
            <p class="lead">{m.summary.clone()}</p>
            <p class="meta">
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
                <ol class="lesson-list">{lessons}</ol>
            </section>
            <section class="card" aria-labelledby="quiz-title">
                <h2 id="quiz-title">{t(lang, Key::QuizTitle)}</h2>
                <p>{tf(lang, Key::QuizInfo, &[&m.question_count, &m.questions_per_attempt, &m.pass_mark])}</p>
            </section>
            <p><a href=format!("#/modul/{}/glosarium", m.id)>{t(lang, Key::GlossaryTitle)}</a></p>
        }
        .into_any()
    })
}
