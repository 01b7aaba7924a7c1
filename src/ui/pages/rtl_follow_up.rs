//! "Bagaimana RTL Anda berjalan?": the question asked 30 days after a module became *Lulus*
//! (issue 26, item 4), in the quiz chunk. Drawn on the home screen (through
//! `ui::lazy::lazy_follow_ups`, so the home screen's own code stays small) and on the module's
//! RTL page. Done, started or not yet, plus one line why; kept with the plan
//! (`domain::rtl::FollowUp`), through the one write path.

use leptos::prelude::*;

use crate::domain::ids::ModuleId;
use crate::domain::rtl::{FollowUp, Outcome};
use crate::i18n::plan::Word as Words;
use crate::i18n::{t, tf, Key, Lang};
use crate::platform;
use crate::ui::notice::{Notice, NoticeSlot};
use crate::ui::state::AppState;

/// The home screen's 30-day questions, one card per module in `due` (the list only grows during
/// a visit: an answered card stays, saying so).
pub(crate) fn follow_up_cards(due: Memo<Vec<ModuleId>>, lang: Lang) -> AnyView {
    view! {
        <For each=move || due.get() key=Clone::clone
            children=move |module| view! { <FollowUpCard module=module lang=lang /> } />
    }
    .into_any()
}

/// The question about `module`'s plan, with its answer once given (which may be changed).
/// Shows nothing while the learner has no plan for it.
#[component]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Leptos component props are taken by value"
)]
pub fn FollowUpCard(
    /// The module whose plan is asked about.
    module: ModuleId,
    /// UI language.
    lang: Lang,
) -> impl IntoView {
    let state = AppState::get();
    let m = module.clone();
    let plan = Memo::new(move |_| state.progress.rtl_of(&m));
    let entry = state.entry(&module);
    // Days since the module became Lulus (the question comes from the 30th on).
    let days = entry
        .as_ref()
        .and_then(|e| state.module_progress(e).passed_at)
        .map_or(crate::domain::rtl::FOLLOW_UP_DAYS, |at| {
            (platform::device::now() - at) / crate::domain::time::DAY
        });
    let title = entry.map_or_else(|| module.to_string(), |e| e.summary.title);
    // What the learner picks, starting from the stored answer.
    let picked = RwSignal::new(
        plan.get_untracked()
            .and_then(|p| p.follow_up)
            .map(|f| f.outcome),
    );
    let note = RwSignal::new(
        plan.get_untracked()
            .and_then(|p| p.follow_up)
            .map(|f| f.note)
            .unwrap_or_default(),
    );
    let (message, set_message) = signal(None::<Notice>);
    let id = module.to_string();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(plan) = plan.get_untracked() else {
            return;
        };
        let Some(outcome) = picked.get_untracked() else {
            set_message.set(Some(Notice::Problem(
                Words::RtlFollowPick.text(lang).to_owned(),
            )));
            return;
        };
        let answer = match FollowUp::new(outcome, &note.get_untracked(), platform::device::now()) {
            Ok(a) => a,
            Err(e) => {
                set_message.set(Some(Notice::Problem(tf(
                    lang,
                    Key::RtlNotSaved,
                    &[&e.message(lang)],
                ))));
                return;
            }
        };
        leptos::task::spawn_local(async move {
            let notice = match state.save_rtl(plan.with_follow_up(answer)).await {
                Ok(_) => Notice::Done(Words::RtlFollowSaved.text(lang).to_owned()),
                Err(e) => Notice::Problem(tf(lang, Key::RtlNotSaved, &[&e.message(lang)])),
            };
            let _ = set_message.try_set(Some(notice));
        });
    };
    let (title_id, note_id, group) = (
        format!("follow-{id}-title"),
        format!("follow-{id}-note"),
        format!("follow-{id}"),
    );
    let message_id = format!("follow-{id}-message");
    move || {
        let p = plan.get()?;
        let radios = Outcome::ALL
            .into_iter()
            .map(|o| {
                let input_id = format!("{group}-{}", o.as_str());
                view! {
                    <label class="option">
                        <input type="radio" id=input_id name=group.clone() value=o.as_str()
                            prop:checked=move || picked.get() == Some(o)
                            on:change=move |_| picked.set(Some(o)) />
                        <span>{t(lang, o.label())}</span>
                    </label>
                }
            })
            .collect_view();
        Some(view! {
            <section class="card follow-up" aria-labelledby=title_id.clone()>
                <h2 id=title_id.clone()>{t(lang, Key::RtlFollowTitle)}</h2>
                <p>{Words::RtlFollowAsk.with(lang, &[&days, &title, &p.perubahan])}</p>
                <form class="form" on:submit=save>
                    <fieldset class="follow-up-choices">
                        <legend>{Words::RtlFollowLegend.text(lang)}</legend>
                        <div class="options">{radios}</div>
                    </fieldset>
                    <label class="field-label" for=note_id.clone()>{Words::RtlFollowNote.text(lang)}</label>
                    <input id=note_id.clone() class="field" type="text" autocomplete="off"
                        maxlength=crate::domain::rtl::FOLLOW_UP_NOTE_MAX.to_string()
                        prop:value=move || note.get()
                        on:input=move |ev| note.set(event_target_value(&ev)) />
                    <button class="button" type="submit">{Words::RtlFollowSave.text(lang)}</button>
                </form>
                <NoticeSlot id=message_id.clone() message=Signal::from(message) />
            </section>
        })
    }
}
