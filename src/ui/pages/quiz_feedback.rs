//! The feedback shown after an answer: verdict, each option's feedback, the explanation, and
//! whether the answer is saved.

use leptos::prelude::*;

use crate::domain::course::{Question, QuestionKind};
use crate::domain::quiz::{Graded, Verdict};
use crate::i18n::{t, tf, Key, Lang};
use crate::ui::state::AppState;

/// Whether the answer on screen is committed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Saved {
    /// Committed to IndexedDB.
    Yes,
    /// Waiting in the storage queue (the database is not open yet).
    Waiting,
    /// The write failed (the banner says why).
    No,
}

/// Feedback on the answer just given.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Shown {
    pub(super) question: Question,
    pub(super) graded: Graded,
    pub(super) saved: Saved,
}

pub(super) fn verdict_text(lang: Lang, graded: &Graded) -> String {
    match graded.verdict() {
        Verdict::Correct => t(lang, Key::VerdictCorrect).to_owned(),
        Verdict::Partial => tf(lang, Key::VerdictPartial, &[&(graded.credit / 10)]),
        Verdict::Wrong => t(lang, Key::VerdictWrong).to_owned(),
    }
}

/// Feedback after an answer: verdict, the chosen option's feedback, the explanation.
#[component]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Leptos component props are taken by value"
)]
pub(super) fn FeedbackPanel(
    /// What to show.
    shown: Shown,
) -> impl IntoView {
    let lang = AppState::get().lang;
    let verdict = shown.graded.verdict();
    let class = match verdict {
        Verdict::Correct => "feedback feedback-correct",
        Verdict::Partial => "feedback feedback-partial",
        Verdict::Wrong => "feedback feedback-wrong",
    };
    let is_order = matches!(shown.question.kind, QuestionKind::Ordering { .. });
    let items = shown
        .graded
        .items
        .iter()
        .map(|i| {
            let tag = if let Some(right) = &i.matches {
                format!(
                    "{} → {right} · {}",
                    i.text,
                    t(
                        lang,
                        if i.correct {
                            Key::RightMatch
                        } else {
                            Key::WrongMatch
                        }
                    )
                )
            } else if is_order {
                format!(
                    "{} · {}",
                    i.text,
                    t(
                        lang,
                        if i.correct {
                            Key::RightPlace
                        } else {
                            Key::WrongPlace
                        }
                    )
                )
            } else if i.chosen {
                format!("{}: {}", t(lang, Key::YourChoice), i.text)
            } else {
                format!("{}: {}", t(lang, Key::RightAnswer), i.text)
            };
            let mark = if i.correct { "item-ok" } else { "item-bad" };
            view! {
                <li class=mark>
                    {(!i.text.is_empty()).then(|| view! { <strong>{tag.clone()}</strong><br /> })}
                    {i.feedback.clone()}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class=class aria-labelledby="feedback-title">
            <h2 id="feedback-title" tabindex="-1">{verdict_text(lang, &shown.graded)}</h2>
            <p class="muted">{shown.question.prompt.clone()}</p>
            <ul class="feedback-items">{items}</ul>
            <h3>{t(lang, Key::Explanation)}</h3>
            <p>{shown.question.explanation.clone()}</p>
            {match use_context::<crate::ui::scorm::LmsLink>() {
                // SCORM mode: the answer is kept in memory and is saved when the LMS has it.
                Some(lms) => view! { <p class="muted small" id="saved-note">{move || t(lang, if lms.not_saved() { Key::ScormNotSavedNote } else { Key::ScormSavedNote })}</p> }.into_any(),
                None => view! { <p class="muted small" id="saved-note">{t(lang, match shown.saved { Saved::Yes => Key::SavedNote, Saved::Waiting => Key::WaitingNote, Saved::No => Key::NotSavedNote })}</p> }.into_any(),
            }}
        </section>
    }
}
