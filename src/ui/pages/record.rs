//! `#/bukti`: the learner's profile (kept on this device only) and the printable
//! *Bukti Belajar Mandiri* (dates in words, the NIP grouped, a block for the direct superior's
//! acknowledgement), with "Bagikan" (the learner's own share, `platform::share`) and CSV/JSON
//! summaries for trainers; under it the learner's *Rencana Tindak Lanjut*, printed as its annex
//! (`record_rtl.rs`).

use leptos::prelude::*;

use crate::domain::record::{
    date_words, nip_grouped, profile, record, share_lines, to_csv, Profile,
};
use crate::i18n::record::Word as Words;
use crate::i18n::{t, tf, Key};
use crate::platform;
use crate::storage::ProgressStore;
use crate::ui::notice::{Notice, NoticeSlot};
use crate::ui::state::AppState;

/// The record page.
#[component]
pub fn RecordPage() -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let saved = RwSignal::new(None::<Profile>);
    let name = RwSignal::new(String::new());
    let nip = RwSignal::new(String::new());
    let unit = RwSignal::new(String::new());
    // The profile's results show under the profile form; a download's problem under the
    // download buttons (issue 30, finding 5).
    let (message, set_message) = signal(None::<Notice>);
    let (download_problem, set_download_problem) = signal(None::<Notice>);
    let (share_message, set_share_message) = signal(None::<Notice>);
    let (confirm_delete, set_confirm_delete) = signal(false);
    // Load the stored profile once storage is open.
    Effect::new(move |_| {
        if state.health.status.get() == crate::ui::state::StorageStatus::Opening {
            return;
        }
        leptos::task::spawn_local(async move {
            if let Ok(Some(p)) = state.store().profile().await {
                name.set(p.name.clone());
                nip.set(p.nip.clone().unwrap_or_default());
                unit.set(p.unit.clone());
                saved.set(Some(p));
            }
        });
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match profile(
            &name.get_untracked(),
            &nip.get_untracked(),
            &unit.get_untracked(),
        ) {
            Err(e) => set_message.set(Some(Notice::Problem(e.message(lang).to_owned()))),
            Ok(p) => leptos::task::spawn_local(async move {
                match state.store().set_profile(Some(&p)).await {
                    Ok(()) => {
                        saved.set(Some(p));
                        set_message.set(Some(Notice::Done(
                            Words::ProfileSaved.text(lang).to_owned(),
                        )));
                    }
                    Err(e) => set_message.set(Some(Notice::Problem(e.message(lang)))),
                }
            }),
        }
    };
    let delete = move |_| {
        leptos::task::spawn_local(async move {
            match state.store().set_profile(None).await {
                Ok(()) => {
                    saved.set(None);
                    name.set(String::new());
                    nip.set(String::new());
                    unit.set(String::new());
                    set_message.set(Some(Notice::Done(
                        Words::ProfileDeleted.text(lang).to_owned(),
                    )));
                }
                Err(e) => set_message.set(Some(Notice::Problem(e.message(lang)))),
            }
            set_confirm_delete.set(false);
        });
    };
    let rec = Memo::new(move |_| {
        let catalog = state.catalog.get()?;
        let progress: Vec<_> = catalog
            .entries
            .iter()
            .map(|e| state.progress.module(&e.summary))
            .collect();
        let pairs: Vec<_> = catalog
            .entries
            .iter()
            .map(|e| &e.summary)
            .zip(progress.iter())
            .collect();
        Some(
            record(saved.get(), &pairs, platform::device::tz_offset_minutes())
                .map_err(|e| e.message(lang)),
        )
    });
    let download = move |csv: bool| {
        let Some(Ok(r)) = rec.get_untracked() else {
            return;
        };
        let result = if csv {
            platform::device::download(
                &format!("bukti-{}.csv", r.reference),
                "text/csv",
                &to_csv(&r),
            )
        } else {
            platform::device::to_json(&r).and_then(|json| {
                platform::device::download(
                    &format!("bukti-{}.json", r.reference),
                    "application/json",
                    &json,
                )
            })
        };
        if let Err(e) = result {
            set_download_problem.set(Some(Notice::Problem(e.message(lang).to_owned())));
        }
    };
    // "Bagikan": only on the learner's press, to the app they pick (platform::share).
    let share = move |_| {
        let Some(Ok(r)) = rec.get_untracked() else {
            return;
        };
        let today = crate::domain::record::date_string(
            platform::device::now(),
            platform::device::tz_offset_minutes(),
        );
        let lines = share_lines(&r, lang, &today);
        let stem = format!("bukti-{}", r.reference);
        leptos::task::spawn_local(async move {
            use platform::share::Shared;
            let notice =
                match platform::share::share_record(&lines, t(lang, Key::RecordTitle), &stem).await
                {
                    Ok(Shared::File) => Notice::Done(Words::RecordSharedFile.text(lang).to_owned()),
                    Ok(Shared::Text) => Notice::Done(Words::RecordSharedText.text(lang).to_owned()),
                    Ok(Shared::Downloaded(name)) => {
                        Notice::Done(Words::RecordShareDownloaded.with(lang, &[&name]))
                    }
                    Ok(Shared::Cancelled) => {
                        Notice::Done(Words::RecordShareCancelled.text(lang).to_owned())
                    }
                    Err(platform::share::ShareError) => {
                        Notice::Problem(Words::RecordShareFailed.text(lang).to_owned())
                    }
                };
            // The learner may have left the page meanwhile.
            let _ = set_share_message.try_set(Some(notice));
        });
    };
    let field = |id: &'static str, label: Key, value: RwSignal<String>, kind: &'static str| {
        view! {
            <label class="field-label" for=id>{t(lang, label)}</label>
            <input id=id class="field" type=kind autocomplete="off" prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev)) />
        }
    };
    view! {
        <h1 id="page-title" tabindex="-1" class="no-print">{t(lang, Key::RecordTitle)}</h1>
        <form class="card form no-print" on:submit=save aria-labelledby="profile-title">
            <h2 id="profile-title">{Words::ProfileTitle.text(lang)}</h2>
            <p class="muted small">{Words::ProfileNote.text(lang)}</p>
            {field("profile-name", Key::ProfileName, name, "text")}
            {field("profile-nip", Key::ProfileNip, nip, "text")}
            {field("profile-unit", Key::ProfileUnit, unit, "text")}
            <div class="actions">
                <button class="button" type="submit">{Words::ProfileSave.text(lang)}</button>
            </div>
            <div class="no-print">
                <NoticeSlot id="record-message" message=Signal::from(message) />
            </div>
        </form>
        // Apart from "Simpan", and asked first: it wipes name, NIP and unit at once.
        <section class="card no-print profile-delete" aria-labelledby="profile-delete-title">
            <h2 id="profile-delete-title" class="visually-hidden">{Words::ProfileDelete.text(lang)}</h2>
            {move || if confirm_delete.get() {
                view! {
                    <div class="confirm" id="profile-delete-ask">
                        <p><strong>{Words::ProfileDeleteAsk.text(lang)}</strong></p>
                        <div class="actions">
                            <button class="button button-danger" type="button" on:click=delete>{Words::ProfileDeleteConfirm.text(lang)}</button>
                            <button class="button button-secondary" type="button" on:click=move |_| set_confirm_delete.set(false)>{t(lang, Key::Cancel)}</button>
                        </div>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button class="button button-secondary" type="button" id="profile-delete" on:click=move |_| set_confirm_delete.set(true)>{Words::ProfileDelete.text(lang)}</button>
                }.into_any()
            }}
        </section>
        // The file for the trainer (issue 27, item 1): whatever has been passed so far.
        <super::record_send::SendToTrainer profile=Signal::from(saved) />
        {move || match rec.get() {
            None => view! { <p class="muted" role="status">{t(lang, Key::LoadingCatalog)}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" id="record-none">{e}</p> }.into_any(),
            Some(Ok(r)) => {
                let who = r.profile.clone();
                // The gain (issue 26) where the learner took the pre-test: "Pre-test 40 → Post-test 90".
                let pre = |id: &str| {
                    state.progress.pretests.with(|all| {
                        all.iter().find(|p| p.module.as_str() == id).and_then(crate::domain::pretest::PretestRecord::score).map(|s| s.percent)
                    })
                };
                let rows = r.modules.iter().map(|m| {
                    let gain = pre(&m.module_id).map(|p| tf(lang, Key::PretestGain, &[&p, &m.best_percent]));
                    view! {
                        <tr>
                            <td>{m.title.clone()}{gain.map(|g| view! { <br /><span class="small muted sheet-gain">{g}</span> })}</td>
                            <td class="sheet-date">{date_words(&m.passed_on, lang)}</td><td>{format!("{}%", m.best_percent)}</td><td>{m.jp}</td>
                        </tr>
                    }
                }).collect_view();
                let summary = if r.course_complete {
                    Words::RecordCourse.with(lang, &[&r.course_modules])
                } else {
                    Words::RecordPartial.with(lang, &[&r.modules.len(), &r.course_modules])
                };
                let today = date_words(&crate::domain::record::date_string(platform::device::now(), platform::device::tz_offset_minutes()), lang);
                view! {
                    <div class="actions no-print">
                        <button class="button" type="button" id="record-share" aria-describedby="record-share-note" on:click=share>{Words::RecordShare.text(lang)}</button>
                        <button class="button" type="button" on:click=|_| platform::device::print()>{Words::RecordPrint.text(lang)}</button>
                        <button class="button button-secondary" type="button" on:click=move |_| download(true)>{Words::RecordCsv.text(lang)}</button>
                        <button class="button button-secondary" type="button" on:click=move |_| download(false)>{Words::RecordJson.text(lang)}</button>
                    </div>
                    <p class="muted small no-print" id="record-share-note">{Words::RecordShareNote.text(lang)}</p>
                    <div class="no-print"><NoticeSlot id="record-share-message" message=Signal::from(share_message) /></div>
                    <div class="no-print"><NoticeSlot id="record-download-message" message=Signal::from(download_problem) /></div>
                    <article class="record-sheet" id="record-sheet" aria-labelledby="sheet-title">
                        <p class="sheet-brand">"Bimtek Mandiri"</p>
                        <h2 id="sheet-title">{t(lang, Key::RecordTitle)}</h2>
                        <dl class="sheet-who">
                            <dt>{t(lang, Key::RecordName)}</dt>
                            <dd id="sheet-name">{who.as_ref().map_or_else(|| Words::RecordNoProfile.text(lang).to_owned(), |p| p.name.clone())}</dd>
                            <dt>{t(lang, Key::RecordNip)}</dt>
                            <dd id="sheet-nip">{who.as_ref().and_then(|p| p.nip.as_deref().map(nip_grouped)).unwrap_or_else(|| "-".to_owned())}</dd>
                            <dt>{t(lang, Key::RecordUnit)}</dt>
                            <dd>{who.as_ref().map(|p| p.unit.clone()).filter(|u| !u.is_empty()).unwrap_or_else(|| "-".to_owned())}</dd>
                        </dl>
                        <table class="sheet-table">
                            <thead><tr>
                                <th scope="col">{Words::RecordModule.text(lang)}</th>
                                <th scope="col">{Words::RecordDate.text(lang)}</th>
                                <th scope="col">{Words::RecordScore.text(lang)}</th>
                                <th scope="col">{Words::RecordJp.text(lang)}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                            <tfoot><tr><th scope="row" colspan="3">{t(lang, Key::RecordTotal)}</th><td id="sheet-total">{r.total_jp}</td></tr></tfoot>
                        </table>
                        <p>{summary}</p>
                        <p id="sheet-rule">{Words::RecordJpRule.text(lang)}</p>
                        <p>{t(lang, Key::RecordReference)} ": " <strong id="sheet-reference">{r.reference.clone()}</strong>
                           " · " <span id="sheet-made-on">{tf(lang, Key::RecordMadeOn, &[&today])}</span></p>
                        // The superior's acknowledgement, filled in by hand on the printed page.
                        <section class="sheet-ack" id="sheet-ack" aria-labelledby="sheet-ack-title">
                            <h3 id="sheet-ack-title">{Words::RecordAck.text(lang)}</h3>
                            <p class="sheet-sign-space" aria-hidden="true"></p>
                            <dl class="sheet-lines">
                                <dt>{Words::RecordSignature.text(lang)}</dt><dd></dd>
                                <dt>{t(lang, Key::RecordName)}</dt><dd></dd>
                                <dt>{t(lang, Key::RecordNip)}</dt><dd></dd>
                            </dl>
                        </section>
                        <p class="sheet-statement">{t(lang, Key::RecordStatement)}</p>
                    </article>
                }.into_any()
            }
        }}
        // The course's plans, printed as the record's annex (issue 26, item 4).
        <super::record_rtl::RtlSheet profile=Signal::from(saved) />
    }
}
