//! "N soal perlu diulang hari ini" (issue 29, item 2): the card that leads to today's review,
//! on the home screen (every module) and on an embedded module's page (that module alone). In
//! the main module on purpose, and small: the count is read from the progress the app loaded at
//! start (`Progress::review`, one pass over the queue with the clock read once as the page
//! opens); the review page itself is in the quiz chunk.

use leptos::prelude::*;

use crate::domain::ids::ModuleId;
use crate::domain::review::due_count;
use crate::i18n::{t, tf, Key};
use crate::platform;
use crate::ui::state::AppState;

/// The card, when anything is due today: of every module in the catalog (`scope` `None`, home),
/// or of one module (an embedded module's page, whose review stays in the frame).
#[component]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Leptos component props are taken by value"
)]
pub fn ReviewDue(
    /// One module only (the embed view), or every module.
    #[prop(optional)]
    scope: Option<ModuleId>,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let today = platform::device::today();
    let module = scope.clone();
    let count = Memo::new(move |_| {
        state.progress.review.with(|all| {
            if all.is_empty() {
                return 0;
            }
            // A module no longer in the catalog (a pack removed) is not counted; its questions
            // wait, in case the pack comes back. Timed for the benchmark ("review-due").
            platform::perf_mark("review-due-start");
            let n = state.catalog.with(|c| {
                c.as_ref().map_or(0, |c| {
                    due_count(all, today, |e| match &module {
                        Some(m) => &e.module == m,
                        None => c.module(&e.module).is_some(),
                    })
                })
            });
            platform::perf_measure("review-due", "review-due-start");
            n
        })
    });
    let href = match &scope {
        Some(id) => {
            crate::domain::route::Route::Embed(id.clone(), crate::domain::route::EmbedPart::Review)
        }
        None => crate::domain::route::Route::Review,
    }
    .to_hash();
    let (one, many) = if scope.is_some() {
        (Key::ReviewDueModuleOne, Key::ReviewDueModule)
    } else {
        (Key::ReviewDueOne, Key::ReviewDue)
    };
    move || {
        let n = count.get();
        (n > 0).then(|| {
            let text = if n == 1 {
                t(lang, one).to_owned()
            } else {
                tf(lang, many, &[&n])
            };
            view! {
                <section class="card review-due" id="review-due" aria-labelledby="review-due-title">
                    <h2 id="review-due-title">{t(lang, Key::ReviewDueTitle)}</h2>
                    <p id="review-due-count" data-due=n.to_string()>{text}</p>
                    <p><a class="button" id="review-link" href=href.clone()>{t(lang, Key::ReviewStart)}</a></p>
                </section>
            }
        })
    }
}
