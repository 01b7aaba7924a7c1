//! On the record page (`#/bukti`, the record chunk): the course's *Rencana Tindak Lanjut*, every
//! module's plan gathered in catalog order, with its 30-day follow-up once answered (issue 26,
//! item 4). Printed with the record as its annex, from a new A4 page (`style/main.css`,
//! `.rtl-sheet`). Reads the progress mirror; never writes. The learner's text is shown as text.

use leptos::prelude::*;

use crate::domain::record::{date_string, date_words, nip_grouped, Profile};
use crate::domain::rtl::{RtlField, RtlPlan};
use crate::i18n::record::Word as Words;
use crate::i18n::{t, tf, Key};
use crate::platform;
use crate::ui::state::AppState;

/// The plans, in catalog order (a plan of a module no pack has any more comes last, named by
/// its id).
fn in_course_order(state: AppState, plans: Vec<RtlPlan>) -> Vec<(String, RtlPlan)> {
    let entries = state
        .catalog
        .with(|c| c.as_ref().map(|c| c.entries.clone()).unwrap_or_default());
    let mut out: Vec<(usize, String, RtlPlan)> = plans
        .into_iter()
        .map(|p| {
            let at = entries.iter().position(|e| e.summary.id == p.module);
            let title = at
                .and_then(|i| entries.get(i))
                .map_or_else(|| p.module.to_string(), |e| e.summary.title.clone());
            (at.unwrap_or(usize::MAX), title, p)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    out.into_iter().map(|(_, title, p)| (title, p)).collect()
}

/// The annex of every plan, or a line saying there is none yet (not printed).
#[component]
pub fn RtlSheet(
    /// The profile, for the annex's header (a printed page must say whose plans they are).
    profile: Signal<Option<Profile>>,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let offset = platform::device::tz_offset_minutes();
    move || {
        let plans = in_course_order(state, state.progress.rtl.get());
        if plans.is_empty() {
            return view! {
                <p class="muted no-print" id="rtl-sheet-none">{Words::RtlSheetNone.text(lang)}</p>
            }
            .into_any();
        }
        let who = profile.get().map(|p| {
            let nip = p.nip.as_deref().map(nip_grouped);
            let line = match nip {
                Some(nip) => format!("{} · {} {nip}", p.name, t(lang, Key::RecordNip)),
                None => p.name,
            };
            view! { <p class="rtl-who">{line}</p> }
        });
        let items = plans
            .into_iter()
            .map(|(title, p)| {
                let fields = RtlField::ALL
                    .into_iter()
                    .map(|f| {
                        let value = p.get(f);
                        let shown = match f {
                            _ if value.is_empty() => "-".to_owned(),
                            RtlField::Tenggat => date_words(value, lang),
                            _ => value.to_owned(),
                        };
                        view! { <dt>{t(lang, f.label())}</dt><dd>{shown}</dd> }
                    })
                    .collect_view();
                let follow = p.follow_up.as_ref().map(|f| {
                    let mut said = t(lang, f.outcome.label()).to_owned();
                    if !f.note.is_empty() {
                        said = format!("{said} — {}", f.note);
                    }
                    view! { <p class="rtl-follow-result">{tf(lang, Key::RtlFollowResult, &[&said])}</p> }
                });
                let written = date_words(&date_string(p.updated_at, offset), lang);
                view! {
                    <section class="rtl-plan" data-module=p.module.to_string()>
                        <h3>{title}</h3>
                        <dl class="rtl-fields">{fields}</dl>
                        {follow}
                        <p class="small muted">{Words::RtlWrittenOn.with(lang, &[&written])}</p>
                    </section>
                }
            })
            .collect_view();
        view! {
            <article class="rtl-sheet" id="rtl-sheet" aria-labelledby="rtl-sheet-title">
                <h2 id="rtl-sheet-title">{Words::RtlSheetTitle.text(lang)}</h2>
                {who}
                {items}
            </article>
        }
        .into_any()
    }
}
