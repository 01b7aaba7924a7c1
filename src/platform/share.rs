//! Sharing the completion record (issue 30, finding 6): a PNG picture of it through the Web
//! Share API (`navigator.share` with a file, for `WhatsApp` and the like); a text summary where
//! the browser shares no files; a download of the picture where it cannot share at all.
//!
//! Invariant: nothing here runs but on the learner's own press of "Bagikan", and what it hands
//! over goes only to the app the learner picks in the system's share sheet (or to their own
//! Downloads folder). `navigator.share`/`canShare` are read through `Reflect`: web-sys lists
//! them as unstable APIs.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::record::{share_text, ShareLine};

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
    let picture = picture(lines, &png_name).await;
    let navigator = web_sys::window().ok_or(ShareError)?.navigator();
    let share = js_sys::Reflect::get(&navigator, &"share".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(share) = share {
        if let Some(file) = &picture {
            let data = share_data(title, &text, Some(file));
            if can_share(&navigator, &data) {
                match call(&share, &navigator, &data).await {
                    Ok(done) => return Ok(done.unwrap_or(Shared::File)),
                    Err(e) => log(&e),
                }
            }
        }
        match call(&share, &navigator, &share_data(title, &text, None)).await {
            Ok(done) => return Ok(done.unwrap_or(Shared::Text)),
            Err(e) => log(&e),
        }
    }
    // No sharing here (a desktop browser, an old Android WebView): the learner's own copy.
    if let Some(file) = picture {
        super::device::save_blob(&file, &png_name)
            .map(|()| Shared::Downloaded(png_name))
            .map_err(|_| ShareError)
    } else {
        let name = format!("{stem}.txt");
        super::device::download(&name, "text/plain", &text)
            .map(|()| Shared::Downloaded(name))
            .map_err(|_| ShareError)
    }
}

fn log(e: &JsValue) {
    web_sys::console::warn_2(&"share failed".into(), e);
}

/// `{title, text, files?}` for `navigator.share`.
fn share_data(title: &str, text: &str, file: Option<&web_sys::File>) -> JsValue {
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
async fn call(
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

/// The record drawn as a PNG file; `None` where the browser cannot draw or encode it.
async fn picture(lines: &[ShareLine], name: &str) -> Option<web_sys::File> {
    let document = web_sys::window()?.document()?;
    let canvas: web_sys::HtmlCanvasElement =
        document.create_element("canvas").ok()?.dyn_into().ok()?;
    let context =
        |canvas: &web_sys::HtmlCanvasElement| -> Option<web_sys::CanvasRenderingContext2d> {
            canvas.get_context("2d").ok()??.dyn_into().ok()
        };
    // Lay out first (wrapping needs the fonts' widths), then size the canvas and draw: a
    // canvas forgets its state when it is resized.
    let ctx = context(&canvas)?;
    let mut laid: Vec<(usize, Vec<String>)> = Vec::new();
    let mut height = TOP;
    for (i, line) in lines.iter().enumerate() {
        let (font, lh, gap, _) = style(line);
        ctx.set_font(font);
        let wrapped = wrap(&ctx, line.text(), WIDTH - 2.0 * MARGIN);
        #[allow(clippy::cast_precision_loss, reason = "a handful of lines")]
        let rows = wrapped.len() as f64;
        height += gap + lh * rows;
        laid.push((i, wrapped));
    }
    height += MARGIN;
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a positive height of a few thousand pixels"
    )]
    canvas.set_height(height.ceil() as u32);
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a constant"
    )]
    canvas.set_width(WIDTH as u32);
    let ctx = context(&canvas)?;
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, WIDTH, height);
    ctx.set_fill_style_str("#0f5c4d");
    ctx.fill_rect(0.0, 0.0, WIDTH, 16.0);
    ctx.set_text_baseline("alphabetic");
    let mut y = TOP;
    for (i, rows) in &laid {
        let (font, lh, gap, colour) = style(&lines[*i]);
        ctx.set_font(font);
        ctx.set_fill_style_str(colour);
        y += gap;
        for row in rows {
            // The baseline sits about four fifths down the line.
            let _ = ctx.fill_text(row, MARGIN, y + lh * 0.78);
            y += lh;
        }
    }
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let _ = canvas.to_blob(&resolve);
    });
    let blob: web_sys::Blob = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    let options = web_sys::FilePropertyBag::new();
    options.set_type("image/png");
    web_sys::File::new_with_blob_sequence_and_options(&js_sys::Array::of1(&blob), name, &options)
        .ok()
}

/// `text` broken at spaces into rows no wider than `max` in the context's font (a word wider
/// than `max` gets a row of its own).
fn wrap(ctx: &web_sys::CanvasRenderingContext2d, text: &str, max: f64) -> Vec<String> {
    let width = |s: &str| ctx.measure_text(s).map_or(0.0, |m| m.width());
    let mut rows = Vec::new();
    let mut row = String::new();
    for word in text.split(' ') {
        let candidate = if row.is_empty() {
            word.to_owned()
        } else {
            format!("{row} {word}")
        };
        if !row.is_empty() && width(&candidate) > max {
            rows.push(std::mem::replace(&mut row, word.to_owned()));
        } else {
            row = candidate;
        }
    }
    if !row.is_empty() {
        rows.push(row);
    }
    rows
}
