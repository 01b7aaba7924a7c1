//! What the review page (`review.rs`, the review chunk) borrows from the quiz chunk: the
//! question's form, the feedback after an answer, the verdict's words and grading, as plain
//! function pointers ([`PARTS`], handed over by a split point of the quiz chunk,
//! `ui::lazy::QuizParts`). So the review asks and answers exactly as the quiz does, and neither
//! chunk refers to the other's code (the splitter would keep such shared code in the main
//! module, a quiz being a landing chunk).

use leptos::prelude::*;

use crate::domain::course::Question;
use crate::domain::quiz::{Answer, Attempt, Graded};

use super::quiz_feedback::{verdict_text, FeedbackPanel, Saved, Shown};
use super::quiz_form::QuestionForm;

/// Draws a question's form: the attempt it belongs to (for the shuffle and "Soal 1 dari N"), the
/// question, its place, what runs with the answer, and whether a save is under way.
pub type FormFn =
    fn(Attempt, Question, usize, Callback<(Attempt, Question, Answer)>, RwSignal<bool>) -> AnyView;

/// Draws the feedback on a graded answer, and whether it was saved.
pub type FeedbackFn = fn(Question, Graded, bool) -> AnyView;

fn form(
    attempt: Attempt,
    question: Question,
    index: usize,
    submit: Callback<(Attempt, Question, Answer)>,
    busy: RwSignal<bool>,
) -> AnyView {
    view! { <QuestionForm attempt=attempt question=question index=index submit=submit busy=busy /> }
        .into_any()
}

fn feedback(question: Question, graded: Graded, saved: bool) -> AnyView {
    let shown = Shown {
        question,
        graded,
        saved: if saved { Saved::Yes } else { Saved::No },
    };
    view! { <FeedbackPanel shown=shown /> }.into_any()
}

/// The parts, for the quiz chunk's split point.
pub const PARTS: crate::ui::lazy::QuizParts = crate::ui::lazy::QuizParts {
    form,
    feedback,
    verdict: verdict_text,
    grade: crate::domain::quiz::grade,
};
