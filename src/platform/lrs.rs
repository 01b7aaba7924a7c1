//! The browser side of xAPI to an LRS: the launch parameters in the page URL, the
//! deployment's `lrs.json`, the page's CSP, and the one `PUT` that sends a statement.
//!
//! Invariants: the launch parameters are taken out of the address bar as soon as they are
//! read (`history.replaceState`), so credentials do not stay in the history, a bookmark or a
//! shared link; they are kept for this tab only (`sessionStorage`, so a reload keeps the
//! launch). Nothing here logs a credential; requests to an LRS carry no cookies.

use wasm_bindgen::JsValue;

use crate::domain::lrs::outbox::{Queued, Reply};
use crate::domain::lrs::target::LAUNCH_KEYS;
use crate::domain::lrs::LaunchError;
use crate::domain::lrs::Target;
use crate::json::JsonDecoder;
use crate::platform::content::{fetch_text, BrowserJson};

mod actor;
mod stores;
pub use actor::actor_fields;
pub use stores::other_stores;

/// The deployment's LRS setting, next to `index.html` (docs/lrs.md).
pub const CONFIG_FILE: &str = "lrs.json";
/// Largest `lrs.json` read.
const MAX_CONFIG_BYTES: usize = 16 * 1024;
/// How long `lrs.json` may take (the service worker answers from its cache at once).
const CONFIG_TIMEOUT_MS: u32 = 12_000;
/// How long one `PUT` may take, answer included.
const SEND_TIMEOUT_MS: u32 = 30_000;
/// Most of an LRS's answer kept (its reason is cut shorter still).
const MAX_REPLY_CHARS: usize = 4096;
/// `sessionStorage` key of this tab's launch parameters.
const SESSION_KEY: &str = "bimtek-mandiri:launch";

/// Where the launch parameters were found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaunchFrom {
    /// In the page URL now (a new launch).
    Url,
    /// Kept from an earlier load of this tab (a reload after a launch).
    Session,
}

/// The launch parameters of this tab as `(key, value)` pairs (only the five launch keys),
/// and where they came from; `None` when this tab was not launched.
///
/// They are read from the query string and — because `mod_tincanlaunch` appends its query to
/// the launch URL as written, so a launch URL with `#/modul/<id>` gets them after the hash
/// — from a `?…` or `&…` tail of the hash. Then they are removed from the address bar, and
/// kept in `sessionStorage` for reloads of this tab. Call before the route is read.
#[must_use]
pub fn take_launch() -> Option<(Vec<(String, String)>, LaunchFrom)> {
    let window = web_sys::window()?;
    let location = window.location();
    let search = location.search().ok().unwrap_or_default();
    let hash = location.hash().ok().unwrap_or_default();
    let query = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    let (route, tail) = match hash.find(['?', '&']) {
        Some(i) => (&hash[..i], &hash[i + 1..]),
        None => (hash.as_str(), ""),
    };
    let hash_query = web_sys::UrlSearchParams::new_with_str(tail).ok()?;
    let mut pairs = Vec::new();
    for params in [&query, &hash_query] {
        for key in LAUNCH_KEYS {
            for value in params.get_all(key).iter() {
                pairs.push((key.to_owned(), value.as_string().unwrap_or_default()));
            }
        }
    }
    if pairs.is_empty() {
        let kept = session_storage()?.get_item(SESSION_KEY).ok()??;
        let pairs: Vec<(String, String)> = BrowserJson.decode(&kept).ok()?;
        return Some((pairs, LaunchFrom::Session));
    }
    for key in LAUNCH_KEYS {
        query.delete(key);
        hash_query.delete(key);
    }
    let rest = |p: &web_sys::UrlSearchParams| String::from(p.to_string());
    let (search, tail) = (rest(&query), rest(&hash_query));
    let clean = format!(
        "{}{}{}{}",
        location.pathname().ok().unwrap_or_default(),
        if search.is_empty() {
            String::new()
        } else {
            format!("?{search}")
        },
        route,
        if tail.is_empty() {
            String::new()
        } else {
            format!("?{tail}")
        },
    );
    let _ = window
        .history()
        .and_then(|h| h.replace_state_with_url(&JsValue::NULL, "", Some(&clean)));
    if let Some(storage) = session_storage() {
        let list = js_sys::Array::new();
        for (k, v) in &pairs {
            list.push(&js_sys::Array::of2(&k.into(), &v.into()));
        }
        if let Ok(text) = js_sys::JSON::stringify(&list) {
            let _ = storage.set_item(SESSION_KEY, &String::from(text));
        }
    }
    Some((pairs, LaunchFrom::Url))
}

/// True when the hash carries launch parameters (a launch link opened in a tab that already
/// shows the app changes only the hash: the page must load again to take them).
#[must_use]
pub fn hash_has_launch() -> bool {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    hash.find(['?', '&']).is_some_and(|i| {
        web_sys::UrlSearchParams::new_with_str(&hash[i + 1..])
            .is_ok_and(|p| LAUNCH_KEYS.iter().any(|k| p.has(k)))
    })
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The deployment's `lrs.json` as text; `None` when it is not there (deleted, unreachable, or
/// the host's page for unknown paths).
pub async fn config_text() -> Option<String> {
    match fetch_text(CONFIG_FILE, CONFIG_TIMEOUT_MS, MAX_CONFIG_BYTES).await {
        // A host that answers unknown paths with its HTML page has no lrs.json.
        Ok(text) if text.trim_start().starts_with('<') => None,
        Ok(text) => Some(text),
        Err(_) => None,
    }
}

/// Whether `lrs.json`'s text may set an LRS, read without the engine: everything but a JSON
/// object whose `endpoint` is `null` or absent (as built). A file that does not parse may be
/// a deployer's mistake, which only the engine names, so it counts as "may".
#[must_use]
pub fn config_may_set_lrs(text: &str) -> bool {
    let Ok(value) = js_sys::JSON::parse(text) else {
        return true;
    };
    if !value.is_object() {
        return true;
    }
    js_sys::Reflect::get(&value, &JsValue::from_str("endpoint"))
        .map_or(true, |e| !(e.is_null() || e.is_undefined()))
}

/// The LRS `lrs.json`'s text sets: `Ok(None)` when it sets none (as built: `"endpoint":
/// null`), the LRS when it is valid.
///
/// # Errors
/// [`LaunchError`] when the file is refused (the deployer must fix it).
pub fn parse_config(text: &str) -> Result<Option<Target>, LaunchError> {
    crate::domain::lrs::parse_config(text, &BrowserJson)
}

/// The page's own origin (`https://host[:port]`).
#[must_use]
pub fn page_origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The page's Content-Security-Policy, from its `<meta http-equiv>` (none: no policy).
#[must_use]
pub fn page_policy() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[http-equiv='Content-Security-Policy' i]")
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default()
}

/// A statement as compact JSON (the bytes stored and sent).
///
/// # Errors
/// The serializer's words, when the value cannot be written as JSON.
pub fn to_compact_json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    let js = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| e.to_string())?;
    js_sys::JSON::stringify(&js)
        .map(String::from)
        .map_err(|_| "JSON".to_owned())
}

/// Sends one statement: `PUT <endpoint>statements?statementId=<id>` with its stored bytes,
/// `X-Experience-API-Version: 1.0.3`, `Content-Type: application/json` and its
/// `Authorization`, without cookies, within a time limit. Never fails: what happened is the
/// [`Reply`].
pub async fn send(item: &Queued) -> Reply {
    let Ok(endpoint) = crate::domain::lrs::Endpoint::parse(&item.endpoint) else {
        return Reply::Status {
            status: 400,
            retry_after: None,
            body: format!("endpoint tidak sah: {}", item.endpoint),
        };
    };
    let Ok(controller) = web_sys::AbortController::new() else {
        return Reply::Network("AbortController".to_owned());
    };
    let abort = controller.clone();
    // Dropped (cancelled) when this function returns.
    let _timer = gloo::timers::callback::Timeout::new(SEND_TIMEOUT_MS, move || abort.abort());
    let mut request = gloo_net::http::Request::put(&endpoint.statement_url(&item.statement_id))
        .header("X-Experience-API-Version", "1.0.3")
        .header("Content-Type", "application/json")
        .credentials(web_sys::RequestCredentials::Omit)
        .cache(web_sys::RequestCache::NoStore)
        .abort_signal(Some(&controller.signal()));
    if let Some(auth) = &item.auth {
        request = request.header("Authorization", auth);
    }
    let request = match request.body(item.body.as_str()) {
        Ok(r) => r,
        Err(e) => return Reply::Network(network_words(&e)),
    };
    let response = match request.send().await {
        Ok(r) => r,
        Err(e) => return Reply::Network(network_words(&e)),
    };
    let status = response.status();
    let retry_after = response.headers().get("retry-after");
    let mut body = response.text().await.unwrap_or_default();
    if body.chars().count() > MAX_REPLY_CHARS {
        body = body.chars().take(MAX_REPLY_CHARS).collect();
    }
    Reply::Status {
        status,
        retry_after,
        body,
    }
}

/// The browser's words for a failed request (no URL, so nothing of the launch shows; not
/// `to_string`, whose other variants would link `serde_json`'s error texts into the wasm).
fn network_words(e: &gloo_net::Error) -> String {
    match e {
        gloo_net::Error::JsError(js) => js.message.clone(),
        _ => "fetch".to_owned(),
    }
}

/// Runs `on_online` each time the browser says the network is back.
pub fn on_online(on_online: impl Fn() + 'static) {
    if let Some(window) = web_sys::window() {
        gloo::events::EventListener::new(&window, "online", move |_| on_online()).forget();
    }
}

/// A future that resolves after `ms` (its timer is cancelled when it is dropped).
#[derive(Debug)]
pub struct Sleep {
    _timer: gloo::timers::callback::Timeout,
    done: futures::channel::oneshot::Receiver<()>,
}

impl std::future::Future for Sleep {
    type Output = ();
    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<()> {
        std::pin::Pin::new(&mut self.done).poll(cx).map(|_| ())
    }
}

/// Resolves after `ms`.
#[must_use]
pub fn sleep(ms: u32) -> Sleep {
    let (done, rx) = futures::channel::oneshot::channel::<()>();
    Sleep {
        _timer: gloo::timers::callback::Timeout::new(ms, move || {
            let _ = done.send(());
        }),
        done: rx,
    }
}

/// Logs `text` to the console as information (never with credentials).
pub fn log_info(text: &str) {
    web_sys::console::info_1(&text.into());
}

/// What the module sessions of an LRS (`ui/lrs/sessions.rs`) hear from the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageEvent {
    /// The hash route changed.
    Route,
    /// The page became hidden (`visibilitychange`).
    Hidden,
    /// The page became visible again.
    Visible,
    /// The page goes away (`pagehide`: closed, navigated away, or into the back/forward cache).
    Gone,
    /// The page came back from the back/forward cache (`pageshow`, persisted).
    Back,
}

/// Runs `on` for each [`PageEvent`], for the rest of the page's life.
pub fn on_page_events(on: impl Fn(PageEvent) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on = std::rc::Rc::new(on);
    let listen = |name: &'static str, f: Box<dyn Fn(&web_sys::Event)>| {
        gloo::events::EventListener::new(&window, name, move |e| f(e)).forget();
    };
    let o = on.clone();
    listen("hashchange", Box::new(move |_| o(PageEvent::Route)));
    let o = on.clone();
    listen(
        "visibilitychange",
        Box::new(move |_| {
            o(if crate::platform::page_hidden() {
                PageEvent::Hidden
            } else {
                PageEvent::Visible
            });
        }),
    );
    let o = on.clone();
    listen("pagehide", Box::new(move |_| o(PageEvent::Gone)));
    listen(
        "pageshow",
        Box::new(move |e| {
            let persisted = wasm_bindgen::JsCast::dyn_ref::<web_sys::PageTransitionEvent>(e)
                .is_some_and(web_sys::PageTransitionEvent::persisted);
            if persisted {
                on(PageEvent::Back);
            }
        }),
    );
}
