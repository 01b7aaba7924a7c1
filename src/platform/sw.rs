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

/// Registers `sw.js` (next to `index.html`, so its scope is the app's folder) and calls
/// `on_waiting` whenever a new version has installed and waits for the learner's consent.
pub fn register(on_waiting: impl Fn() + Clone + 'static) {
    let Some(container) = sw_container() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = JsFuture::from(container.register("sw.js")).await else {
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

/// How many of `paths` (relative to the page) are in the offline caches; `None` when the
/// browser has no Cache Storage here.
pub async fn cached_count(paths: &[String]) -> Option<usize> {
    let caches = web_sys::window()?.caches().ok()?;
    let mut n = 0;
    for path in paths {
        let options = web_sys::CacheQueryOptions::new();
        options.set_ignore_search(true);
        let found = JsFuture::from(caches.match_with_str_and_options(path, &options))
            .await
            .ok()?;
        if !found.is_undefined() {
            n += 1;
        }
    }
    Some(n)
}

/// Whether a service worker controls this page (offline use is possible).
#[must_use]
pub fn controlled() -> bool {
    sw_container().and_then(|c| c.controller()).is_some()
}
