//! The service worker from the page's side: registration, "a new version is waiting",
//! applying it when the learner agrees, and what is available offline.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn sw_container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent on plain http (not localhost) and in some embedded browsers.
    let present =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    present.then(|| navigator.service_worker())
}

/// How often a tab that stays open (a hash-routed app never navigates, so the browser never
/// checks on its own) asks for a new version when it becomes visible again.
const UPDATE_CHECK_EVERY_MS: f64 = 60.0 * 60.0 * 1000.0;

/// Registers `sw.js` (next to `index.html`, so its scope is the app's folder) and calls
/// `on_waiting` whenever a new version has installed and waits for the learner's consent.
///
/// `updateViaCache: 'none'`: a host that caches static files (`Cache-Control: max-age=86400`
/// on `sw.js` too) cannot hold an update back. A tab kept open for days asks for an update
/// when it becomes visible again (at most hourly) and when the device comes back online.
pub fn register(on_waiting: impl Fn() + Clone + 'static) {
    let Some(container) = sw_container() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let options = web_sys::RegistrationOptions::new();
        options.set_update_via_cache(web_sys::ServiceWorkerUpdateViaCache::None);
        let Ok(reg) = JsFuture::from(container.register_with_options("sw.js", &options)).await
        else {
            return;
        };
        // Some environments resolve without a registration (blocked workers): nothing to do.
        let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        let has_controller = move || sw_container().and_then(|c| c.controller()).is_some();
        if reg.waiting().is_some() && has_controller() {
            on_waiting();
        }
        check_for_updates(&reg);
        let reg2 = reg.clone();
        EventListener::new(&reg, "updatefound", move |_| {
            let Some(worker) = reg2.installing() else {
                return;
            };
            let w = worker.clone();
            let on_waiting = on_waiting.clone();
            EventListener::new(&worker, "statechange", move |_| {
                if w.state() == web_sys::ServiceWorkerState::Installed && has_controller() {
                    on_waiting();
                }
            })
            .forget();
        })
        .forget();
    });
}

/// Asks `reg` for an update when the page becomes visible (at most every
/// [`UPDATE_CHECK_EVERY_MS`]) and whenever the device comes back online. A failed check (offline,
/// a login page) changes nothing: the running version stays.
fn check_for_updates(reg: &web_sys::ServiceWorkerRegistration) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let last = std::rc::Rc::new(std::cell::Cell::new(js_sys::Date::now()));
    let update = |reg: &web_sys::ServiceWorkerRegistration| {
        if let Ok(p) = reg.update() {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = JsFuture::from(p).await;
            });
        }
    };
    let (r, seen) = (reg.clone(), last.clone());
    EventListener::new(&window, "visibilitychange", move |_| {
        let visible = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| !d.hidden());
        let now = js_sys::Date::now();
        if visible && now - seen.get() >= UPDATE_CHECK_EVERY_MS {
            seen.set(now);
            update(&r);
        }
    })
    .forget();
    let r = reg.clone();
    EventListener::new(&window, "online", move |_| {
        last.set(js_sys::Date::now());
        update(&r);
    })
    .forget();
}

/// Lets the waiting version take over, then reloads once it controls the page. Progress is
/// in IndexedDB, so nothing is lost by the reload.
pub fn apply_update() {
    let Some(container) = sw_container() else {
        return;
    };
    EventListener::once(&container, "controllerchange", |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    })
    .forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        if let Some(waiting) = reg.waiting() {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"skip-waiting".into());
            let _ = waiting.post_message(&message);
        }
    });
}

/// Asks the controlling service worker a question (`type`, with `paths`) over a
/// `MessageChannel` and returns the `missing` list it answers; `None` without a controlling
/// worker or when it does not answer.
async fn ask_worker(
    worker: &web_sys::ServiceWorker,
    kind: &str,
    paths: &[String],
) -> Option<Vec<String>> {
    let channel = web_sys::MessageChannel::new().ok()?;
    let message = js_sys::Object::new();
    js_sys::Reflect::set(&message, &"type".into(), &kind.into()).ok()?;
    let list: js_sys::Array = paths.iter().map(|p| JsValue::from_str(p)).collect();
    js_sys::Reflect::set(&message, &"paths".into(), &list).ok()?;
    let port = channel.port1();
    let answer = js_sys::Promise::new(&mut |resolve, _reject| {
        let handler =
            wasm_bindgen::closure::Closure::once_into_js(move |event: web_sys::MessageEvent| {
                let _ = resolve.call1(&JsValue::NULL, &event.data());
            });
        port.set_onmessage(Some(handler.unchecked_ref()));
    });
    let transfer = js_sys::Array::of1(&channel.port2());
    worker
        .post_message_with_transferable(&message, &transfer)
        .ok()?;
    let data = JsFuture::from(answer).await.ok()?;
    let missing = js_sys::Reflect::get(&data, &"missing".into()).ok()?;
    let missing: js_sys::Array = missing.dyn_into().ok()?;
    Some(missing.iter().filter_map(|v| v.as_string()).collect())
}

/// Which of `paths` (relative to the page) this version's offline caches do NOT hold, as the
/// service worker itself sees it; `None` when no worker controls the page.
pub async fn offline_missing(paths: &[String]) -> Option<Vec<String>> {
    let worker = sw_container()?.controller()?;
    ask_worker(&worker, "offline-status", paths).await
}

/// Asks the worker to fetch into its cache whatever of `paths` it lacks (deployer packs'
/// module files, which the build's precache cannot list), so that every module opens offline
/// after one visit. Returns what is still missing.
pub async fn warm(paths: &[String]) -> Option<Vec<String>> {
    // `ready` resolves once a worker is active, also on the very first visit, before it
    // controls the page.
    let ready = JsFuture::from(sw_container()?.ready().ok()?).await.ok()?;
    let reg: web_sys::ServiceWorkerRegistration = ready.dyn_into().ok()?;
    let worker = reg.active()?;
    ask_worker(&worker, "warm", paths).await
}

/// Calls `on_update` whenever the worker reports newer course material than it served.
pub fn on_content_updated(on_update: impl Fn() + 'static) {
    let Some(container) = sw_container() else {
        return;
    };
    EventListener::new(&container, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let kind = js_sys::Reflect::get(&event.data(), &"type".into()).ok();
        if kind.and_then(|k| k.as_string()).as_deref() == Some("content-updated") {
            on_update();
        }
    })
    .forget();
}

/// Whether a service worker controls this page (offline use is possible).
#[must_use]
pub fn controlled() -> bool {
    sw_container().and_then(|c| c.controller()).is_some()
}
