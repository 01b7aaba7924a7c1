//! The message a page shows after the learner's action: done, or a problem. Pages build it in
//! the learner's language from a typed error's `message(lang)`, never from `Display` (which is
//! Indonesian) or a browser's debug text.

use leptos::prelude::*;

/// A page's message after an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// It worked.
    Done(String),
    /// It did not; the text says why and what to do.
    Problem(String),
}

impl Notice {
    /// The message as an alert paragraph.
    pub fn view(self) -> impl IntoView {
        let (class, text) = match self {
            Self::Done(text) => ("alert alert-ok", text),
            Self::Problem(text) => ("alert alert-error", text),
        };
        view! { <p class=class>{text}</p> }
    }
}
