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
        let worksheets = super::module_worksheets::module_worksheets(&entry);
        let kept = (
            super::module_keep::rtl_card(&entry),
            super::module_keep::journal_card(&entry),
        );
        let pretest = super::module_pretest::pretest_card(&entry);
        view! {
            <ModuleBody
                lang=lang
                module=m
                embedded=links::embedded()
                progress=move || progress.get()
                read=read
                quiz_action=quiz_action
                extra=(kept, worksheets)
                pretest=pretest
            />
        }
        .into_any()
    })
}
