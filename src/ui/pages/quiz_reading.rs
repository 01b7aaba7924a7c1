//! The *Lulus* rule on the quiz and result pages: while lessons the module asks for are unread,
//! say so and link each one (issue 30, finding 3). The quiz itself stays open — a learner who
//! already knows the matter may test themselves first — but the module passes, and earns its
//! JP, only once the reading is done too (`domain::progress`).

use leptos::prelude::*;

use crate::content::catalog::CatalogEntry;
use crate::domain::progress::unread_lessons;
use crate::i18n::quiz::Word as Words;
use crate::i18n::{t, Key};
use crate::ui::state::AppState;

/// The unread lessons of `entry`'s module, with links, or nothing once enough are read.
/// `quiz_passed`: the quiz is already passed (the result page's wording).
#[component]
pub fn UnreadNotice(
    /// The module.
    entry: CatalogEntry,
    /// The quiz is already passed.
    quiz_passed: bool,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let module = entry.summary.clone();
    move || {
        let p = state.module_progress(&entry);
        if p.lessons_missing() == 0 {
            return None;
        }
        let unread = state.progress.lessons.with(|l| {
            unread_lessons(&module, l)
                .into_iter()
                .map(|info| {
                    let href = crate::ui::links::lesson(&module.id, &info.id);
                    view! { <li><a href=href>{info.title.clone()}</a></li> }
                })
                .collect_view()
        });
        let lead = if quiz_passed {
            Key::ReadingStillUnread
        } else {
            Key::ReadingQuizAllowed
        };
        Some(view! {
            <section class="alert alert-info reading-rule" id="reading-rule">
                <p>{Words::ReadingRule.with(lang, &[&p.lessons_required, &p.lessons_total, &p.lessons_read])}</p>
                <p>{t(lang, lead)}</p>
                <ul class="unread-lessons">{unread}</ul>
            </section>
        })
    }
}
