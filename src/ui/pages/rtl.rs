//! `#/modul/<id>/rtl` (and `#/embed/<id>/rtl`): the learner's *Rencana Tindak Lanjut* for the
//! module (issue 26, item 4), in the quiz chunk: it follows the post-test. Five fields, each
//! labelled with its name, the module's own guiding prompt and example as its hint
//! (`[[rtl]]` in the pack); saved with "Simpan RTL" through the one write path; and, once the
//! module has been *Lulus* for 30 days, the follow-up question ([`super::rtl_follow_up`]).
//!
//! The rules (limits, the deadline, the merge, when to ask) are `domain::rtl`'s; what the
//! learner types is only ever set as a value or shown as text.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::catalog::{CatalogEntry, ModuleContent};
use crate::domain::ids::ModuleId;
use crate::domain::route::Route;
use crate::domain::rtl::{follow_up_due, RtlField, RtlPlan};
use crate::i18n::plan::Word as Words;
use crate::i18n::{t, tf, Key};
use crate::platform;
use crate::ui::links;
use crate::ui::notice::{Notice, NoticeSlot};
use crate::ui::state::AppState;

use super::module_frame::with_module_body;
use super::rtl_follow_up::FollowUpCard;

/// The RTL page.
#[component]
pub fn RtlPage(
    /// Which module.
    id: ModuleId,
) -> impl IntoView {
    with_module_body(id, |entry, body| {
        view! { <RtlForm entry=entry body=body /> }.into_any()
    })
}

/// The form of one module's plan.
#[component]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Leptos component props are taken by value"
)]
fn RtlForm(
    /// The module's catalog entry.
    entry: CatalogEntry,
    /// Its body (the guiding prompts).
    body: Arc<ModuleContent>,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let module = entry.summary.clone();
    let mid = module.id.clone();
    let m = mid.clone();
    let stored = Memo::new(move |_| state.progress.rtl_of(&m));
    let draft = RwSignal::new(RtlPlan::empty(mid.clone()));
    // The stored plan fills the form (it arrives once storage has opened) until the learner
    // types.
    let edited = StoredValue::new(false);
    Effect::new(move |_| {
        if let Some(plan) = stored.get() {
            if !edited.get_value() {
                draft.set(plan);
            }
        }
    });
    let (message, set_message) = signal(None::<Notice>);
    let busy = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let plan = match draft.get_untracked().saved(platform::device::now()) {
            Ok(plan) => plan,
            Err(e) => {
                set_message.set(Some(Notice::Problem(tf(
                    lang,
                    Key::RtlNotSaved,
                    &[&e.message(lang)],
                ))));
                return;
            }
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            let notice = match state.save_rtl(plan).await {
                Ok(saved) => {
                    edited.set_value(false);
                    draft.set(saved);
                    Notice::Done(Words::RtlSaved.text(lang).to_owned())
                }
                Err(e) => Notice::Problem(tf(lang, Key::RtlNotSaved, &[&e.message(lang)])),
            };
            let _ = busy.try_set(false);
            let _ = set_message.try_set(Some(notice));
        });
    };
    let fields = RtlField::ALL
        .into_iter()
        .map(|field| {
            let id = format!("rtl-{}", field.as_str());
            let hint_id = format!("{id}-hint");
            let guide = body.rtl_guide(field).cloned();
            let described = guide.is_some().then(|| hint_id.clone());
            let hint = guide.map(|g| {
                view! {
                    <p class="hint" id=hint_id.clone()>
                        {g.prompt}<br />
                        <span class="rtl-example">{Words::RtlExample.with(lang, &[&g.example])}</span>
                    </p>
                }
            });
            let value = move || draft.with(|d| d.get(field).to_owned());
            let input = move |ev: leptos::ev::Event| {
                edited.set_value(true);
                draft.update(|d| d.set(field, event_target_value(&ev)));
            };
            let control = match field {
                RtlField::Tenggat => view! {
                    <input id=id.clone() class="field rtl-date" type="date" min="2000-01-01" max="2199-12-31"
                        aria-describedby=described prop:value=value on:input=input />
                }
                .into_any(),
                RtlField::LaporKepada => view! {
                    <input id=id.clone() class="field" type="text" autocomplete="off"
                        maxlength=field.max().to_string()
                        aria-describedby=described prop:value=value on:input=input />
                }
                .into_any(),
                _ => view! {
                    <textarea id=id.clone() class="field rtl-long" rows="3"
                        maxlength=field.max().to_string() aria-required=(field == RtlField::Perubahan).then_some("true")
                        aria-describedby=described prop:value=value on:input=input></textarea>
                }
                .into_any(),
            };
            view! {
                <div class="rtl-field">
                    <label class="field-label" for=id.clone()>
                        {t(lang, field.label())}
                        {(field == RtlField::Perubahan).then(|| view! { " " <span class="hint">{Words::RtlRequired.text(lang)}</span> })}
                    </label>
                    {hint}
                    {control}
                </div>
            }
        })
        .collect_view();
    let embedded = links::embedded();
    let module_href = links::module(&mid);
    // The 30-day question: due, or already answered (which may be changed); before that, a
    // line saying when it will come.
    let m = mid.clone();
    let follow_up = move || {
        let plan = stored.get()?;
        let passed_at = state
            .entry(&m)
            .and_then(|e| state.module_progress(&e).passed_at);
        let now = platform::device::now();
        if plan.follow_up.is_some() || follow_up_due(Some(&plan), passed_at, now) {
            Some(view! { <FollowUpCard module=m.clone() lang=lang /> }.into_any())
        } else {
            passed_at.map(|_| {
                view! { <p class="muted" id="rtl-follow-later">{Words::RtlFollowLater.text(lang)}</p> }
                    .into_any()
            })
        }
    };
    let scorm = use_context::<crate::ui::scorm::LmsLink>().is_some();
    view! {
        <p class="crumb"><a href=module_href.clone()>{module.title.clone()}</a></p>
        <h1 id="page-title" tabindex="-1">{t(lang, Key::RtlTitle)}</h1>
        <p>{t(lang, if scorm { Key::ScormRtlNote } else { Key::RtlIntro })}</p>
        {follow_up}
        <form class="card form rtl-form" on:submit=save aria-labelledby="page-title">
            {fields}
            <button class="button" type="submit" id="rtl-save" prop:disabled=move || busy.get()>{Words::RtlSave.text(lang)}</button>
            <NoticeSlot id="rtl-message" message=Signal::from(message) />
        </form>
        <div class="actions">
            {(!embedded && !scorm).then(|| view! {
                <a class="button button-secondary" id="rtl-record" href=Route::Record.to_hash()>{Words::RtlSeeRecord.text(lang)}</a>
            })}
            <a class="button button-secondary" href=module_href>{t(lang, Key::BackToModule)}</a>
        </div>
    }
}
