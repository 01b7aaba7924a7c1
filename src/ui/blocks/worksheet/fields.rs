//! The worksheet's sections: fieldsets of labelled inputs and textareas, rows added and
//! removed with buttons (no drag). Every field's value comes from the form's sheet and every
//! edit goes through [`Form::edit`]; leaving a field saves at once.

use std::sync::Arc;

use leptos::prelude::*;

use super::Form;
use crate::domain::worksheet::{
    KbkSheet, Member, Role, TallyRow, COUNT_MAX, LONG_MAX, MEMBERS_MAX, NUMBER_MAX, SHORT_MAX,
    TALLY_MAX,
};
use crate::i18n::{t, tf, Key};
use crate::platform;

/// How a field is typed in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// One line.
    Short,
    /// A few lines.
    Long,
    /// A decimal number as typed (`3,5`).
    Decimal,
    /// A whole number.
    Count,
}

/// Reads a field's text from the sheet.
type Reader = Arc<dyn Fn(&KbkSheet) -> String + Send + Sync>;
/// Writes a field's text into the sheet.
type Writer = Arc<dyn Fn(&mut KbkSheet, String) + Send + Sync>;

/// One labelled field bound to the sheet through `get` and `set`. Not generic on purpose:
/// one copy in the wasm serves every field (generic accessors cost ~30 KB brotli).
fn field(
    form: Form,
    dom_id: String,
    label: String,
    kind: Kind,
    get: Reader,
    set: Writer,
) -> AnyView {
    let value = move || form.sheet.with(|s| get(s));
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let set = set.clone();
        form.edit(move |s| set(s, v));
    };
    let on_change = move |_: leptos::ev::Event| form.save_now();
    let label = view! { <label class="field-label" for=dom_id.clone()>{label}</label> };
    let input = match kind {
        Kind::Long => view! {
            <textarea id=dom_id class="field wk-long" rows="3" maxlength=LONG_MAX
                prop:value=value on:input=on_input on:change=on_change></textarea>
        }
        .into_any(),
        Kind::Short | Kind::Decimal => {
            let (max, mode) = if kind == Kind::Short {
                (SHORT_MAX, "text")
            } else {
                (NUMBER_MAX, "decimal")
            };
            view! {
                <input id=dom_id class="field" type="text" inputmode=mode maxlength=max autocomplete="off"
                    prop:value=value on:input=on_input on:change=on_change />
            }
            .into_any()
        }
        Kind::Count => view! {
            <input id=dom_id class="field" type="number" inputmode="numeric" min="0" max=COUNT_MAX
                prop:value=value on:input=on_input on:change=on_change />
        }
        .into_any(),
    };
    view! { <div class="wk-field">{label}{input}</div> }.into_any()
}

/// A top-level text field of the sheet.
macro_rules! sheet_field {
    ($form:expr, $id:literal, $key:expr, $kind:expr, $($path:ident).+) => {
        field(
            $form,
            $id.to_owned(),
            t($form.lang, $key).to_owned(),
            $kind,
            Arc::new(|s| s.$($path).+.clone()),
            Arc::new(|s, v| s.$($path).+ = v),
        )
    };
}

/// A fieldset with a legend.
fn section(form: Form, legend: Key, body: Vec<AnyView>) -> AnyView {
    view! {
        <fieldset class="wk-section">
            <legend>{t(form.lang, legend)}</legend>
            {body}
        </fieldset>
    }
    .into_any()
}

/// Group name and work unit.
pub(super) fn group(form: Form) -> AnyView {
    section(
        form,
        Key::WkGroupLegend,
        vec![
            sheet_field!(form, "wk-group", Key::WkGroupName, Kind::Short, group),
            sheet_field!(form, "wk-unit", Key::WkUnit, Kind::Short, unit),
        ],
    )
}

/// A "remove row" button; focus then goes to `after` (the add button).
fn remove_button(
    form: Form,
    text: String,
    after: &'static str,
    remove: impl Fn(&mut KbkSheet) + Copy + 'static,
) -> AnyView {
    view! {
        <button type="button" class="button button-secondary wk-remove"
            on:click=move |_| {
                form.edit(remove);
                form.save_now();
                platform::focus_soon(after);
            }>
            {text}
        </button>
    }
    .into_any()
}

/// Members and their roles: one row per member.
pub(super) fn members(form: Form) -> AnyView {
    let lang = form.lang;
    let count = Memo::new(move |_| form.sheet.with(|s| s.members.len()));
    let rows = move || {
        (0..count.get())
            .map(|i| {
                let n = i + 1;
                let role_id = format!("wk-member-role-{n}");
                let current = move || form.sheet.with(|s| s.members.get(i).map(|m| m.role).unwrap_or_default());
                let options = Role::ALL
                    .into_iter()
                    .map(|r| view! { <option value=r.as_str() prop:selected=move || current() == r>{t(lang, r.label())}</option> })
                    .collect_view();
                view! {
                    <div class="wk-row">
                        {field(form, format!("wk-member-name-{n}"), tf(lang, Key::WkMemberName, &[&n]), Kind::Short,
                            Arc::new(move |s| s.members.get(i).map(|m| m.name.clone()).unwrap_or_default()),
                            Arc::new(move |s, v| if let Some(m) = s.members.get_mut(i) { m.name = v }))}
                        <div class="wk-field">
                            <label class="field-label" for=role_id.clone()>{tf(lang, Key::WkMemberRole, &[&n])}</label>
                            <select id=role_id class="field" on:change=move |ev| {
                                if let Some(role) = Role::parse(&event_target_value(&ev)) {
                                    form.edit(|s| if let Some(m) = s.members.get_mut(i) { m.role = role });
                                    form.save_now();
                                }
                            }>{options}</select>
                        </div>
                        {remove_button(form, tf(lang, Key::WkRemoveMember, &[&n]), "wk-add-member",
                            move |s| { if i < s.members.len() { s.members.remove(i); } })}
                    </div>
                }
            })
            .collect_view()
    };
    section(
        form,
        Key::WkMembersLegend,
        vec![
            rows.into_any(),
            view! {
            <button type="button" id="wk-add-member" class="button button-secondary"
                disabled=move || { count.get() >= MEMBERS_MAX }
                on:click=move |_| {
                    form.edit(|s| s.members.push(Member::default()));
                    let n = count.get_untracked();
                    request_animation_frame(move || platform::focus_element(&format!("wk-member-name-{n}")));
                }>
                {t(lang, Key::WkAddMember)}
            </button>
            }.into_any(),
        ],
    )
}

/// The chosen problem and why.
pub(super) fn problem(form: Form) -> AnyView {
    section(
        form,
        Key::WkProblemLegend,
        vec![
            sheet_field!(form, "wk-problem", Key::WkProblem, Kind::Long, problem),
            sheet_field!(form, "wk-reason", Key::WkReason, Kind::Long, reason),
        ],
    )
}

/// Check-sheet rows: cause and count.
pub(super) fn tally(form: Form) -> AnyView {
    let lang = form.lang;
    let count = Memo::new(move |_| form.sheet.with(|s| s.tally.len()));
    let rows = move || {
        (0..count.get())
            .map(|i| {
                let n = i + 1;
                view! {
                    <div class="wk-row">
                        {field(form, format!("wk-cause-{n}"), tf(lang, Key::WkCause, &[&n]), Kind::Short,
                            Arc::new(move |s| s.tally.get(i).map(|r| r.cause.clone()).unwrap_or_default()),
                            Arc::new(move |s, v| if let Some(r) = s.tally.get_mut(i) { r.cause = v }))}
                        {field(form, format!("wk-count-{n}"), tf(lang, Key::WkCount, &[&n]), Kind::Count,
                            Arc::new(move |s| s.tally.get(i).filter(|r| r.count > 0).map(|r| r.count.to_string()).unwrap_or_default()),
                            Arc::new(move |s, v| if let Some(r) = s.tally.get_mut(i) { r.count = v.trim().parse().unwrap_or(0).min(COUNT_MAX) }))}
                        {remove_button(form, tf(lang, Key::WkRemoveRow, &[&n]), "wk-add-row",
                            move |s| { if i < s.tally.len() { s.tally.remove(i); } })}
                    </div>
                }
            })
            .collect_view()
    };
    section(
        form,
        Key::WkTallyLegend,
        vec![
            rows.into_any(),
            view! {
            <button type="button" id="wk-add-row" class="button button-secondary"
                disabled=move || { count.get() >= TALLY_MAX }
                on:click=move |_| {
                    form.edit(|s| s.tally.push(TallyRow::default()));
                    let n = count.get_untracked();
                    request_animation_frame(move || platform::focus_element(&format!("wk-cause-{n}")));
                }>
                {t(lang, Key::WkAddRow)}
            </button>
            }.into_any(),
        ],
    )
}

/// Root causes per fishbone category.
pub(super) fn fishbone(form: Form) -> AnyView {
    section(
        form,
        Key::WkFishboneLegend,
        vec![
            sheet_field!(
                form,
                "wk-manusia",
                Key::WkManusia,
                Kind::Long,
                fishbone.manusia
            ),
            sheet_field!(
                form,
                "wk-metode",
                Key::WkMetode,
                Kind::Long,
                fishbone.metode
            ),
            sheet_field!(form, "wk-bahan", Key::WkBahan, Kind::Long, fishbone.bahan),
            sheet_field!(
                form,
                "wk-sarana",
                Key::WkSarana,
                Kind::Long,
                fishbone.sarana
            ),
            sheet_field!(
                form,
                "wk-lingkungan",
                Key::WkLingkungan,
                Kind::Long,
                fishbone.lingkungan
            ),
        ],
    )
}

/// Plan, Do, Check, Act.
pub(super) fn pdca(form: Form) -> AnyView {
    section(
        form,
        Key::WkPdcaLegend,
        vec![
            sheet_field!(form, "wk-plan", Key::WkPlan, Kind::Long, plan),
            sheet_field!(form, "wk-do", Key::WkDo, Kind::Long, act_do),
            sheet_field!(form, "wk-check", Key::WkCheck, Kind::Long, check),
            sheet_field!(form, "wk-act", Key::WkAct, Kind::Long, act),
        ],
    )
}

/// The measure before and after: number and unit.
pub(super) fn measures(form: Form) -> AnyView {
    let pair = |value: AnyView, unit: AnyView| {
        view! { <div class="wk-pair">{value}{unit}</div> }.into_any()
    };
    section(
        form,
        Key::WkMeasureLegend,
        vec![
            pair(
                sheet_field!(
                    form,
                    "wk-before-value",
                    Key::WkBeforeValue,
                    Kind::Decimal,
                    before.value
                ),
                sheet_field!(
                    form,
                    "wk-before-unit",
                    Key::WkBeforeUnit,
                    Kind::Short,
                    before.unit
                ),
            ),
            pair(
                sheet_field!(
                    form,
                    "wk-after-value",
                    Key::WkAfterValue,
                    Kind::Decimal,
                    after.value
                ),
                sheet_field!(
                    form,
                    "wk-after-unit",
                    Key::WkAfterUnit,
                    Kind::Short,
                    after.unit
                ),
            ),
        ],
    )
}
