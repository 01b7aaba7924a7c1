//! Loads content packs over HTTP: `packs.json`, each `pack.json`, and module files on demand.
//!
//! A pack that cannot be fetched or does not validate becomes a [`PackProblem`] naming it;
//! the other packs load as usual. Nothing here touches saved progress.

use futures::future::join_all;
use wasm_bindgen::JsCast;

use crate::content::catalog::{Catalog, CatalogEntry};
use crate::content::model::ModuleBody;
use crate::content::validate::{parse_module_body, parse_pack_index, parse_pack_list, JsonDecoder};
use crate::content::ContentError;

/// The list of packs the app reads at start, next to `index.html`.
pub const PACK_LIST: &str = "packs.json";

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

/// Fetches a text file relative to the page.
///
/// # Errors
/// A sentence (Indonesian) saying whether the server answered with an error or could not be
/// reached.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    let response = gloo_net::http::Request::get(path)
        .send()
        .await
        .map_err(|_| "tidak dapat dihubungi (periksa koneksi internet)".to_owned())?;
    if !response.ok() {
        return Err(format!(
            "server menjawab {} {}",
            response.status(),
            response.status_text()
        ));
    }
    response
        .text()
        .await
        .map_err(|_| "isi berkas tidak dapat dibaca".to_owned())
}

/// Summarises validation errors in one line: the first, and how many more.
#[must_use]
pub fn describe(errors: &[ContentError]) -> String {
    match errors {
        [] => String::new(),
        [one] => one.to_string(),
        [first, rest @ ..] => format!("{first} (dan {} masalah lain)", rest.len()),
    }
}

/// Like [`describe`], for a message shown next to `file` already.
fn describe_in(file: &str, errors: &[ContentError]) -> String {
    let first = match errors.first() {
        Some(e) if e.file == file => e.without_file(),
        Some(e) => e.to_string(),
        None => return String::new(),
    };
    match errors.len() {
        1 => first,
        n => format!("{first} (dan {} masalah lain)", n - 1),
    }
}

/// Loads `packs.json` and every pack it lists, concurrently.
pub async fn load_catalog() -> Catalog {
    let mut catalog = Catalog::default();
    let list = match fetch_text(PACK_LIST).await {
        Ok(text) => match parse_pack_list(&BrowserJson, PACK_LIST, &text) {
            Ok(list) => list,
            Err(errors) => {
                catalog.add_problem(PACK_LIST, describe_in(PACK_LIST, &errors));
                return catalog;
            }
        },
        Err(e) => {
            catalog.add_problem(PACK_LIST, e);
            return catalog;
        }
    };
    let fetched = join_all(list.packs.iter().map(|path| fetch_text(path))).await;
    for (path, result) in list.packs.iter().zip(fetched) {
        match result.map(|text| parse_pack_index(&BrowserJson, path, &text)) {
            Ok(Ok(index)) => catalog.add_pack(path, index),
            Ok(Err(errors)) => catalog.add_problem(path, describe_in(path, &errors)),
            Err(e) => catalog.add_problem(path, e),
        }
    }
    catalog
}

/// Fetches and validates a module's lessons, glossary and quiz pool.
///
/// # Errors
/// A sentence naming the file and the problem.
pub async fn load_body(entry: &CatalogEntry) -> Result<ModuleBody, String> {
    let path = entry.body_path();
    let text = fetch_text(&path)
        .await
        .map_err(|e| format!("{path}: {e}"))?;
    parse_module_body(&BrowserJson, &path, &text, &entry.summary)
        .map_err(|errors| describe(&errors))
}
