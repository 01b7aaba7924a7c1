//! The "learning records for the trainer's LRS" card of `#/pengaturan`: where statements go,
//! how many wait, when the LRS last accepted one, and those it refused, with its reason.

use leptos::prelude::*;

use crate::domain::lrs::outbox::{clock_string, RefusedItem};
use crate::domain::quiz::Millis;
use crate::i18n::settings::Word as Words;
use crate::i18n::{tf, Key, Lang};
use crate::platform;
use crate::ui::lrs::Source;
use crate::ui::state::{AppState, StorageStatus};

fn when(ms: Millis) -> String {
    clock_string(ms, platform::device::tz_offset_minutes())
}

/// One refused statement: what it was about, where it went, the status and the LRS's reason.
fn refused_line(lang: Lang, item: &RefusedItem) -> String {
    let (_, en, id) = item.label.action.verb();
    let verb = match lang {
        Lang::Id => id,
        Lang::En => en,
    };
    tf(
        lang,
        Key::LrsRefusedItem,
        &[
            &verb,
            &item.label.what,
            &item.refusal.status,
            &item.refusal.reason,
        ],
    )
}

/// The outbox card.
#[component]
pub fn LrsCard() -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let lrs = crate::ui::lrs::Lrs::get();
    lrs.refresh_summary();
    view! {
        <section class="card" aria-labelledby="lrs-title" id="lrs">
            <h3 id="lrs-title">{Words::LrsTitle.text(lang)}</h3>
            {move || lrs.view.get().problem.map(|p| view! {
                <p class="alert alert-error" id="lrs-problem">{p.message(lang)}</p>
            })}
            <p id="lrs-target">{move || match lrs.view.get().target {
                Some((endpoint, Source::Launch)) => Words::LrsTargetLaunch.with(lang, &[&endpoint]),
                Some((endpoint, Source::Config)) => Words::LrsTargetConfig.with(lang, &[&endpoint]),
                None => Words::LrsNone.text(lang).to_owned(),
            }}</p>
            <div role="status" aria-live="polite">
                <p id="lrs-waiting" data-waiting=move || lrs.view.get().summary.waiting>
                    {move || match lrs.view.get().summary.waiting {
                        0 => Words::LrsAllSent.text(lang).to_owned(),
                        n => Words::LrsWaiting.with(lang, &[&n]),
                    }}
                </p>
                {move || lrs.view.get().next_try.map(|at| view! {
                    <p id="lrs-next" class="hint">{Words::LrsNextTry.with(lang, &[&when(at)])}</p>
                })}
                <p id="lrs-last">{move || match lrs.view.get().summary.last_accepted {
                    Some(at) => Words::LrsLastAccepted.with(lang, &[&when(at)]),
                    None => Words::LrsNeverAccepted.text(lang).to_owned(),
                }}</p>
            </div>
            {move || (lrs.view.get().summary.waiting > 0).then(|| view! {
                <button class="button button-secondary" type="button" id="lrs-send-now"
                    on:click=move |_| lrs.send_now()>{Words::LrsSendNow.text(lang)}</button>
            })}
            {move || {
                let refused = lrs.view.get().summary.refused;
                (!refused.is_empty()).then(|| {
                    let credentials = refused
                        .iter()
                        .find(|r| r.refusal.credentials())
                        .map(|r| r.refusal.status);
                    view! {
                        <div id="lrs-refused" data-refused=refused.len()>
                            <h3>{Words::LrsRefusedTitle.with(lang, &[&refused.len()])}</h3>
                            {credentials.map(|status| view! {
                                <p class="alert alert-error" id="lrs-credentials">
                                    {Words::LrsRefusedCredentials.with(lang, &[&status])}
                                </p>
                            })}
                            <ul>
                                {refused.iter().map(|r| view! {
                                    <li data-status=r.refusal.status>{refused_line(lang, r)}</li>
                                }).collect_view()}
                            </ul>
                            <button class="button button-secondary" type="button" id="lrs-retry"
                                on:click=move |_| lrs.retry_refused()>{Words::LrsRetryRefused.text(lang)}</button>
                        </div>
                    }
                })
            }}
            {move || matches!(state.health.status.get(), StorageStatus::Unavailable | StorageStatus::Foreign | StorageStatus::NewerSchema | StorageStatus::NoLearner)
                .then(|| view! { <p class="hint">{Words::LrsNotKept.text(lang)}</p> })}
        </section>
    }
}
