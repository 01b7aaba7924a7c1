//! Validation of compiled packs. Runs natively (tests, the pack compiler) and in the browser
//! (every pack the app loads, including deployers' packs).
//!
//! Every function returns all problems found, not just the first, each naming file and id.

use crate::domain::quiz::{FALSE_ID, TRUE_ID};
use std::collections::HashSet;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::error::{ContentError, Location, Problem};
use super::model::{
    Block, CalloutKind, DiscussionChoice, Inline, ModuleBody, PackIndex, PackList, Question,
    QuestionKind, FORMAT_VERSION,
};
use crate::domain::course::Module;
use crate::domain::ids::check_id;

pub use crate::json::JsonDecoder;
#[cfg(not(target_arch = "wasm32"))]
pub use crate::json::SerdeJson;

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
    let index: PackIndex = parse_versioned(json_decoder, file, json)?;
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
    let body: ModuleBody = parse_versioned(json_decoder, file, json)?;
    let errors = module_body(file, summary, &body);
    if errors.is_empty() {
        Ok(body)
    } else {
        Err(errors)
    }
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
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
        })
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
        let ranges: [(&'static str, u32, u32, u32, &'static str); 4] = [
            ("minutes", m.minutes, 1, 600, "1–600"),
            ("jp", m.jp, 0, 40, "0–40"),
            ("pass_mark", m.pass_mark, 1, 100, "1–100"),
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

fn check_inlines(inlines: &[Inline], push: &mut impl FnMut(Problem)) {
    for i in inlines {
        if let Inline::Link { href, .. } = i {
            if !is_allowed_url(href) {
                push(Problem::BadUrl(href.clone()));
            }
        }
    }
}

fn check_blocks(
    blocks: &[Block],
    push: &mut impl FnMut(Problem),
    kinds: &mut HashSet<CalloutKind>,
    in_callout: bool,
) {
    let mut previous: Option<&Block> = None;
    for block in blocks {
        match block {
            Block::Heading { level, text } => {
                if !(2..=3).contains(level) || in_callout {
                    push(Problem::UnknownBlock(format!("judul tingkat {level}")));
                }
                if text.iter().all(|i| i.text().trim().is_empty()) {
                    push(Problem::Empty("judul"));
                }
                check_inlines(text, push);
            }
            Block::Paragraph { text } => check_inlines(text, push),
            Block::List { items, .. } => {
                if items.is_empty() {
                    push(Problem::Empty("daftar"));
                }
                for item in items {
                    check_inlines(item, push);
                }
            }
            Block::Table { header, rows } => {
                if in_callout {
                    push(Problem::UnknownBlock("tabel di dalam kotak".to_owned()));
                }
                for cell in header.iter().chain(rows.iter().flatten()) {
                    check_inlines(cell, push);
                }
            }
            Block::Image { src, alt } => {
                if alt.trim().is_empty() {
                    push(Problem::MissingAlt(src.clone()));
                }
                if !is_allowed_url(src) {
                    push(Problem::BadUrl(src.clone()));
                }
            }
            Block::Callout { kind, blocks } => {
                if in_callout {
                    push(Problem::UnknownBlock("kotak di dalam kotak".to_owned()));
                }
                if blocks.is_empty() {
                    push(Problem::Empty("kotak"));
                }
                kinds.insert(*kind);
                check_blocks(blocks, push, kinds, true);
            }
            Block::Worksheet { .. } => {
                if in_callout {
                    push(Problem::BadWorksheet("di dalam kotak".to_owned()));
                }
            }
            Block::Discussion { choices, closing } => {
                if in_callout {
                    push(Problem::UnknownBlock(
                        "pembahasan di dalam kotak".to_owned(),
                    ));
                }
                let after_case = matches!(
                    previous,
                    Some(Block::Callout {
                        kind: CalloutKind::StudiKasus,
                        ..
                    })
                );
                if !after_case {
                    push(Problem::BadDiscussion(
                        "harus tepat sesudah kotak STUDI-KASUS".to_owned(),
                    ));
                }
                discussion_problems(choices, push);
                let mut inner = HashSet::new();
                check_blocks(closing, push, &mut inner, true);
                if !inner.is_empty() {
                    push(Problem::UnknownBlock(
                        "kotak di dalam pembahasan".to_owned(),
                    ));
                }
            }
        }
        previous = Some(block);
    }
}

/// The options of a *Pembahasan*: 2–6, each with text and feedback, unique, at least one best.
fn discussion_problems(choices: &[DiscussionChoice], push: &mut impl FnMut(Problem)) {
    if !(2..=6).contains(&choices.len()) {
        push(Problem::BadCount {
            what: "pilihan pembahasan",
            count: choices.len(),
            min: 2,
            max: 6,
        });
    }
    if !choices.iter().any(|c| c.best) {
        push(Problem::BadDiscussion(
            "tidak ada pilihan terbaik yang ditandai [x]".to_owned(),
        ));
    }
    let mut seen = HashSet::new();
    for c in choices {
        if c.text.trim().is_empty() {
            push(Problem::Empty("teks pilihan pembahasan"));
        }
        if c.feedback.iter().all(|i| i.text().trim().is_empty()) {
            push(Problem::MissingFeedback(c.text.clone()));
        }
        if !seen.insert(c.text.trim().to_lowercase()) {
            push(Problem::DuplicateId(c.text.clone()));
        }
        check_inlines(&c.feedback, push);
    }
}

/// The problems of one question (empty when it is valid).
#[must_use]
pub fn question_problems(q: &Question) -> Vec<Problem> {
    let mut problems = Vec::new();
    if q.prompt.trim().is_empty() {
        problems.push(Problem::Empty("prompt"));
    }
    if q.explanation.trim().is_empty() {
        problems.push(Problem::Empty("explanation"));
    }
    let count =
        |what: &'static str, n: usize, min: usize, max: usize, problems: &mut Vec<Problem>| {
            if !(min..=max).contains(&n) {
                problems.push(Problem::BadCount {
                    what,
                    count: n,
                    min,
                    max,
                });
            }
        };
    // (id, text, feedback) of every option/step/pair, to check ids and feedback uniformly.
    let items: Vec<(&str, &str, &str)> = match &q.kind {
        QuestionKind::Single { options } | QuestionKind::Multiple { options } => {
            count("pilihan", options.len(), 2, 6, &mut problems);
            let correct = options.iter().filter(|o| o.correct).count();
            let single = matches!(q.kind, QuestionKind::Single { .. });
            if single && correct != 1 {
                problems.push(Problem::BadAnswerKey(format!(
                    "soal pilihan tunggal harus punya tepat satu opsi benar, ada {correct}"
                )));
            }
            if !single && correct == 0 {
                problems.push(Problem::BadAnswerKey(
                    "tidak ada opsi yang benar".to_owned(),
                ));
            }
            options
                .iter()
                .map(|o| (o.id.as_str(), o.text.as_str(), o.feedback.as_str()))
                .collect()
        }
        QuestionKind::TrueFalse {
            feedback_true,
            feedback_false,
            ..
        } => {
            vec![
                (TRUE_ID, TRUE_ID, feedback_true.as_str()),
                (FALSE_ID, FALSE_ID, feedback_false.as_str()),
            ]
        }
        QuestionKind::Ordering { steps } => {
            count("langkah", steps.len(), 3, 6, &mut problems);
            steps
                .iter()
                .map(|s| (s.id.as_str(), s.text.as_str(), s.feedback.as_str()))
                .collect()
        }
        QuestionKind::Matching { pairs } => {
            count("pasangan", pairs.len(), 3, 6, &mut problems);
            let mut rights = HashSet::new();
            for p in pairs {
                if p.left.trim().is_empty() || p.right.trim().is_empty() {
                    problems.push(Problem::Empty("left/right"));
                }
                if !rights.insert(p.right.trim().to_ascii_lowercase()) {
                    problems.push(Problem::DuplicateId(p.right.clone()));
                }
            }
            pairs
                .iter()
                .map(|p| (p.id.as_str(), p.left.as_str(), p.feedback.as_str()))
                .collect()
        }
    };
    let mut ids = HashSet::new();
    for (id, text, feedback) in items {
        if let Some(p) = id_problem(id) {
            problems.push(p);
        }
        if !ids.insert(id) {
            problems.push(Problem::DuplicateId(id.to_owned()));
        }
        if text.trim().is_empty() {
            problems.push(Problem::Empty("teks pilihan"));
        }
        if feedback.trim().is_empty() {
            problems.push(Problem::MissingFeedback(id.to_owned()));
        }
    }
    problems
}
