//! `#/modul/<id>/kuis`: start or continue an attempt, answer one question at a time, get
//! feedback on every answer. Each answer is saved (committed) before "saved" is shown.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::content::catalog::CatalogEntry;
use crate::content::model::{ModuleBody, Question, QuestionKind};
use crate::domain::ids::ModuleId;
use crate::domain::quiz::{
    attempts_left, display_order, next_unanswered, Answer, AnswerError, Attempt, Graded, Verdict,
};
use crate::domain::session::QuizSession;
use crate::i18n::{t, tf, Key, Lang};
use crate::platform;
use crate::ui::state::AppState;

use super::module_frame::{with_body, with_module};

/// The quiz page.
#[component]
pub fn QuizPage(
    /// Which module.
    id: ModuleId,
) -> impl IntoView {
    with_module(id, move |entry| {
        let e = entry.clone();
        with_body(&entry, move |body| {
            view! { <QuizRunner entry=e.clone() body=body /> }.into_any()
        })
        .into_any()
    })
}

/// Whether the answer on screen is committed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Saved {
    /// Committed to IndexedDB.
    Yes,
    /// Waiting in the storage queue (the database is not open yet).
    Waiting,
    /// The write failed (the banner says why).
    No,
}

/// Feedback on the answer just given.
#[derive(Debug, Clone, PartialEq)]
struct Shown {
    question: Question,
    graded: Graded,
    saved: Saved,
}

fn verdict_text(lang: Lang, graded: &Graded) -> String {
    match graded.verdict() {
        Verdict::Correct => t(lang, Key::VerdictCorrect).to_owned(),
        Verdict::Partial => tf(lang, Key::VerdictPartial, &[&(graded.credit / 10)]),
        Verdict::Wrong => t(lang, Key::VerdictWrong).to_owned(),
    }
}

/// Runs the quiz of one module.
#[component]
fn QuizRunner(
    /// The module's catalog entry.
    entry: CatalogEntry,
    /// Its lessons, glossary and pool.
    body: Arc<ModuleBody>,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let summary = entry.summary.clone();
    let module_id = summary.id.clone();
    // The quiz's rules (active attempt, finished count, next question) live in
    // `domain::session::QuizSession`; the page only renders and stores what it returns.
    let s = summary.clone();
    let active = Memo::new(move |_| {
        state.progress.with(|p| {
            QuizSession::new(&s, &p.attempts, &p.answers)
                .active()
                .cloned()
        })
    });
    let s = summary.clone();
    let finished_count = Memo::new(move |_| {
        state
            .progress
            .with(|p| QuizSession::new(&s, &p.attempts, &p.answers).finished_count())
    });
    let (shown, set_shown) = signal(None::<Shown>);
    let (answer_error, set_answer_error) = signal(None::<Key>);
    let busy = RwSignal::new(false);

    let pool = body.questions.clone();
    let max_attempts = summary.max_attempts;
    let s = summary.clone();
    let start = move || {
        if busy.get_untracked()
            || attempts_left(max_attempts, finished_count.get_untracked()) == Some(0)
        {
            return;
        }
        busy.set(true);
        let now = platform::device::now();
        let id = format!("{now}-{:08x}", platform::device::random_u32());
        let attempt = state.progress.with_untracked(|p| {
            QuizSession::new(&s, &p.attempts, &p.answers).start(
                id,
                &pool,
                platform::device::random_u32(),
                now,
            )
        });
        if state.storage_waiting() {
            // The attempt is shown at once and waits in the storage queue.
            leptos::task::spawn_local(async move {
                let _ = state.save_attempt(attempt).await;
            });
            busy.set(false);
            platform::focus_soon("question-title");
            return;
        }
        leptos::task::spawn_local(async move {
            let _ = state.save_attempt(attempt).await;
            busy.set(false);
            platform::focus_soon("question-title");
        });
    };

    let questions = body.questions.clone();
    let submit = Callback::new(
        move |(attempt, question, answer): (Attempt, Question, Answer)| {
            if busy.get_untracked() {
                return;
            }
            let answered =
                match QuizSession::answer(&attempt, &question, answer, platform::device::now()) {
                    Ok(a) => a,
                    Err(e) => {
                        // Never a button that silently does nothing: say what is missing.
                        set_answer_error.set(Some(match e {
                            AnswerError::Incomplete => Key::AnswerIncomplete,
                            AnswerError::WrongType | AnswerError::UnknownItem(_) => {
                                Key::AnswerInvalid
                            }
                        }));
                        return;
                    }
                };
            set_answer_error.set(None);
            busy.set(true);
            let (record, graded) = (answered.record, answered.graded);
            if state.storage_waiting() {
                // Feedback at once; the note says the answer waits, then that it is saved.
                let qid = question.id.clone();
                set_shown.set(Some(Shown {
                    question: question.clone(),
                    graded: graded.clone(),
                    saved: Saved::Waiting,
                }));
                busy.set(false);
                platform::focus_soon("feedback-title");
                leptos::task::spawn_local(async move {
                    let saved = if state.save_answer(record).await.is_ok() {
                        Saved::Yes
                    } else {
                        Saved::No
                    };
                    set_shown.update(|s| {
                        if let Some(s) = s.as_mut().filter(|s| s.question.id == qid) {
                            s.saved = saved;
                        }
                    });
                });
                return;
            }
            leptos::task::spawn_local(async move {
                let (stored, saved) = match state.save_answer(record.clone()).await {
                    Ok(r) => (r, Saved::Yes),
                    Err(_) => (record, Saved::No),
                };
                // Another tab may have answered first: show (and report) the answer stored.
                let shown_answer =
                    QuizSession::answer(&attempt, &question, stored.answer, stored.answered_at);
                let (graded, event) = match shown_answer {
                    Ok(a) => (a.graded, a.event),
                    Err(_) => (graded, answered.event),
                };
                state.emit(&attempt.module, &event);
                set_shown.set(Some(Shown {
                    question,
                    graded,
                    saved,
                }));
                busy.set(false);
                platform::focus_soon("feedback-title");
            });
        },
    );

    let result_href = crate::ui::links::result(&module_id);
    let finish = {
        let result_href = result_href.clone();
        let summary = summary.clone();
        move |attempt: Attempt| {
            let href = result_href.clone();
            let summary = summary.clone();
            leptos::task::spawn_local(async move {
                let finished = state.progress.with_untracked(|p| {
                    QuizSession::new(&summary, &p.attempts, &p.answers)
                        .finish(&attempt, platform::device::now())
                });
                let done = finished.attempt.clone();
                // While the database is not open, the finished attempt waits in the queue and
                // the result is shown from what is on screen.
                if state.storage_waiting() {
                    leptos::task::spawn_local(async move {
                        let _ = state.save_attempt(done).await;
                    });
                } else {
                    let _ = state.save_attempt(done).await;
                }
                state.emit(&attempt.module, &finished.event);
                set_shown.set(None);
                crate::ui::links::go(&href);
            });
        }
    };

    let title = summary.title.clone();
    let module_href = crate::ui::links::module(&module_id);
    view! {
        <p class="crumb"><a href=module_href>{title.clone()}</a></p>
        <h1 id="page-title" tabindex="-1">{t(lang, Key::QuizTitle)} ": " {title.clone()}</h1>
        <div class="visually-hidden" aria-live="polite" aria-atomic="true" id="quiz-live">
            {move || shown.get().map(|s| format!("{}. {}", verdict_text(lang, &s.graded), s.graded.items.first().map(|i| i.feedback.clone()).unwrap_or_default()))}
        </div>
        {move || {
            let attempt = active.get();
            if let Some(s) = shown.get() {
                let attempt_done = attempt.as_ref().is_some_and(|a| state.progress.with(|p| next_unanswered(a, &p.answers).is_none()));
                let finish = finish.clone();
                let attempt_for_finish = attempt.clone();
                return view! {
                    <FeedbackPanel shown=s />
                    <div class="actions">
                        {if attempt_done {
                            view! {
                                <button class="button" type="button" on:click=move |_| {
                                    if let Some(a) = attempt_for_finish.clone() { finish(a); }
                                }>{t(lang, Key::SeeResult)}</button>
                            }.into_any()
                        } else {
                            view! {
                                <button class="button" type="button" on:click=move |_| {
                                    set_shown.set(None);
                                    platform::focus_soon("question-title");
                                }>{t(lang, Key::NextQuestion)}</button>
                            }.into_any()
                        }}
                    </div>
                }.into_any();
            }
            match attempt {
                Some(attempt) => {
                    let next = state.progress.with(|p| next_unanswered(&attempt, &p.answers));
                    match next.and_then(|i| {
                        let qid = attempt.questions.get(i)?;
                        questions.iter().find(|q| &q.id == qid).cloned().map(|q| (i, q))
                    }) {
                        Some((index, question)) => view! {
                            {move || answer_error.get().map(|k| view! { <p class="alert alert-error" role="alert" id="answer-error">{t(lang, k)}</p> })}
                            <QuestionForm attempt=attempt.clone() question=question index=index submit=submit busy=busy />
                        }.into_any(),
                        None => {
                            let finish = finish.clone();
                            view! {
                                <div class="actions">
                                    <button class="button" type="button" on:click=move |_| finish(attempt.clone())>
                                        {t(lang, Key::SeeResult)}
                                    </button>
                                </div>
                            }.into_any()
                        }
                    }
                }
                None => {
                    let start = start.clone();
                    let left = attempts_left(max_attempts, finished_count.get());
                    let best = state.module_progress(&entry).best;
                    view! {
                        <section class="card">
                            <p>{tf(lang, Key::QuizInfo, &[&summary.question_count, &summary.questions_per_attempt, &summary.pass_mark])}</p>
                            <p class="muted">{t(lang, Key::QuizRules)}</p>
                            {best.map(|b| view! { <p>{tf(lang, Key::QuizBest, &[&b.percent])}</p> })}
                            <p>{tf(lang, Key::QuizAttempts, &[&finished_count.get()])}
                                {left.map(|l| view! { " · " {tf(lang, Key::QuizAttemptsLeft, &[&l])} })}</p>
                            {if left == Some(0) {
                                view! { <p class="alert alert-error">{t(lang, Key::QuizNoAttemptsLeft)}</p> }.into_any()
                            } else {
                                let label = if finished_count.get() == 0 { Key::QuizStart } else { Key::QuizRetry };
                                view! {
                                    <button class="button" id="quiz-start" type="button" disabled=move || busy.get() on:click=move |_| start()>
                                        {t(lang, label)}
                                    </button>
                                }.into_any()
                            }}
                        </section>
                    }.into_any()
                }
            }
        }}
    }
}

/// Feedback after an answer: verdict, the chosen option's feedback, the explanation.
#[component]
fn FeedbackPanel(
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
            <p class="muted small">{t(lang, match shown.saved { Saved::Yes => Key::SavedNote, Saved::Waiting => Key::WaitingNote, Saved::No => Key::NotSavedNote })}</p>
        </section>
    }
}

/// One question as a form of real inputs.
#[component]
fn QuestionForm(
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
) -> impl IntoView {
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
            view! {
                <p class="hint">{t(lang, Key::OrderHint)}</p>
                <ol class="order-list">
                    {move || {
                        let current = ordering.get();
                        let n = current.len();
                        current.into_iter().enumerate().map(|(i, id)| {
                            let text = steps.iter().find(|s| s.id == id).map(|s| s.text.clone()).unwrap_or_default();
                            let up_label = tf(lang, Key::MoveUpLabel, &[&text]);
                            let down_label = tf(lang, Key::MoveDownLabel, &[&text]);
                            view! {
                                <li class="order-item">
                                    <span class="order-text">{text}</span>
                                    <span class="order-buttons">
                                        <button type="button" class="button button-small button-secondary" aria-label=up_label disabled=i == 0
                                            on:click=move |_| ordering.update(|o| o.swap(i, i - 1))>{t(lang, Key::MoveUp)}</button>
                                        <button type="button" class="button button-small button-secondary" aria-label=down_label disabled=i + 1 == n
                                            on:click=move |_| ordering.update(|o| o.swap(i, i + 1))>{t(lang, Key::MoveDown)}</button>
                                    </span>
                                </li>
                            }
                        }).collect_view()
                    }}
                </ol>
            }
            .into_any()
        }
        QuestionKind::Matching { pairs } => {
            let rows = pairs
                .iter()
                .enumerate()
                .map(|(n, p)| {
                    let select_id = format!("{name}-{n}");
                    let left_id = p.id.clone();
                    let options = order
                        .iter()
                        .filter_map(|rid| pairs.iter().find(|x| &x.id == rid))
                        .map(|x| view! { <option value=x.id.clone()>{x.right.clone()}</option> })
                        .collect_view();
                    view! {
                        <div class="match-row">
                            <label for=select_id.clone()>{p.left.clone()}</label>
                            <select id=select_id on:change=move |ev| {
                                let v = event_target_value(&ev);
                                let left = left_id.clone();
                                matches.update(|m| { if v.is_empty() { m.remove(&left); } else { m.insert(left, v); } });
                            }>
                                <option value="">{t(lang, Key::ChoosePlaceholder)}</option>
                                {options}
                            </select>
                        </div>
                    }
                })
                .collect_view();
            view! { <p class="hint">{t(lang, Key::MatchHint)}</p><div class="match-list">{rows}</div> }.into_any()
        }
    };
    view! {
        <form class="question card" on:submit=on_submit>
            <fieldset>
                <legend>
                    <span class="meta">{tf(lang, Key::QuestionOf, &[&(index + 1), &total])}</span>
                    <span id="question-title" tabindex="-1" class="question-prompt">{question.prompt.clone()}</span>
                </legend>
                {body}
            </fieldset>
            <button class="button" type="submit" disabled=move || busy.get() || answer.get().is_none()>
                {move || t(lang, if busy.get() { Key::Saving } else { Key::CheckAnswer })}
            </button>
        </form>
    }
}
