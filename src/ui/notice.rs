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

/// Where an action's result is shown: right next to the action (issue 30, finding 5). An
/// `aria-live` region that is always in the page (so a screen reader announces what appears
/// in it); when `message` says something, it is drawn with the id `id` and focus moves to it,
/// so the learner sees it where their eye (and finger) is, even on a 640 px screen.
#[component]
pub fn NoticeSlot(
    /// The id the message gets while it is shown (tests and links find it by that).
    #[prop(into)]
    id: String,
    /// The message, if any, for this place.
    message: Signal<Option<Notice>>,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if message.get().is_some() {
            if let Some(el) = node.get_untracked() {
                // The region itself takes focus (and so comes into view): it holds the message
                // just drawn.
                let _ = el.focus();
            }
        }
    });
    view! {
        <div class="notice-slot" role="status" aria-live="polite" tabindex="-1" node_ref=node>
            {move || message.get().map(|n| {
                let (class, text) = match n {
                    Notice::Done(text) => ("alert alert-ok", text),
                    Notice::Problem(text) => ("alert alert-error", text),
                };
                view! { <p class=class id=id.clone()>{text}</p> }
            })}
        </div>
    }
}
