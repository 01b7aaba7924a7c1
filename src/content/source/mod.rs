//! The pack compiler (native only): the authoring format (`docs/content-format.md`) →
//! compiled, validated [`model`](super::model) data.
//!
//! Pure: the caller passes a `read` function that returns a file's text by its path inside the
//! pack folder, so tests can compile packs held in memory. Markdown is parsed here at build
//! time with `pulldown-cmark`, so no Markdown parser ships to the browser.

use std::collections::HashSet;

use super::error::{ContentError, Location, Problem};
use super::model::{Lesson, LessonSummary, ModuleBody, ModuleSummary, PackIndex, FORMAT_VERSION};
use super::quality;
use super::validate;
use crate::domain::ids::{LessonId, ModuleId, PackId};

mod diagram_block;
mod gelar;
mod manifest;
mod markdown;
mod quiz;
mod search_index;
pub mod stem;

use manifest::{ModuleSource, PackSource};
pub use markdown::markdown_to_blocks;
use markdown::parse_lesson;
use quiz::parse_quiz;
pub use search_index::build_index;

/// A compiled pack: its index and one body per module, with the file name of each.
#[derive(Debug, Clone, PartialEq)]
pub struct CompiledPack {
    /// `pack.json`.
    pub index: PackIndex,
    /// `(file name, body)` per module, in catalog order.
    pub bodies: Vec<(String, ModuleBody)>,
}

pub(super) fn toml_error(file: &str, e: &toml::de::Error) -> ContentError {
    ContentError::new(
        file,
        Location::WHOLE_FILE,
        Problem::Syntax(e.message().to_owned()),
    )
}

pub(super) fn parse_id<T>(
    file: &str,
    loc: &Location,
    raw: &str,
    parse: fn(&str) -> Result<T, crate::domain::ids::IdError>,
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    match parse(raw) {
        Ok(id) => Some(id),
        Err(e) => {
            errors.push(ContentError::new(
                file,
                loc,
                Problem::BadId {
                    id: raw.to_owned(),
                    reason: e.to_string(),
                },
            ));
            None
        }
    }
}

/// Compiles the pack whose files `read` returns (paths relative to the pack folder, such as
/// `pack.toml` or `agen-perubahan/lessons/mawas-diri.md`).
///
/// # Errors
/// Every problem found in every file, each naming the file and the id.
pub fn compile_pack(
    read: &dyn Fn(&str) -> Option<String>,
) -> Result<CompiledPack, Vec<ContentError>> {
    let mut errors = Vec::new();
    let pack_file = "pack.toml";
    let Some(text) = read(pack_file) else {
        return Err(vec![ContentError::new(
            pack_file,
            Location::WHOLE_FILE,
            Problem::Syntax("berkas tidak ada".to_owned()),
        )]);
    };
    let pack: PackSource = toml::from_str(&text).map_err(|e| vec![toml_error(pack_file, &e)])?;
    if pack.format_version != FORMAT_VERSION {
        return Err(vec![ContentError::new(
            pack_file,
            Location::WHOLE_FILE,
            Problem::BadFormatVersion {
                found: pack.format_version,
                expected: FORMAT_VERSION,
            },
        )]);
    }
    let pack_id = parse_id(
        pack_file,
        &Location::WHOLE_FILE,
        &pack.id,
        PackId::parse,
        &mut errors,
    );

    let mut summaries = Vec::new();
    let mut bodies = Vec::new();
    let mut seen = HashSet::new();
    for module_dir in &pack.modules {
        if !seen.insert(module_dir.clone()) {
            errors.push(ContentError::new(
                pack_file,
                Location::WHOLE_FILE,
                Problem::DuplicateId(module_dir.clone()),
            ));
            continue;
        }
        if let Some((summary, body)) = compile_module(read, module_dir, &mut errors) {
            summaries.push(summary);
            bodies.push(body);
        }
    }
    let Some(id) = pack_id else {
        return Err(errors);
    };
    let index = PackIndex {
        format_version: FORMAT_VERSION,
        id,
        title: pack.title,
        language: pack.language,
        activity_base: pack.activity_base,
        modules: summaries,
    };
    errors.extend(validate::pack_index(pack_file, &index));
    for (summary, body) in index.modules.iter().zip(&bodies) {
        let file = format!("{}/", summary.id);
        errors.extend(validate::module_body(&file, &summary.into(), body));
        errors.extend(quality::module_quality(summary.id.as_str(), body));
        errors.extend(quality::coverage::module_coverage(
            summary.id.as_str(),
            summary,
            body,
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let bodies = index
        .modules
        .iter()
        .map(|m| m.file.clone())
        .zip(bodies)
        .collect();
    Ok(CompiledPack { index, bodies })
}

fn compile_module(
    read: &dyn Fn(&str) -> Option<String>,
    dir: &str,
    errors: &mut Vec<ContentError>,
) -> Option<(ModuleSummary, ModuleBody)> {
    let file = format!("{dir}/module.toml");
    let Some(text) = read(&file) else {
        errors.push(ContentError::new(
            &file,
            Location::WHOLE_FILE,
            Problem::Syntax("berkas tidak ada".to_owned()),
        ));
        return None;
    };
    let source: ModuleSource = match toml::from_str(&text) {
        Ok(s) => s,
        Err(e) => {
            errors.push(toml_error(&file, &e));
            return None;
        }
    };
    let id = parse_id(
        &file,
        &Location::WHOLE_FILE,
        &source.id,
        ModuleId::parse,
        errors,
    )?;
    if source.id != dir {
        errors.push(ContentError::new(
            &file,
            Location::module(&id),
            Problem::Mismatch(format!("id modul berbeda dengan nama foldernya {dir:?}")),
        ));
    }
    let mut lessons = Vec::new();
    for lesson_id in &source.lessons {
        let lesson_file = format!("{dir}/lessons/{lesson_id}.md");
        let loc = Location::module(&id).lesson(lesson_id);
        let Some(lid) = parse_id(&file, &loc, lesson_id, LessonId::parse, errors) else {
            continue;
        };
        let Some(text) = read(&lesson_file) else {
            errors.push(ContentError::new(
                &lesson_file,
                &loc,
                Problem::Mismatch("berkas pelajaran tidak ada".to_owned()),
            ));
            continue;
        };
        if let Some(lesson) = parse_lesson(&lesson_file, &loc, lid, &text, errors) {
            lessons.push(lesson);
        }
    }
    let quiz_file = format!("{dir}/quiz.toml");
    let questions = match read(&quiz_file) {
        None => {
            errors.push(ContentError::new(
                &quiz_file,
                Location::WHOLE_FILE,
                Problem::Syntax("berkas tidak ada".to_owned()),
            ));
            Vec::new()
        }
        Some(text) => parse_quiz(&quiz_file, &Location::module(&id), &text, errors),
    };
    let gelar = gelar::read_gelar(read, dir, errors);
    let summary = ModuleSummary {
        id: id.clone(),
        title: source.title,
        summary: source.summary,
        minutes: source.minutes,
        jp: source.jp,
        pass_mark: source.pass_mark,
        questions_per_attempt: source.questions_per_attempt,
        max_attempts: source.max_attempts,
        read_percent: source.read_percent,
        pretest: source.pretest,
        pretest_questions: source.pretest_questions,
        gelar: gelar.is_some(),
        objectives: source.objectives,
        lessons: lessons
            .iter()
            .map(|l: &Lesson| LessonSummary {
                id: l.id.clone(),
                title: l.title.clone(),
                minutes: l.minutes,
            })
            .collect(),
        question_count: u32::try_from(questions.len()).unwrap_or(u32::MAX),
        file: format!("{id}.json"),
    };
    let body = ModuleBody {
        format_version: FORMAT_VERSION,
        id,
        lessons,
        glossary: source.glossary,
        questions,
        rtl: source.rtl,
        gelar,
    };
    Some((summary, body))
}
