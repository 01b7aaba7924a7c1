//! The pack compiler (native only): the authoring format (`docs/content-format.md`) →
//! compiled, validated [`model`](super::model) data.
//!
//! Pure: the caller passes a `read` function that returns a file's text by its path inside the
//! pack folder, so tests can compile packs held in memory. Markdown is parsed here at build
//! time with `pulldown-cmark`, so no Markdown parser ships to the browser.

use std::collections::HashSet;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Deserialize;

use super::error::{ContentError, Problem};
use super::model::{
    Block, CalloutKind, Choice, DiscussionChoice, GlossaryEntry, Inline, Lesson, LessonSummary,
    ModuleBody, ModuleSummary, PackIndex, Pair, Question, QuestionKind, Step, FORMAT_VERSION,
};
use super::quality;
use super::validate;
use crate::domain::ids::{LessonId, ModuleId, PackId, QuestionId};

/// A compiled pack: its index and one body per module, with the file name of each.
#[derive(Debug, Clone, PartialEq)]
pub struct CompiledPack {
    /// `pack.json`.
    pub index: PackIndex,
    /// `(file name, body)` per module, in catalog order.
    pub bodies: Vec<(String, ModuleBody)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackSource {
    format_version: u32,
    id: String,
    title: String,
    language: String,
    modules: Vec<String>,
}

fn default_pass_mark() -> u32 {
    70
}
fn default_per_attempt() -> u32 {
    10
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleSource {
    id: String,
    title: String,
    summary: String,
    minutes: u32,
    jp: u32,
    #[serde(default = "default_pass_mark")]
    pass_mark: u32,
    #[serde(default = "default_per_attempt")]
    questions_per_attempt: u32,
    #[serde(default)]
    max_attempts: u32,
    objectives: Vec<String>,
    lessons: Vec<String>,
    #[serde(default)]
    glossary: Vec<GlossaryEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    minutes: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizSource {
    #[serde(default)]
    question: Vec<QuestionSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionSource {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    prompt: String,
    #[serde(default)]
    explanation: String,
    #[serde(default)]
    option: Vec<Choice>,
    #[serde(default)]
    step: Vec<Step>,
    #[serde(default)]
    pair: Vec<Pair>,
    answer: Option<bool>,
    feedback_true: Option<String>,
    feedback_false: Option<String>,
}

fn toml_error(file: &str, e: &toml::de::Error) -> ContentError {
    ContentError::new(file, "", Problem::Syntax(e.message().to_owned()))
}

fn parse_id<T>(
    file: &str,
    loc: &str,
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
            "",
            Problem::Syntax("berkas tidak ada".to_owned()),
        )]);
    };
    let pack: PackSource = toml::from_str(&text).map_err(|e| vec![toml_error(pack_file, &e)])?;
    if pack.format_version != FORMAT_VERSION {
        return Err(vec![ContentError::new(
            pack_file,
            "",
            Problem::BadFormatVersion {
                found: pack.format_version,
                expected: FORMAT_VERSION,
            },
        )]);
    }
    let pack_id = parse_id(pack_file, "", &pack.id, PackId::parse, &mut errors);

    let mut summaries = Vec::new();
    let mut bodies = Vec::new();
    let mut seen = HashSet::new();
    for module_dir in &pack.modules {
        if !seen.insert(module_dir.clone()) {
            errors.push(ContentError::new(
                pack_file,
                "",
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
        modules: summaries,
    };
    errors.extend(validate::pack_index(pack_file, &index));
    for (summary, body) in index.modules.iter().zip(&bodies) {
        let file = format!("{}/", summary.id);
        errors.extend(validate::module_body(&file, summary, body));
        errors.extend(quality::module_quality(summary.id.as_str(), body));
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
            "",
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
    let id = parse_id(&file, "", &source.id, ModuleId::parse, errors)?;
    if source.id != dir {
        errors.push(ContentError::new(
            &file,
            format!("modul {id}"),
            Problem::Mismatch(format!("id modul berbeda dengan nama foldernya {dir:?}")),
        ));
    }
    let mut lessons = Vec::new();
    for lesson_id in &source.lessons {
        let lesson_file = format!("{dir}/lessons/{lesson_id}.md");
        let loc = format!("modul {id}, pelajaran {lesson_id}");
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
                "",
                Problem::Syntax("berkas tidak ada".to_owned()),
            ));
            Vec::new()
        }
        Some(text) => parse_quiz(&quiz_file, &format!("modul {id}"), &text, errors),
    };
    let summary = ModuleSummary {
        id: id.clone(),
        title: source.title,
        summary: source.summary,
        minutes: source.minutes,
        jp: source.jp,
        pass_mark: source.pass_mark,
        questions_per_attempt: source.questions_per_attempt,
        max_attempts: source.max_attempts,
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
    };
    Some((summary, body))
}

fn parse_quiz(
    file: &str,
    module_loc: &str,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Vec<Question> {
    let quiz: QuizSource = match toml::from_str(text) {
        Ok(q) => q,
        Err(e) => {
            errors.push(toml_error(file, &e));
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for q in quiz.question {
        let loc = format!("{module_loc}, soal {}", q.id);
        let Some(id) = parse_id(file, &loc, &q.id, QuestionId::parse, errors) else {
            continue;
        };
        let kind = match q.kind.as_str() {
            "single" => QuestionKind::Single { options: q.option },
            "multiple" => QuestionKind::Multiple { options: q.option },
            "true_false" => match (q.answer, q.feedback_true, q.feedback_false) {
                (Some(answer), Some(feedback_true), Some(feedback_false)) => {
                    QuestionKind::TrueFalse {
                        answer,
                        feedback_true,
                        feedback_false,
                    }
                }
                (None, _, _) => {
                    errors.push(ContentError::new(
                        file,
                        &loc,
                        Problem::BadAnswerKey("answer (true/false) tidak ada".to_owned()),
                    ));
                    continue;
                }
                _ => {
                    errors.push(ContentError::new(
                        file,
                        &loc,
                        Problem::MissingFeedback("feedback_true/feedback_false".to_owned()),
                    ));
                    continue;
                }
            },
            "ordering" => QuestionKind::Ordering { steps: q.step },
            "matching" => QuestionKind::Matching { pairs: q.pair },
            other => {
                errors.push(ContentError::new(
                    file,
                    &loc,
                    Problem::UnknownBlock(format!("jenis soal {other:?}")),
                ));
                continue;
            }
        };
        out.push(Question {
            id,
            prompt: q.prompt,
            explanation: q.explanation,
            kind,
        });
    }
    out
}

/// Splits `+++` TOML front matter from the Markdown body.
fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let rest = text.trim_start_matches('\u{feff}').strip_prefix("+++")?;
    let rest = rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))?;
    let end = rest.find("\n+++")?;
    let front = &rest[..end];
    let body = &rest[end + 4..];
    Some((front, body))
}

fn parse_lesson(
    file: &str,
    loc: &str,
    id: LessonId,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Option<Lesson> {
    let Some((front, body)) = split_front_matter(text) else {
        errors.push(ContentError::new(
            file,
            loc,
            Problem::Syntax("front matter +++ … +++ tidak ada".to_owned()),
        ));
        return None;
    };
    let front: FrontMatter = match toml::from_str(front) {
        Ok(f) => f,
        Err(e) => {
            errors.push(toml_error(file, &e));
            return None;
        }
    };
    let mut problems = Vec::new();
    let blocks = markdown_to_blocks(body, &mut problems);
    errors.extend(
        problems
            .into_iter()
            .map(|p| ContentError::new(file, loc, p)),
    );
    Some(Lesson {
        id,
        title: front.title,
        minutes: front.minutes,
        blocks,
    })
}

/// Where inline content is being collected.
enum Frame {
    Blocks(Vec<Block>),
    Quote(Vec<Block>),
    Paragraph(Vec<Inline>),
    Heading(u8, Vec<Inline>),
    List(bool, Vec<Vec<Inline>>),
    Item(Vec<Inline>),
    Table {
        header: Vec<Vec<Inline>>,
        rows: Vec<Vec<Vec<Inline>>>,
        in_head: bool,
    },
    Row(Vec<Vec<Inline>>),
    Cell(Vec<Inline>),
}

fn push_inline(target: &mut Vec<Inline>, inline: Inline) {
    // Merge with the previous run of the same kind, to keep the data small.
    match (target.last_mut(), &inline) {
        (Some(Inline::Text { v: a }), Inline::Text { v: b })
        | (Some(Inline::Strong { v: a }), Inline::Strong { v: b })
        | (Some(Inline::Em { v: a }), Inline::Em { v: b }) => a.push_str(b),
        _ => target.push(inline),
    }
}

fn trim_inlines(mut inlines: Vec<Inline>) -> Vec<Inline> {
    if let Some(Inline::Text { v }) = inlines.first_mut() {
        *v = v.trim_start().to_owned();
    }
    if let Some(Inline::Text { v }) = inlines.last_mut() {
        *v = v.trim_end().to_owned();
    }
    inlines.retain(|i| !i.text().is_empty());
    inlines
}

/// Turns a quote's blocks into a callout when its first paragraph starts with `[!KIND]`.
fn quote_to_callout(mut blocks: Vec<Block>, problems: &mut Vec<Problem>) -> Option<Block> {
    let block_count = blocks.len();
    let Some(Block::Paragraph { text }) = blocks.first_mut() else {
        problems.push(Problem::UnknownBlock(
            "kutipan (>) tanpa penanda [!JENIS]".to_owned(),
        ));
        return None;
    };
    let first_runs = text.len();
    let Some(Inline::Text { v }) = text.first_mut() else {
        problems.push(Problem::UnknownBlock(
            "kutipan (>) tanpa penanda [!JENIS]".to_owned(),
        ));
        return None;
    };
    let Some(rest) = v.strip_prefix("[!") else {
        problems.push(Problem::UnknownBlock(
            "kutipan (>) tanpa penanda [!JENIS]".to_owned(),
        ));
        return None;
    };
    let Some(end) = rest.find(']') else {
        problems.push(Problem::UnknownBlock("penanda kotak tanpa ]".to_owned()));
        return None;
    };
    let marker = rest[..end].trim().to_owned();
    if marker == DISCUSSION_MARKER {
        *v = rest[end + 1..].trim_start().to_owned();
        let text = trim_inlines(std::mem::take(text));
        if text.is_empty() {
            blocks.remove(0);
        } else if let Some(Block::Paragraph { text: t }) = blocks.first_mut() {
            *t = text;
        }
        return discussion(blocks, problems);
    }
    if marker == WORKSHEET_MARKER {
        let alone = block_count == 1 && first_runs == 1;
        return worksheet(&rest[end + 1..], alone, problems);
    }
    let Some(kind) = CalloutKind::from_marker(&marker) else {
        problems.push(Problem::UnknownCallout(marker));
        return None;
    };
    *v = rest[end + 1..].trim_start().to_owned();
    let text = trim_inlines(std::mem::take(text));
    if text.is_empty() {
        blocks.remove(0);
    } else if let Some(Block::Paragraph { text: t }) = blocks.first_mut() {
        *t = text;
    }
    Some(Block::Callout { kind, blocks })
}

/// The marker of a worksheet block: `> [!LEMBARKERJA] kbk`.
const WORKSHEET_MARKER: &str = "LEMBARKERJA";

/// A `> [!LEMBARKERJA] id` line: the id of a known worksheet and nothing else.
fn worksheet(rest: &str, alone: bool, problems: &mut Vec<Problem>) -> Option<Block> {
    let name = rest.trim();
    if !alone {
        problems.push(Problem::BadWorksheet(format!(
            "“{name}”: hanya satu baris “> [!LEMBARKERJA] kbk”, tanpa isi lain"
        )));
        return None;
    }
    let Some(id) = crate::domain::worksheet::WorksheetId::parse(name) else {
        problems.push(Problem::BadWorksheet(format!(
            "“{name}” tidak dikenal (yang dikenal: kbk)"
        )));
        return None;
    };
    Some(Block::Worksheet { id })
}

/// The marker of a case study's discussion: `> [!PEMBAHASAN]`.
const DISCUSSION_MARKER: &str = "PEMBAHASAN";

/// A `> [!PEMBAHASAN]` box: first a bulleted list of the case's options, each item
/// `[x] **Option.** why` (best) or `[ ] **Option.** why`; then optional closing paragraphs
/// and lists.
fn discussion(mut blocks: Vec<Block>, problems: &mut Vec<Problem>) -> Option<Block> {
    let bad = |problems: &mut Vec<Problem>, why: &str| {
        problems.push(Problem::BadDiscussion(why.to_owned()));
        None
    };
    if blocks.is_empty() {
        return bad(problems, "isi kosong");
    }
    let Block::List {
        ordered: false,
        items,
    } = blocks.remove(0)
    else {
        return bad(
            problems,
            "harus diawali daftar berbutir pilihan “- [x] **Pilihan.** pembahasan”",
        );
    };
    let mut choices = Vec::new();
    for mut item in items {
        let mut best = false;
        if let Some(Inline::Text { v }) = item.first_mut() {
            let t = v.trim_start();
            let marker = if t.starts_with("[x]") || t.starts_with("[X]") {
                best = true;
                true
            } else {
                t.starts_with("[ ]")
            };
            if marker {
                *v = t[3..].trim_start().to_owned();
            }
        }
        let item = trim_inlines(item);
        let mut runs = item.into_iter();
        let Some(Inline::Strong { v: label }) = runs.next() else {
            return bad(
                problems,
                "setiap pilihan diawali teks tebal: “- [ ] **Pilihan.** pembahasan”",
            );
        };
        choices.push(DiscussionChoice {
            text: label.trim().to_owned(),
            feedback: trim_inlines(runs.collect()),
            best,
        });
    }
    Some(Block::Discussion {
        choices,
        closing: blocks,
    })
}

fn sink(stack: &mut [Frame]) -> Option<&mut Vec<Inline>> {
    match stack.last_mut()? {
        Frame::Paragraph(v) | Frame::Heading(_, v) | Frame::Item(v) | Frame::Cell(v) => Some(v),
        _ => None,
    }
}
fn push_block(stack: &mut [Frame], block: Block, problems: &mut Vec<Problem>) {
    match stack.last_mut() {
        Some(Frame::Blocks(v) | Frame::Quote(v)) => v.push(block),
        _ => problems.push(Problem::UnknownBlock(
            "blok di tempat yang tidak diizinkan (mis. daftar bersarang)".to_owned(),
        )),
    }
}

/// Converts lesson Markdown into safe blocks; anything outside the block set is a problem.
#[allow(
    clippy::too_many_lines,
    reason = "one event loop over pulldown-cmark events reads best whole"
)]
pub fn markdown_to_blocks(markdown: &str, problems: &mut Vec<Problem>) -> Vec<Block> {
    let options = Options::ENABLE_TABLES;
    let mut stack = vec![Frame::Blocks(Vec::new())];
    let mut strong = 0u32;
    let mut em = 0u32;
    let mut link: Option<(String, String)> = None;
    let mut image: Option<(String, String)> = None;

    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => {
                    // Paragraphs inside list items and table cells just continue the item.
                    if !matches!(stack.last(), Some(Frame::Item(_))) {
                        stack.push(Frame::Paragraph(Vec::new()));
                    } else if let Some(v) = sink(&mut stack) {
                        if !v.is_empty() {
                            push_inline(v, Inline::Text { v: " ".to_owned() });
                        }
                    }
                }
                Tag::Heading { level, .. } => {
                    let level = level as u8;
                    stack.push(Frame::Heading(level, Vec::new()));
                }
                Tag::BlockQuote(_) => stack.push(Frame::Quote(Vec::new())),
                Tag::List(start) => {
                    if matches!(stack.last(), Some(Frame::Item(_))) {
                        problems.push(Problem::UnknownBlock("daftar bersarang".to_owned()));
                    }
                    stack.push(Frame::List(start.is_some(), Vec::new()));
                }
                Tag::Item => stack.push(Frame::Item(Vec::new())),
                Tag::Table(_) => stack.push(Frame::Table {
                    header: Vec::new(),
                    rows: Vec::new(),
                    in_head: false,
                }),
                Tag::TableHead => {
                    if let Some(Frame::Table { in_head, .. }) = stack.last_mut() {
                        *in_head = true;
                    }
                    stack.push(Frame::Row(Vec::new()));
                }
                Tag::TableRow => stack.push(Frame::Row(Vec::new())),
                Tag::TableCell => stack.push(Frame::Cell(Vec::new())),
                Tag::Strong => strong += 1,
                Tag::Emphasis => em += 1,
                Tag::Link { dest_url, .. } => link = Some((dest_url.to_string(), String::new())),
                Tag::Image { dest_url, .. } => image = Some((dest_url.to_string(), String::new())),
                Tag::CodeBlock(_) => problems.push(Problem::UnknownBlock("blok kode".to_owned())),
                Tag::HtmlBlock => problems.push(Problem::UnknownBlock("HTML".to_owned())),
                other => problems.push(Problem::UnknownBlock(format!("{other:?}"))),
            },
            Event::End(end) => match end {
                TagEnd::Paragraph => {
                    if let Some(Frame::Paragraph(_)) = stack.last() {
                        if let Some(Frame::Paragraph(text)) = stack.pop() {
                            let text = trim_inlines(text);
                            if !text.is_empty() {
                                push_block(&mut stack, Block::Paragraph { text }, problems);
                            }
                        }
                    }
                }
                TagEnd::Heading(_) => {
                    if let Some(Frame::Heading(level, text)) = stack.pop() {
                        if !(2..=3).contains(&level) {
                            problems.push(Problem::UnknownBlock(format!(
                                "judul tingkat {level} (pakai ## atau ###)"
                            )));
                        }
                        push_block(
                            &mut stack,
                            Block::Heading {
                                level,
                                text: trim_inlines(text),
                            },
                            problems,
                        );
                    }
                }
                TagEnd::BlockQuote(_) => {
                    if let Some(Frame::Quote(blocks)) = stack.pop() {
                        if matches!(stack.last(), Some(Frame::Quote(_))) {
                            problems.push(Problem::UnknownBlock("kotak di dalam kotak".to_owned()));
                        } else if let Some(callout) = quote_to_callout(blocks, problems) {
                            push_block(&mut stack, callout, problems);
                        }
                    }
                }
                TagEnd::List(_) => {
                    if let Some(Frame::List(ordered, items)) = stack.pop() {
                        push_block(&mut stack, Block::List { ordered, items }, problems);
                    }
                }
                TagEnd::Item => {
                    if let Some(Frame::Item(text)) = stack.pop() {
                        if let Some(Frame::List(_, items)) = stack.last_mut() {
                            items.push(trim_inlines(text));
                        }
                    }
                }
                TagEnd::TableCell => {
                    if let Some(Frame::Cell(text)) = stack.pop() {
                        if let Some(Frame::Row(cells)) = stack.last_mut() {
                            cells.push(trim_inlines(text));
                        }
                    }
                }
                TagEnd::TableHead | TagEnd::TableRow => {
                    if let Some(Frame::Row(cells)) = stack.pop() {
                        if let Some(Frame::Table {
                            header,
                            rows,
                            in_head,
                        }) = stack.last_mut()
                        {
                            if *in_head {
                                *header = cells;
                                *in_head = false;
                            } else {
                                rows.push(cells);
                            }
                        }
                    }
                }
                TagEnd::Table => {
                    if let Some(Frame::Table { header, rows, .. }) = stack.pop() {
                        push_block(&mut stack, Block::Table { header, rows }, problems);
                    }
                }
                TagEnd::Strong => strong = strong.saturating_sub(1),
                TagEnd::Emphasis => em = em.saturating_sub(1),
                TagEnd::Link => {
                    if let Some((href, v)) = link.take() {
                        if let Some(target) = sink(&mut stack) {
                            target.push(Inline::Link { v, href });
                        }
                    }
                }
                TagEnd::Image => {
                    if let Some((src, alt)) = image.take() {
                        // An image is a block of its own: close the paragraph around it.
                        if let Some(Frame::Paragraph(text)) = stack.last_mut() {
                            let before = trim_inlines(std::mem::take(text));
                            if !before.is_empty() {
                                let para = Block::Paragraph { text: before };
                                let len = stack.len();
                                push_block(&mut stack[..len - 1], para, problems);
                            }
                            let len = stack.len();
                            push_block(&mut stack[..len - 1], Block::Image { src, alt }, problems);
                        } else {
                            problems
                                .push(Problem::UnknownBlock("gambar di luar paragraf".to_owned()));
                        }
                    }
                }
                _ => {}
            },
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, alt)) = image.as_mut() {
                    alt.push_str(&t);
                } else if let Some((_, v)) = link.as_mut() {
                    v.push_str(&t);
                } else if let Some(target) = sink(&mut stack) {
                    let v = t.to_string();
                    let inline = if strong > 0 {
                        Inline::Strong { v }
                    } else if em > 0 {
                        Inline::Em { v }
                    } else {
                        Inline::Text { v }
                    };
                    push_inline(target, inline);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, v)) = link.as_mut() {
                    v.push(' ');
                } else if let Some(target) = sink(&mut stack) {
                    push_inline(target, Inline::Text { v: " ".to_owned() });
                }
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                problems.push(Problem::UnknownBlock(format!(
                    "HTML tidak diizinkan: {}",
                    h.trim()
                )));
            }
            Event::Rule => problems.push(Problem::UnknownBlock("garis (---)".to_owned())),
            other => problems.push(Problem::UnknownBlock(format!("{other:?}"))),
        }
    }
    match stack.into_iter().next() {
        Some(Frame::Blocks(blocks)) => blocks,
        _ => Vec::new(),
    }
}
