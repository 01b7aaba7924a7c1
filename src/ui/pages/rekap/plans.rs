//! The class's *Rencana Tindak Lanjut* and KBK worksheets, learner by learner, as the files
//! hold them: printable (each starts a new A4 page, a plan never split; `style.rs`). The
//! learners' text is shown as text, its line breaks kept.

use leptos::prelude::*;

use crate::domain::rekap::table::CourseModule;
use crate::domain::rekap::Class;
use crate::domain::rtl::RtlField;
use crate::domain::worksheet::KbkSheet;
use crate::i18n::rekap::Word;
use crate::i18n::{t, tf, Key, Lang};

fn field(label: String, value: &str) -> impl IntoView {
    let shown = if value.trim().is_empty() {
        "-".to_owned()
    } else {
        value.to_owned()
    };
    view! { <dt>{label}</dt><dd>{shown}</dd> }
}

fn kbk(lang: Lang, k: &KbkSheet) -> impl IntoView {
    let members = k
        .members
        .iter()
        .map(|m| format!("{} ({})", m.name, t(lang, m.role.label())))
        .collect::<Vec<_>>()
        .join("; ");
    let tally = k
        .tally
        .iter()
        .map(|r| format!("{}: {}", r.cause, r.count))
        .collect::<Vec<_>>()
        .join("; ");
    let measure = |v: &str, u: &str| format!("{v} {u}").trim().to_owned();
    view! {
        <dl class="rtl-fields">
            {field(t(lang, Key::WkGroupName).to_owned(), &k.group)}
            {field(t(lang, Key::WkUnit).to_owned(), &k.unit)}
            {field(t(lang, Key::WkMembersLegend).to_owned(), &members)}
            {field(t(lang, Key::WkProblem).to_owned(), &k.problem)}
            {field(t(lang, Key::WkReason).to_owned(), &k.reason)}
            {field(t(lang, Key::WkTallyLegend).to_owned(), &tally)}
            {field(t(lang, Key::WkManusia).to_owned(), &k.fishbone.manusia)}
            {field(t(lang, Key::WkMetode).to_owned(), &k.fishbone.metode)}
            {field(t(lang, Key::WkBahan).to_owned(), &k.fishbone.bahan)}
            {field(t(lang, Key::WkSarana).to_owned(), &k.fishbone.sarana)}
            {field(t(lang, Key::WkLingkungan).to_owned(), &k.fishbone.lingkungan)}
            {field(t(lang, Key::WkPlan).to_owned(), &k.plan)}
            {field(t(lang, Key::WkDo).to_owned(), &k.act_do)}
            {field(t(lang, Key::WkCheck).to_owned(), &k.check)}
            {field(t(lang, Key::WkAct).to_owned(), &k.act)}
            {field(t(lang, Key::WkBeforeValue).to_owned(), &measure(&k.before.value, &k.before.unit))}
            {field(t(lang, Key::WkAfterValue).to_owned(), &measure(&k.after.value, &k.after.unit))}
        </dl>
    }
}

/// The RTL and KBK sections.
pub fn plans(lang: Lang, class: RwSignal<Class>, modules: Memo<Vec<CourseModule>>) -> AnyView {
    let mods = modules.get();
    let title_of = |id: &crate::domain::ids::ModuleId| {
        mods.iter()
            .find(|m| &m.id == id)
            .map_or_else(|| id.to_string(), |m| m.title.clone())
    };
    class
        .with(|c| {
            let plans = c
                .entries
                .iter()
                .flat_map(|e| e.rtl.iter().map(move |p| (e, p)))
                .map(|(e, p)| {
                    let fields = RtlField::ALL
                        .into_iter()
                        .map(|f| field(t(lang, f.label()).to_owned(), p.get(f)))
                        .collect_view();
                    let follow = p.follow_up.as_ref().map(|f| {
                        let mut said = t(lang, f.outcome.label()).to_owned();
                        if !f.note.is_empty() {
                            said = format!("{said} — {}", f.note);
                        }
                        view! { <p>{tf(lang, Key::RtlFollowResult, &[&said])}</p> }
                    });
                    view! {
                        <div class="rtl-plan rekap-plan">
                            <h3>{format!("{} — {}", e.learner.name, title_of(&p.module))}</h3>
                            <dl class="rtl-fields">{fields}</dl>
                            {follow}
                        </div>
                    }
                })
                .collect::<Vec<_>>();
            let sheets = c
                .entries
                .iter()
                .flat_map(|e| e.worksheets.iter().map(move |w| (e, w)))
                .map(|(e, w)| {
                    view! {
                        <div class="rtl-plan rekap-plan">
                            <h3>{e.learner.name.clone()}</h3>
                            {kbk(lang, &w.kbk)}
                        </div>
                    }
                })
                .collect::<Vec<_>>();
            let none = |w: Word| view! { <p class="muted">{w.text(lang)}</p> };
            view! {
                <section class="rtl-sheet rekap-print-page" id="rekap-rtl" aria-labelledby="rekap-rtl-title">
                    <h2 id="rekap-rtl-title">{Word::RtlTitle.text(lang)}</h2>
                    {if plans.is_empty() { none(Word::RtlNone).into_any() } else { plans.into_iter().collect_view().into_any() }}
                </section>
                <section class="rtl-sheet rekap-print-page" id="rekap-kbk" aria-labelledby="rekap-kbk-title">
                    <h2 id="rekap-kbk-title">{Word::KbkTitle.text(lang)}</h2>
                    {if sheets.is_empty() { none(Word::KbkNone).into_any() } else { sheets.into_iter().collect_view().into_any() }}
                </section>
            }
            .into_any()
        })
}
