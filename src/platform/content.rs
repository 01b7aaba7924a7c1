//! Loads content packs over HTTP: `packs.json`, each `pack.json`, and module files on demand.
//!
//! A pack that cannot be fetched or does not validate becomes a [`PackProblem`] naming it;
//! the other packs load as usual. Every fetch has a time limit and a size cap (a stalled or
//! oversized pack is named and skipped). Nothing here touches saved progress.
//!
//! [`PackProblem`]: crate::content::catalog::PackProblem

use std::collections::BTreeMap;

use futures::stream::{FuturesUnordered, StreamExt};
use wasm_bindgen::JsCast;

use crate::content::catalog::{
    BodyError, Catalog, CatalogEntry, FetchError, Findings, ModuleContent, ProblemDetail,
    INLINE_PACKS_ID, PREFETCH_KEY,
};
use crate::content::checked::{Checked, LoadChecks};
use crate::content::model::{ModuleBody, PackIndex};
use crate::content::validate::{
    decode_module_body, decode_pack_index, parse_pack_list, JsonDecoder,
};
use crate::content::ContentError;

/// The list of packs the app reads at start, next to `index.html`.
pub const PACK_LIST: &str = crate::content::names::PACK_LIST;

/// [`JsonDecoder`] on the browser's own `JSON.parse` and `serde-wasm-bindgen`: no JSON parser
/// is compiled into the wasm (the benchmark showed `serde_json` at about 19 KB brotli).
#[derive(Debug, Clone, Copy, Default)]
pub struct BrowserJson;

impl JsonDecoder for BrowserJson {
    fn decode<T: serde::de::DeserializeOwned>(&self, text: &str) -> Result<T, String> {
        let value = js_sys::JSON::parse(text).map_err(|e| {
            e.dyn_ref::<js_sys::Error>().map_or_else(
                || "JSON tidak sah".to_owned(),
                |e| String::from(e.message()),
            )
        })?;
        serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
    }
}

/// Largest `packs.json` or `pack.json` the app reads (`content::names::CAPS`, which the service
/// worker applies too).
pub const MAX_LIST_BYTES: usize = crate::content::names::CAPS.list_bytes;
/// Largest module body the app reads (`content::names::CAPS`).
pub const MAX_BODY_BYTES: usize = crate::content::names::CAPS.body_bytes;
/// How long a list file may take in all, headers and body (a cached copy answers at once; this
/// bounds the first visit on a connection that accepts and never answers, or trickles).
pub const LIST_TIMEOUT_MS: u32 = 12_000;
/// How long a module body may take in all (2 MB at Slow 4G's 1.47 Mbit/s is about 11 s).
pub const BODY_TIMEOUT_MS: u32 = 20_000;

/// Fetches a text file relative to the page, within `timeout_ms` (headers and body together)
/// and at most `max_bytes` long.
///
/// Hand-written on the Streams API because no fetch wrapper we link (gloo-net) can cap a body
/// while it arrives: `response.text()` would first take all of a 5 MB file.
///
/// # Errors
/// [`FetchError`]: unreachable, too slow, too large, an error status, or not text.
pub async fn fetch_text(
    path: &str,
    timeout_ms: u32,
    max_bytes: usize,
) -> Result<String, FetchError> {
    let controller = web_sys::AbortController::new().map_err(|_| FetchError::Unreachable)?;
    let prefetched = take_prefetch(path);
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let flag = timed_out.clone();
    let abort = controller.clone();
    let abort_prefetch = prefetched.as_ref().map(|(_, a)| a.clone());
    // Dropped (cancelled) when this function returns. The limit counts from here, also for a
    // response the start-up script asked for earlier.
    let _timer = gloo::timers::callback::Timeout::new(timeout_ms, move || {
        flag.set(true);
        abort.abort();
        if let Some(a) = &abort_prefetch {
            a.abort();
        }
    });
    let late = |e: FetchError| {
        if timed_out.get() {
            FetchError::TimedOut(timeout_ms / 1000)
        } else {
            e
        }
    };
    // The start-up script's response if it has one (an error status is the host's answer and
    // is reported as such); if its fetch failed outright, once more on our own.
    let early = match prefetched {
        Some((promise, _)) => match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(r) => r.dyn_into::<web_sys::Response>().ok(),
            Err(_) if timed_out.get() => return Err(late(FetchError::Unreachable)),
            Err(_) => None,
        },
        None => None,
    };
    let response = match early {
        Some(r) => gloo_net::http::Response::from(r),
        None => gloo_net::http::Request::get(path)
            .abort_signal(Some(&controller.signal()))
            .send()
            .await
            .map_err(|_| late(FetchError::Unreachable))?,
    };
    if !response.ok() {
        return Err(FetchError::Status(
            response.status(),
            response.status_text(),
        ));
    }
    // Every file the app fetches is JSON or text: an HTML page in its place is a login page
    // (captive portal, expired SSO) or a host's catch-all, never the file.
    if response
        .headers()
        .get("content-type")
        .is_some_and(|t| t.to_ascii_lowercase().contains("text/html"))
    {
        controller.abort();
        return Err(FetchError::WebPage);
    }
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > max_bytes) {
        controller.abort();
        return Err(FetchError::TooLarge(max_bytes / 1024));
    }
    let Some(body) = response.body() else {
        return Ok(String::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = wasm_bindgen_futures::JsFuture::from(reader.read())
            .await
            .map_err(|_| late(FetchError::Unreadable))?;
        let done = js_sys::Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            break;
        }
        let value =
            js_sys::Reflect::get(&chunk, &"value".into()).map_err(|_| FetchError::Unreadable)?;
        let array: js_sys::Uint8Array = value.dyn_into().map_err(|_| FetchError::Unreadable)?;
        if bytes.len() + array.length() as usize > max_bytes {
            controller.abort();
            return Err(FetchError::TooLarge(max_bytes / 1024));
        }
        let start = bytes.len();
        bytes.resize(start + array.length() as usize, 0);
        array.copy_to(&mut bytes[start..]);
    }
    String::from_utf8(bytes).map_err(|_| FetchError::Unreadable)
}

/// The fetch of `path` that the start-up script (`content/boot.js`) began before the wasm
/// arrived, taken at most once: its response promise and its abort controller.
fn take_prefetch(path: &str) -> Option<(js_sys::Promise, web_sys::AbortController)> {
    let window = web_sys::window()?;
    let key = wasm_bindgen::JsValue::from_str(PREFETCH_KEY);
    let slot = js_sys::Reflect::get(&window, &key).ok()?;
    let field = |name: &str| js_sys::Reflect::get(&slot, &name.into()).ok();
    if field("url")?.as_string()? != path {
        return None;
    }
    let _ = js_sys::Reflect::delete_property(&window, &key);
    let response = field("response")?.dyn_into::<js_sys::Promise>().ok()?;
    let abort = field("abort")?
        .dyn_into::<web_sys::AbortController>()
        .ok()?;
    Some((response, abort))
}

/// Summarises validation errors: the first, and how many more.
#[must_use]
pub fn describe(errors: &[ContentError]) -> Findings {
    Findings {
        first: errors.first().map(ToString::to_string).unwrap_or_default(),
        more: errors.len().saturating_sub(1),
    }
}

/// Like [`describe`], for a message shown next to `file` already.
fn describe_in(file: &str, errors: &[ContentError]) -> Findings {
    let first = match errors.first() {
        Some(e) if e.file == file => e.without_file(),
        Some(e) => e.to_string(),
        None => String::new(),
    };
    Findings {
        first,
        more: errors.len().saturating_sub(1),
    }
}

/// The pack files the build wrote into `index.html` (`content::first_screen`): path → text,
/// exactly as the files. Empty when the page has none (a development page, a test page).
#[must_use]
pub fn inline_files() -> BTreeMap<String, String> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(INLINE_PACKS_ID))
        .and_then(|e| e.text_content())
        .and_then(|text| BrowserJson.decode(&text).ok())
        .unwrap_or_default()
}

/// The fingerprints of the content files the build checked (`content::checked`), from the
/// page's `<meta name="bimtek-checked">`; none when the page has none (a development page, a
/// test page, a launch page from an older build): every file is then checked here.
fn checked() -> &'static Checked {
    thread_local! {
        static CHECKED: &'static Checked = Box::leak(Box::new(
            web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| {
                    d.query_selector(&format!(
                        "meta[name=\"{}\"]",
                        crate::content::names::CHECKED_META
                    ))
                    .ok()
                    .flatten()
                })
                .and_then(|m| m.get_attribute("content"))
                .map(|c| Checked::parse(&c))
                .unwrap_or_default(),
        ));
    }
    CHECKED.with(|c| *c)
}

/// The catalog from the inlined files alone, without a request: when they hold `packs.json`
/// and every pack it lists, each one the build checked (`content::checked`; any other goes the
/// way of a fetched pack, which may need the validator's chunk).
#[must_use]
pub fn inline_catalog(files: &BTreeMap<String, String>) -> Option<Catalog> {
    let list = parse_pack_list(&BrowserJson, PACK_LIST, files.get(PACK_LIST)?).ok()?;
    let mut catalog = Catalog::default();
    for path in &list.packs {
        let text = files.get(path)?;
        if !checked().has(text) {
            return None;
        }
        let index = decode_pack_index(&BrowserJson, path, text).ok()?;
        catalog.add_pack(path, index);
    }
    Some(catalog)
}

/// A `pack.json`'s text as a checked index: decoded, and validated unless the build checked
/// this very text.
async fn pack_index(path: &str, text: &str, load: LoadChecks) -> Result<PackIndex, ProblemDetail> {
    let index = decode_pack_index(&BrowserJson, path, text)
        .map_err(|errors| ProblemDetail::Invalid(describe_in(path, &errors)))?;
    if !checked().has(text) {
        let checks = load().await.ok_or(ProblemDetail::Unchecked)?;
        let errors = (checks.pack_index)(path, &index);
        if !errors.is_empty() {
            return Err(ProblemDetail::Invalid(describe_in(path, &errors)));
        }
    }
    Ok(index)
}

/// A module file's text as a checked body: decoded, and validated against `entry`'s summary
/// unless the build checked this very text.
async fn module_body(
    path: &str,
    text: &str,
    entry: &CatalogEntry,
    load: LoadChecks,
) -> Result<ModuleBody, ProblemDetail> {
    let body = decode_module_body(&BrowserJson, path, text)
        .map_err(|errors| ProblemDetail::Invalid(describe(&errors)))?;
    if !checked().has(text) {
        let checks = load().await.ok_or(ProblemDetail::Unchecked)?;
        let errors = (checks.module_body)(path, &entry.summary, &body);
        if !errors.is_empty() {
            return Err(ProblemDetail::Invalid(describe(&errors)));
        }
    }
    Ok(body)
}

/// Loads `packs.json` and every pack it lists, concurrently. `on_update` gets the catalog
/// after `packs.json` and again each time a pack settles (loaded, refused or timed out), so
/// one slow pack never holds back the others; packs keep the order `packs.json` gives.
///
/// `inline` are the pack files written into the page at build time, and `shown` the catalog
/// already shown from them. Then `packs.json` is only checked: unchanged since the build,
/// or unreachable (offline, lie-fi), the shown catalog stands and nothing is updated; when
/// a deployer has changed it, the catalog is loaded from it, inlined packs without a request.
/// A `packs.json` that is refused keeps the shown modules next to the problem.
pub async fn load_catalog(
    inline: BTreeMap<String, String>,
    shown: Option<Catalog>,
    load: LoadChecks,
    on_update: impl Fn(Catalog),
) {
    let fetched = fetch_text(PACK_LIST, LIST_TIMEOUT_MS, MAX_LIST_BYTES).await;
    if shown.is_some() {
        match &fetched {
            Ok(text) if inline.get(PACK_LIST) == Some(text) => return,
            Err(FetchError::Unreachable | FetchError::TimedOut(_)) => return,
            _ => {}
        }
    }
    let mut catalog = shown.unwrap_or_default();
    let list = match fetched {
        Ok(text) => match parse_pack_list(&BrowserJson, PACK_LIST, &text) {
            Ok(list) => list,
            Err(errors) => {
                catalog.add_problem(
                    PACK_LIST,
                    ProblemDetail::Invalid(describe_in(PACK_LIST, &errors)),
                );
                on_update(catalog);
                return;
            }
        },
        Err(e) => {
            catalog.add_problem(PACK_LIST, ProblemDetail::Fetch(e));
            on_update(catalog);
            return;
        }
    };
    let mut settled: Vec<Option<Result<PackIndex, ProblemDetail>>> = vec![None; list.packs.len()];
    let build = |settled: &[Option<Result<PackIndex, ProblemDetail>>]| {
        let mut catalog = Catalog::default();
        for (path, result) in list.packs.iter().zip(settled) {
            match result {
                Some(Ok(index)) => catalog.add_pack(path, index.clone()),
                Some(Err(detail)) => catalog.add_problem(path, detail.clone()),
                None => catalog.pending.push(path.clone()),
            }
        }
        catalog
    };
    on_update(build(&settled));
    let mut jobs: FuturesUnordered<_> = list
        .packs
        .iter()
        .enumerate()
        .map(|(i, path)| {
            let inline = &inline;
            async move {
                let text = match inline.get(path) {
                    Some(text) => Ok(text.clone()),
                    None => fetch_text(path, LIST_TIMEOUT_MS, MAX_LIST_BYTES).await,
                };
                let result = match text {
                    Ok(text) => pack_index(path, &text, load).await,
                    Err(e) => Err(ProblemDetail::Fetch(e)),
                };
                (i, result)
            }
        })
        .collect();
    while let Some((i, result)) = jobs.next().await {
        if let Some(slot) = settled.get_mut(i) {
            *slot = Some(result);
        }
        on_update(build(&settled));
    }
}

/// Fetches and validates a module's lessons, glossary and quiz pool (`load` brings the
/// validator when the build did not check the file).
///
/// # Errors
/// [`BodyError`]: the file and why (fetch failure, the validator's findings, or a validator
/// that could not be loaded).
pub async fn load_body(entry: &CatalogEntry, load: LoadChecks) -> Result<ModuleContent, BodyError> {
    let path = entry.body_path();
    let body = match fetch_text(&path, BODY_TIMEOUT_MS, MAX_BODY_BYTES).await {
        Err(e) => Err(ProblemDetail::Fetch(e)),
        Ok(text) => module_body(&path, &text, entry, load).await,
    };
    body.map(ModuleContent::from)
        .map_err(|detail| BodyError { path, detail })
}
