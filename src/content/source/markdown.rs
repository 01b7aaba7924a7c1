//! Lessons: `+++` front matter and a Markdown body (pulldown-cmark, at build time only) → the
//! fixed set of safe blocks, with the callouts, *Pembahasan* and worksheet markers.
//!
//! Longer than our ~350-line guide on purpose: it is one state machine over pulldown-cmark's
//! events (a stack of open frames), and its helpers only make sense next to it.

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

use super::diagram_block;
use super::manifest::{split_front_matter, FrontMatter};
use super::toml_error;
use crate::content::error::{ContentError, Location, Problem};
use crate::content::model::{Block, CalloutKind, DiscussionChoice, Inline, Lesson};
use crate::domain::ids::LessonId;

pub(super) fn parse_lesson(
    file: &str,
    loc: &Location,
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
    // The body's first line in the file, for problems that name a line (diagrams).
    let first_line = text.len().checked_sub(body.len()).map_or(1, |at| {
        text.get(..at)
            .map_or(1, |head| head.matches('\n').count() + 1)
    });
    let blocks = markdown_to_blocks_from(body, first_line, &mut problems);
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
    /// A fenced diagram block (`diagram_block.rs`): its kind, its lines so far, its fence's
    /// line in the file.
    Diagram(&'static str, String, usize),
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
    let journal = marker == JOURNAL_MARKER;
    let kind = if journal {
        CalloutKind::Refleksi
    } else {
        let Some(kind) = CalloutKind::from_marker(&marker) else {
            problems.push(Problem::UnknownCallout(marker));
            return None;
        };
        kind
    };
    *v = rest[end + 1..].trim_start().to_owned();
    let text = trim_inlines(std::mem::take(text));
    if text.is_empty() {
        blocks.remove(0);
    } else if let Some(Block::Paragraph { text: t }) = blocks.first_mut() {
        *t = text;
    }
    Some(Block::Callout {
        kind,
        blocks,
        journal,
    })
}

/// The marker of a reflection whose prompt the app offers a saved text field for (the
/// lesson's journal entry): `> [!REFLEKSI-JURNAL]`, a `REFLEKSI` box in every other way.
const JOURNAL_MARKER: &str = "REFLEKSI-JURNAL";

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
/// Lesson Markdown → the safe blocks; problems found go to `problems`.
pub fn markdown_to_blocks(markdown: &str, problems: &mut Vec<Problem>) -> Vec<Block> {
    markdown_to_blocks_from(markdown, 1, problems)
}

/// [`markdown_to_blocks`] for Markdown that starts at line `first_line` of its file (problems
/// that name a line count from there).
#[allow(
    clippy::too_many_lines,
    reason = "one event loop over pulldown-cmark events reads best whole"
)]
pub fn markdown_to_blocks_from(
    markdown: &str,
    first_line: usize,
    problems: &mut Vec<Problem>,
) -> Vec<Block> {
    let options = Options::ENABLE_TABLES;
    let mut stack = vec![Frame::Blocks(Vec::new())];
    let mut strong = 0u32;
    let mut em = 0u32;
    let mut link: Option<(String, String)> = None;
    let mut image: Option<(String, String)> = None;

    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
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
                Tag::CodeBlock(CodeBlockKind::Fenced(info))
                    if diagram_block::KINDS.contains(&info.trim()) =>
                {
                    let kind = diagram_block::KINDS
                        .into_iter()
                        .find(|k| *k == info.trim())
                        .unwrap_or_default();
                    let fence_line = first_line
                        + markdown
                            .get(..range.start)
                            .map_or(0, |head| head.matches('\n').count());
                    stack.push(Frame::Diagram(kind, String::new(), fence_line));
                }
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
                TagEnd::CodeBlock if matches!(stack.last(), Some(Frame::Diagram(..))) => {
                    if let Some(Frame::Diagram(kind, lines, line)) = stack.pop() {
                        match diagram_block::parse(kind, &lines, line) {
                            Ok(diagram) => {
                                push_block(&mut stack, Block::Diagram(diagram), problems);
                            }
                            Err(why) => problems.push(Problem::BadDiagram(why)),
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
            Event::Text(t) if matches!(stack.last(), Some(Frame::Diagram(..))) => {
                if let Some(Frame::Diagram(_, lines, _)) = stack.last_mut() {
                    lines.push_str(&t);
                }
            }
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
