//! The app's other databases on this device (issue 27, item 3): a launched learner's store
//! whose tab closed with statements still waiting, or the device's own. Split from `lrs.rs`
//! (one concern per file); only the LRS engine's chunk calls it.

use wasm_bindgen::{JsCast, JsValue};

/// The names of this app's IndexedDB databases on this origin — the device's
/// (`storage::schema::DB_NAME`) and every launched learner's (`schema::actor_db_name`) — other
/// than `own`, from `indexedDB.databases()`. Empty where the browser has no such call (it is
/// read through `Reflect`, as web-sys offers it only behind its unstable APIs).
pub async fn other_stores(own: Option<&str>) -> Vec<String> {
    use crate::storage::schema::{actor_db_name, DB_NAME};
    let Some(factory) = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()) else {
        return Vec::new();
    };
    let call = js_sys::Reflect::get(&factory, &JsValue::from_str("databases"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&factory).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = call else {
        return Vec::new();
    };
    let Ok(list) = wasm_bindgen_futures::JsFuture::from(promise).await else {
        return Vec::new();
    };
    let learners = actor_db_name("");
    js_sys::Array::from(&list)
        .iter()
        .filter_map(|info| {
            js_sys::Reflect::get(&info, &JsValue::from_str("name"))
                .ok()?
                .as_string()
        })
        .filter(|name| name == DB_NAME || name.starts_with(&learners))
        .filter(|name| Some(name.as_str()) != own)
        .collect()
}
