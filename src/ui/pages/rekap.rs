//! `#/pelatih/rekap`: the class summary (issue 27, item 2), in a wasm chunk of its own
//! (`ui/lazy.rs`, `rekap`). The trainer picks or drops learners' files ("Kirim ke pelatih",
//! contract 13) and LRS exports, many at once; each is read and checked on this device
//! (`domain::rekap`), a refused one is listed by name with its reason, the others count. Then:
//! the class table (sortable), each module's line, charts and item analysis, the class's RTLs
//! and KBK worksheets (printable on A4), and the same table as CSV or XLSX.
//!
//! Invariant: nothing is uploaded or sent anywhere; the files are read with the File API and
//! kept in this page only (leaving the page forgets them). The page says that learners' files
//! are self-reported and can be edited. Every text from a file is shown as text.

mod charts;
mod class_table;
mod modules;
mod plans;
mod style;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::rekap::table::{
    class_cells, item_cells, modules as table_modules, order, to_csv,
};
use crate::domain::rekap::{xlsx, Class, FileError};
use crate::i18n::rekap::{sf, Word};
use crate::i18n::Lang;
use crate::platform;
use crate::platform::content::BrowserJson;
use crate::ui::notice::{Notice, NoticeSlot};
use crate::ui::state::AppState;

use class_table::{ClassTable, Sort};

/// The files read so far: name, and text (or why it could not be read).
type Files = Vec<(String, Result<String, FileError>)>;

/// Largest file read, in bytes (an LRS export; a learner's file is far smaller).
const MAX_FILE_BYTES: f64 = 32.0 * 1024.0 * 1024.0;

/// The `FileList` of a drop event (`event.dataTransfer.files`), read through `Reflect`: no new
/// binding in the main module's glue for one page.
fn dropped_files(ev: &leptos::ev::DragEvent) -> Option<web_sys::FileList> {
    let transfer = js_sys::Reflect::get(ev, &"dataTransfer".into()).ok()?;
    js_sys::Reflect::get(&transfer, &"files".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// The page.
#[component]
pub fn ClassReportPage(
    /// UI language.
    lang: Lang,
) -> impl IntoView {
    let state = AppState::get();
    style::adopt();
    // The item analysis reads each question's key and prompt from the trainer's own course.
    Effect::new(move |_| {
        if let Some(c) = state.catalog.get() {
            for e in &c.entries {
                state.request_body(e);
            }
        }
    });
    let files = StoredValue::new(Files::new());
    let class = RwSignal::new(Class::default());
    let reading = RwSignal::new(None::<usize>);
    let sort = RwSignal::new(Sort::default());
    let (problem, set_problem) = signal(None::<Notice>);
    let course = Memo::new(move |_| modules::course(state));
    let add = move |list: web_sys::FileList| {
        let picked: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        if picked.is_empty() {
            return;
        }
        reading.set(Some(picked.len()));
        // Measured by the benchmark (performance.measure "rekap-read": the files read and the
        // class built, until the page has it).
        platform::perf_mark("rekap-read-start");
        leptos::task::spawn_local(async move {
            let mut read = Vec::with_capacity(picked.len());
            for f in picked {
                #[allow(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "a file's size, positive and far below usize::MAX in KB"
                )]
                let text = if f.size() > MAX_FILE_BYTES {
                    Err(FileError::TooLarge((f.size() / 1024.0) as usize))
                } else {
                    platform::device::read_file(&f)
                        .await
                        .map_err(|_| FileError::Unreadable)
                };
                read.push((f.name(), text));
            }
            files.update_value(|all| all.extend(read));
            let next = files.with_value(|all| {
                Class::from_files(
                    all.iter()
                        .map(|(n, t)| (n.as_str(), t.as_deref().map_err(Clone::clone))),
                    &BrowserJson,
                )
            });
            let _ = class.try_set(next);
            let _ = reading.try_set(None);
            platform::perf_measure("rekap-read", "rekap-read-start");
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            if let Some(list) = input.files() {
                add(list);
            }
            // The same file may be picked again (a corrected copy).
            input.set_value("");
        }
    };
    let clear = move |_| {
        files.set_value(Files::new());
        class.set(Class::default());
        set_problem.set(None);
    };
    let table_modules = Memo::new(move |_| class.with(|c| table_modules(&course.get(), c)));
    let download = move |xlsx_file: bool| {
        let (sort_key, desc) = sort.get_untracked().key();
        let result = class.with_untracked(|c| {
            let modules = table_modules.get_untracked();
            let rows = order(c, &modules, sort_key, desc);
            let cells = class_cells(c, &modules, &rows, lang);
            let today = crate::domain::record::date_string(
                platform::device::now(),
                platform::device::tz_offset_minutes(),
            );
            if xlsx_file {
                let items = modules::all_items(state, c, &modules);
                let item_rows = item_cells(&items, lang);
                let book = xlsx::workbook(&[
                    (Word::SheetClass.text(lang), &cells),
                    (Word::SheetItems.text(lang), &item_rows),
                ]);
                platform::device::download_bytes(
                    &format!("rekap-kelas-{today}.xlsx"),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    &book,
                )
            } else {
                // A byte-order mark, so that Excel reads the names' letters as UTF-8.
                let csv = format!("\u{feff}{}", to_csv(&cells));
                platform::device::download(&format!("rekap-kelas-{today}.csv"), "text/csv", &csv)
            }
        });
        set_problem.set(
            result
                .err()
                .map(|_| Notice::Problem(Word::DownloadFailed.text(lang).to_owned())),
        );
    };
    let status = move || {
        if let Some(n) = reading.get() {
            return sf(lang, Word::Reading, &[&n]);
        }
        class.with(|c| {
            if c.files == 0 {
                Word::Empty.text(lang).to_owned()
            } else {
                let mut line = sf(lang, Word::ReadCount, &[&c.files, &c.entries.len()]);
                if c.replaced > 0 {
                    line = format!("{line} {}", sf(lang, Word::Replaced, &[&c.replaced]));
                }
                line
            }
        })
    };
    let refused = move || {
        class.with(|c| {
            (!c.refused.is_empty()).then(|| {
                let items = c
                    .refused
                    .iter()
                    .map(|r| view! { <li><strong>{r.file.clone()}</strong>": "{r.why.message(lang)}</li> })
                    .collect_view();
                view! {
                    <section class="card rekap-refused no-print" aria-labelledby="rekap-refused-title" id="rekap-refused">
                        <h2 id="rekap-refused-title">{sf(lang, Word::RefusedTitle, &[&c.refused.len()])}</h2>
                        <p>{Word::RefusedLead.text(lang)}</p>
                        <ul>{items}</ul>
                    </section>
                }
            })
        })
    };
    let results = move || {
        if class.with(|c| c.entries.is_empty()) {
            return ().into_any();
        }
        view! {
            <div class="actions no-print" id="rekap-downloads">
                <button class="button" type="button" id="rekap-csv" on:click=move |_| download(false)>{Word::DownloadCsv.text(lang)}</button>
                <button class="button" type="button" id="rekap-xlsx" on:click=move |_| download(true)>{Word::DownloadXlsx.text(lang)}</button>
                <button class="button button-secondary" type="button" on:click=|_| platform::device::print()>{Word::Print.text(lang)}</button>
            </div>
            <div class="no-print"><NoticeSlot id="rekap-download-message" message=Signal::from(problem) /></div>
            <ClassTable lang=lang class=class modules=table_modules course=course sort=sort />
            {move || modules::module_sections(state, lang, class, table_modules)}
            {move || plans::plans(lang, class, table_modules)}
        }
        .into_any()
    };
    view! {
        <div class="rekap">
            <h1 id="page-title" tabindex="-1">{Word::Title.text(lang)}</h1>
            <p class="no-print">{Word::Lead.text(lang)}</p>
            <p class="callout rekap-caution" id="rekap-caution" role="note">{Word::Caution.text(lang)}</p>
            <div class="card rekap-pick no-print"
                on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
                on:drop=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    if let Some(list) = dropped_files(&ev) {
                        add(list);
                    }
                }>
                <label class="field-label" for="rekap-files">{Word::Pick.text(lang)}</label>
                <input id="rekap-files" class="rekap-input" type="file" multiple=true
                    accept=".json,.txt,.jsonl,.ndjson,application/json,text/plain" on:change=on_pick />
                <p class="muted rekap-drop">{Word::Drop.text(lang)}</p>
                <div class="actions">
                    <button class="button button-secondary" type="button" id="rekap-clear" on:click=clear>{Word::Clear.text(lang)}</button>
                </div>
            </div>
            <p id="rekap-status" role="status" class="no-print">{status}</p>
            {refused}
            {results}
        </div>
    }
}
