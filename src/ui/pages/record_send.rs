//! On the record page (`#/bukti`, the record chunk): "Kirim ke pelatih" (issue 27, item 1), one
//! file with the learner's results for their trainer (`domain::laporan`, contract 13), handed
//! to the app the learner picks or downloaded (`platform::share::share_file`). The card says
//! in plain words what the file holds and that it leaves the device only when the learner
//! sends it; nothing is made or sent before the press.

use leptos::prelude::*;

use crate::domain::laporan::{file_name, fit, make, MakeError};
use crate::domain::record::{date_string, Profile};
use crate::i18n::laporan::{lf, Word};
use crate::platform;
use crate::ui::notice::{Notice, NoticeSlot};
use crate::ui::state::AppState;

/// The "Kirim ke pelatih" card.
#[component]
pub fn SendToTrainer(
    /// The saved profile (the file needs at least a name).
    profile: Signal<Option<Profile>>,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let (message, set_message) = signal(None::<Notice>);
    let send = move |_| {
        let Some(catalog) = state.catalog.get_untracked() else {
            return;
        };
        let progress: Vec<_> = catalog
            .entries
            .iter()
            .map(|e| state.progress.module_untracked(&e.summary))
            .collect();
        let pairs: Vec<_> = catalog
            .entries
            .iter()
            .map(|e| &e.summary)
            .zip(progress.iter())
            .collect();
        let now = platform::device::now();
        let snapshot = state.progress.snapshot_untracked();
        let laporan = match make(profile.get_untracked(), &pairs, &snapshot, now) {
            Ok(l) => l,
            Err(MakeError::NoProfile) => {
                set_message.set(Some(Notice::Problem(Word::NoProfile.text(lang).to_owned())));
                return;
            }
        };
        let listed = |l: &crate::domain::laporan::Laporan| -> usize {
            l.modules.iter().map(|m| m.attempts.len()).sum()
        };
        let before = listed(&laporan);
        let laporan = fit(laporan, |l| {
            platform::device::to_json_line(l).map_or(0, |s| s.len())
        });
        // Attempts whose answers (or, for middle ones, the whole attempt) did not fit.
        let left_out = before.saturating_sub(listed(&laporan))
            + laporan
                .modules
                .iter()
                .flat_map(|m| {
                    m.attempts
                        .iter()
                        .chain(m.pretest.as_ref().and_then(|p| p.attempt.as_ref()))
                })
                .filter(|a| a.answers_left_out)
                .count();
        let Ok(json) = platform::device::to_json_line(&laporan) else {
            set_message.set(Some(Notice::Problem(Word::Failed.text(lang).to_owned())));
            return;
        };
        let name = file_name(
            &laporan,
            &date_string(now, platform::device::tz_offset_minutes()),
        );
        let text = lf(lang, Word::ShareText, &[&laporan.learner.name]);
        leptos::task::spawn_local(async move {
            use platform::share::Shared;
            let result = platform::share::share_file(
                &name,
                "application/json",
                &json,
                Word::ShareTitle.text(lang),
                &text,
            )
            .await;
            let notice = match result {
                Ok(Shared::File | Shared::Text) => Notice::Done(Word::Shared.text(lang).to_owned()),
                Ok(Shared::Downloaded(name)) => Notice::Done(lf(lang, Word::Downloaded, &[&name])),
                Ok(Shared::Cancelled) => Notice::Done(Word::Cancelled.text(lang).to_owned()),
                Err(platform::share::ShareError) => {
                    Notice::Problem(Word::Failed.text(lang).to_owned())
                }
            };
            let notice = match notice {
                Notice::Done(text) if left_out > 0 => {
                    Notice::Done(format!("{text} {}", lf(lang, Word::LeftOut, &[&left_out])))
                }
                other => other,
            };
            // The learner may have left the page meanwhile.
            let _ = set_message.try_set(Some(notice));
        });
    };
    view! {
        <section class="card no-print send-trainer" aria-labelledby="send-title">
            <h2 id="send-title">{Word::Title.text(lang)}</h2>
            <p id="send-what">{Word::What.text(lang)}</p>
            <p id="send-privacy"><strong>{Word::Privacy.text(lang)}</strong></p>
            <div class="actions">
                <button class="button" type="button" id="send-trainer"
                    aria-describedby="send-what send-privacy" on:click=send>
                    {Word::Title.text(lang)}
                </button>
            </div>
            <NoticeSlot id="send-message" message=Signal::from(message) />
        </section>
    }
}
