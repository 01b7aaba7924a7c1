//! The module page's pre-test card (issue 26, item 1), below the main button and above the
//! objectives: before the first lesson it says plainly whether the pre-test is required or may
//! be skipped and links to it (`#/modul/<id>/kuis/pretest`, whose page is in the quiz chunk);
//! afterwards it shows the gain, "Pre-test 40 → Post-test 90". Rendered by the app and, for a
//! new learner, into the first screen's module page at build time, so both show the same parts.

use leptos::prelude::*;

use crate::domain::course::Module;
use crate::domain::pretest::PretestMode;
use crate::i18n::{t, tf, Key, Lang};

/// What the pre-test card shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PretestCard {
    /// Nothing (no pre-test in the module).
    Hidden,
    /// Before it: required (the lessons wait) or offered; started but not finished.
    Offer {
        /// The lessons wait for it.
        required: bool,
        /// Begun already: "continue".
        started: bool,
    },
    /// Taken, with a post-test too: the gain, in percent.
    Gain {
        /// Pre-test.
        pre: u32,
        /// Best post-test.
        post: u32,
    },
    /// Taken, no post-test yet: its score.
    Score(u32),
    /// Skipped.
    Skipped,
}

impl PretestCard {
    /// The card of a learner who has done nothing yet in `module`.
    #[must_use]
    pub fn new_learner(module: &Module) -> Self {
        match module.pretest {
            PretestMode::Off => Self::Hidden,
            mode => Self::Offer {
                required: mode == PretestMode::Required,
                started: false,
            },
        }
    }
}

/// The card; `href` is the pre-test's address.
#[component]
pub fn PretestCardView(
    /// UI language.
    lang: Lang,
    /// The pre-test page.
    href: String,
    /// What to show.
    card: impl Fn() -> PretestCard + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        let card = card();
        let (text, action) = match card {
            PretestCard::Hidden => return None,
            PretestCard::Offer { required, started } => (
                t(
                    lang,
                    if required {
                        Key::PretestRequired
                    } else {
                        Key::PretestOffered
                    },
                )
                .to_owned(),
                // A required one is the main button's step: no second button.
                (!required).then_some(if started {
                    Key::PretestContinue
                } else {
                    Key::PretestStart
                }),
            ),
            PretestCard::Gain { pre, post } => (tf(lang, Key::PretestGain, &[&pre, &post]), None),
            PretestCard::Score(p) => (tf(lang, Key::PretestScore, &[&p]), None),
            PretestCard::Skipped => (t(lang, Key::PretestSkipped).to_owned(), None),
        };
        let id = if matches!(card, PretestCard::Offer { .. }) {
            "pretest-rule"
        } else {
            "pretest-gain"
        };
        Some(view! {
            <section class="card" id="pretest-card" aria-labelledby="pretest-card-title">
                <h2 id="pretest-card-title">{t(lang, Key::PretestTitle)}</h2>
                <p id=id>{text}</p>
                {action.map(|k| view! { <p><a class="button button-secondary" id="pretest-link" href=href.clone()>{t(lang, k)}</a></p> })}
            </section>
        })
    }
}
