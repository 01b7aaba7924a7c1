//! On the module page: what the pre-test card (`views::pretest`) shows for this learner, from
//! the rules of `domain::pretest` (gate, score, gain).

use crate::content::catalog::CatalogEntry;
use crate::domain::pretest::{gain, gate, module_has_pretest, Gate};
use crate::ui::state::{AppState, BodyState};
use crate::views::pretest::PretestCard;

/// The card of module `entry` for this learner (tracks the progress and the module body).
pub(super) fn pretest_card(
    entry: &CatalogEntry,
) -> impl Fn() -> PretestCard + Clone + Send + Sync + 'static {
    let state = AppState::get();
    let e = entry.clone();
    move || {
        let module = &e.summary;
        // Until the bank is here, a module that says it has a pre-test is taken at its word.
        let has = match state.body(&module.id) {
            Some(BodyState::Ready(body)) => module_has_pretest(module, &body.questions),
            _ => true,
        };
        let record = state.progress.pretest(&module.id);
        let post_started = state.progress.post_started(&module.id);
        match gate(module.pretest, has, record.as_ref(), post_started) {
            Gate::None | Gate::Closed => PretestCard::Hidden,
            Gate::Offered | Gate::Required | Gate::Running => PretestCard::Offer {
                required: module.pretest == crate::domain::pretest::PretestMode::Required,
                started: record.is_some(),
            },
            Gate::Settled => {
                let best = state.module_progress(&e).best;
                match (
                    gain(record.as_ref(), best),
                    record
                        .as_ref()
                        .and_then(crate::domain::pretest::PretestRecord::score),
                ) {
                    (Some(g), _) => PretestCard::Gain {
                        pre: g.pre,
                        post: g.post,
                    },
                    (None, Some(s)) => PretestCard::Score(s.percent),
                    (None, None) => PretestCard::Skipped,
                }
            }
        }
    }
}
