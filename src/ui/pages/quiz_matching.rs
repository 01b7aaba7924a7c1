//! A matching question's input: per item on the left, its chosen match in full and a button
//! that opens the choices as full-width buttons. Not a native `<select>`: a phone's closed
//! select cuts a long answer ("Mendampingi kelompok dan me…") and cannot mark the answers
//! another item already took; and not radio buttons in a disclosure, whose arrow keys would
//! choose (and close the list) on every step. Choosing an answer another item holds moves it
//! here: each answer matches one item.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::course::Pair;
use crate::i18n::quiz::Word as Words;
use crate::i18n::{t, Key};
use crate::platform;
use crate::ui::state::AppState;

/// The input of a matching question; `matches` holds left id → right id.
#[component]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Leptos component props are taken by value"
)]
pub(super) fn MatchingInput(
    /// The form's name prefix (unique per question).
    name: String,
    /// The pairs (left in the author's order).
    pairs: Vec<Pair>,
    /// The answers' display order (ids, drawn for this attempt).
    order: Vec<String>,
    /// The learner's matches.
    matches: RwSignal<HashMap<String, String>>,
) -> impl IntoView {
    let lang = AppState::get().lang;
    // (id, text) of the answers in display order, and of the items.
    let rights: Arc<Vec<(String, String)>> = Arc::new(
        order
            .iter()
            .filter_map(|rid| pairs.iter().find(|p| &p.id == rid))
            .map(|p| (p.id.clone(), p.right.clone()))
            .collect(),
    );
    let lefts: Arc<Vec<(String, String)>> = Arc::new(
        pairs
            .iter()
            .map(|p| (p.id.clone(), p.left.clone()))
            .collect(),
    );
    // Which item's choices are open (one at a time), and what a move said.
    let open = RwSignal::new(None::<String>);
    let said = RwSignal::new(String::new());
    let rows = lefts
        .iter()
        .enumerate()
        .map(|(n, (left_id, left_text))| {
            let ids = Arc::new((
                format!("{name}-m{n}-pick"),
                format!("{name}-m{n}-toggle"),
                format!("{name}-m{n}-list"),
            ));
            let left_id = Arc::new(left_id.clone());
            let picked = {
                let (rights, left_id) = (rights.clone(), left_id.clone());
                move || {
                    matches.with(|m| {
                        m.get(left_id.as_str())
                            .and_then(|r| rights.iter().find(|(id, _)| id == r))
                            .map(|(_, text)| text.clone())
                    })
                }
            };
            let is_open = {
                let left_id = left_id.clone();
                move || open.with(|o| o.as_deref() == Some(left_id.as_str()))
            };
            let toggle = {
                let left_id = left_id.clone();
                move |_| {
                    open.update(|o| {
                        *o = if o.as_deref() == Some(left_id.as_str()) {
                            None
                        } else {
                            Some(left_id.to_string())
                        };
                    });
                }
            };
            let choices = {
                let (rights, lefts, left_id, ids) =
                    (rights.clone(), lefts.clone(), left_id.clone(), ids.clone());
                let left_text = left_text.clone();
                // Drawn each time the list opens; a choice closes it, so what is taken and
                // chosen is read once here, not tracked per button.
                move || {
                    let now = matches.get_untracked();
                    rights
                        .iter()
                        .map(|(right_id, right_text)| {
                            let chosen = now.get(left_id.as_str()) == Some(right_id);
                            let holder = now
                                .iter()
                                .find(|(l, r)| *r == right_id && **l != *left_id)
                                .and_then(|(l, _)| lefts.iter().find(|(id, _)| id == l))
                                .map(|(_, text)| Words::MatchUsedFor.with(lang, &[text]));
                            let choose = {
                                let (left_id, ids, right_id) = (left_id.clone(), ids.clone(), right_id.clone());
                                let said_text = Words::MatchMade.with(lang, &[&left_text, right_text]);
                                move |_| {
                                    matches.update(|m| {
                                        m.retain(|l, r| *r != right_id || *l == *left_id);
                                        m.insert(left_id.to_string(), right_id.clone());
                                    });
                                    open.set(None);
                                    said.set(said_text.clone());
                                    let toggle_id = ids.1.clone();
                                    request_animation_frame(move || platform::focus_element(&toggle_id));
                                }
                            };
                            view! {
                                <li>
                                    <button type="button" class="match-choice" aria-pressed=chosen.to_string() on:click=choose>
                                        <span class="match-choice-text">{right_text.clone()}</span>
                                        {holder.map(|h| view! { <span class="match-used">{h}</span> })}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }
            };
            let has_pick = picked.clone();
            view! {
                <fieldset class="match-row">
                    <legend class="match-left">{left_text.clone()}</legend>
                    <p class="match-pick" id=ids.0.clone()>
                        {move || match picked() {
                            Some(text) => view! { {Words::MatchPickLabel.text(lang)} " " <strong>{text}</strong> }.into_any(),
                            None => view! { <span class="muted">{Words::MatchNone.text(lang)}</span> }.into_any(),
                        }}
                    </p>
                    <button type="button" class="button button-secondary match-toggle" id=ids.1.clone()
                        aria-expanded={let is_open = is_open.clone(); move || is_open().to_string()}
                        aria-controls=ids.2.clone() aria-describedby=ids.0.clone() on:click=toggle>
                        {move || t(lang, if has_pick().is_some() { Key::MatchChange } else { Key::MatchChoose })}
                    </button>
                    <Show when=is_open>
                        <ul class="match-choices" id=ids.2.clone()>{choices.clone()}</ul>
                    </Show>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <div class="match-list">{rows}</div>
        <p class="visually-hidden" aria-live="polite">{move || said.get()}</p>
    }
}
