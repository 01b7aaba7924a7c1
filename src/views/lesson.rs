//! The heads of a lesson and of a quiz: what the start-up script shows from the pack index
//! alone, before the module file (and the wasm) are here.

use leptos::prelude::*;

use crate::i18n::{t, tf, Key, Lang};

/// The way back to the module page.
#[component]
pub fn Crumb(
    /// The module page.
    href: String,
    /// The module's title.
    title: String,
) -> impl IntoView {
    view! { <p class="crumb"><a href=href>{title}</a></p> }
}

/// A lesson's crumb, title and "Pelajaran 1 dari 5 · 8 menit".
#[component]
pub fn LessonHead(
    /// UI language.
    lang: Lang,
    /// The module page.
    module_href: String,
    /// The module's title.
    module_title: String,
    /// The lesson's title.
    title: String,
    /// Its place in the module, from 0.
    index: usize,
    /// Lessons in the module.
    count: usize,
    /// Its reading time.
    minutes: u32,
) -> impl IntoView {
    view! {
        <Crumb href=module_href title=module_title />
        <h1 id="page-title" tabindex="-1">{title}</h1>
        <p class="meta">
            <span>{tf(lang, Key::LessonOf, &[&(index + 1), &count])}</span>
            <span>{tf(lang, Key::MetaMinutes, &[&minutes])}</span>
        </p>
    }
}

/// The app's line while a module file loads.
#[component]
pub fn LoadingLine(
    /// UI language.
    lang: Lang,
    /// Which words.
    #[prop(default = Key::LoadingModule)]
    key: Key,
) -> impl IntoView {
    view! { <p class="muted" role="status">{t(lang, key)}</p> }
}

/// A loading line that stands in as the page's title (`#page-title`, which navigation focuses)
/// until the page it waits for is drawn and takes the focus over.
#[component]
pub fn LoadingTitle(
    /// UI language.
    lang: Lang,
    /// Which words.
    key: Key,
) -> impl IntoView {
    view! { <p id="page-title" tabindex="-1" class="muted" role="status">{t(lang, key)}</p> }
}

/// A quiz's crumb and title.
#[component]
pub fn QuizHead(
    /// UI language.
    lang: Lang,
    /// The module page.
    module_href: String,
    /// The module's title.
    module_title: String,
) -> impl IntoView {
    let title = module_title.clone();
    view! {
        <Crumb href=module_href title=module_title />
        <h1 id="page-title" tabindex="-1">{t(lang, Key::QuizTitle)} ": " {title}</h1>
    }
}

/// The quiz's card: the two lines that hold for every learner, then `rest` (what depends on
/// saved attempts: best score, attempts, the start button).
#[component]
pub fn QuizRules<C: IntoView + 'static>(
    /// UI language.
    lang: Lang,
    /// Questions in the pool.
    question_count: u32,
    /// Questions per attempt.
    questions_per_attempt: u32,
    /// Pass mark, in percent.
    pass_mark: u32,
    /// After the two lines.
    rest: C,
) -> impl IntoView {
    view! {
        <section class="card">
            <p>{tf(lang, Key::QuizInfo, &[&question_count, &questions_per_attempt, &pass_mark])}</p>
            // The rule in one sentence, its formula folded (issue 30, finding 9).
            <p>{t(lang, Key::QuizRulesShort)}</p>
            <details class="more" id="quiz-rules">
                <summary>{t(lang, Key::More)}</summary>
                <p class="muted">{t(lang, Key::QuizRules)}</p>
            </details>
            {rest}
        </section>
    }
}
