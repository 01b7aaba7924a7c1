//! `#/pengaturan`: where progress is kept, the persistence request, the LRS outbox
//! (`settings_lrs.rs`), export, import, reset.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::transfer::{parse_import, preview, ExportDoc, Preview, Snapshot};
use crate::i18n::settings::Word as Words;
use crate::i18n::{t, tf, Key, Lang};
use crate::platform;
use crate::platform::content::BrowserJson;
use crate::storage::{ProgressStore, StorageError};
use crate::ui::notice::{Notice, NoticeSlot};
use crate::ui::state::{AppState, StorageStatus};

/// A date in the learner's local time (one formatter for the app: `domain::record::date_string`),
/// so an export made at 06:00 WIB is named with that day, not yesterday's UTC date.
fn date(ms: Option<i64>) -> String {
    ms.map_or_else(
        || "-".to_owned(),
        |ms| crate::domain::record::date_string(ms, platform::device::tz_offset_minutes()),
    )
}

fn preview_text(lang: Lang, p: &Preview) -> String {
    tf(
        lang,
        Key::ImportPreview,
        &[
            &p.lessons,
            &p.lessons_read,
            &p.attempts,
            &p.answers,
            &p.modules.len(),
            &date(p.first),
            &date(p.last),
        ],
    )
}

/// Reset: deletes all progress, issues a new pseudonymous actor id (none without secure
/// randomness: one is made when needed), and deletes the profile when asked.
///
/// # Errors
/// The first storage error; progress is then either all deleted or untouched.
async fn reset_all(state: AppState, also_profile: bool) -> Result<(), StorageError> {
    state.replace_all(Snapshot::default()).await?;
    let store = state.store();
    let fresh = crate::domain::embed::uuid_from_random(platform::embed::random_bytes()).ok();
    store.renew_actor_id(fresh.as_deref()).await?;
    // Statements made from now on in this page carry the new id too.
    if let Some(lrs) = state.lrs() {
        lrs.renew_actor_id(fresh);
    }
    if also_profile {
        store.set_profile(None).await?;
    }
    Ok(())
}

/// Which action a message answers: it is shown in that action's card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Export,
    Import,
    Reset,
}

/// The settings page.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let (persist, set_persist) = signal(None::<Option<bool>>);
    let (message, set_message) = signal(None::<(Place, Notice)>);
    // Each result is shown in the card of the action that made it (issue 30, finding 5).
    let at = move |place: Place| {
        Signal::derive(move || message.get().filter(|(p, _)| *p == place).map(|(_, n)| n))
    };
    let (pending, set_pending) = signal(None::<Snapshot>);
    let (confirm_reset, set_confirm_reset) = signal(false);
    let (reset_profile, set_reset_profile) = signal(false);
    let (offline, set_offline) = signal(None::<(Option<usize>, usize)>);
    // "Available offline" is what this version's worker really holds for each module (its
    // pack.json and module file), plus the page and packs.json themselves; asked again each
    // time the worker has finished caching (the first visit's warm-up may still be running).
    let net = crate::ui::state::Connectivity::get();
    Effect::new(move |_| {
        net.cache_epoch.track();
        let Some(entries) = state
            .catalog
            .with(|c| c.as_ref().map(|c| c.entries.clone()))
        else {
            return;
        };
        leptos::task::spawn_local(async move {
            let total = entries.len();
            let mut paths = vec![
                "index.html".to_owned(),
                platform::content::PACK_LIST.to_owned(),
            ];
            for e in &entries {
                paths.push(e.pack_path.clone());
                paths.push(e.body_path());
            }
            let n = platform::sw::offline_missing(&paths).await.map(|missing| {
                if missing
                    .iter()
                    .any(|m| m == "index.html" || m == platform::content::PACK_LIST)
                {
                    return 0;
                }
                entries
                    .iter()
                    .filter(|e| {
                        !missing.contains(&e.pack_path) && !missing.contains(&e.body_path())
                    })
                    .count()
            });
            set_offline.set(Some((n, total)));
        });
    });

    let ask_persist = move |_| {
        leptos::task::spawn_local(async move {
            let granted = platform::device::request_persistence().await;
            state.health.persisted.set(granted);
            set_persist.set(Some(granted));
        });
    };
    let export = move |_| {
        let doc = ExportDoc::new(state.progress.snapshot_untracked(), platform::device::now());
        let result = platform::device::to_json(&doc).and_then(|json| {
            let name = format!("bimtek-kemajuan-{}.json", date(Some(doc.exported_at)));
            platform::device::download(&name, "application/json", &json).map(|()| name)
        });
        match result {
            Ok(name) => set_message.set(Some((
                Place::Export,
                Notice::Done(Words::ExportDone.with(lang, &[&name])),
            ))),
            Err(e) => set_message.set(Some((
                Place::Export,
                Notice::Problem(e.message(lang).to_owned()),
            ))),
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        set_pending.set(None);
        set_message.set(None);
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "file sizes are positive and far below usize::MAX"
        )]
        let size = file.size() as usize;
        leptos::task::spawn_local(async move {
            let parsed = if size > crate::domain::transfer::MAX_IMPORT_BYTES {
                Err(crate::domain::transfer::ImportError::TooLarge(size / 1024).message(lang))
            } else {
                match platform::device::read_file(&file).await {
                    Ok(text) => parse_import(&text, &BrowserJson).map_err(|e| e.message(lang)),
                    Err(e) => Err(e.message(lang).to_owned()),
                }
            };
            match parsed {
                Ok(snapshot) => set_pending.set(Some(snapshot)),
                Err(e) => set_message.set(Some((
                    Place::Import,
                    Notice::Problem(format!("{} {e}", Words::ImportRejected.text(lang))),
                ))),
            }
        });
    };
    let apply_import = move |_| {
        let Some(snapshot) = pending.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            match state.replace_all(snapshot).await {
                Ok(()) => {
                    set_pending.set(None);
                    set_message.set(Some((
                        Place::Import,
                        Notice::Done(Words::ImportDone.text(lang).to_owned()),
                    )));
                }
                Err(e) => set_message.set(Some((
                    Place::Import,
                    Notice::Problem(format!(
                        "{} {}",
                        Words::ImportRejected.text(lang),
                        e.message(lang)
                    )),
                ))),
            }
        });
    };
    let reset = move |_| {
        let also_profile = reset_profile.get_untracked();
        leptos::task::spawn_local(async move {
            match reset_all(state, also_profile).await {
                Ok(()) => {
                    let mut text = format!(
                        "{} {}",
                        Words::ResetDone.text(lang),
                        Words::ResetNewActor.text(lang)
                    );
                    if also_profile {
                        text = format!("{text} {}", Words::ResetProfileDone.text(lang));
                    }
                    set_message.set(Some((Place::Reset, Notice::Done(text))));
                }
                Err(e) => set_message.set(Some((Place::Reset, Notice::Problem(e.message(lang))))),
            }
            set_confirm_reset.set(false);
            set_reset_profile.set(false);
        });
    };

    view! {
        <h1 id="page-title" tabindex="-1">{Words::SettingsTitle.text(lang)}</h1>
        <section class="card" aria-labelledby="language-title">
            <h2 id="language-title">{Words::LanguageTitle.text(lang)}</h2>
            <label class="field-label" for="language">{Words::LanguageLabel.text(lang)}</label>
            <select id="language" class="field" on:change=move |ev| {
                if let Some(l) = Lang::parse(&event_target_value(&ev)) {
                    platform::choose_lang(l);
                }
            }>
                <option value="id" selected=lang == Lang::Id>{t(lang, Key::LangId)}</option>
                <option value="en" selected=lang == Lang::En>{t(lang, Key::LangEn)}</option>
            </select>
        </section>
        <TextSizeCard lang=lang />
        <section class="card" aria-labelledby="storage-title">
            <h2 id="storage-title">{Words::StorageTitle.text(lang)}</h2>
            <p>{move || t(lang, match state.health.status.get() {
                StorageStatus::Available => Key::StorageOk,
                StorageStatus::Opening | StorageStatus::Slow => Key::StorageSlow,
                StorageStatus::Blocked => Key::StorageBlocked,
                StorageStatus::NewerSchema => Key::StorageNewerSchema,
                StorageStatus::Unavailable | StorageStatus::VersionChanged => Key::StorageUnavailable,
                StorageStatus::Foreign => Key::StorageForeign,
                StorageStatus::NoLearner => Key::StorageNoLearner,
            })}</p>
            {matches!(state.learner(), crate::domain::lrs::learner::Learner::Launched(_))
                .then(|| view! { <p id="learner-store">{crate::i18n::learner::Word::OwnStore.text(lang)}</p> })}
            <p id="persist-status">{move || state.health.persisted.get().map(|p| Words::PersistAuto.with(lang, &[&t(lang, if p { Key::PersistOn } else { Key::PersistOff })]))}</p>
            <button class="button button-secondary" type="button" on:click=ask_persist>{Words::PersistAsk.text(lang)}</button>
            {move || persist.get().map(|p| view! {
                <p id="persist-result">{t(lang, match p { Some(true) => Key::PersistGranted, Some(false) => Key::PersistDenied, None => Key::PersistUnknown })}</p>
            })}
        </section>
        <section class="card" aria-labelledby="offline-title">
            <h2 id="offline-title">{Words::OfflineTitle.text(lang)}</h2>
            <p id="offline-status">{move || offline.get().map(|(n, total)| match n {
                Some(n) if n == total => Words::OfflineAll.with(lang, &[&total]),
                Some(n) => Words::OfflineSome.with(lang, &[&n, &total]),
                None => Words::OfflineNotReady.text(lang).to_owned(),
            })}</p>
        </section>
        <TechnicalDetails lang=lang />
        <section class="card" aria-labelledby="export-title">
            <h2 id="export-title">{Words::ExportTitle.text(lang)}</h2>
            <p>{Words::ExportBody.text(lang)}</p>
            <button class="button" type="button" on:click=export>{Words::ExportButton.text(lang)}</button>
            <NoticeSlot id="settings-message" message=at(Place::Export) />
        </section>
        <section class="card" aria-labelledby="import-title">
            <h2 id="import-title">{Words::ImportTitle.text(lang)}</h2>
            <p>{Words::ImportBody.text(lang)}</p>
            <label for="import-file" class="field-label">{Words::ImportFile.text(lang)}</label>
            <input id="import-file" type="file" accept="application/json,.json" on:change=on_file />
            <NoticeSlot id="settings-message" message=at(Place::Import) />
            {move || pending.get().map(|snapshot| {
                let current = (state.progress.lessons.with(Vec::len), state.progress.attempts.with(Vec::len));
                view! {
                    <div class="confirm" id="import-preview">
                        <p>{preview_text(lang, &preview(&snapshot))}</p>
                        {(!snapshot.worksheets.is_empty()).then(|| view! {
                            <p id="import-worksheets">{Words::WkImportPreview.with(lang, &[&snapshot.worksheets.len()])}</p>
                        })}
                        {(!snapshot.rtl.is_empty() || !snapshot.journal.is_empty()).then(|| view! {
                            <p id="import-rtl">{Words::RtlImportPreview.with(lang, &[&snapshot.rtl.len(), &snapshot.journal.len()])}</p>
                        })}
                        {(!snapshot.review.is_empty()).then(|| view! {
                            <p id="import-review">{Words::ReviewImportPreview.with(lang, &[&snapshot.review.len()])}</p>
                        })}
                        <p><strong>{Words::ImportReplaces.with(lang, &[&current.0, &current.1])}</strong></p>
                        <div class="actions">
                            <button class="button" type="button" on:click=apply_import>{Words::ImportConfirm.text(lang)}</button>
                            <button class="button button-secondary" type="button" on:click=move |_| set_pending.set(None)>{t(lang, Key::Cancel)}</button>
                        </div>
                    </div>
                }
            })}
        </section>
        <section class="card" aria-labelledby="reset-title">
            <h2 id="reset-title">{Words::ResetTitle.text(lang)}</h2>
            <p>{Words::ResetBody.text(lang)}</p>
            {move || if confirm_reset.get() {
                view! {
                    <label class="option check">
                        <input id="reset-profile" type="checkbox"
                            prop:checked=move || reset_profile.get()
                            on:change=move |ev| set_reset_profile.set(event_target_checked(&ev)) />
                        <span>{Words::ResetAlsoProfile.text(lang)}</span>
                    </label>
                    <p class="hint">{Words::ResetNewActor.text(lang)}</p>
                    <div class="actions">
                        <button class="button button-danger" type="button" on:click=reset>{Words::ResetConfirm.text(lang)}</button>
                        <button class="button button-secondary" type="button" on:click=move |_| set_confirm_reset.set(false)>{t(lang, Key::Cancel)}</button>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button class="button button-secondary" type="button" on:click=move |_| set_confirm_reset.set(true)>{Words::ResetButton.text(lang)}</button>
                }.into_any()
            }}
            <NoticeSlot id="settings-message" message=at(Place::Reset) />
        </section>
    }
}

/// The text size, three steps (issue 30, finding 10): applied the moment one is chosen and
/// kept on the device.
#[component]
fn TextSizeCard(lang: Lang) -> impl IntoView {
    use crate::domain::text_size::TextSize;
    let (size, set_size) = signal(platform::stored_text_size());
    let choices = TextSize::ALL
        .into_iter()
        .map(|s| {
            let label = t(
                lang,
                match s {
                    TextSize::Normal => Key::TextSizeNormal,
                    TextSize::Large => Key::TextSizeLarge,
                    TextSize::Larger => Key::TextSizeLarger,
                },
            );
            view! {
                <label class="option">
                    <input type="radio" name="text-size" value=s.code()
                        checked=move || size.get() == s
                        on:change=move |_| {
                            platform::choose_text_size(s);
                            set_size.set(s);
                        } />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="text-size-title">
            <h2 id="text-size-title">{Words::TextSizeTitle.text(lang)}</h2>
            <fieldset class="plain-fieldset" aria-describedby="text-size-hint">
                <legend class="visually-hidden">{Words::TextSizeTitle.text(lang)}</legend>
                <div class="options" id="text-size">{choices}</div>
            </fieldset>
            <p class="hint" id="text-size-hint">{Words::TextSizeHint.text(lang)}</p>
        </section>
    }
}

/// Storage and protocol names, which learners do not need to read (issue 30, finding 9), in a
/// fold: where progress is kept, and the learning-records card. Open by itself whenever that
/// card has something to say (records sent, waiting or refused, or a problem): then a learner
/// must see it without looking for it.
#[component]
fn TechnicalDetails(lang: Lang) -> impl IntoView {
    let lrs = crate::ui::lrs::Lrs::get();
    let matters = move || {
        lrs.view.with(|v| {
            v.target.is_some()
                || v.problem.is_some()
                || v.summary.waiting > 0
                || !v.summary.refused.is_empty()
        })
    };
    view! {
        <details class="card more technical" id="technical" open=matters>
            <summary><h2 id="technical-title">{Words::TechTitle.text(lang)}</h2></summary>
            <p id="storage-tech">{Words::TechStorage.text(lang)}</p>
            <super::settings_lrs::LrsCard />
        </details>
    }
}
