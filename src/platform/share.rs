//! Sharing the completion record (issue 30, finding 6): a PNG picture of it through the Web
//! Share API (`navigator.share` with a file, for `WhatsApp` and the like); a text summary where
//! the browser shares no files; a download of the picture where it cannot share at all.
//!
//! The trainer's report (issue 27, item 1) goes the same way as a file ([`share_file`]).
//!
//! Invariant: nothing here runs but on the learner's own press of "Bagikan" (or "Kirim ke
//! pelatih"), and what it hands
//! over goes only to the app the learner picks in the system's share sheet (or to their own
//! Downloads folder). `navigator.share`/`canShare` are read through `Reflect`: web-sys lists
//! them as unstable APIs.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::record::{share_text, wrap_rows, ShareLine};

/// What became of a share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shared {
    /// The picture went to the app the learner chose.
    File,
    /// The text summary went (the browser shares no files).
    Text,
    /// No sharing here: the picture (or the text, if no picture could be drawn) was downloaded
    /// under this name.
    Downloaded(String),
    /// The learner closed the share sheet.
    Cancelled,
}

/// The record could be neither shared nor downloaded (details in the console).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShareError;

/// Shares the record given as `lines`, named `title`; `stem` names the files
/// (`<stem>.png`, `<stem>.txt`).
///
/// # Errors
/// [`ShareError`] when the browser refused both the share and the download.
pub async fn share_record(
    lines: &[ShareLine],
    title: &str,
    stem: &str,
) -> Result<Shared, ShareError> {
    let text = share_text(lines);
    let png_name = format!("{stem}.png");
    let picture = picture(lines, &png_name);
    let navigator = web_sys::window().ok_or(ShareError)?.navigator();
    let share = js_sys::Reflect::get(&navigator, &"share".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(share) = share {
        if let Some(file) = &picture {
            let data = share_data(title, &text, Some(file));
            if can_share(&navigator, &data) {
                match share_call(&share, &navigator, &data).await {
                    Ok(done) => return Ok(done.unwrap_or(Shared::File)),
                    Err(e) => log(&e),
                }
            }
        }
        match share_call(&share, &navigator, &share_data(title, &text, None)).await {
            Ok(done) => return Ok(done.unwrap_or(Shared::Text)),
            Err(e) => log(&e),
        }
    }
    // No sharing here (a desktop browser, an old Android WebView): the learner's own copy.
    if let Some(file) = picture {
        super::device::save_blob(file.unchecked_ref(), &png_name)
            .map(|()| Shared::Downloaded(png_name))
            .map_err(|_| ShareError)
    } else {
        let name = format!("{stem}.txt");
        super::device::download(&name, "text/plain", &text)
            .map(|()| Shared::Downloaded(name))
            .map_err(|_| ShareError)
    }
}

/// Shares a file the learner made (the report for the trainer, `name` ending in `.json`):
/// as it is where the browser shares such files; as the same text in a `.txt` file where it
/// shares only some kinds of file (Chrome on Android shares no JSON file, but `WhatsApp`
/// takes a text file); downloaded where it shares no files at all. `title` and `text` go
/// with it to the share sheet.
///
/// # Errors
/// [`ShareError`] when the browser refused both the share and the download.
pub async fn share_file(
    name: &str,
    mime: &str,
    contents: &str,
    title: &str,
    text: &str,
) -> Result<Shared, ShareError> {
    let navigator = web_sys::window().ok_or(ShareError)?.navigator();
    let share = js_sys::Reflect::get(&navigator, &"share".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(share) = share {
        let as_text = format!("{}.txt", name.strip_suffix(".json").unwrap_or(name));
        for (file_name, file_type) in [(name, mime), (as_text.as_str(), "text/plain")] {
            let Some(file) = text_file(contents, file_name, file_type) else {
                continue;
            };
            let data = share_data(title, text, Some(&file));
            if can_share(&navigator, &data) {
                match share_call(&share, &navigator, &data).await {
                    Ok(done) => return Ok(done.unwrap_or(Shared::File)),
                    Err(e) => log(&e),
                }
            }
        }
    }
    super::device::download(name, mime, contents)
        .map(|()| Shared::Downloaded(name.to_owned()))
        .map_err(|_| ShareError)
}

/// `new File([contents], name, {type})`.
fn text_file(contents: &str, name: &str, mime: &str) -> Option<JsValue> {
    let options = js_sys::Object::new();
    set(&options, "type", &mime.into());
    let file = get(&web_sys::window()?.into(), "File")?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let args: js_sys::Array = [
        JsValue::from(js_sys::Array::of1(&contents.into())),
        name.into(),
        options.into(),
    ]
    .iter()
    .collect();
    js_sys::Reflect::construct(&file, &args).ok()
}

fn log(e: &JsValue) {
    web_sys::console::warn_2(&"share failed".into(), e);
}

/// `{title, text, files?}` for `navigator.share`.
fn share_data(title: &str, text: &str, file: Option<&JsValue>) -> JsValue {
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"text".into(), &text.into());
    if let Some(file) = file {
        let _ = js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(file));
    }
    data.into()
}

/// `navigator.canShare(data)`; false where the browser has no `canShare` (it then shares no
/// files either).
fn can_share(navigator: &web_sys::Navigator, data: &JsValue) -> bool {
    js_sys::Reflect::get(navigator, &"canShare".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(navigator, data).ok())
        .and_then(|r| r.as_bool())
        .unwrap_or(false)
}

/// Calls `navigator.share(data)`: `Ok(None)` once shared, `Ok(Some(Cancelled))` when the
/// learner closed the sheet (`AbortError`), `Err` when the browser refused.
async fn share_call(
    share: &js_sys::Function,
    navigator: &web_sys::Navigator,
    data: &JsValue,
) -> Result<Option<Shared>, JsValue> {
    let promise: js_sys::Promise = share.call1(navigator, data)?.dyn_into()?;
    match JsFuture::from(promise).await {
        Ok(_) => Ok(None),
        Err(e) => {
            let name = js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string());
            if name.as_deref() == Some("AbortError") {
                Ok(Some(Shared::Cancelled))
            } else {
                Err(e)
            }
        }
    }
}

/// Picture width in CSS pixels (a phone screen's width at 3× density).
const WIDTH: f64 = 1080.0;
/// Margin left, right and below the text.
const MARGIN: f64 = 64.0;
/// Space above the first line (below the brand's band).
const TOP: f64 = 24.0;

/// Font, line height, space above and colour of a line.
fn style(line: &ShareLine) -> (&'static str, f64, f64, &'static str) {
    match line {
        ShareLine::Title(_) => ("700 46px system-ui, sans-serif", 58.0, 24.0, "#0f5c4d"),
        ShareLine::Module(_) => ("700 36px system-ui, sans-serif", 46.0, 20.0, "#111111"),
        ShareLine::Text(_) => ("400 34px system-ui, sans-serif", 44.0, 4.0, "#111111"),
        ShareLine::Small(_) => ("400 26px system-ui, sans-serif", 34.0, 28.0, "#444444"),
    }
}

/// `obj[key]`.
fn get(obj: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(obj, &key.into()).ok()
}

/// `obj[key] = value`.
fn set(obj: &JsValue, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(obj, &key.into(), value);
}

/// `obj.method(...args)`.
fn call(obj: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let f: js_sys::Function = get(obj, method)?.dyn_into().ok()?;
    f.apply(obj, &args.iter().collect::<js_sys::Array>()).ok()
}

/// The record drawn as a PNG file; `None` where the browser cannot draw or encode it.
///
/// The canvas is driven through `Reflect` rather than web-sys's typed canvas bindings: every
/// binding is an import of the main wasm module and a function of its JS glue, which every
/// first visit downloads, for a button few learners press (`toDataURL` rather than `toBlob`
/// spares a closure too).
fn picture(lines: &[ShareLine], name: &str) -> Option<JsValue> {
    let document = web_sys::window()?.document()?;
    let canvas: JsValue = document.create_element("canvas").ok()?.into();
    let context = |canvas: &JsValue| call(canvas, "getContext", &["2d".into()]);
    let width = |ctx: &JsValue, s: &str| {
        call(ctx, "measureText", &[s.into()])
            .and_then(|m| get(&m, "width"))
            .and_then(|w| w.as_f64())
            .unwrap_or(0.0)
    };
    // Lay out first (wrapping needs the fonts' widths), then size the canvas and draw: a
    // canvas forgets its state when it is resized.
    let ctx = context(&canvas)?;
    let mut laid: Vec<(usize, Vec<String>)> = Vec::new();
    let mut height = TOP;
    for (i, line) in lines.iter().enumerate() {
        let (font, lh, gap, _) = style(line);
        set(&ctx, "font", &font.into());
        let wrapped = wrap_rows(|s| width(&ctx, s), line.text(), WIDTH - 2.0 * MARGIN);
        #[allow(clippy::cast_precision_loss, reason = "a handful of lines")]
        let rows = wrapped.len() as f64;
        height += gap + lh * rows;
        laid.push((i, wrapped));
    }
    let height = (height + MARGIN).ceil();
    set(&canvas, "width", &WIDTH.into());
    set(&canvas, "height", &height.into());
    let ctx = context(&canvas)?;
    let rect = |colour: &str, h: f64| {
        set(&ctx, "fillStyle", &colour.into());
        call(
            &ctx,
            "fillRect",
            &[0.0.into(), 0.0.into(), WIDTH.into(), h.into()],
        );
    };
    rect("#ffffff", height);
    rect("#0f5c4d", 16.0);
    let mut y = TOP;
    for (i, rows) in &laid {
        let (font, lh, gap, colour) = style(&lines[*i]);
        set(&ctx, "font", &font.into());
        set(&ctx, "fillStyle", &colour.into());
        y += gap;
        for row in rows {
            // The alphabetic baseline sits about four fifths down the line.
            call(
                &ctx,
                "fillText",
                &[row.as_str().into(), MARGIN.into(), (y + lh * 0.78).into()],
            );
            y += lh;
        }
    }
    let url = call(&canvas, "toDataURL", &["image/png".into()])?.as_string()?;
    let bytes = crate::domain::base64::decode(url.strip_prefix("data:image/png;base64,")?)?;
    let array = js_sys::Uint8Array::new_with_length(u32::try_from(bytes.len()).ok()?);
    array.copy_from(&bytes);
    let options = js_sys::Object::new();
    set(&options, "type", &"image/png".into());
    let file = get(&web_sys::window()?.into(), "File")?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let args: js_sys::Array = [
        JsValue::from(js_sys::Array::of1(&array)),
        name.into(),
        options.into(),
    ]
    .iter()
    .collect();
    js_sys::Reflect::construct(&file, &args).ok()
}
