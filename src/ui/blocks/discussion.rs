//! The *Pembahasan* block: a case study's discussion, hidden until the learner has chosen.
//! Owns only screen state (which option was picked, a local signal); never stores or grades.

use leptos::prelude::*;

use super::{blocks_view, inlines_view};
use crate::content::model::{Block, DiscussionChoice};
use crate::i18n::{t, Key, Lang};

/// A case study's *Pembahasan*: the case's options as radio buttons in a fieldset; once the
/// learner has chosen, the discussion of every option (the chosen one and the best ones
/// marked in words) and the closing text appear in a polite live region. Nothing is graded
/// or stored; every string is a text node.
pub(super) fn discussion_view(
    choices: &[DiscussionChoice],
    closing: &[Block],
    name: &str,
    base: &str,
    lang: Lang,
) -> AnyView {
    let chosen = RwSignal::new(None::<usize>);
    let inputs = choices
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let name = name.to_owned();
            view! {
                <label class="option">
                    <input type="radio" name=name value=i.to_string()
                        prop:checked=move || chosen.get() == Some(i)
                        on:change=move |_| chosen.set(Some(i)) />
                    <span>{c.text.clone()}</span>
                </label>
            }
        })
        .collect_view();
    let choices = choices.to_vec();
    let closing = closing.to_vec();
    let base = base.to_owned();
    let revealed = move || {
        chosen.get().map(|picked| {
            let items = choices
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let mut tags = Vec::new();
                    if i == picked {
                        tags.push(t(lang, Key::DiscussionYourChoice));
                    }
                    if c.best {
                        tags.push(t(lang, Key::DiscussionBest));
                    }
                    let tags = (!tags.is_empty()).then(|| {
                        view! { <span class="discussion-tag">" (" {tags.join("; ")} ")"</span> }
                    });
                    let class = if c.best { "discussion-best" } else { "" };
                    view! {
                        <li class=class>
                            <p class="discussion-choice"><strong>{c.text.clone()}</strong>{tags}</p>
                            <p>{inlines_view(&c.feedback, &base, lang)}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <ul class="discussion-list">{items}</ul>
                {blocks_view(&closing, &base, lang)}
            }
        })
    };
    let label = t(lang, Key::CalloutPembahasan);
    view! {
        <section class="callout callout-discussion" aria-label=label>
            <p class="callout-title">{label}</p>
            <fieldset>
                <legend>{t(lang, Key::DiscussionPrompt)}</legend>
                <div class="options">{inputs}</div>
            </fieldset>
            <div class="discussion-body" aria-live="polite">{revealed}</div>
        </section>
    }
    .into_any()
}
