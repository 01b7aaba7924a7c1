//! `#/modul/<id>/kuis`: start or continue an attempt, answer one question at a time, get
//! feedback on every answer. Each answer is saved (committed) before "saved" is shown.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::catalog::CatalogEntry;
use crate::content::catalog::ModuleContent;
use crate::domain::course::Question;
use crate::domain::ids::ModuleId;
use crate::domain::quiz::{attempts_left, next_unanswered, Answer, AnswerError, Attempt};
use crate::domain::session::QuizSession;
use crate::i18n::quiz::Word as Words;
use crate::i18n::{t, tf, Key};
use crate::platform;
use crate::ui::state::AppState;
use crate::views::lesson::{QuizHead, QuizRules};

use super::module_frame::with_module_body;
use super::quiz_feedback::{verdict_text, FeedbackPanel, Saved, Shown};
use super::quiz_form::QuestionForm;
use super::quiz_reading::UnreadNotice;

/// A save that takes longer than this shows "Menyimpan…" on the button; a quicker one (the
/// usual case, a few milliseconds) changes nothing on the page until its feedback.
const SAVING_NOTE_AFTER_MS: u32 = 250;

/// A question answered short of full credit in this post-test comes back for review ("Ulang
/// soal yang salah", issue 29 item 2): into the review queue, in the background, after the
/// answer (the storage queue keeps the order), by the review chunk (`ui::lazy::queue_missed`).
/// The pre-test never calls this.
fn queue_missed(state: AppState, module: &ModuleId, question: &Question, credit: u32) {
    if crate::domain::review::enters_queue(credit) {
        crate::ui::lazy::queue_missed(state, module.clone(), question.clone());
    }
}

/// The quiz page.
#[component]
pub fn QuizPage(
    /// Which module.
    id: ModuleId,
) -> impl IntoView {
    with_module_body(id, |entry, body| {
        view! { <QuizRunner entry=entry body=body /> }.into_any()
    })
}

/// Runs the quiz of one module.
#[component]
fn QuizRunner(
    /// The module's catalog entry.
    entry: CatalogEntry,
    /// Its lessons, glossary and pool.
    body: Arc<ModuleContent>,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    // SCORM mode keeps no review queue: the LMS is the record, and it has no room for one.
    let keeps_review = use_context::<crate::ui::scorm::LmsLink>().is_none();
    let summary = entry.summary.clone();
    let module_id = summary.id.clone();
    // The quiz's rules (active attempt, finished count, next question) live in
    // `domain::session::QuizSession`; the page only renders and stores what it returns.
    let s = summary.clone();
    let active = Memo::new(move |_| state.progress.quiz(&s, |session| session.active().cloned()));
    let s = summary.clone();
    let finished_count =
        Memo::new(move |_| state.progress.quiz(&s, |session| session.finished_count()));
    let (shown, set_shown) = signal(None::<Shown>);
    let (answer_error, set_answer_error) = signal(None::<Key>);
    let busy = RwSignal::new(false);
    // Which question the page shows, since when (an answer's duration for an LRS).
    let shown_at =
        StoredValue::new(None::<(crate::domain::ids::QuestionId, crate::domain::quiz::Millis)>);

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
        // No item of the learner's own pre-test comes back (domain::pretest::post_pool).
        let pretest = state
            .progress
            .pretests
            .with_untracked(|all| all.iter().find(|p| p.module == s.id).cloned());
        let attempt = state.progress.quiz_untracked(&s, |session| {
            session.start_after(
                id,
                &pool,
                pretest.as_ref(),
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
    let pool_for_gate = body.questions.clone();
    let submit = Callback::new(
        move |(attempt, question, answer): (Attempt, Question, Answer)| {
            if busy.get_untracked() {
                return;
            }
            // When the page showed this question (`shown_at`, set as the form is drawn).
            let shown = shown_at
                .get_value()
                .filter(|(id, _)| *id == question.id)
                .map(|(_, at)| at);
            let answered = match QuizSession::answer(
                &attempt,
                &question,
                answer,
                platform::device::now(),
                shown,
            ) {
                Ok(a) => a,
                Err(e) => {
                    // Never a button that silently does nothing: say what is missing.
                    set_answer_error.set(Some(match e {
                        AnswerError::Incomplete => Key::AnswerIncomplete,
                        AnswerError::WrongType | AnswerError::UnknownItem(_) => Key::AnswerInvalid,
                    }));
                    return;
                }
            };
            if answer_error.get_untracked().is_some() {
                set_answer_error.set(None);
            }
            let (record, graded) = (answered.record, answered.graded);
            if state.storage_waiting() {
                if keeps_review {
                    queue_missed(state, &attempt.module, &question, record.credit);
                }
                // Feedback at once; the note says the answer waits, then that it is saved.
                let qid = question.id.clone();
                set_shown.set(Some(Shown {
                    question: question.clone(),
                    graded: graded.clone(),
                    saved: Saved::Waiting,
                }));
                platform::focus_soon("feedback-title");
                let event = answered.event;
                leptos::task::spawn_local(async move {
                    let stored = state.save_answer(record).await;
                    let saved = if stored.is_ok() {
                        Saved::Yes
                    } else {
                        Saved::No
                    };
                    // Reported once it is stored, as below: the answer stored (another tab may
                    // have answered first), and only now is the session's actor known to the
                    // portal and the LRS (the database holds it).
                    let event = stored
                        .ok()
                        .and_then(|s| {
                            QuizSession::answer(&attempt, &question, s.answer, s.answered_at, shown)
                                .ok()
                        })
                        .map_or(event, |a| a.event);
                    state.emit(&attempt.module, &event);
                    set_shown.update(|s| {
                        if let Some(s) = s.as_mut().filter(|s| s.question.id == qid) {
                            s.saved = saved;
                        }
                    });
                });
                return;
            }
            // A second press is refused from now on, but nothing is re-rendered yet: the page
            // stays still while IndexedDB works, and "Menyimpan…" shows only if the save is slow.
            busy.update_untracked(|b| *b = true);
            let slow = gloo::timers::callback::Timeout::new(SAVING_NOTE_AFTER_MS, move || {
                if busy.get_untracked() {
                    busy.notify();
                }
            });
            leptos::task::spawn_local(async move {
                let (stored, saved) = match state.save_answer(record.clone()).await {
                    Ok(r) => (r, Saved::Yes),
                    Err(_) => (record, Saved::No),
                };
                drop(slow);
                if keeps_review {
                    queue_missed(state, &attempt.module, &question, stored.credit);
                }
                // Another tab may have answered first: show (and report) the answer stored.
                let shown_answer = QuizSession::answer(
                    &attempt,
                    &question,
                    stored.answer,
                    stored.answered_at,
                    shown,
                );
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
            let here = platform::current_route();
            leptos::task::spawn_local(async move {
                let finished = state.progress.quiz_untracked(&summary, |session| {
                    session.finish(&attempt, platform::device::now())
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
                // `failed` below the pass mark; `passed` only once the module is *Lulus*
                // (lessons still unread: it comes with the last lesson read).
                let after = state.progress.module_untracked(&summary);
                let duration_ms = Some(state.module_time_ms(&summary.id, after.seconds));
                if let Some(event) =
                    crate::domain::progress::finish_event(&finished.score, &after, duration_ms)
                {
                    state.emit(&attempt.module, &event);
                }
                set_shown.set(None);
                crate::ui::links::go_if_still_on(&here, &href);
            });
        }
    };

    let title = summary.title.clone();
    let module_href = crate::ui::links::module(&module_id);
    view! {
        <QuizHead lang=lang module_href=module_href module_title=title.clone() />
        <div class="visually-hidden" aria-live="polite" aria-atomic="true" id="quiz-live">
            {move || shown.get().map(|s| format!("{}. {}", verdict_text(lang, &s.graded), s.graded.items.first().map(|i| i.feedback.clone()).unwrap_or_default()))}
        </div>
        {move || {
            let attempt = active.get();
            if let Some(s) = shown.get() {
                let attempt_done = attempt.as_ref().is_some_and(|a| state.progress.answers.with(|answers| next_unanswered(a, answers).is_none()));
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
                    let next = state.progress.answers.with(|answers| next_unanswered(&attempt, answers));
                    match next.and_then(|i| {
                        let qid = attempt.questions.get(i)?;
                        questions.iter().find(|q| &q.id == qid).cloned().map(|q| (i, q))
                    }) {
                        Some((index, question)) => {
                            // The question is on screen from now (the time an answer's
                            // `result.duration` counts from; a redraw keeps the first time).
                            if shown_at.get_value().is_none_or(|(id, _)| id != question.id) {
                                shown_at.set_value(Some((question.id.clone(), platform::device::now())));
                            }
                            view! {
                            {move || answer_error.get().map(|k| view! { <p class="alert alert-error" role="alert" id="answer-error">{t(lang, k)}</p> })}
                            <QuestionForm attempt=attempt.clone() question=question index=index submit=submit busy=busy />
                        }.into_any()
                        }
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
                    // A required pre-test not done yet holds the post-test back, as it does the
                    // lessons (domain::pretest::gate).
                    let pretest = state.progress.pretest(&summary.id);
                    let has = crate::domain::pretest::module_has_pretest(&summary, &pool_for_gate);
                    let post_started = state.progress.post_started(&summary.id);
                    if crate::domain::pretest::gate(summary.pretest, has, pretest.as_ref(), post_started).blocks_lessons() {
                        return view! {
                            <section class="card" id="pretest-blocked">
                                <p>{t(lang, Key::PretestBlocked)}</p>
                                <p><a class="button" id="pretest-link" href=crate::ui::links::pretest(&summary.id)>{t(lang, Key::PretestStart)}</a></p>
                            </section>
                        }.into_any();
                    }
                    let start = start.clone();
                    let left = attempts_left(max_attempts, finished_count.get());
                    let best = state.module_progress(&entry).best;
                    // Below the rules the first screen drew (nothing moves), above the button.
                    let unread = view! { <UnreadNotice entry=entry.clone() quiz_passed=false /> };
                    view! {
                        <QuizRules
                            lang=lang
                            question_count=summary.question_count
                            questions_per_attempt=summary.questions_per_attempt
                            pass_mark=summary.pass_mark
                            rest=view! {
                                {best.map(|b| view! { <p>{tf(lang, Key::QuizBest, &[&b.percent])}</p> })}
                                <p>{Words::QuizAttempts.with(lang, &[&finished_count.get()])}
                                    {left.map(|l| view! { " · " {Words::QuizAttemptsLeft.with(lang, &[&l])} })}</p>
                                {unread}
                                {if left == Some(0) {
                                    view! { <p class="alert alert-error">{Words::QuizNoAttemptsLeft.text(lang)}</p> }.into_any()
                                } else {
                                    let label = if finished_count.get() == 0 { Key::QuizStart } else { Key::QuizRetry };
                                    view! {
                                        <button class="button" id="quiz-start" type="button" disabled=move || busy.get() on:click=move |_| start()>
                                            {t(lang, label)}
                                        </button>
                                    }.into_any()
                                }}
                            }
                        />
                    }.into_any()
                }
            }
        }}
    }
}
