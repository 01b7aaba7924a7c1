//! The app chrome around every page: the shared header and footer (`views/chrome.rs`) wired to
//! the network state, and the status banners.

use leptos::prelude::*;

use crate::domain::lrs::learner::Learner;
use crate::domain::route::Route;
use crate::i18n::{t, tf, Key, Lang};
use crate::ui::links;
use crate::ui::state::{AppState, Connectivity, StorageStatus};
use crate::views::chrome as views;

pub use crate::views::chrome::{Footer, SkipLink};

/// The top bar (`views/chrome.rs`) with the offline pill while the network is away.
#[component]
pub fn Header(
    /// UI language.
    lang: Lang,
) -> impl IntoView {
    let net = Connectivity::get();
    let status = move || {
        (!net.online.get()).then(|| {
            view! {
                <span class="net-status" id="net-status" title=t(lang, Key::OfflineLabel)>
                    {t(lang, Key::OfflinePill)}
                    <span class="visually-hidden">" " {t(lang, Key::OfflineLabel)}</span>
                </span>
            }
        })
    };
    view! { <views::Header lang=lang status=status /> }
}

/// A button that reloads the page (the way out of a stale or blocked state).
#[component]
fn ReloadButton(
    /// Its words.
    label: &'static str,
) -> impl IntoView {
    view! {
        <button class="button" type="button" on:click=|_| crate::platform::reload()>{label}</button>
    }
}

/// Banners about storage: not kept, a newer tab, a failed write.
#[component]
pub fn StatusBanners() -> impl IntoView {
    let state = AppState::get();
    let net = Connectivity::get();
    let lang = state.lang;
    // Whose progress this is, in a launch that named its learner (issue 27, item 3): said on
    // every page, since a shared PC's next learner must never take it for their own.
    let learner = match state.learner() {
        Learner::Launched(l) => Some(match l.label {
            Some(name) => tf(lang, Key::LearningAs, &[&name]),
            None => t(lang, Key::LearningAsUnnamed).to_owned(),
        }),
        _ => None,
    };
    view! {
        {learner.map(|line| view! { <p class="learner-line" id="learner-line">{line}</p> })}
        <div class="banners" role="status" aria-live="polite">
            {move || match state.health.status.get() {
                StorageStatus::NoLearner => Some(view! {
                    <p class="banner banner-warn" id="storage-no-learner">{t(lang, Key::StorageNoLearner)}</p>
                }.into_any()),
                StorageStatus::Unavailable => Some(view! {
                    <p class="banner banner-warn">{t(lang, Key::StorageUnavailable)}</p>
                }.into_any()),
                StorageStatus::Foreign => Some(view! {
                    <p class="banner banner-warn" id="storage-foreign">{t(lang, Key::StorageForeign)}</p>
                }.into_any()),
                status @ (StorageStatus::Blocked | StorageStatus::Slow | StorageStatus::NewerSchema) => {
                    let (key, id) = match status {
                        StorageStatus::Blocked => (Key::StorageBlocked, "storage-blocked"),
                        StorageStatus::Slow => (Key::StorageSlow, "storage-slow"),
                        _ => (Key::StorageNewerSchema, "storage-newer"),
                    };
                    Some(view! {
                        <p class="banner banner-warn" id=id>
                            {t(lang, key)} " "
                            <ReloadButton label=t(lang, Key::Reload) />
                        </p>
                    }.into_any())
                }
                StorageStatus::VersionChanged => Some(view! {
                    <p class="banner banner-warn">
                        {t(lang, Key::VersionChanged)} " "
                        <ReloadButton label=t(lang, Key::Reload) />
                    </p>
                }.into_any()),
                _ => None,
            }}
            {move || state.health.evicted.get().then(|| view! {
                <div class="banner banner-warn" id="evicted-banner">
                    <p><strong>{t(lang, Key::EvictedTitle)}</strong></p>
                    <p>{t(lang, Key::EvictedBody)}</p>
                    <p>
                        <a class="button" href=links::page(&Route::Settings)>{t(lang, Key::EvictedAction)}</a> " "
                        <button class="button button-secondary" type="button" on:click=move |_| state.dismiss_eviction()>
                            {t(lang, Key::Dismiss)}
                        </button>
                    </p>
                </div>
            })}
            {move || net.content_updated.get().then(|| view! {
                <p class="banner banner-info" id="content-updated-banner">
                    {t(lang, Key::ContentUpdated)} " "
                    <ReloadButton label=t(lang, Key::ContentUpdatedApply) />
                </p>
            })}
            {move || net.update_ready.get().then(|| view! {
                <p class="banner banner-info" id="update-banner">
                    {t(lang, Key::UpdateReady)} " "
                    <button class="button" type="button" on:click=|_| crate::platform::sw::apply_update()>
                        {t(lang, Key::UpdateApply)}
                    </button>
                </p>
            })}
            {move || state.health.save_error.get().map(|e| view! {
                <p class="banner banner-error">
                    {tf(lang, Key::SaveFailed, &[&e.message(lang), &e.advice(lang)])} " "
                    <button class="button button-secondary" type="button" on:click=move |_| state.health.save_error.set(None)>
                        {t(lang, Key::Dismiss)}
                    </button>
                </p>
            })}
        </div>
    }
}
