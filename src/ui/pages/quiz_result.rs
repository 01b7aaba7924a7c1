//! `#/modul/<id>/kuis/hasil`: score, pass or fail, and a review of every question of the
//! latest finished attempt.

use leptos::prelude::*;

use crate::domain::ids::ModuleId;
use crate::domain::progress::ModuleStatus;
use crate::domain::quiz::{grade, score, FULL};
use crate::i18n::quiz::Word as Words;
use crate::i18n::{t, Key};
use crate::ui::state::AppState;

use super::module_frame::{with_body, with_module};
use super::quiz_feedback::{credit_text, FeedbackItems};
use super::quiz_reading::UnreadNotice;
use super::result_actions::ResultActions;

/// The result page.
#[component]
pub fn QuizResultPage(
    /// Which module.
    id: ModuleId,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    with_module(id, move |entry| {
        let summary = entry.summary.clone();
        let e = entry.clone();
        with_body(&entry, move |body| {
            let summary = summary.clone();
            let entry = e.clone();
            let module_href = crate::ui::links::module(&summary.id);
            let quiz_href = crate::ui::links::quiz(&summary.id);
            let heading = Words::ResultTitle.with(lang, &[&summary.title]);
            (move || {
                let (latest, can_retry, finished) = state.progress.quiz(&summary, |session| {
                    (
                        session.latest_finished().cloned(),
                        session.attempts_left() != Some(0),
                        session.finished_count(),
                    )
                });
                let answers = state.progress.answers.get();
                let Some(attempt) = latest else {
                    return view! {
                        <h1 id="page-title" tabindex="-1">{heading.clone()}</h1>
                        <p>{Words::ResultNone.text(lang)}</p>
                        <p><a class="button" href=quiz_href.clone()>{t(lang, Key::QuizStart)}</a></p>
                    }
                    .into_any();
                };
                let s = score(&attempt, &answers, summary.pass_mark);
                // The *Lulus* rule: a passing attempt passes the module only with the
                // lessons read (domain::progress).
                let lulus = state.module_progress(&entry).status == ModuleStatus::Passed;
                let verdict = match (s.passed, lulus) {
                    (true, true) => Key::ResultPassed,
                    (true, false) => Key::ResultQuizPassed,
                    (false, _) => Key::ResultFailed,
                };
                let unread = s.passed.then(|| view! { <UnreadNotice entry=entry.clone() quiz_passed=true /> });
                let review = attempt
                    .questions
                    .iter()
                    .filter_map(|qid| body.questions.iter().find(|q| &q.id == qid))
                    .map(|q| {
                        let given = answers.iter().find(|a| a.attempt == attempt.id && a.question == q.id);
                        let graded = given.and_then(|a| grade(q, &a.answer).ok());
                        let credit = given.map_or(0, |a| a.credit);
                        let class = match credit {
                            FULL => "review-ok",
                            0 => "review-bad",
                            _ => "review-partial",
                        };
                        let verdict = if given.is_some() { credit_text(lang, credit) } else { Words::NoAnswer.text(lang).to_owned() };
                        view! {
                            <li class=class>
                                <p><strong class="review-verdict">{verdict}</strong> " — " {q.prompt.clone()}</p>
                                {graded.map(|g| view! { <FeedbackItems items=g.items with_feedback=false /> })}
                                <p class="small muted">{q.explanation.clone()}</p>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <p class="crumb"><a href=module_href.clone()>{summary.title.clone()}</a></p>
                    <h1 id="page-title" tabindex="-1">{heading.clone()}</h1>
                    <section class=if s.passed { "card result result-pass" } else { "card result result-fail" }>
                        <p class="result-score" id="result-score" data-percent=s.percent.to_string()>
                            {Words::ResultScore.with(lang, &[&s.percent, &summary.pass_mark])}
                        </p>
                        <p><strong id="result-verdict">{t(lang, verdict)}</strong></p>
                    </section>
                    {unread}
                    <ResultActions entry=entry.clone() passed=s.passed lulus=lulus can_retry=can_retry />
                    {rtl_next(&summary.id, s.passed)}
                    <h2>{Words::ResultReview.text(lang)}</h2>
                    <ol class="review-list">{review}</ol>
                    <super::pretest::PretestReview module=summary.id.clone() body=body.clone() post_tests_finished=finished />
                }
                .into_any()
            })
            .into_any()
        })
        .into_any()
    })
}

/// After a pass, the *Rencana Tindak Lanjut* as the next step (issue 26, item 4), until the
/// learner has written one.
fn rtl_next(module: &crate::domain::ids::ModuleId, passed: bool) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let module = module.clone();
    move || {
        (passed && state.progress.rtl_of(&module).is_none()).then(|| {
            view! {
                <section class="card" aria-labelledby="rtl-next-title">
                    <h2 id="rtl-next-title">{t(lang, Key::RtlTitle)}</h2>
                    <p>{Words::RtlAfterPass.text(lang)}</p>
                    <p><a class="button" id="result-rtl" href=crate::ui::links::rtl(&module)>{t(lang, Key::RtlWrite)}</a></p>
                </section>
            }
        })
    }
}
