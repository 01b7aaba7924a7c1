//! `#/ulang` (and `#/embed/<id>/ulang`): today's review of the questions answered short of full
//! credit in a post-test ("Ulang soal yang salah", issue 29 item 2), and the step that queues
//! them. The review chunk's: each question is asked with the quiz's own form and answered with
//! the quiz's full feedback, both borrowed from the quiz chunk at run time (`quiz_parts.rs`).
//!
//! The rules are `domain::review`'s: the session (at most ten due questions, the longest waiting
//! first), what an answer does to a question's box, and a content update, checked here against
//! each module's loaded bank before the session is chosen (a question removed leaves the queue
//! quietly, one whose key changed restarts at box 1). The clock is read once, as the page opens.
//! The page writes review steps only (`AppState::save_review`): never an attempt, an answer, a
//! score, a status or a learning event, so a module's result, its SCORM data and what a portal
//! or an LRS hears stay the post-test's.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::course::Question;
use crate::domain::ids::ModuleId;
use crate::domain::quiz::{Answer, AnswerError, Attempt, Graded, Verdict};
use crate::domain::review::{
    apply, check, due_count, key_fingerprint, next_due_day, session, Change, ReviewEntry, Step,
    Today, LAST_BOX,
};
use crate::domain::route::Route;
use crate::i18n::review::{rf, Word};
use crate::i18n::{t, Key};
use crate::platform;
use crate::ui::lazy::QuizParts;
use crate::ui::state::{AppState, BodyState, StorageStatus};

/// Puts the questions missed in a post-test (each with its module) into the review queue, in
/// one write: into box 1, or back to it (`ui::lazy::queue_missed` hands them over).
pub(crate) fn queue_missed(state: AppState, missed: Vec<(ModuleId, Question)>) {
    let steps = missed
        .into_iter()
        .map(|(module, q)| Step {
            module,
            question: q.id.clone(),
            change: Change::Missed {
                fingerprint: key_fingerprint(&q),
            },
        })
        .collect();
    leptos::task::spawn_local(async move {
        let _ = state.save_review(steps).await;
    });
}

/// An answer given on the page: its question, the grading, whether it was saved, and what became
/// of the question.
#[derive(Debug, Clone)]
struct Answered {
    question: Question,
    graded: Graded,
    saved: bool,
    after: After,
}

/// One question of today's session, with what the page shows about it.
#[derive(Debug, Clone)]
struct Item {
    /// Its entry, as checked against the module's bank.
    entry: ReviewEntry,
    /// The question, from the loaded bank.
    question: Question,
    /// Its module's title.
    module_title: String,
}

/// Today's session, chosen once the modules' banks are in.
#[derive(Debug)]
struct Session {
    /// The questions, in the order asked.
    items: Vec<Item>,
    /// Due questions of modules whose file could not be loaded (left for another day).
    skipped: usize,
}

/// What became of a question after its answer, as stored.
#[derive(Debug, Clone, Copy)]
enum After {
    /// Up to this box, back in this many days. (Days, not a date: the words need no calendar
    /// code, which the record's pages would otherwise share with this landing chunk, and so
    /// move into the main module.)
    Up(u8, i64),
    /// Out of the queue after the last box.
    Out,
    /// Back in box 1, back tomorrow.
    Back,
    /// Not in the queue any more (a reset in another tab): nothing to say.
    Gone,
}

/// The review page: of every module (`scope` `None`), or of one embedded module.
#[component]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Leptos component props are taken by value"
)]
pub fn ReviewPage(
    /// One module only (the embed view), or every module in the catalog.
    #[prop(optional)]
    scope: Option<ModuleId>,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let today = platform::device::today();
    let chosen = RwSignal::new(None::<Arc<Session>>);
    let round = RwSignal::new(0_u32);
    let requested = StoredValue::new(Vec::<ModuleId>::new());
    let in_scope = {
        let scope = scope.clone();
        move |e: &ReviewEntry| scope.as_ref().is_none_or(|m| &e.module == m)
    };
    // Chooses the session once the saved progress and the due modules' banks are in (again
    // after "Lanjutkan mengulang"). A session with questions is kept while the learner answers;
    // an empty one is chosen again when the catalog changes (the catalog written into the page
    // comes first, a deployer's `packs.json` may bring other modules a moment later).
    Effect::new(move |_| {
        round.track();
        if chosen.with_untracked(|c| c.as_ref().is_some_and(|s| !s.items.is_empty())) {
            return;
        }
        let loaded = !matches!(
            state.health.status.get(),
            StorageStatus::Opening | StorageStatus::Blocked | StorageStatus::Slow
        );
        let Some(catalog) = state.catalog.get() else {
            return;
        };
        if !loaded {
            return;
        }
        let due: Vec<ReviewEntry> = state.progress.review.with_untracked(|all| {
            all.iter()
                .filter(|e| e.is_due(today) && in_scope(e) && catalog.module(&e.module).is_some())
                .cloned()
                .collect()
        });
        // Each due module's bank, asked for once per page (a failed one is not fetched again
        // and again: its questions wait for another day).
        let mut modules: Vec<ModuleId> = Vec::new();
        for e in &due {
            if !modules.contains(&e.module) {
                modules.push(e.module.clone());
            }
        }
        for m in &modules {
            if requested.with_value(|r| !r.contains(m)) {
                requested.update_value(|r| r.push(m.clone()));
                if let Some(entry) = catalog.module(m) {
                    state.request_body(entry);
                }
            }
        }
        let banks: Option<
            Vec<(
                ModuleId,
                Option<Arc<crate::content::catalog::ModuleContent>>,
            )>,
        > = state.bodies.with(|b| {
            modules
                .iter()
                .map(|m| match b.get(m) {
                    Some(BodyState::Ready(body)) => Some((m.clone(), Some(body.clone()))),
                    Some(BodyState::Failed(_)) => Some((m.clone(), None)),
                    None | Some(BodyState::Loading) => None,
                })
                .collect()
        });
        let Some(banks) = banks else {
            return;
        };
        let bank = |m: &ModuleId| {
            banks
                .iter()
                .find(|(id, _)| id == m)
                .and_then(|(_, b)| b.clone())
        };
        // Timed for the benchmark ("review-prepare": every due entry checked against its bank,
        // and the session chosen).
        platform::perf_mark("review-prepare-start");
        let session = prepare(state, &due, &bank, &catalog, today);
        platform::perf_measure("review-prepare", "review-prepare-start");
        chosen.set(Some(Arc::new(session)));
    });

    let next_round = move || {
        chosen.set(None);
        round.update(|r| *r += 1);
    };
    let back = match &scope {
        Some(id) => view! { <a class="button button-secondary" href=crate::ui::links::module(id)>{t(lang, Key::BackToModule)}</a> }.into_any(),
        None => view! { <a class="button button-secondary" href=Route::Home.to_hash()>{t(lang, Key::BackHome)}</a> }.into_any(),
    };
    let scope_for_page = scope.clone();
    view! {
        <h1 id="page-title" tabindex="-1">{Word::Title.text(lang)}</h1>
        <p class="lead">{Word::Lead.text(lang)}</p>
        {move || match chosen.get() {
            None => view! { <p class="muted" role="status" id="review-preparing">{Word::Preparing.text(lang)}</p> }.into_any(),
            Some(s) if s.items.is_empty() => {
                let scope = scope_for_page.clone();
                view! { <NothingDue today=today scope=scope skipped=s.skipped /> }.into_any()
            }
            Some(s) => match crate::ui::lazy::quiz_parts() {
                Some(parts) => {
                    let scope = scope_for_page.clone();
                    view! { <Runner session=s parts=parts today=today scope=scope next_round=Callback::new(move |()| next_round()) /> }.into_any()
                }
                // The chunk's load brings them; never missing in practice.
                None => view! { <p class="alert alert-error" role="alert">{t(lang, Key::ChunkFailed)}</p> }.into_any(),
            },
        }}
        <p class="actions">{back}</p>
    }
}

/// Checks today's due entries against their modules' banks (`bank`: `None` when the module's
/// file failed) and chooses the session; a removed question or a changed key is written to the
/// queue in the background, and the session is chosen from the entries as they now are.
fn prepare(
    state: AppState,
    due: &[ReviewEntry],
    bank: &dyn Fn(&ModuleId) -> Option<Arc<crate::content::catalog::ModuleContent>>,
    catalog: &crate::content::catalog::Catalog,
    today: Today,
) -> Session {
    let mut checked = Vec::with_capacity(due.len());
    let mut changes = Vec::new();
    let mut skipped = 0;
    for e in due {
        let Some(body) = bank(&e.module) else {
            skipped += 1;
            continue;
        };
        let question = body.questions.iter().find(|q| q.id == e.question);
        match check(e, question) {
            None => checked.push(e.clone()),
            Some(step) => {
                checked.extend(apply(Some(e.clone()), &step, today).filter(|e| e.is_due(today)));
                changes.push(step);
            }
        }
    }
    // Every change a content update made, in one write, in the background.
    if !changes.is_empty() {
        leptos::task::spawn_local(async move {
            let _ = state.save_review(changes).await;
        });
    }
    let items = session(&checked, today, |_| true)
        .into_iter()
        .filter_map(|e| {
            let body = bank(&e.module)?;
            let question = body.questions.iter().find(|q| q.id == e.question)?.clone();
            let module_title = catalog.module(&e.module)?.summary.title.clone();
            Some(Item {
                entry: e.clone(),
                question,
                module_title,
            })
        })
        .collect();
    Session { items, skipped }
}

/// Nothing to review today: when the next question comes back, or that none is waiting.
#[component]
fn NothingDue(
    /// The day the page opened.
    today: Today,
    /// One module only, or every module.
    scope: Option<ModuleId>,
    /// Due questions left for another day (their module could not be loaded).
    skipped: usize,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let next = state.progress.review.with_untracked(|all| {
        next_due_day(all, |e| {
            scope.as_ref().is_none_or(|m| &e.module == m) && (skipped > 0 || !e.is_due(today))
        })
    });
    let text = match next.map(|day| day - today.day) {
        Some(1) => format!(
            "{} {}",
            Word::NoneDue.text(lang),
            Word::NextDueTomorrow.text(lang)
        ),
        Some(days) if days > 1 => {
            format!(
                "{} {}",
                Word::NoneDue.text(lang),
                rf(lang, Word::NextDue, &[&days])
            )
        }
        Some(_) => Word::NoneDue.text(lang).to_owned(),
        None => Word::Empty.text(lang).to_owned(),
    };
    view! {
        <section class="card" id="review-none">
            <p>{text}</p>
            {(skipped > 0).then(|| view! { <p class="muted">{rf(lang, Word::Skipped, &[&skipped])}</p> })}
            <p class="muted">{Word::Rule.text(lang)}</p>
        </section>
    }
}

/// Asks the session's questions one at a time, with the quiz's form and feedback.
#[component]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Leptos component props are taken by value"
)]
fn Runner(
    /// Today's questions.
    session: Arc<Session>,
    /// The quiz chunk's form, feedback and grading.
    parts: QuizParts,
    /// The day the page opened.
    today: Today,
    /// One module only (the embed view), or every module.
    scope: Option<ModuleId>,
    /// Starts another session ("Lanjutkan mengulang").
    next_round: Callback<()>,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let total = session.items.len();
    let at = RwSignal::new(0_usize);
    let shown = RwSignal::new(None::<Answered>);
    let right = RwSignal::new(0_usize);
    let busy = RwSignal::new(false);
    let answer_error = RwSignal::new(None::<Key>);
    // The quiz's form takes an attempt: one made up for the shuffle and the count, never saved.
    let seed = platform::device::random_u32();
    let ids: Vec<_> = session
        .items
        .iter()
        .map(|i| i.question.id.clone())
        .collect();
    let attempt_for = move |item: &Item| Attempt {
        id: "ulang".into(),
        module: item.entry.module.clone(),
        seed,
        started_at: today.at,
        questions: ids.clone(),
        finished_at: None,
    };
    let items = session.clone();
    let submit = Callback::new(move |(_, question, answer): (Attempt, Question, Answer)| {
        if busy.get_untracked() {
            return;
        }
        let Some(item) = items.items.get(at.get_untracked()).cloned() else {
            return;
        };
        let graded = match (parts.grade)(&question, &answer) {
            Ok(g) => g,
            Err(e) => {
                answer_error.set(Some(match e {
                    AnswerError::Incomplete => Key::AnswerIncomplete,
                    AnswerError::WrongType | AnswerError::UnknownItem(_) => Key::AnswerInvalid,
                }));
                return;
            }
        };
        answer_error.set(None);
        let is_right = graded.verdict() == Verdict::Correct;
        let step = Step {
            module: item.entry.module.clone(),
            question: question.id.clone(),
            change: Change::Answered {
                fingerprint: key_fingerprint(&question),
                seen: item.entry.level,
                right: is_right,
            },
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            let (now, saved) = match state.save_review(vec![step.clone()]).await {
                Ok(now) => (now.into_iter().next().flatten(), true),
                Err(_) => (apply(Some(item.entry.clone()), &step, today), false),
            };
            let after = match (now, is_right) {
                (None, true) => After::Out,
                (None, false) => After::Gone,
                (Some(e), true) => After::Up(e.level, e.due_day - today.day),
                (Some(_), false) => After::Back,
            };
            if is_right {
                right.update(|n| *n += 1);
            }
            shown.set(Some(Answered {
                question,
                graded,
                saved,
                after,
            }));
            busy.set(false);
            platform::focus_soon("feedback-title");
        });
    });
    let after_text = move |after: After| match after {
        After::Up(level, days) => Some(rf(lang, Word::MovedUp, &[&level, &days])),
        After::Out => Some(Word::Mastered.text(lang).to_owned()),
        After::Back => Some(Word::BackToOne.text(lang).to_owned()),
        After::Gone => None,
    };
    view! {
        <div class="visually-hidden" aria-live="polite" aria-atomic="true" id="quiz-live">
            {move || shown.get().map(|a| format!("{}. {}", (parts.verdict)(lang, &a.graded), a.graded.items.first().map(|i| i.feedback.clone()).unwrap_or_default()))}
        </div>
        {move || {
            let i = at.get();
            if let Some(a) = shown.get() {
                let last = i + 1 >= total;
                return view! {
                    {(parts.feedback)(a.question, a.graded, a.saved)}
                    {after_text(a.after).map(|text| view! { <p class="card review-after" id="review-after">{text}</p> })}
                    <div class="actions">
                        <button class="button" type="button" id="review-next" on:click=move |_| {
                            shown.set(None);
                            at.set(i + 1);
                            platform::focus_soon(if last { "review-done-title" } else { "question-title" });
                        }>{if last { Word::Finish.text(lang) } else { t(lang, Key::NextQuestion) }}</button>
                    </div>
                }.into_any();
            }
            match session.items.get(i) {
                Some(item) => view! {
                    <p class="meta review-where">{rf(lang, Word::Where, &[&item.module_title, &item.entry.level, &LAST_BOX])}</p>
                    {move || answer_error.get().map(|k| view! { <p class="alert alert-error" role="alert" id="answer-error">{t(lang, k)}</p> })}
                    {(parts.form)(attempt_for(item), item.question.clone(), i, submit, busy)}
                }.into_any(),
                None => {
                    // Due questions beyond this session (of this embed's module alone, or of
                    // every module in the catalog).
                    let more = state.progress.review.with_untracked(|all| {
                        state.catalog.with_untracked(|c| {
                            c.as_ref().map_or(0, |c| due_count(all, today, |e| {
                                c.module(&e.module).is_some()
                                    && scope.as_ref().is_none_or(|m| &e.module == m)
                            }))
                        })
                    });
                    view! {
                        <section class="card" aria-labelledby="review-done-title" id="review-done">
                            <h2 id="review-done-title" tabindex="-1">{Word::DoneTitle.text(lang)}</h2>
                            <p id="review-score">{rf(lang, Word::DoneScore, &[&right.get_untracked(), &total])}</p>
                            {(more > 0).then(|| view! {
                                <p>{rf(lang, Word::DoneMore, &[&more])}</p>
                                <p><button class="button" type="button" id="review-more" on:click=move |_| next_round.run(())>{Word::More.text(lang)}</button></p>
                            })}
                            <p class="muted">{Word::Rule.text(lang)}</p>
                        </section>
                    }.into_any()
                }
            }
        }}
    }
}
