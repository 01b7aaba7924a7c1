//! `#/modul/<id>`: the module's summary, objectives, lessons, quiz and glossary link.

use leptos::prelude::*;

use crate::domain::course::Module;
use crate::domain::progress::{next_step, ModuleProgress, NextStep};
use crate::domain::route::{EmbedPart, Route};
use crate::i18n::{t, tf, Key, Lang};

use super::pretest::{PretestCard, PretestCardView};
use super::{module_route, status_label};

/// The module page's body; `extra` comes between the quiz card and the glossary link (the app's
/// worksheets card).
#[component]
pub fn ModuleBody<C: IntoView + 'static>(
    /// UI language.
    lang: Lang,
    /// The module.
    module: Module,
    /// In the embed view: links stay inside it and there is no way back to the catalog.
    embedded: bool,
    /// The learner's progress in it.
    progress: impl Fn() -> ModuleProgress + Clone + Send + Sync + 'static,
    /// Whether the lesson at this place (from 0) has been read.
    read: impl Fn(usize) -> bool + Clone + Send + Sync + 'static,
    /// The quiz button's words (start, continue, retry).
    quiz_action: impl Fn() -> Key + Clone + Send + Sync + 'static,
    /// Between the quiz card and the glossary link.
    extra: C,
    /// The pre-test card (below the main button; a required pre-test not done yet is the main
    /// button's step).
    pretest: impl Fn() -> PretestCard + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let m = module;
    let href = |part: EmbedPart| module_route(&m.id, part, embedded).to_hash();
    // The main button: on through the lessons, then the quiz, then the record (issue 30,
    // finding 4); `quiz_action` names the quiz step.
    let next = {
        let (progress, read, id, lessons) = (
            progress.clone(),
            read.clone(),
            m.id.clone(),
            m.lessons.clone(),
        );
        let quiz_action = quiz_action.clone();
        let pretest = pretest.clone();
        move || {
            let first_unread = (0..lessons.len()).find(|i| !read(*i));
            let step = Step {
                lang,
                embedded,
                id: &id,
                lessons: &lessons,
            };
            let (href, label) = step.link(
                pretest(),
                next_step(&progress(), first_unread),
                quiz_action(),
            )?;
            Some(view! { <p><a class="button" id="next-step" href=href>{label}</a></p> })
        }
    };
    let lessons = m
        .lessons
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let read = read.clone();
            let is_read = move || read(i);
            view! {
                <li class:lesson-read=is_read>
                    <a href=href(EmbedPart::Lesson(l.id.clone()))>{l.title.clone()}</a>
                    <span class="meta">
                        {tf(lang, Key::MetaMinutes, &[&l.minutes])}
                        {let is_read = is_read.clone(); move || is_read().then(|| view! { " · " <span class="read-mark">"✓ " {t(lang, Key::LessonRead)}</span> })}
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
    let quiz_info = tf(
        lang,
        Key::QuizInfo,
        &[&m.question_count, &m.questions_per_attempt, &m.pass_mark],
    );
    view! {
        {(!embedded).then(|| view! { <p class="crumb"><a href=Route::Home.to_hash()>{t(lang, Key::AllModules)}</a></p> })}
        <h1 id="page-title" tabindex="-1">{m.title.clone()}</h1>
        <p class="lead">{m.summary.clone()}</p>
        <p class="meta">
            {let progress = progress.clone(); move || {
                let (label, class) = status_label(lang, progress().status);
                view! { <span class=class id="module-status">{label}</span> }
            }}
            <span>{tf(lang, Key::MetaMinutes, &[&m.minutes])}</span>
            <span>{tf(lang, Key::MetaJp, &[&m.jp])}</span>
            <span>{tf(lang, Key::MetaLessons, &[&m.lessons.len()])}</span>
        </p>
        {next}
        <PretestCardView lang=lang href=href(EmbedPart::Pretest) card=pretest />
        <section class="card" aria-labelledby="objectives-title">
            <h2 id="objectives-title">{t(lang, Key::Objectives)}</h2>
            <ul>{objectives}</ul>
        </section>
        <section class="card" aria-labelledby="lessons-title">
            <h2 id="lessons-title">{t(lang, Key::LessonsTitle)}</h2>
            <p class="meta">{let progress = progress.clone(); move || { let p = progress(); tf(lang, Key::LessonsReadOf, &[&p.lessons_read, &p.lessons_total]) }}</p>
            <ol class="lesson-list">{lessons}</ol>
        </section>
        <section class="card" aria-labelledby="quiz-title">
            <h2 id="quiz-title">{t(lang, Key::QuizTitle)}</h2>
            <p>{quiz_info}</p>
            {move || progress().best.map(|b| view! { <p>{tf(lang, Key::QuizBest, &[&b.percent])}</p> })}
            <p><a class="button" id="quiz-link" href=href(EmbedPart::Quiz)>{move || t(lang, quiz_action())}</a></p>
        </section>
        {extra}
        <p><a class="block-link" href=href(EmbedPart::Glossary)>{t(lang, Key::GlossaryTitle)}</a></p>
        {(m.gelar && !embedded).then(|| view! {
            <p><a class="block-link" id="gelar-link" href=Route::Gelar(m.id.clone()).to_hash()>{t(lang, Key::GelarLink)}</a></p>
        })}
    }
}

/// What the main button needs to name its step.
struct Step<'a> {
    lang: Lang,
    embedded: bool,
    id: &'a crate::domain::ids::ModuleId,
    lessons: &'a [crate::domain::course::LessonInfo],
}

impl Step<'_> {
    /// The main button's address and words: a required pre-test not done yet comes first
    /// (issue 26); then on through the lessons, the quiz and the record.
    fn link(
        &self,
        card: PretestCard,
        step: NextStep,
        quiz_action: Key,
    ) -> Option<(String, String)> {
        let lang = self.lang;
        let to = |part: EmbedPart| module_route(self.id, part, self.embedded).to_hash();
        if let PretestCard::Offer {
            required: true,
            started,
        } = card
        {
            let key = if started {
                Key::PretestContinue
            } else {
                Key::PretestStart
            };
            return Some((to(EmbedPart::Pretest), t(lang, key).to_owned()));
        }
        Some(match step {
            NextStep::Lesson { index, started } => {
                let lesson = self.lessons.get(index)?;
                let label = if started {
                    tf(lang, Key::ContinueLesson, &[&lesson.title])
                } else {
                    t(lang, Key::StartLearning).to_owned()
                };
                (to(EmbedPart::Lesson(lesson.id.clone())), label)
            }
            NextStep::Quiz => (to(EmbedPart::Quiz), t(lang, quiz_action).to_owned()),
            NextStep::Record if self.embedded => {
                (to(EmbedPart::Result), t(lang, Key::SeeResult).to_owned())
            }
            NextStep::Record => (Route::Record.to_hash(), t(lang, Key::SeeRecord).to_owned()),
        })
    }
}
