//! Validation of compiled packs. Runs natively (tests, the pack compiler) and in the browser
//! (every pack the app loads, including deployers' packs).
//!
//! Every function returns all problems found, not just the first, each naming file and id.

use std::collections::HashSet;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::error::{ContentError, Location, Problem};
use super::model::{CalloutKind, ModuleBody, PackIndex, PackList, FORMAT_VERSION};
use crate::domain::course::Module;
use crate::domain::ids::check_id;

pub use crate::json::JsonDecoder;
#[cfg(not(target_arch = "wasm32"))]
pub use crate::json::SerdeJson;

pub mod measured;
mod parts;
use parts::check_blocks;
pub use parts::question_problems;

/// Parses and validates `packs.json`.
///
/// # Errors
/// Every problem found, naming `file`.
pub fn parse_pack_list(
    json_decoder: &impl JsonDecoder,
    file: &str,
    json: &str,
) -> Result<PackList, Vec<ContentError>> {
    let list: PackList = parse_versioned(json_decoder, file, json)?;
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    for path in &list.packs {
        if !is_safe_relative_path(path) || !is_json_file(path) {
            errors.push(ContentError::new(
                file,
                Location::WHOLE_FILE,
                Problem::BadUrl(path.clone()),
            ));
        }
        if !seen.insert(path) {
            errors.push(ContentError::new(
                file,
                Location::WHOLE_FILE,
                Problem::DuplicateId(path.clone()),
            ));
        }
    }
    if errors.is_empty() {
        Ok(list)
    } else {
        Err(errors)
    }
}

/// Parses and validates a `pack.json`.
///
/// # Errors
/// Every problem found, naming `file` and the module or lesson.
pub fn parse_pack_index(
    json_decoder: &impl JsonDecoder,
    file: &str,
    json: &str,
) -> Result<PackIndex, Vec<ContentError>> {
    let index = decode_pack_index(json_decoder, file, json)?;
    let errors = pack_index(file, &index);
    if errors.is_empty() {
        Ok(index)
    } else {
        Err(errors)
    }
}

/// Parses and validates a module file against the summary that announced it.
///
/// # Errors
/// Every problem found, naming `file` and the lesson or question.
pub fn parse_module_body(
    json_decoder: &impl JsonDecoder,
    file: &str,
    json: &str,
    summary: &Module,
) -> Result<ModuleBody, Vec<ContentError>> {
    let body = decode_module_body(json_decoder, file, json)?;
    let errors = module_body(file, summary, &body);
    if errors.is_empty() {
        Ok(body)
    } else {
        Err(errors)
    }
}

/// Decodes a `pack.json` without the checks of [`pack_index`]: for a file the build checked
/// (`content::checked`).
///
/// # Errors
/// Its syntax, shape or format version, naming `file`.
pub fn decode_pack_index(
    json_decoder: &impl JsonDecoder,
    file: &str,
    json: &str,
) -> Result<PackIndex, Vec<ContentError>> {
    parse_versioned(json_decoder, file, json)
}

/// Decodes a module file without the checks of [`module_body`]: for a file the build checked
/// (`content::checked`).
///
/// # Errors
/// Its syntax, shape or format version, naming `file`.
pub fn decode_module_body(
    json_decoder: &impl JsonDecoder,
    file: &str,
    json: &str,
) -> Result<ModuleBody, Vec<ContentError>> {
    parse_versioned(json_decoder, file, json)
}

/// Reads `format_version` first, so that a newer pack gets a clear message instead of a
/// shape error, then the whole document.
fn parse_versioned<T: DeserializeOwned>(
    json_decoder: &impl JsonDecoder,
    file: &str,
    json: &str,
) -> Result<T, Vec<ContentError>> {
    #[derive(Deserialize)]
    struct Version {
        format_version: Option<u32>,
    }
    let syntax = |e: String| {
        vec![ContentError::new(
            file,
            Location::WHOLE_FILE,
            Problem::Syntax(e),
        )]
    };
    let version: Version = json_decoder.decode(json).map_err(syntax)?;
    match version.format_version {
        Some(FORMAT_VERSION) => json_decoder.decode(json).map_err(syntax),
        Some(found) => Err(vec![ContentError::new(
            file,
            Location::WHOLE_FILE,
            Problem::BadFormatVersion {
                found,
                expected: FORMAT_VERSION,
            },
        )]),
        None => Err(vec![ContentError::new(
            file,
            Location::WHOLE_FILE,
            Problem::Empty("format_version"),
        )]),
    }
}

fn is_json_file(path: &str) -> bool {
    std::path::Path::new(path)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// A path that stays next to the app: relative segments of `A-Z a-z 0-9 . _ -` only, none of
/// them empty, `.` or `..`. So no scheme, host (`//`), backslash, whitespace, control
/// character, `%` escape (`%2e%2e` is `..` to the URL parser), query or fragment: whatever the
/// URL parser does with it against the app's base, it stays in the app's folder.
#[must_use]
pub fn is_safe_relative_path(path: &str) -> bool {
    !path.is_empty()
        && path.split('/').all(|seg| {
            !seg.is_empty()
                && seg != "."
                && seg != ".."
                && seg
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || SAFE_PATH_PUNCTUATION.contains(&b))
        })
}

/// The characters besides ASCII letters and digits a segment of a safe relative path may hold.
pub const SAFE_PATH_PUNCTUATION: &[u8] = b"._-";

/// [`is_safe_relative_path`]'s rule for one segment as a JavaScript regular expression
/// (`^[A-Za-z0-9._-]+$`), for the start-up script (`content/boot.js`), which checks the same
/// addresses before the wasm is here.
#[must_use]
pub fn safe_segment_pattern() -> String {
    let mut class = String::from("A-Za-z0-9");
    for &b in SAFE_PATH_PUNCTUATION {
        if matches!(b, b'-' | b'\\' | b']' | b'^') {
            class.push('\\');
        }
        class.push(char::from(b));
    }
    format!("^[{class}]+$")
}

/// An address allowed in a link or image: `https:`, `http:`, or a safe relative path.
#[must_use]
pub fn is_allowed_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return !lower.contains(char::is_whitespace);
    }
    is_safe_relative_path(url)
}

fn id_problem(id: &str) -> Option<Problem> {
    check_id(id).err().map(|e| Problem::BadId {
        id: id.to_owned(),
        reason: e.to_string(),
    })
}

/// Validates a pack index.
#[must_use]
pub fn pack_index(file: &str, index: &PackIndex) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let mut push = |loc: Location, p: Problem| errors.push(ContentError::new(file, loc, p));
    if index.title.trim().is_empty() {
        push(Location::WHOLE_FILE, Problem::Empty("title"));
    }
    if index.modules.is_empty() {
        push(Location::WHOLE_FILE, Problem::Empty("modules"));
    }
    if let Some(base) = &index.activity_base {
        if let Err(e) = crate::domain::lrs::iri::check_base(base) {
            push(
                Location::WHOLE_FILE,
                Problem::BadActivityBase {
                    base: base.clone(),
                    reason: e,
                },
            );
        }
    }
    let mut ids = HashSet::new();
    for m in &index.modules {
        let loc = Location::module(&m.id);
        if !ids.insert(m.id.clone()) {
            push(loc.clone(), Problem::DuplicateId(m.id.to_string()));
        }
        for (field, text) in [("title", &m.title), ("summary", &m.summary)] {
            if text.trim().is_empty() {
                push(loc.clone(), Problem::Empty(field));
            }
        }
        let ranges: [(&'static str, u32, u32, u32, &'static str); 5] = [
            ("minutes", m.minutes, 1, 600, "1–600"),
            ("jp", m.jp, 0, 40, "0–40"),
            ("pass_mark", m.pass_mark, 1, 100, "1–100"),
            ("read_percent", m.read_percent, 1, 100, "1–100"),
            (
                "questions_per_attempt",
                m.questions_per_attempt,
                1,
                100,
                "1–100",
            ),
        ];
        for (field, value, lo, hi, range) in ranges {
            if !(lo..=hi).contains(&value) {
                push(
                    loc.clone(),
                    Problem::OutOfRange {
                        field,
                        value,
                        range,
                    },
                );
            }
        }
        if m.objectives.is_empty() || m.objectives.iter().any(|o| o.trim().is_empty()) {
            push(loc.clone(), Problem::Empty("objectives"));
        }
        if m.lessons.is_empty() {
            push(loc.clone(), Problem::Empty("lessons"));
        }
        let mut lesson_ids = HashSet::new();
        for l in &m.lessons {
            let lesson_loc = Location::module(&m.id).lesson(&l.id);
            if !lesson_ids.insert(l.id.clone()) {
                push(lesson_loc.clone(), Problem::DuplicateId(l.id.to_string()));
            }
            if l.title.trim().is_empty() {
                push(lesson_loc.clone(), Problem::Empty("title"));
            }
            if !(1..=60).contains(&l.minutes) {
                push(
                    lesson_loc,
                    Problem::OutOfRange {
                        field: "minutes",
                        value: l.minutes,
                        range: "1–60",
                    },
                );
            }
        }
        if !is_safe_relative_path(&m.file) || !is_json_file(&m.file) {
            push(loc, Problem::BadUrl(m.file.clone()));
        }
    }
    errors
}

/// Validates a module body against its summary.
#[must_use]
pub fn module_body(file: &str, summary: &Module, body: &ModuleBody) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let module = Location::module(&summary.id);
    if body.id != summary.id {
        errors.push(ContentError::new(
            file,
            &module,
            Problem::Mismatch(format!("berkas berisi modul {}", body.id)),
        ));
    }
    let announced: Vec<_> = summary.lessons.iter().map(|l| (&l.id, &l.title)).collect();
    let found: Vec<_> = body.lessons.iter().map(|l| (&l.id, &l.title)).collect();
    if announced != found {
        errors.push(ContentError::new(
            file,
            &module,
            Problem::Mismatch("daftar pelajaran berbeda dengan pack.json".to_owned()),
        ));
    }
    lessons_problems(file, &module, body, &mut errors);
    measured::measured_problems(file, &module, summary, body, &mut errors);
    let mut terms = HashSet::new();
    for g in &body.glossary {
        let loc = module.clone().term(&g.term);
        if g.term.trim().is_empty() || g.definition.trim().is_empty() {
            errors.push(ContentError::new(
                file,
                &loc,
                Problem::Empty("term/definition"),
            ));
        }
        if !terms.insert(g.term.to_ascii_lowercase()) {
            errors.push(ContentError::new(
                file,
                &loc,
                Problem::DuplicateId(g.term.clone()),
            ));
        }
    }
    let mut qids = HashSet::new();
    for q in &body.questions {
        let loc = module.clone().question(&q.id);
        if !qids.insert(q.id.clone()) {
            errors.push(ContentError::new(
                file,
                &loc,
                Problem::DuplicateId(q.id.to_string()),
            ));
        }
        for p in question_problems(q) {
            errors.push(ContentError::new(file, &loc, p));
        }
    }
    if body.questions.len() < summary.questions_per_attempt as usize {
        errors.push(ContentError::new(
            file,
            &module,
            Problem::PoolTooSmall {
                pool: body.questions.len(),
                per_attempt: summary.questions_per_attempt,
            },
        ));
    }
    if body.questions.len() != summary.question_count as usize {
        errors.push(ContentError::new(
            file,
            &module,
            Problem::Mismatch(format!(
                "pack.json menyebut {} soal, berkas berisi {}",
                summary.question_count,
                body.questions.len()
            )),
        ));
    }
    if body.gelar.is_some() != summary.gelar {
        errors.push(ContentError::new(
            file,
            &module,
            Problem::Mismatch(if summary.gelar {
                "pack.json menyebut kit Gelar Budaya Kerja, berkas modul tidak memuatnya".to_owned()
            } else {
                "berkas modul memuat kit Gelar Budaya Kerja yang tidak disebut pack.json".to_owned()
            }),
        ));
    }
    errors
}

/// Per-lesson checks, and the callouts every module needs.
fn lessons_problems(
    file: &str,
    module: &Location,
    body: &ModuleBody,
    errors: &mut Vec<ContentError>,
) {
    let mut kinds = HashSet::new();
    for lesson in &body.lessons {
        let loc = module.clone().lesson(&lesson.id);
        if lesson.blocks.is_empty() {
            errors.push(ContentError::new(file, &loc, Problem::EmptyLesson));
        }
        let mut lesson_kinds = HashSet::new();
        check_blocks(
            &lesson.blocks,
            &mut |p| errors.push(ContentError::new(file, &loc, p)),
            &mut lesson_kinds,
            false,
        );
        if !lesson.blocks.is_empty()
            && !lesson_kinds.contains(&CalloutKind::DasarHukum)
            && !lesson_kinds.contains(&CalloutKind::Sumber)
        {
            errors.push(ContentError::new(file, &loc, Problem::MissingSource));
        }
        kinds.extend(lesson_kinds);
    }
    for (kind, marker) in [
        (CalloutKind::StudiKasus, "STUDI-KASUS"),
        (CalloutKind::Refleksi, "REFLEKSI"),
        (CalloutKind::Ringkasan, "RINGKASAN"),
    ] {
        if !kinds.contains(&kind) {
            errors.push(ContentError::new(
                file,
                module,
                Problem::MissingCallout(marker),
            ));
        }
    }
}
