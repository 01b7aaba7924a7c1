//! Clock, randomness, files and the storage-persistence request.

use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::quiz::Millis;

/// Unix time in milliseconds.
#[must_use]
pub fn now() -> Millis {
    #[allow(
        clippy::cast_possible_truncation,
        reason = "Date.now() is an integer well inside i64"
    )]
    let ms = js_sys::Date::now() as Millis;
    ms
}

/// The local time zone's offset from UTC in minutes, east positive (WIB = 420).
#[must_use]
pub fn tz_offset_minutes() -> i64 {
    #[allow(clippy::cast_possible_truncation, reason = "offsets are whole minutes")]
    let offset = -(js_sys::Date::new_0().get_timezone_offset() as i64);
    offset
}

/// Now, with the learner's own calendar day (the review queue counts days so).
#[must_use]
pub fn today() -> crate::domain::review::Today {
    crate::domain::review::Today::new(now(), tz_offset_minutes())
}

/// Opens the browser's print dialog (where the learner can also save a PDF).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Opens the print dialog and runs `after` once printing is over (`afterprint`: at once on
/// desktop browsers, where `print()` waits for the dialog; later on Android's).
pub fn print_then(after: impl FnOnce() + 'static) {
    let Some(w) = web_sys::window() else {
        return;
    };
    gloo::events::EventListener::once(&w, "afterprint", move |_| after()).forget();
    let _ = w.print();
}

/// 32 random bits (not for secrets: shuffles and ids).
#[must_use]
pub fn random_u32() -> u32 {
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "Math.random() is in [0, 1)"
    )]
    let n = (js_sys::Math::random() * 4_294_967_296.0) as u32;
    n
}

/// Why a file could not be offered or read. The browser's own detail goes to the console;
/// the learner gets [`DeviceError::message`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceError {
    /// The browser refused to make or start the download.
    DownloadRefused,
    /// The chosen file could not be read, or is not text.
    FileUnreadable,
    /// The value could not be turned into JSON.
    EncodeFailed,
}

impl DeviceError {
    /// The message in `lang`.
    #[must_use]
    pub fn message(self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::{t, Key};
        t(
            lang,
            match self {
                Self::DownloadRefused => Key::DeviceDownloadRefused,
                Self::FileUnreadable => Key::DeviceFileUnreadable,
                Self::EncodeFailed => Key::DeviceEncodeFailed,
            },
        )
    }

    /// Logs the browser's detail and returns `self`.
    fn logged(self, detail: &wasm_bindgen::JsValue) -> Self {
        web_sys::console::error_2(&format!("{self:?}").into(), detail);
        self
    }
}

/// Offers `text` as a file download called `name`.
///
/// # Errors
/// [`DeviceError::DownloadRefused`] when the browser refuses.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), DeviceError> {
    let err = |e: wasm_bindgen::JsValue| DeviceError::DownloadRefused.logged(&e);
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(err)?;
    save_blob(&blob, name)
}

/// Offers `bytes` as a file download called `name` of type `mime` (a spreadsheet).
///
/// # Errors
/// [`DeviceError::DownloadRefused`] when the browser refuses.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> Result<(), DeviceError> {
    let err = |e: wasm_bindgen::JsValue| DeviceError::DownloadRefused.logged(&e);
    let array = js_sys::Uint8Array::new_with_length(
        u32::try_from(bytes.len()).map_err(|_| DeviceError::DownloadRefused)?,
    );
    array.copy_from(bytes);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    // The sequence binding the text download already uses: a Blob takes typed arrays too.
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&array), &options)
            .map_err(err)?;
    save_blob(&blob, name)
}

/// Offers `blob` as a file download called `name`.
///
/// # Errors
/// [`DeviceError::DownloadRefused`] when the browser refuses.
pub fn save_blob(blob: &web_sys::Blob, name: &str) -> Result<(), DeviceError> {
    let err = |e: wasm_bindgen::JsValue| DeviceError::DownloadRefused.logged(&e);
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(err)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(DeviceError::DownloadRefused)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").map_err(err)?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Reads a chosen file as text.
///
/// # Errors
/// [`DeviceError::FileUnreadable`] when the file cannot be read as text.
pub async fn read_file(file: &web_sys::File) -> Result<String, DeviceError> {
    let text = JsFuture::from(file.text())
        .await
        .map_err(|e| DeviceError::FileUnreadable.logged(&e))?;
    text.as_string().ok_or(DeviceError::FileUnreadable)
}

/// Asks the browser to keep this site's storage (`navigator.storage.persist()`).
/// `Some(granted)`, or `None` when the browser has no such API.
pub async fn request_persistence() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    let promise = storage.persist().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// The JSON text of `value` (`JSON.stringify` of its serde-wasm-bindgen form), indented.
///
/// # Errors
/// [`DeviceError::EncodeFailed`] when the value cannot be converted.
pub fn to_json<T: Serialize>(value: &T) -> Result<String, DeviceError> {
    let js = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| DeviceError::EncodeFailed.logged(&e.into()))?;
    let text = js_sys::JSON::stringify_with_replacer_and_space(
        &js,
        &wasm_bindgen::JsValue::NULL,
        &2.into(),
    )
    .map_err(|e| DeviceError::EncodeFailed.logged(&e))?;
    text.as_string().ok_or(DeviceError::EncodeFailed)
}

/// `value` as JSON on one line (no indentation: a file a learner sends, kept small).
///
/// # Errors
/// [`DeviceError::EncodeFailed`] when the value cannot be turned into JSON.
pub fn to_json_line<T: Serialize>(value: &T) -> Result<String, DeviceError> {
    let js = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| DeviceError::EncodeFailed.logged(&e.into()))?;
    let text = js_sys::JSON::stringify(&js).map_err(|e| DeviceError::EncodeFailed.logged(&e))?;
    text.as_string().ok_or(DeviceError::EncodeFailed)
}

/// `localStorage` key mirroring the eviction marker of database `db` (see `ui::state`):
/// `<db>:progress-since`, so the device's is `bimtek-mandiri:progress-since` as it always was,
/// and a launched actor's database has its own (a new actor's empty database is not "evicted").
fn marker_key(db: &str) -> String {
    format!("{db}:progress-since")
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The eviction marker of database `db` kept in `localStorage`, if any.
#[must_use]
pub fn local_marker(db: &str) -> Option<Millis> {
    local_storage()?
        .get_item(&marker_key(db))
        .ok()??
        .parse()
        .ok()
}

/// Keeps the eviction marker of database `db` in `localStorage` (silently skipped when it is
/// unavailable).
pub fn set_local_marker(db: &str, marker: Millis) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(&marker_key(db), &marker.to_string());
    }
}

/// Forgets the eviction marker of database `db` (the learner dismissed the eviction notice).
pub fn clear_local_marker(db: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(&marker_key(db));
    }
}

/// `navigator.storage.persisted()`: whether the browser already keeps this site's data;
/// `None` when the browser has no such API.
pub async fn persisted() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    let promise = storage.persisted().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}
