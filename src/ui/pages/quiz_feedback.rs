//! The feedback shown after an answer: verdict, each option's feedback, the explanation, and
//! whether the answer is saved.

use leptos::prelude::*;

use crate::domain::course::Question;
use crate::domain::quiz::{Graded, ItemFeedback, Mark, Verdict, FULL};
use crate::i18n::quiz::Word as Words;
use crate::i18n::{t, Key, Lang};
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
    credit_text(lang, graded.credit)
}

/// "Tepat", "Sebagian tepat (66%)" or "Kurang tepat" for a credit in thousandths.
pub(super) fn credit_text(lang: Lang, credit: u32) -> String {
    match credit {
        FULL => Words::VerdictCorrect.text(lang).to_owned(),
        0 => Words::VerdictWrong.text(lang).to_owned(),
        c => Words::VerdictPartial.with(lang, &[&(c / 10)]),
    }
}

/// One feedback line's label and text, worded from its [`Mark`]: the words come from the
/// domain's judgement, so a wrong option can never read as the right answer.
fn line(lang: Lang, item: &ItemFeedback) -> (String, String, Option<String>) {
    let yes_no = |v: bool| t(lang, if v { Key::True } else { Key::False });
    match &item.mark {
        Mark::Option { chosen, key } => {
            let label = match (chosen, key) {
                (true, true) => Key::ChosenRight,
                (true, false) => Key::ChosenWrong,
                (false, true) => Key::MissedKey,
                (false, false) => Key::LeftOut,
            };
            (t(lang, label).to_owned(), item.text.clone(), None)
        }
        Mark::Statement { said, key } if said == key => (
            Words::StatementRight.with(lang, &[&yes_no(*said)]),
            String::new(),
            None,
        ),
        Mark::Statement { said, key } => (
            Words::StatementWrong.with(lang, &[&yes_no(*said)]),
            String::new(),
            Some(format!(
                "{}: {}",
                Words::RightAnswer.text(lang),
                yes_no(*key)
            )),
        ),
        Mark::Step { placed, belongs } if placed == belongs => (
            Words::StepRight.with(lang, &[placed]),
            item.text.clone(),
            None,
        ),
        Mark::Step { placed, belongs } => (
            Words::StepWrong.with(lang, &[placed, belongs]),
            item.text.clone(),
            None,
        ),
        Mark::Pair { chosen, belongs } if chosen == belongs => (
            t(lang, Key::ChosenRight).to_owned(),
            format!("{} → {chosen}", item.text),
            None,
        ),
        // What the learner matched, then (on its own line) the right side that belongs.
        Mark::Pair { chosen, belongs } => (
            t(lang, Key::ChosenWrong).to_owned(),
            format!("{} → {chosen}", item.text),
            Some(format!("{}: → {belongs}", Words::RightPair.text(lang))),
        ),
    }
}

/// The per-option (step, pair) lines of a graded answer, each with the learner's choice, whether
/// it was right, the right answer where it differs, and the author's feedback. Shared by the
/// feedback after an answer and the result page's review.
#[component]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Leptos component props are taken by value"
)]
pub(super) fn FeedbackItems(
    /// The graded answer's lines.
    items: Vec<ItemFeedback>,
    /// Show each item's authored feedback (the review keeps it short).
    #[prop(default = true)]
    with_feedback: bool,
) -> impl IntoView {
    let lang = AppState::get().lang;
    let lines = items
        .iter()
        .map(|i| {
            let (label, text, expected) = line(lang, i);
            let right = i.right();
            view! {
                <li class=if right { "item-ok" } else { "item-bad" } data-right=right.to_string()>
                    <strong class="item-label">{label}</strong>
                    {(!text.is_empty()).then(|| view! { ": " <span class="item-text">{text}</span> })}
                    {expected.map(|e| view! { <br /><strong class="item-expected">{e}</strong> })}
                    {(with_feedback && !i.feedback.is_empty()).then(|| view! { <br /><span class="item-feedback">{i.feedback.clone()}</span> })}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="feedback-items">{lines}</ul> }
}

/// Feedback after an answer: verdict, each item's line and feedback, the explanation.
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
    view! {
        <section class=class aria-labelledby="feedback-title">
            <h2 id="feedback-title" tabindex="-1">{verdict_text(lang, &shown.graded)}</h2>
            <p class="muted">{shown.question.prompt.clone()}</p>
            <FeedbackItems items=shown.graded.items.clone() />
            <h3>{Words::Explanation.text(lang)}</h3>
            <p>{shown.question.explanation.clone()}</p>
            {match use_context::<crate::ui::scorm::LmsLink>() {
                // SCORM mode: the answer is kept in memory and is saved when the LMS has it.
                Some(lms) => view! { <p class="muted small" id="saved-note">{move || t(lang, if lms.read_only() { Key::ScormPracticeNote } else if lms.not_saved() { Key::ScormNotSavedNote } else { Key::ScormSavedNote })}</p> }.into_any(),
                None => view! { <p class="muted small" id="saved-note">{t(lang, match shown.saved { Saved::Yes => Key::SavedNote, Saved::Waiting => Key::WaitingNote, Saved::No => Key::NotSavedNote })}</p> }.into_any(),
            }}
        </section>
    }
}
