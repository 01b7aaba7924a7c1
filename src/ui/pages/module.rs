//! `#/modul/<id>`: the module page (`views/module.rs`) wired to the learner's progress, with
//! the RTL, journal and worksheets cards.

use leptos::prelude::*;

use crate::domain::ids::ModuleId;
use crate::i18n::Key;
use crate::ui::links;
use crate::ui::state::AppState;
use crate::views::module::ModuleBody;

use super::module_frame::with_module;

/// The module page.
#[component]
pub fn ModulePage(
    /// Which module.
    id: ModuleId,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    with_module(id, move |entry| {
        let e = entry.clone();
        let progress = Memo::new(move |_| state.module_progress(&e));
        let m = entry.summary.clone();
        let lessons = m.lessons.clone();
        let mid = m.id.clone();
        let read = move |i: usize| {
            let Some(l) = lessons.get(i) else {
                return false;
            };
            state.progress.lessons.with(|records| {
                records
                    .iter()
                    .any(|r| r.module == mid && r.lesson == l.id && r.read_at.is_some())
            })
        };
        let summary = m.clone();
        let quiz_action = move || {
            let active = state
                .progress
                .quiz(&summary, |session| session.active().is_some());
            if active {
                Key::QuizContinue
            } else if progress.get().attempts_finished > 0 {
                Key::QuizRetry
            } else {
                Key::QuizStart
            }
        };
        // The worksheets card reads the module's body: it comes from the RTL chunk, and only
        // for a learner who has filled in a worksheet.
        let has_worksheets = Memo::new(move |_| state.progress.worksheets.with(|w| !w.is_empty()));
        let ws_entry = entry.clone();
        let worksheets = move || {
            has_worksheets
                .get()
                .then(|| crate::ui::lazy::lazy_module_worksheets(ws_entry.clone()))
        };
        // The RTL card and the journal (issue 26) come from the quiz chunk, once the learner
        // has anything there: a plan, a finished post-test (the plan follows it), a journal entry.
        let id = entry.summary.id.clone();
        let any = Memo::new(move |_| {
            state
                .progress
                .rtl
                .with(|p| p.iter().any(|p| p.module == id))
                || state
                    .progress
                    .journal
                    .with(|j| j.iter().any(|e| e.module == id))
                || state
                    .progress
                    .attempts
                    .with(|a| a.iter().any(|a| a.module == id && a.finished_at.is_some()))
        });
        let keep_entry = entry.clone();
        let kept = move || {
            any.get()
                .then(|| crate::ui::lazy::lazy_module_keep(keep_entry.clone()))
        };
        let pretest = super::module_pretest::pretest_card(&entry);
        // An embedded module's own questions to review (the frame has no home screen); the
        // app's home screen counts every module's.
        let review = links::embedded().then(|| {
            let scope = entry.summary.id.clone();
            view! { <super::ReviewDue scope=scope /> }
        });
        view! {
            <ModuleBody
                lang=lang
                module=m
                embedded=links::embedded()
                progress=move || progress.get()
                read=read
                quiz_action=quiz_action
                extra=(review, kept, worksheets)
                pretest=pretest
            />
        }
        .into_any()
    })
}
