//! `#/modul/<id>/kuis/pretest`: the module's pre-test (issue 26, item 1), in the quiz chunk.
//!
//! The rules are `domain::pretest` (draw, gate, merge, score); this page renders them: the
//! intro (required or offered, said plainly, with a skip button when offered), one item at a
//! time with **no feedback**, each answer saved before the next item shows, then the score and
//! the way to the lessons. The answers and their explanations are shown on the result page
//! of the post-test ([`PretestReview`]), never before a post-test was submitted.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::catalog::{CatalogEntry, ModuleContent};
use crate::domain::course::Question;
use crate::domain::embed::Event;
use crate::domain::ids::ModuleId;
use crate::domain::pretest::{answers_visible, gate, module_has_pretest, Gate, PretestRecord};
use crate::domain::quiz::{grade, Answer, AnswerError, Attempt, FULL};
use crate::domain::session::QuizSession;
use crate::i18n::quiz::Word as Words;
use crate::i18n::{t, tf, Key};
use crate::platform;
use crate::ui::state::AppState;

use super::module_frame::with_module_body;
use super::quiz_feedback::{credit_text, FeedbackItems};
use super::quiz_form::QuestionForm;

/// The pre-test page.
#[component]
pub fn PretestPage(
    /// Which module.
    id: ModuleId,
) -> impl IntoView {
    with_module_body(id, |entry, body| {
        view! { <PretestRunner entry=entry body=body /> }.into_any()
    })
}

/// Runs the pre-test of one module.
#[component]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Leptos component props are taken by value"
)]
fn PretestRunner(
    /// The module's catalog entry.
    entry: CatalogEntry,
    /// Its bank.
    body: Arc<ModuleContent>,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let module = entry.summary.clone();
    let mid = module.id.clone();
    let has = module_has_pretest(&module, &body.questions);
    let mode = module.pretest;
    let m = mid.clone();
    let record = Memo::new(move |_| state.progress.pretest(&m));
    let busy = RwSignal::new(false);
    let (answer_error, set_answer_error) = signal(None::<Key>);
    let module_href = crate::ui::links::module(&mid);
    let module_href_top = module_href.clone();

    let (m, b) = (module.clone(), body.clone());
    let start = move || {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let now = platform::device::now();
        let id = format!("{now}-{:08x}", platform::device::random_u32());
        let attempt = crate::domain::pretest::start(
            id,
            &m,
            &b.questions,
            platform::device::random_u32(),
            now,
        );
        let (module_id, questions) = (
            attempt.module.clone(),
            u32::try_from(attempt.questions.len()).unwrap_or(u32::MAX),
        );
        leptos::task::spawn_local(async move {
            let _ = state.save_pretest(PretestRecord::taken(attempt)).await;
            state.emit(&module_id, &Event::PretestStarted { questions });
            busy.set(false);
            platform::focus_soon("question-title");
        });
    };
    let m = mid.clone();
    let skip = move || {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let rec = PretestRecord::skipped(m.clone(), platform::device::now());
        let href = crate::ui::links::module(&m);
        leptos::task::spawn_local(async move {
            let _ = state.save_pretest(rec).await;
            busy.set(false);
            crate::ui::links::go(&href);
        });
    };
    let submit = Callback::new(
        move |(attempt, question, answer): (Attempt, Question, Answer)| {
            if busy.get_untracked() {
                return;
            }
            let now = platform::device::now();
            let answered = match QuizSession::answer(&attempt, &question, answer, now, None) {
                Ok(a) => a,
                Err(e) => {
                    set_answer_error.set(Some(match e {
                        AnswerError::Incomplete => Key::AnswerIncomplete,
                        AnswerError::WrongType | AnswerError::UnknownItem(_) => Key::AnswerInvalid,
                    }));
                    return;
                }
            };
            set_answer_error.set(None);
            let Some(current) = record.get_untracked() else {
                return;
            };
            let was_finished = current.finished();
            let mut next = current.with_answer(answered.record);
            // The last item finishes the pre-test: no feedback, straight to its score.
            if next.next_position().is_none() {
                next = next.finish(now);
            }
            busy.set(true);
            leptos::task::spawn_local(async move {
                let finished = state.save_pretest(next.clone()).await.unwrap_or(next);
                // `scored` once, when the last answer finishes it (another tab's finish
                // does not come through here).
                if let (true, Some(s)) = (!was_finished, finished.score()) {
                    state.emit(
                        &finished.module,
                        &Event::PretestScored {
                            raw: f64::from(s.raw_milli) / f64::from(FULL),
                            max: s.max,
                            scaled: s.scaled(),
                        },
                    );
                }
                busy.set(false);
                platform::focus_soon("question-title");
            });
        },
    );

    let questions = body.questions.clone();
    let count = module.pretest_questions;
    view! {
        <p class="crumb"><a href=module_href_top>{module.title.clone()}</a></p>
        <h1 id="page-title" tabindex="-1">{t(lang, Key::PretestTitle)}</h1>
        {move || {
            let rec = record.get();
            let g = gate(mode, has, rec.as_ref(), state.progress.post_started(&mid));
            if g == Gate::None {
                return view! { <p><a class="button" href=module_href.clone()>{t(lang, Key::StartLearning)}</a></p> }.into_any();
            }
            if g == Gate::Closed {
                return view! {
                    <p id="pretest-status">{Words::PretestClosed.text(lang)}</p>
                    <p><a class="button" href=module_href.clone()>{t(lang, Key::BackToModule)}</a></p>
                }.into_any();
            }
            match rec {
                Some(r) if r.skipped_at.is_some() => view! {
                    <p id="pretest-status">{t(lang, Key::PretestSkipped)}</p>
                    <p><a class="button" href=module_href.clone()>{t(lang, Key::StartLearning)}</a></p>
                }.into_any(),
                Some(r) if r.finished() => {
                    let percent = r.score().map_or(0, |s| s.percent);
                    view! {
                        <section class="card" id="pretest-done">
                            <p id="pretest-status" data-percent=percent.to_string()>{Words::PretestDone.with(lang, &[&percent])}</p>
                        </section>
                        <p><a class="button" id="pretest-to-lessons" href=module_href.clone()>{t(lang, Key::StartLearning)}</a></p>
                    }.into_any()
                }
                Some(r) => {
                    let attempt = r.attempt.clone();
                    let next = r.next_position();
                    match (attempt, next) {
                        (Some(attempt), Some(i)) => {
                            let question = attempt.questions.get(i).and_then(|qid| questions.iter().find(|q| &q.id == qid).cloned());
                            match question {
                                Some(question) => view! {
                                    {move || answer_error.get().map(|k| view! { <p class="alert alert-error" role="alert" id="answer-error">{t(lang, k)}</p> })}
                                    <QuestionForm attempt=attempt question=question index=i submit=submit busy=busy submit_label=Key::PretestSaveAnswer />
                                }.into_any(),
                                None => view! { <p class="alert alert-error">{t(lang, Key::AnswerInvalid)}</p> }.into_any(),
                            }
                        }
                        _ => ().into_any(),
                    }
                }
                None => {
                    let start = start.clone();
                    let skip = skip.clone();
                    let rule = if g.blocks_lessons() { Key::PretestRequired } else { Key::PretestOffered };
                    view! {
                        <section class="card" id="pretest-intro">
                            <p>{Words::PretestIntro.with(lang, &[&count])}</p>
                            <p><strong id="pretest-rule">{t(lang, rule)}</strong></p>
                            <div class="actions">
                                <button class="button" id="pretest-start" type="button" disabled=move || busy.get() on:click=move |_| start()>
                                    {t(lang, Key::PretestStart)}
                                </button>
                                {(!g.blocks_lessons()).then(|| view! {
                                    <button class="button button-secondary" id="pretest-skip" type="button" disabled=move || busy.get() on:click=move |_| skip()>
                                        {Words::PretestSkip.text(lang)}
                                    </button>
                                })}
                            </div>
                        </section>
                    }.into_any()
                }
            }
        }}
    }
}

/// The pre-test's answers with the key and explanations, on the post-test's result page:
/// shown only once a post-test has been submitted ([`answers_visible`]).
#[component]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Leptos component props are taken by value"
)]
pub(super) fn PretestReview(
    /// The module.
    module: ModuleId,
    /// Its bank.
    body: Arc<ModuleContent>,
    /// Finished post-test attempts.
    post_tests_finished: usize,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    move || {
        let record = state.progress.pretest(&module)?;
        if !answers_visible(&record, post_tests_finished) {
            return None;
        }
        let attempt = record.attempt.clone()?;
        let items = attempt
            .questions
            .iter()
            .filter_map(|qid| body.questions.iter().find(|q| &q.id == qid))
            .map(|q| {
                let given = record.answers.iter().find(|a| a.question == q.id);
                let graded = given.and_then(|a| grade(q, &a.answer).ok());
                let credit = given.map_or(0, |a| a.credit);
                let verdict = if given.is_some() {
                    credit_text(lang, credit)
                } else {
                    Words::NoAnswer.text(lang).to_owned()
                };
                view! {
                    <li>
                        <p><strong class="review-verdict">{verdict}</strong> " — " {q.prompt.clone()}</p>
                        {graded.map(|g| view! { <FeedbackItems items=g.items with_feedback=false /> })}
                        <p class="small muted">{q.explanation.clone()}</p>
                    </li>
                }
            })
            .collect_view();
        let percent = record.score().map_or(0, |s| s.percent);
        Some(view! {
            <section class="card" id="pretest-review" aria-labelledby="pretest-review-title">
                <h2 id="pretest-review-title">{Words::PretestAnswersTitle.text(lang)}</h2>
                <p>{tf(lang, Key::PretestScore, &[&percent])}</p>
                <ol class="review-list">{items}</ol>
            </section>
        })
    }
}
