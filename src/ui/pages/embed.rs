//! `#/embed/<id>[/…]`: one module in a portal's iframe, without the app's chrome; plus
//! `#/sematkan`, where trainers make the snippet.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::embed::{parse_origin, Event};
use crate::domain::ids::ModuleId;
use crate::domain::route::EmbedPart;
use crate::i18n::{t, tf, Key, Lang};
use crate::platform;
use crate::ui::links::Embedded;
use crate::ui::state::AppState;

use super::ModulePage;
use crate::domain::route::Route;
use crate::ui::lazy::lazy_learn;

/// The embed view of one module.
#[component]
pub fn EmbedView(
    /// Which module.
    id: ModuleId,
    /// Which screen.
    part: EmbedPart,
) -> impl IntoView {
    provide_context(Embedded(true));
    let state = AppState::get();
    // An embed address (the app's root set the session); a SCORM package draws this view too,
    // with its own link to the LMS and no portal.
    let in_portal = state.embed.with_untracked(Option::is_some);
    if in_portal {
        start_session(state);
    }
    // `ready` once per page load (not per screen), when the module is known and storage
    // has given the learner's id.
    thread_local! {
        static READY_SENT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    let module = id.clone();
    Effect::new(move |_| {
        let known = state.entry(&module).is_some();
        let actor = state
            .embed
            .with(|e| e.as_ref().is_some_and(|e| e.actor_id.is_some()));
        if known && actor && !READY_SENT.with(|s| s.replace(true)) {
            state.emit(&module, &Event::Ready);
        }
    });
    let lang = state.lang;
    let page = match part {
        EmbedPart::Overview => view! { <ModulePage id=id /> }.into_any(),
        // The module's other pages come from their chunks (ui/lazy.rs), as in the app.
        EmbedPart::Lesson(lesson) => lazy_learn(Route::Lesson(id, lesson), lang),
        EmbedPart::Glossary => lazy_learn(Route::Glossary(id), lang),
        EmbedPart::Quiz => lazy_learn(Route::Quiz(id), lang),
        EmbedPart::Result => lazy_learn(Route::QuizResult(id), lang),
        EmbedPart::Pretest => lazy_learn(Route::Pretest(id), lang),
        EmbedPart::Rtl => lazy_learn(Route::Rtl(id), lang),
        EmbedPart::Review => lazy_learn(Route::Embed(id, EmbedPart::Review), lang),
    };
    view! {
        {in_portal.then(|| view! { <EmbedNotices lang=lang /> })}
        <div class="embed-view">{page}</div>
    }
}

/// Links this page load to its portal, once (the first embed view drawn; this chunk is loaded
/// only for an embed address): the origin the portal gave, the resizer, and the learner's
/// pseudonymous id once storage is open. No random, no identity: without secure randomness no
/// actor id is made or stored, and no event is sent (the frame says so).
fn start_session(state: AppState) {
    thread_local! {
        static STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if STARTED.with(|s| s.replace(true)) {
        return;
    }
    let origin = platform::query_param("origin").and_then(|o| parse_origin(&o).ok());
    state.embed.update(|e| {
        if let Some(e) = e {
            e.origin.clone_from(&origin);
        }
    });
    platform::embed::start_resizer(origin);
    leptos::task::spawn_local(async move {
        use crate::storage::ProgressStore;
        // The store's queue runs this once storage has opened (or fallen back to memory).
        let actor = match crate::domain::embed::uuid_from_random(platform::embed::random_bytes()) {
            Ok(fresh) => Ok(state.store().actor_id(&fresh).await.unwrap_or(fresh)),
            Err(_) => Err(platform::embed::SendError::NoRandomness),
        };
        state.embed.update(|e| {
            if let Some(e) = e {
                match actor {
                    Ok(actor) => e.actor_id = Some(actor),
                    Err(problem) => e.problem = Some(problem),
                }
            }
        });
    });
}

/// At most 60 characters of untrusted text, for a message.
fn short(s: &str) -> String {
    crate::domain::progress::excerpt(s)
}

/// Problems with the embed URL, and why learning events are not sent, shown inside the
/// iframe.
#[component]
fn EmbedNotices(
    /// The UI language in use.
    lang: Lang,
) -> impl IntoView {
    let state = AppState::get();
    let bad_origin = platform::query_param("origin")
        .filter(|o| !o.is_empty())
        .and_then(|o| parse_origin(&o).err().map(|e| (o, e)));
    let bad_lang = platform::query_param("lang").filter(|l| crate::i18n::Lang::parse(l).is_none());
    // Only worth saying when events were asked for (an origin was given).
    let problem = move || {
        state.embed.with(|e| {
            e.as_ref()
                .filter(|e| e.origin.is_some())
                .and_then(|e| e.problem.as_ref().map(|p| p.message(lang)))
        })
    };
    view! {
        {bad_origin.map(|(o, e)| view! { <p class="banner banner-warn" role="alert">{tf(lang, Key::EmbedBadOrigin, &[&short(&o), &e.message(lang)])}</p> })}
        {bad_lang.map(|l| view! { <p class="banner banner-warn" role="status">{tf(lang, Key::EmbedBadLang, &[&short(&l)])}</p> })}
        {move || problem().map(|p| view! { <p class="banner banner-warn" role="alert" id="embed-problem">{p}</p> })}
    }
}

/// The trainers' page: pick a module and language, give the portal's origin, preview, copy.
#[component]
pub fn EmbedGuidePage() -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let module = RwSignal::new(String::new());
    let ui_lang = RwSignal::new("id".to_owned());
    let origin = RwSignal::new(String::new());
    let (copied, set_copied) = signal(false);
    Effect::new(move |_| {
        if module.with_untracked(String::is_empty) {
            if let Some(first) = state.catalog.with(|c| {
                c.as_ref()
                    .and_then(|c| c.entries.first().map(|e| e.summary.id.to_string()))
            }) {
                module.set(first);
            }
        }
    });
    let origin_error = move || {
        let o = origin.get();
        (!o.trim().is_empty())
            .then(|| parse_origin(&o).err())
            .flatten()
            .map(|e| tf(lang, Key::OriginInvalid, &[&short(&o), &e.message(lang)]))
    };
    let src = move || {
        let mut query = format!("lang={}", ui_lang.get());
        let o = origin.get();
        if let Ok(o) = parse_origin(&o) {
            query = format!(
                "origin={}&{query}",
                String::from(js_sys::encode_uri_component(&o))
            );
        }
        format!(
            "{}?{query}#/embed/{}",
            platform::embed::app_url(),
            module.get()
        )
    };
    let title = move || {
        let id = module.get();
        let name = ModuleId::parse(&id)
            .ok()
            .and_then(|m| state.entry(&m))
            .map(|e| e.summary.title)
            .unwrap_or(id);
        format!("Bimtek Mandiri: {name}")
    };
    let snippet = move || {
        let script = platform::embed::app_url()
            .trim_end_matches("index.html")
            .to_owned()
            + "embed.js";
        format!(
            "<iframe src=\"{}\" title=\"{}\" style=\"width:100%;border:0\" loading=\"lazy\"></iframe>\n<script src=\"{script}\" async></script>",
            src().replace('&', "&amp;").replace('"', "&quot;"),
            title().replace('&', "&amp;").replace('"', "&quot;"),
        )
    };
    let copy = move |_| {
        let text = snippet();
        if let Some(w) = web_sys::window() {
            let promise = w.navigator().clipboard().write_text(&text);
            leptos::task::spawn_local(async move {
                if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                    set_copied.set(true);
                }
            });
        }
    };
    let options = move || {
        state.catalog.with(|c| {
            c.as_ref()
                .map(|c| {
                    c.entries
                        .iter()
                        .map(|e| (e.summary.id.to_string(), e.summary.title.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <h1 id="page-title" tabindex="-1">{t(lang, Key::EmbedGuideTitle)}</h1>
        <p>{t(lang, Key::EmbedGuideLead)}</p>
        <div class="card form">
            <label class="field-label" for="embed-module">{t(lang, Key::EmbedModule)}</label>
            <select id="embed-module" class="field" prop:value=move || module.get()
                on:change=move |ev| module.set(event_target_value(&ev))>
                {move || options().into_iter().map(|(id, title)| view! { <option value=id>{title}</option> }).collect_view()}
            </select>
            <label class="field-label" for="embed-lang">{t(lang, Key::EmbedLang)}</label>
            <select id="embed-lang" class="field" on:change=move |ev| ui_lang.set(event_target_value(&ev))>
                <option value="id">{t(lang, Key::LangId)}</option>
                <option value="en">{t(lang, Key::LangEn)}</option>
            </select>
            <label class="field-label" for="embed-origin">{t(lang, Key::EmbedOrigin)}</label>
            <input id="embed-origin" class="field" type="url" inputmode="url" autocomplete="off"
                aria-describedby="embed-origin-help embed-origin-error"
                prop:value=move || origin.get()
                on:input=move |ev| origin.set(event_target_value(&ev)) />
            <p id="embed-origin-help" class="hint">{t(lang, Key::EmbedOriginHelp)}</p>
            <p id="embed-origin-error" class="error-text" role="alert">{origin_error}</p>
        </div>
        <h2>{t(lang, Key::EmbedSnippet)}</h2>
        <label class="visually-hidden" for="embed-snippet">{t(lang, Key::EmbedSnippet)}</label>
        <textarea id="embed-snippet" class="field snippet" readonly rows="5" prop:value=snippet
            on:focus=|ev| {
                if let Some(t) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                    t.select();
                }
            }></textarea>
        <div class="actions">
            <button class="button" type="button" on:click=copy>{t(lang, Key::EmbedCopy)}</button>
            <span role="status">{move || copied.get().then(|| t(lang, Key::EmbedCopied))}</span>
        </div>
        <h2>{t(lang, Key::EmbedPreview)}</h2>
        {move || (!module.get().is_empty()).then(|| view! { <iframe class="embed-preview" src=src title=title></iframe> })}
        <p class="muted small">{t(lang, Key::EmbedDocs)}</p>
        <super::scorm_downloads::ScormDownloads />
    }
}
