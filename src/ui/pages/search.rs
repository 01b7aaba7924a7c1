//! `#/cari`: search across every pack's lessons and glossaries (issue 30, finding 10), in its
//! own wasm chunk (`ui/lazy.rs`).
//!
//! Each pack's index (`content/<pack>/search.json`, made by the build: `content/search.rs`) is
//! fetched like a module file — the service worker precaches the built-in one, and the app's
//! warm-up caches a deployer's — so search works offline after one visit. No stemmer runs
//! here: the query's words are looked up in the index's word list. A result names its module
//! and lesson (or the glossary) and shows a short snippet cut from the module file, each
//! matching word in `<mark>`: text nodes only, never HTML. It links to the block it found
//! (`?blok=` in the lesson's hash, `?istilah=` in the glossary's: the page scrolls there).
//! A pack without an index (built by an older `bimtek-pack`) is named, and not searched.
//!
//! The words searched for stay in the address (`#/cari?q=…`, rewritten without a history
//! entry), so "back" from a result finds them again.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::catalog::{CatalogEntry, FetchError};
use crate::content::search::{
    doc_text, query_words, search, snippet, Found, SearchIndex, MAX_RESULTS,
};
use crate::content::validate::JsonDecoder;
use crate::domain::route::Route;
use crate::i18n::search::{sf, Word};
use crate::i18n::{t, Key, Lang};
use crate::platform;
use crate::platform::content::BrowserJson;
use crate::ui::state::{AppState, BodyState};

/// How long typing must pause before the live status says the new count (ms).
const STATUS_PAUSE_MS: u32 = 600;

/// A pack's index, as far as it has come.
#[derive(Debug, Clone)]
enum IndexState {
    Loading,
    Ready(Arc<SearchIndex>),
    /// The pack has no index (an older build): named, not searched.
    Missing,
    Failed(FetchError),
}

/// One pack's search: where its index is, what it is called, how far it has come.
#[derive(Debug, Clone)]
struct PackSearch {
    /// `search.json`'s path.
    path: String,
    /// The pack's folder, as its name in messages.
    name: String,
    state: IndexState,
}

/// Fetches and checks one index.
async fn load_index(path: &str) -> IndexState {
    match platform::content::fetch_text(
        path,
        platform::content::BODY_TIMEOUT_MS,
        platform::content::MAX_BODY_BYTES,
    )
    .await
    {
        Ok(text) => match BrowserJson.decode::<SearchIndex>(&text) {
            Ok(index) if index.check().is_ok() => IndexState::Ready(Arc::new(index)),
            _ => IndexState::Failed(FetchError::Unreadable),
        },
        Err(FetchError::Status(404 | 410, _)) => IndexState::Missing,
        Err(e) => IndexState::Failed(e),
    }
}

/// A result, with what its line shows.
#[derive(Debug, Clone)]
struct Hit {
    index: Arc<SearchIndex>,
    found: Found,
    entry: CatalogEntry,
}

impl PartialEq for Hit {
    fn eq(&self, other: &Self) -> bool {
        // The same index by identity: comparing two indexes word for word on every key press
        // would cost more than the search.
        Arc::ptr_eq(&self.index, &other.index)
            && self.found == other.found
            && self.entry.summary.id == other.entry.summary.id
    }
}

/// What the query gave across every ready pack.
#[derive(Debug, Clone, Default, PartialEq)]
struct Outcome {
    hits: Vec<Hit>,
    /// The query has words that count.
    has_words: bool,
    /// A word no ready pack uses.
    unknown: Option<String>,
}

fn run(state: AppState, packs: &[PackSearch], query: &str) -> Outcome {
    let typing = !query.ends_with(char::is_whitespace);
    let mut out = Outcome::default();
    let mut unknown_everywhere: Option<Vec<String>> = None;
    for pack in packs {
        let IndexState::Ready(index) = &pack.state else {
            continue;
        };
        let words = query_words(index, query, typing);
        out.has_words |= !words.is_empty();
        let unknown: Vec<String> = words
            .iter()
            .filter(|w| w.roots.is_empty())
            .map(|w| w.word.clone())
            .collect();
        unknown_everywhere = Some(match unknown_everywhere {
            None => unknown,
            Some(before) => before.into_iter().filter(|w| unknown.contains(w)).collect(),
        });
        for found in search(index, &words) {
            let Some(doc) = index.docs.get(found.doc) else {
                continue;
            };
            if let Some(entry) = state.entry(&doc.module) {
                out.hits.push(Hit {
                    index: index.clone(),
                    found,
                    entry,
                });
            }
        }
    }
    out.hits.truncate(MAX_RESULTS);
    out.unknown = unknown_everywhere.and_then(|u| u.into_iter().next());
    out
}

/// The address of a result's place.
fn href(hit: &Hit) -> String {
    let Some(doc) = hit.index.docs.get(hit.found.doc) else {
        return Route::Home.to_hash();
    };
    match &doc.lesson {
        Some(lesson) => {
            let page = crate::ui::links::lesson(&doc.module, lesson);
            match hit.found.anchor.checked_sub(1) {
                Some(block) => platform::place::with_param(&page, "blok", &block.to_string()),
                None => page,
            }
        }
        None => platform::place::with_param(
            &crate::ui::links::glossary(&doc.module),
            "istilah",
            &hit.found.anchor.to_string(),
        ),
    }
}

/// One result: module, lesson (or glossary), snippet.
fn result_view(state: AppState, lang: Lang, hit: Hit) -> impl IntoView {
    let doc = hit.index.docs.get(hit.found.doc).cloned();
    let summary = &hit.entry.summary;
    let title = match doc.as_ref().and_then(|d| d.lesson.as_ref()) {
        Some(l) => summary
            .lessons
            .iter()
            .find(|x| &x.id == l)
            .map_or_else(|| l.to_string(), |x| x.title.clone()),
        None => Word::Glossary.text(lang).to_owned(),
    };
    let module = summary.title.clone();
    let id = summary.id.clone();
    let link = href(&hit);
    let snippet = move || {
        let Some(BodyState::Ready(content)) = state.body(&id) else {
            return None;
        };
        let doc = doc.as_ref()?;
        let text = doc_text(&content.lessons, &content.glossary, doc, hit.found.anchor);
        let pieces = snippet(&hit.index, &text, &hit.found.roots)
            .into_iter()
            .map(|(text, marked)| {
                if marked {
                    view! { <mark>{text}</mark> }.into_any()
                } else {
                    text.into_any()
                }
            })
            .collect_view();
        Some(view! { <p class="result-snippet">{pieces}</p> })
    };
    view! {
        <li class="search-result">
            <p class="result-module">{module}</p>
            <h2 class="result-title"><a href=link>{title}</a></h2>
            {snippet}
        </li>
    }
}

/// The search page.
#[component]
pub fn SearchPage(
    /// UI language.
    lang: Lang,
) -> impl IntoView {
    let state = AppState::get();
    let start = platform::place::hash_param("q")
        .or_else(|| platform::query_param("q"))
        .unwrap_or_default();
    let query = RwSignal::new(start);
    let packs: RwSignal<Vec<PackSearch>> = RwSignal::new(Vec::new());
    let load = move |path: String| {
        leptos::task::spawn_local(async move {
            let next = load_index(&path).await;
            packs.try_update(|all| {
                if let Some(p) = all.iter_mut().find(|p| p.path == path) {
                    p.state = next;
                }
            });
        });
    };
    // Every pack the catalog has (a deployer's may come later), each index fetched once.
    Effect::new(move |_| {
        let paths: Vec<(String, String)> = state.catalog.with(|c| {
            let mut seen: Vec<(String, String)> = Vec::new();
            for e in c.iter().flat_map(|c| c.entries.iter()) {
                let path = e.search_path();
                if !seen.iter().any(|(p, _)| p == &path) {
                    seen.push((path, e.base.trim_end_matches('/').to_owned()));
                }
            }
            seen
        });
        for (path, name) in paths {
            let new = packs.with_untracked(|all| !all.iter().any(|p| p.path == path));
            if new {
                packs.update(|all| {
                    all.push(PackSearch {
                        path: path.clone(),
                        name,
                        state: IndexState::Loading,
                    });
                });
                load(path);
            }
        }
    });
    let outcome = Memo::new(move |_| {
        let q = query.get();
        if q.trim().is_empty() {
            return Outcome::default();
        }
        packs.with(|p| run(state, p, &q))
    });
    // The module files the snippets come from (already cached after one visit).
    Effect::new(move |_| {
        outcome.with(|o| {
            for hit in &o.hits {
                state.request_body(&hit.entry);
            }
        });
    });
    let loading = move || {
        packs.with(|p| p.is_empty() || p.iter().any(|p| matches!(p.state, IndexState::Loading)))
    };
    let status = move || {
        let q = query.get();
        let q = q.trim();
        if q.is_empty() {
            return String::new();
        }
        if loading() && outcome.with(|o| o.hits.is_empty()) {
            return Word::Loading.text(lang).to_owned();
        }
        outcome.with(|o| {
            let n = o.hits.len();
            if !o.has_words {
                Word::OnlyCommon.text(lang).to_owned()
            } else if let (0, Some(w)) = (n, &o.unknown) {
                sf(lang, Word::NotInCourse, &[w])
            } else if n == 0 {
                sf(lang, Word::NoneFound, &[&q])
            } else if n == 1 {
                sf(lang, Word::CountOne, &[&q])
            } else if n >= MAX_RESULTS {
                sf(lang, Word::CountMany, &[&n, &q])
            } else {
                sf(lang, Word::Count, &[&n, &q])
            }
        })
    };
    // The status is a live region: written on every keystroke, a screen reader would read a
    // count for each letter typed. It follows the status once typing has paused.
    let announced = RwSignal::new(String::new());
    let pending = StoredValue::new_local(None::<gloo::timers::callback::Timeout>);
    Effect::new(move |_| {
        let text = status();
        let wait = if text.is_empty() { 0 } else { STATUS_PAUSE_MS };
        let timer = gloo::timers::callback::Timeout::new(wait, move || {
            let _ = announced.try_set(text);
        });
        // Replacing the previous timer cancels it.
        pending.set_value(Some(timer));
    });
    let results = move || {
        outcome
            .get()
            .hits
            .into_iter()
            .map(|hit| result_view(state, lang, hit))
            .collect_view()
    };
    let notes = move || {
        packs
            .get()
            .into_iter()
            .filter_map(|p| match p.state {
                IndexState::Missing => Some(view! {
                    <p class="muted search-note">{sf(lang, Word::NoIndex, &[&p.name])}</p>
                }
                .into_any()),
                IndexState::Failed(e) => {
                    let path = p.path.clone();
                    Some(view! {
                        <div class="alert alert-error search-note" role="alert">
                            <p>{sf(lang, Word::IndexFailed, &[&p.name, &e.message(lang)])}</p>
                            <button class="button button-secondary" type="button" on:click=move |_| {
                                packs.update(|all| {
                                    if let Some(x) = all.iter_mut().find(|x| x.path == path) {
                                        x.state = IndexState::Loading;
                                    }
                                });
                                load(path.clone());
                            }>{Word::Retry.text(lang)}</button>
                        </div>
                    }
                    .into_any())
                }
                IndexState::Loading | IndexState::Ready(_) => None,
            })
            .collect_view()
    };
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        platform::place::replace_hash(&platform::place::with_param(
            &Route::Search.to_hash(),
            "q",
            value.trim(),
        ));
        query.set(value);
    };
    view! {
        <h1 id="page-title" tabindex="-1">{Word::Title.text(lang)}</h1>
        <p class="lead">{Word::Lead.text(lang)}</p>
        <form class="search-form" role="search" on:submit=|ev: leptos::ev::SubmitEvent| ev.prevent_default()>
            <label for="search-query">{t(lang, Key::SearchLabel)}</label>
            <div class="search-row">
                <input id="search-query" type="search" name="q" autocomplete="off" enterkeyhint="search"
                    prop:value=query.get_untracked() on:input=on_input />
                <button class="button" type="submit">{t(lang, Key::SearchButton)}</button>
            </div>
        </form>
        <p id="search-status" class="search-status" role="status">{move || announced.get()}</p>
        <ol class="search-results" id="search-results" aria-label=Word::Results.text(lang)>{results}</ol>
        {notes}
    }
}
