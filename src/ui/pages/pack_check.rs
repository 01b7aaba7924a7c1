//! `#/periksa-paket`: loads and validates every module of every installed pack, for
//! deployers checking their packs, and reports the parse + validate time (benchmark).

use leptos::prelude::*;

use crate::content::validate::parse_module_body;
use crate::i18n::trainers::Word as Words;
use crate::i18n::{t, Key};
use crate::platform;
use crate::ui::state::AppState;

/// One module's result.
#[derive(Debug, Clone)]
struct Checked {
    title: String,
    problem: Option<String>,
}

/// The pack check page.
#[component]
pub fn PackCheckPage() -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let (result, set_result) = signal(None::<(Vec<Checked>, usize, f64)>);
    let started = StoredValue::new(false);
    Effect::new(move |_| {
        let Some(catalog) = state.catalog.get().filter(|c| c.pending.is_empty()) else {
            return;
        };
        if started.get_value() {
            return;
        }
        started.set_value(true);
        leptos::task::spawn_local(async move {
            let mut texts = Vec::new();
            for entry in &catalog.entries {
                texts.push(
                    platform::content::fetch_text(
                        &entry.body_path(),
                        platform::content::BODY_TIMEOUT_MS,
                        platform::content::MAX_BODY_BYTES,
                    )
                    .await,
                );
            }
            // Only parsing and validation are timed; fetching is not.
            let start = platform::now_ms();
            let mut checked = Vec::new();
            let mut questions = 0;
            for (entry, text) in catalog.entries.iter().zip(texts) {
                let problem = match text {
                    Err(e) => Some(format!("{}: {}", entry.body_path(), e.message(lang))),
                    Ok(text) => match parse_module_body(
                        &platform::content::BrowserJson,
                        &entry.body_path(),
                        &text,
                        &entry.summary,
                    ) {
                        Ok(body) => {
                            questions += body.questions.len();
                            None
                        }
                        Err(errors) => Some(platform::content::describe(&errors).message(lang)),
                    },
                };
                checked.push(Checked {
                    title: entry.summary.title.clone(),
                    problem,
                });
            }
            let ms = platform::now_ms() - start;
            set_result.set(Some((checked, questions, ms)));
        });
    });
    view! {
        <h1 id="page-title" tabindex="-1">{t(lang, Key::PackCheckTitle)}</h1>
        <p>{Words::PackCheckLead.text(lang)}</p>
        {move || match result.get() {
            None => view! { <p class="muted" role="status">{Words::PackCheckRunning.text(lang)}</p> }.into_any(),
            Some((checked, questions, ms)) => {
                let all_ok = checked.iter().all(|c| c.problem.is_none());
                let problems = state.catalog.with(|c| c.as_ref().map(|c| c.problems.clone()).unwrap_or_default());
                let ok = all_ok && problems.is_empty();
                let modules = checked.len();
                // Whole microseconds as integers: float formatting would add kilobytes of wasm.
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a duration in ms, small and positive")]
                let micros = (ms * 1000.0) as u64;
                let ms_text = format!("{}.{:03}", micros / 1000, micros % 1000);
                let rows = checked
                    .into_iter()
                    .map(|c| {
                        let status = c.problem.unwrap_or_else(|| Words::ModuleValid.text(lang).to_owned());
                        view! { <li><strong>{c.title}</strong> ": " {status}</li> }
                    })
                    .collect_view();
                let pack_rows = problems
                    .into_iter()
                    .map(|p| view! { <li><code>{p.pack_path}</code> ": " {p.detail.message(lang)}</li> })
                    .collect_view();
                view! {
                    <p id="pack-check-summary" role="status" data-parse-ms=ms_text.clone() data-ok=ok.to_string()>
                        {if ok { Words::PackCheckAllOk.text(lang) } else { Words::PackCheckSomeBad.text(lang) }}
                        " "
                        {Words::PackCheckTime.with(lang, &[&modules, &questions, &ms_text])}
                    </p>
                    <ul class="check-list">{rows}{pack_rows}</ul>
                }
                .into_any()
            }
        }}
    }
}
