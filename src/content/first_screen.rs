//! The first screen's data and script, made at build time (native only) from the compiled
//! packs; its markup is the app's own views rendered to HTML (`views/prerender.rs`).
//!
//! Two things go into `index.html` from here:
//! - the pack list and the built-in pack indexes, verbatim, as a JSON data block
//!   (`<script type="application/json" id="bimtek-packs">`): the app builds its catalog from
//!   them without a request, then checks `packs.json` in the background (deployers edit it);
//! - the start-up script (`boot.js`), with its names filled in.

use super::catalog::{
    FIRST_SCREEN_ID as SCREEN_ID, INLINE_PACKS_ID as DATA_ID, PREFETCH_KEY, TEMPLATE_IDS,
};
use super::model::CalloutKind;
use super::names::NAMES;
use super::validate::safe_segment_pattern;
use crate::domain::ids::{LessonId, ModuleId, ID_CHARS_PATTERN};
use crate::domain::route::{EmbedPart, Route};
use crate::domain::text_size::{TextSize, TEXT_SIZE_KEY};
use crate::i18n::{t, Key, Lang, LANG_STORAGE_KEY};

/// The data block: `{"<path>": "<file text>", …}` for `packs.json` and each built-in pack,
/// with every `<` written as `\u003c` so that no text can close the `<script>` element.
#[must_use]
pub fn data_block(files: &[(String, String)]) -> String {
    let map: serde_json::Map<String, serde_json::Value> = files
        .iter()
        .map(|(path, text)| (path.clone(), serde_json::Value::String(text.clone())))
        .collect();
    let json = serde_json::Value::Object(map)
        .to_string()
        .replace('<', "\\u003c");
    format!(r#"<script type="application/json" id="{DATA_ID}">{json}</script>"#)
}

/// The start-up script (in `<head>`, before anything is painted), from `boot.js` with its
/// comment lines and indentation dropped; that file says what it does. In short: it hides
/// what the app will not show (another language, a frame, another page); on a page that needs
/// a module file it fetches that file at once, in parallel with the wasm, and leaves the
/// response for the app; in Indonesian it draws a module page from the pack index, a lesson's
/// text from that file with the markup the app renders, up to its first interactive block,
/// and a quiz's head and rules; and until the app has mounted it does the same for every
/// page the learner taps to, so that no tap is dead.
#[must_use]
pub fn boot_script() -> String {
    let json = |v: &serde_json::Value| v.to_string().replace('<', "\\u003c");
    let mut callout = serde_json::Map::new();
    let mut class = serde_json::Map::new();
    for kind in CalloutKind::ALL {
        let name = serde_json::to_value(kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        callout.insert(name.clone(), t(Lang::Id, kind.label()).into());
        class.insert(name, kind.css_class().into());
    }
    // The words of the lesson-body renderer; every other page is a template.
    let texts = serde_json::json!({
        "newTab": t(Lang::Id, Key::NewTab),
        "table": t(Lang::Id, Key::TableLabel),
        "callout": callout,
        "calloutClass": class,
    });
    let templates = serde_json::to_value(TEMPLATE_IDS).unwrap_or_default();
    let names = serde_json::to_value(NAMES).unwrap_or_default();
    let routes = route_words();
    // The sizes other than the normal one: what `data-text-size` may be set to.
    let text_sizes: serde_json::Value = TextSize::ALL
        .iter()
        .filter(|s| **s != TextSize::default())
        .map(|s| serde_json::Value::from(s.code()))
        .collect();
    let segment = serde_json::Value::from(safe_segment_pattern());
    let code: Vec<&str> = include_str!("boot.js")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .collect();
    let code = code
        .join("\n")
        .replace("__LANG_KEY__", &json(&LANG_STORAGE_KEY.into()))
        .replace("__TEXT_SIZE_KEY__", &json(&TEXT_SIZE_KEY.into()))
        .replace("__TEXT_SIZES__", &json(&text_sizes))
        .replace("__DATA_ID__", &json(&DATA_ID.into()))
        .replace("__SCREEN_ID__", &json(&SCREEN_ID.into()))
        .replace("__PREFETCH_KEY__", &json(&PREFETCH_KEY.into()))
        .replace("__TEXTS__", &json(&texts))
        .replace("__TEMPLATES__", &json(&templates))
        .replace("__NAMES__", &json(&names))
        .replace("__ROUTES__", &json(&routes))
        .replace("__SAFE_SEGMENT__", &json(&segment));
    format!("<script>{code}</script>")
}

/// The start-up script's view of the app's routes, read off [`Route::to_hash`] so that it
/// cannot drift: home's hash, the words of a module's pages and of the embed view, and the id
/// characters. `null` if the routes ever stopped having these shapes (`tests/names.rs` fails
/// then, and the script's patterns would match nothing: the app alone draws the pages).
#[must_use]
pub fn route_words() -> serde_json::Value {
    let (Ok(m), Ok(l)) = (ModuleId::parse("m"), LessonId::parse("l")) else {
        return serde_json::Value::Null;
    };
    let word = |route: Route, at: usize| -> Option<String> {
        route.to_hash().split('/').nth(at).map(str::to_owned)
    };
    let words = (
        word(Route::Module(m.clone()), 1),
        word(Route::Lesson(m.clone(), l), 3),
        word(Route::Quiz(m.clone()), 3),
        word(Route::Glossary(m.clone()), 3),
        word(Route::Embed(m, EmbedPart::Overview), 1),
    );
    let (Some(module), Some(lesson), Some(quiz), Some(glossary), Some(embed)) = words else {
        return serde_json::Value::Null;
    };
    serde_json::json!({
        "home": Route::Home.to_hash(),
        "module": module,
        "lesson": lesson,
        "quiz": quiz,
        "glossary": glossary,
        "embed": embed,
        "id": ID_CHARS_PATTERN,
    })
}
