//! One question as a form of real inputs (radio, checkbox, Up/Down ordering, matching choices
//! in `quiz_matching.rs`), for every question kind; it builds the learner's [`Answer`] and hands
//! it to the quiz. While the answer is incomplete, the disabled "Periksa jawaban" says what is
//! missing.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::course::{Question, QuestionKind};
use crate::domain::quiz::{display_order, Answer, Attempt};
use crate::i18n::quiz::Word as Words;
use crate::i18n::{t, Key};
use crate::platform;
use crate::ui::state::AppState;

use super::quiz_matching::MatchingInput;

/// One question as a form of real inputs.
#[component]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Leptos component props are taken by value"
)]
pub(super) fn QuestionForm(
    /// The attempt.
    attempt: Attempt,
    /// The question.
    question: Question,
    /// Its position in the attempt.
    index: usize,
    /// Called with the answer.
    submit: Callback<(Attempt, Question, Answer)>,
    /// A save is under way.
    busy: RwSignal<bool>,
    /// The submit button's words (default "Periksa jawaban"; the pre-test gives no feedback).
    #[prop(optional)]
    submit_label: Option<Key>,
) -> impl IntoView {
    let submit_label = submit_label.unwrap_or(Key::CheckAnswer);
    let lang = AppState::get().lang;
    let total = attempt.questions.len();
    let order = display_order(&question, attempt.seed);
    // One signal holds the answer being built, whatever the type.
    let picked = RwSignal::new(Vec::<String>::new());
    let ordering = RwSignal::new(order.clone());
    let matches = RwSignal::new(HashMap::<String, String>::new());
    let q = question.clone();
    let a = attempt.clone();
    let answer = move || -> Option<Answer> {
        match &q.kind {
            QuestionKind::Single { .. } => picked.get().first().cloned().map(Answer::Single),
            QuestionKind::Multiple { .. } => {
                let p = picked.get();
                (!p.is_empty()).then_some(Answer::Multiple(p))
            }
            QuestionKind::TrueFalse { .. } => picked
                .get()
                .first()
                .map(|v| Answer::TrueFalse(v == crate::domain::quiz::TRUE_ID)),
            QuestionKind::Ordering { .. } => Some(Answer::Ordering(ordering.get())),
            QuestionKind::Matching { pairs } => {
                let m = matches.get();
                pairs
                    .iter()
                    .map(|p| m.get(&p.id).map(|r| (p.id.clone(), r.clone())))
                    .collect::<Option<Vec<_>>>()
                    .map(Answer::Matching)
            }
        }
    };
    let answer = Memo::new(move |_| answer());
    let qq = question.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(ans) = answer.get_untracked() {
            submit.run((a.clone(), qq.clone(), ans));
        }
    };
    let name = format!("q-{}", question.id);
    let missing_id = format!("{name}-missing");
    // What the disabled "Periksa jawaban" waits for.
    let pair_count = match &question.kind {
        QuestionKind::Matching { pairs } => pairs.len(),
        _ => 0,
    };
    let multiple = matches!(question.kind, QuestionKind::Multiple { .. });
    let matching = matches!(question.kind, QuestionKind::Matching { .. });
    let missing = move || {
        if matching {
            let left = pair_count.saturating_sub(matches.with(HashMap::len));
            Words::MissingMatches.with(lang, &[&left])
        } else if multiple {
            Words::MissingSome.text(lang).to_owned()
        } else {
            Words::MissingOne.text(lang).to_owned()
        }
    };
    let body = match &question.kind {
        QuestionKind::Single { options } | QuestionKind::Multiple { options } => {
            let multi = matches!(question.kind, QuestionKind::Multiple { .. });
            let inputs = order
                .iter()
                .filter_map(|id| options.iter().find(|o| &o.id == id))
                .map(|o| {
                    let id = o.id.clone();
                    let id2 = o.id.clone();
                    let name = name.clone();
                    view! {
                        <label class="option">
                            <input
                                type=if multi { "checkbox" } else { "radio" }
                                name=name
                                value=id.clone()
                                prop:checked=move || picked.with(|p| p.contains(&id2))
                                on:change=move |_| picked.update(|p| {
                                    if multi {
                                        if let Some(i) = p.iter().position(|x| x == &id) { p.remove(i); } else { p.push(id.clone()); }
                                    } else {
                                        *p = vec![id.clone()];
                                    }
                                })
                            />
                            <span>{o.text.clone()}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <p class="hint">{t(lang, if multi { Key::ChooseAll } else { Key::ChooseOne })}</p>
                <div class="options">{inputs}</div>
            }
            .into_any()
        }
        QuestionKind::TrueFalse { .. } => {
            let inputs = [(crate::domain::quiz::TRUE_ID, Key::True), (crate::domain::quiz::FALSE_ID, Key::False)]
                .into_iter()
                .map(|(value, key)| {
                    let name = name.clone();
                    view! {
                        <label class="option">
                            <input type="radio" name=name value=value
                                prop:checked=move || picked.with(|p| p.first().is_some_and(|v| v == value))
                                on:change=move |_| picked.set(vec![value.to_owned()]) />
                            <span>{t(lang, key)}</span>
                        </label>
                    }
                })
                .collect_view();
            view! { <p class="hint">{t(lang, Key::ChooseOne)}</p><div class="options">{inputs}</div> }.into_any()
        }
        QuestionKind::Ordering { steps } => {
            let steps = steps.clone();
            let said = RwSignal::new(String::new());
            let prefix = StoredValue::new(name.clone());
            // Moves the step at `from` by one place; the focus follows it (to its other button
            // when this one is now at the end) and the new place is announced.
            let shift = move |from: usize, to: usize, text: String, id: String, up: bool| {
                let mut n = 0;
                ordering.update(|o| {
                    o.swap(from, to);
                    n = o.len();
                });
                said.set(Words::OrderMoved.with(lang, &[&text, &(to + 1), &n]));
                let at_end = if up { to == 0 } else { to + 1 == n };
                let button = if up == at_end { "down" } else { "up" };
                let target = format!("{}-{button}-{id}", prefix.get_value());
                request_animation_frame(move || platform::focus_element(&target));
            };
            let name = name.clone();
            view! {
                <p class="hint">{Words::OrderHint.text(lang)}</p>
                <ol class="order-list">
                    {move || {
                        let current = ordering.get();
                        let n = current.len();
                        current.into_iter().enumerate().map(|(i, id)| {
                            let text = steps.iter().find(|s| s.id == id).map(|s| s.text.clone()).unwrap_or_default();
                            let up_label = Words::MoveUpLabel.with(lang, &[&text]);
                            let down_label = Words::MoveDownLabel.with(lang, &[&text]);
                            let (up_text, up_id) = (text.clone(), id.clone());
                            let (down_text, down_id) = (text.clone(), id.clone());
                            view! {
                                <li class="order-item">
                                    <span class="order-text">{text}</span>
                                    <span class="order-buttons">
                                        <button type="button" id=format!("{name}-up-{id}") class="button button-secondary" aria-label=up_label disabled=i == 0
                                            on:click=move |_| shift(i, i - 1, up_text.clone(), up_id.clone(), true)>{Words::MoveUp.text(lang)}</button>
                                        <button type="button" id=format!("{name}-down-{id}") class="button button-secondary" aria-label=down_label disabled=i + 1 == n
                                            on:click=move |_| shift(i, i + 1, down_text.clone(), down_id.clone(), false)>{Words::MoveDown.text(lang)}</button>
                                    </span>
                                </li>
                            }
                        }).collect_view()
                    }}
                </ol>
                <p class="visually-hidden" aria-live="polite">{move || said.get()}</p>
            }
            .into_any()
        }
        QuestionKind::Matching { pairs } => view! {
            <p class="hint">{Words::MatchHint.text(lang)}</p>
            <MatchingInput name=name.clone() pairs=pairs.clone() order=order.clone() matches=matches />
        }
        .into_any(),
    };
    view! {
        <form class="question card" on:submit=on_submit>
            <fieldset>
                <legend>
                    <span class="meta">{Words::QuestionOf.with(lang, &[&(index + 1), &total])}</span>
                    <span id="question-title" tabindex="-1" class="question-prompt">{question.prompt.clone()}</span>
                </legend>
                {body}
            </fieldset>
            <button class="button" type="submit" disabled=move || busy.get() || answer.get().is_none()
                aria-describedby=missing_id.clone()>
                {move || t(lang, if busy.get() { Key::Saving } else { submit_label })}
            </button>
            <p class="hint submit-missing" id=missing_id aria-live="polite">
                {move || answer.with(Option::is_none).then(missing)}
            </p>
        </form>
    }
}
