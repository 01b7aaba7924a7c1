//! The text search reads: a lesson block's plain text, a place's text (a lesson's title or
//! block, a glossary entry), every place of a module, and the snippet cut from a place's text.

use super::{words, Doc, SearchIndex};
use crate::content::model::{Block, Diagram, GlossaryEntry, Inline, Lesson, ModuleBody};

fn inline_text(out: &mut String, inlines: &[Inline]) {
    for inline in inlines {
        out.push_str(inline.text());
    }
}

fn sep(out: &mut String) {
    if !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
}

fn push_block(out: &mut String, block: &Block) {
    match block {
        Block::Heading { text, .. } | Block::Paragraph { text } => {
            sep(out);
            inline_text(out, text);
        }
        Block::List { items, .. } => {
            for item in items {
                sep(out);
                inline_text(out, item);
            }
        }
        Block::Table { header, rows } => {
            for cell in header.iter().chain(rows.iter().flatten()) {
                sep(out);
                inline_text(out, cell);
            }
        }
        Block::Image { alt, .. } => {
            sep(out);
            out.push_str(alt);
        }
        Block::Callout { blocks, .. } => {
            for b in blocks {
                push_block(out, b);
            }
        }
        // The options only: the discussion stays hidden until the learner has chosen, and a
        // search must not show it first.
        Block::Discussion { choices, .. } => {
            for c in choices {
                sep(out);
                out.push_str(&c.text);
            }
        }
        Block::Worksheet { .. } => {}
        Block::Diagram(diagram) => match diagram {
            Diagram::Pareto { title, bars, .. } => {
                sep(out);
                out.push_str(title);
                for b in bars {
                    sep(out);
                    out.push_str(&b.label);
                }
            }
            Diagram::Fishbone {
                title,
                effect,
                groups,
            } => {
                sep(out);
                out.push_str(title);
                sep(out);
                out.push_str(effect);
                for g in groups {
                    sep(out);
                    out.push_str(&g.name);
                    for c in &g.causes {
                        sep(out);
                        out.push_str(c);
                    }
                }
            }
        },
    }
}

/// The text a search finds in `block` (and cuts its snippet from): its words in reading
/// order, parts separated by a space.
#[must_use]
pub fn block_text(block: &Block) -> String {
    let mut out = String::new();
    push_block(&mut out, block);
    out
}

/// A piece of a snippet: text, and whether it is a word that was asked for.
pub type Piece = (String, bool);

/// About this many characters of text around the first match.
const SNIPPET_CHARS: usize = 150;
/// Of which about this many before it.
const SNIPPET_BEFORE: usize = 40;

/// A short excerpt of `text` around the first word whose root is one of `roots`, in pieces,
/// the matching words marked; cut at word boundaries, with "…" where text was left out.
#[must_use]
pub fn snippet(index: &SearchIndex, text: &str, roots: &[u32]) -> Vec<Piece> {
    let tokens = words(text);
    let marked: Vec<(usize, usize)> = tokens
        .iter()
        .filter(|(_, _, w)| index.root_of(w).is_some_and(|r| roots.contains(&r)))
        .map(|(s, e, _)| (*s, *e))
        .collect();
    let first = marked.first().map_or(0, |m| m.0);
    // Start a word or two before the first match; end near SNIPPET_CHARS further on.
    let start = tokens
        .iter()
        .map(|t| t.0)
        .filter(|s| *s <= first && first - *s <= SNIPPET_BEFORE)
        .min()
        .unwrap_or(first);
    let limit = start + SNIPPET_CHARS;
    let end = tokens
        .iter()
        .map(|t| t.1)
        .filter(|e| *e <= limit)
        .max()
        .filter(|e| *e > start)
        .unwrap_or(text.len());
    let end = if text.len() <= limit { text.len() } else { end };
    let mut out: Vec<Piece> = Vec::new();
    let mut push = |s: &str, mark: bool| {
        if !s.is_empty() {
            out.push((s.to_owned(), mark));
        }
    };
    if start > 0 {
        push("…", false);
    }
    let mut at = start;
    for (s, e) in marked.into_iter().filter(|(s, e)| *s >= start && *e <= end) {
        push(&text[at..s], false);
        push(&text[s..e], true);
        at = e;
    }
    push(&text[at..end], false);
    if end < text.len() {
        push("…", false);
    }
    out
}

/// The text at `anchor` of a lesson (0 the title, `n + 1` block `n`), for a snippet.
#[must_use]
pub fn lesson_anchor_text(lesson: &Lesson, anchor: u32) -> String {
    match anchor.checked_sub(1) {
        None => lesson.title.clone(),
        Some(n) => usize::try_from(n)
            .ok()
            .and_then(|n| lesson.blocks.get(n))
            .map(block_text)
            .unwrap_or_default(),
    }
}

/// The text of glossary entry `anchor`, for a snippet: "term — definition".
#[must_use]
pub fn glossary_anchor_text(glossary: &[GlossaryEntry], anchor: u32) -> String {
    usize::try_from(anchor)
        .ok()
        .and_then(|n| glossary.get(n))
        .map(|g| format!("{} — {}", g.term, g.definition))
        .unwrap_or_default()
}

/// The text of `doc`'s place `anchor` in its module's `lessons` or `glossary`.
#[must_use]
pub fn doc_text(lessons: &[Lesson], glossary: &[GlossaryEntry], doc: &Doc, anchor: u32) -> String {
    match &doc.lesson {
        Some(l) => lessons
            .iter()
            .find(|x| &x.id == l)
            .map(|x| lesson_anchor_text(x, anchor))
            .unwrap_or_default(),
        None => glossary_anchor_text(glossary, anchor),
    }
}

/// Every indexable place of a module: `(doc, anchor, text)`, lessons then glossary.
#[must_use]
pub fn module_places(body: &ModuleBody) -> Vec<(Doc, u32, String)> {
    let mut out = Vec::new();
    for lesson in &body.lessons {
        let doc = Doc {
            module: body.id.clone(),
            lesson: Some(lesson.id.clone()),
        };
        out.push((doc.clone(), 0, lesson.title.clone()));
        for (n, block) in lesson.blocks.iter().enumerate() {
            let text = block_text(block);
            if let Ok(anchor) = u32::try_from(n + 1) {
                if !text.trim().is_empty() {
                    out.push((doc.clone(), anchor, text));
                }
            }
        }
    }
    let doc = Doc {
        module: body.id.clone(),
        lesson: None,
    };
    for n in 0..body.glossary.len() {
        if let Ok(anchor) = u32::try_from(n) {
            out.push((
                doc.clone(),
                anchor,
                glossary_anchor_text(&body.glossary, anchor),
            ));
        }
    }
    out
}
