//! "Dengarkan": the order in which a lesson is read aloud, as plain data. A lesson becomes a
//! list of [`Segment`]s (one utterance each) in reading order — the title, headings,
//! paragraphs, list items one by one, tables row by row (each cell with its column's name), a
//! box's label and its content, an image's text alternative, a case's options, and a case's
//! *Pembahasan* once it is on the page — each with the place of the element that shows it, so
//! the player can highlight it and keep it in view.
//!
//! Invariants: the places follow the markup of `views/blocks.rs`, `views/lesson.rs`
//! (`LessonHead`) and `ui/blocks/discussion.rs` element for element (checked end to end by
//! `tests/e2e/listen.spec.mjs`, which compares each highlighted element's text with what is
//! spoken); decorative text is never read (the crumb, the "Pelajaran 1 dari 5 · 8 menit" line,
//! a link's hidden "(tab baru)", a worksheet's form); nothing here touches the browser.

use super::model::{Block, DiscussionChoice, Inline};
use crate::i18n::listen::Word;

/// Where a segment's element is: element-child indices, from the lesson's `<article>` down.
pub type Place = Vec<u16>;

/// The article's children before the lesson's blocks: crumb, title, meta line (`LessonHead`).
pub const BLOCKS_FROM: u16 = 3;
/// The title's place among the article's children.
pub const TITLE_AT: u16 = 1;

/// One utterance and the element it reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// What is spoken.
    pub text: String,
    /// The element highlighted meanwhile.
    pub place: Place,
    /// Read only when its element is on the page: a *Pembahasan*'s discussion, drawn once the
    /// learner has chosen an option. The player skips it while it is not there.
    pub when_shown: bool,
}

/// The text of an inline run, as it is read: the words only, spaces made single.
#[must_use]
pub fn spoken(inlines: &[Inline]) -> String {
    let mut all = String::new();
    for inline in inlines {
        match inline {
            Inline::Text { v }
            | Inline::Strong { v }
            | Inline::Em { v }
            | Inline::Link { v, .. } => all.push_str(v),
        }
    }
    tidy(&all)
}

fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A lesson's segments in reading order: its title, then its blocks. Labels the reading adds
/// (a box's name, "Gambar") are Indonesian, as the lesson and its voice are.
#[must_use]
pub fn reading_order(title: &str, blocks: &[Block]) -> Vec<Segment> {
    let mut out = Vec::new();
    push(&mut out, tidy(title), vec![TITLE_AT], false);
    read_blocks(&mut out, blocks, &[], BLOCKS_FROM, false);
    out
}

fn push(out: &mut Vec<Segment>, text: String, place: Place, when_shown: bool) {
    if !text.is_empty() {
        out.push(Segment {
            text,
            place,
            when_shown,
        });
    }
}

fn at(parent: &[u16], index: usize, offset: u16) -> Place {
    let mut place = parent.to_vec();
    place.push(
        u16::try_from(index)
            .unwrap_or(u16::MAX)
            .saturating_add(offset),
    );
    place
}

fn read_blocks(
    out: &mut Vec<Segment>,
    blocks: &[Block],
    parent: &[u16],
    offset: u16,
    hidden: bool,
) {
    for (i, block) in blocks.iter().enumerate() {
        read_block(out, block, &at(parent, i, offset), hidden);
    }
}

fn read_block(out: &mut Vec<Segment>, block: &Block, place: &[u16], hidden: bool) {
    match block {
        Block::Heading { text, .. } | Block::Paragraph { text } => {
            push(out, spoken(text), place.to_vec(), hidden);
        }
        Block::List { ordered, items } => {
            for (j, item) in items.iter().enumerate() {
                let text = spoken(item);
                let text = if *ordered && !text.is_empty() {
                    format!("{}. {text}", j + 1)
                } else {
                    text
                };
                push(out, text, at(place, j, 0), hidden);
            }
        }
        Block::Table { header, rows } => {
            // div.table-wrap > table > (thead, tbody) > tr: each body row with its columns' names.
            let names: Vec<String> = header.iter().map(|c| spoken(c)).collect();
            let body = at(&at(place, 0, 0), 1, 0);
            for (r, row) in rows.iter().enumerate() {
                let cells: Vec<String> = row
                    .iter()
                    .enumerate()
                    .filter_map(|(c, cell)| {
                        let value = spoken(cell);
                        if value.is_empty() {
                            return None;
                        }
                        Some(match names.get(c).filter(|n| !n.is_empty()) {
                            Some(name) => format!("{name}: {value}"),
                            None => value,
                        })
                    })
                    .collect();
                push(out, cells.join("; "), at(&body, r, 0), hidden);
            }
        }
        Block::Image { alt, .. } => {
            let alt = tidy(alt);
            if !alt.is_empty() {
                push(
                    out,
                    format!("{}: {alt}", Word::Image.id()),
                    place.to_vec(),
                    hidden,
                );
            }
        }
        Block::Callout { kind, blocks, .. } => {
            // aside > p.callout-title, then its blocks.
            let label = crate::i18n::t(crate::i18n::Lang::Id, kind.label());
            push(out, label.to_owned(), at(place, 0, 0), hidden);
            read_blocks(out, blocks, place, 1, hidden);
        }
        Block::Discussion { choices, closing } => read_discussion(out, choices, closing, place),
        // A form the learner fills in: nothing to read aloud.
        Block::Worksheet { .. } => {}
        // figure > figcaption, svg, … (views/diagram.rs): its name and its description in words,
        // as a screen reader hears them, in the lesson's language, while its caption (the title,
        // part of what is spoken) is highlighted.
        Block::Diagram(diagram) => {
            let (name, words) = super::diagram::describe(crate::i18n::Lang::Id, diagram);
            push(out, format!("{name}. {words}"), at(place, 0, 0), hidden);
        }
    }
}

/// section > p.callout-title, fieldset (legend, the options), div.discussion-body (once a
/// choice is made: ul.discussion-list > li, then the closing blocks).
fn read_discussion(
    out: &mut Vec<Segment>,
    choices: &[DiscussionChoice],
    closing: &[Block],
    place: &[u16],
) {
    let label = crate::i18n::t(crate::i18n::Lang::Id, crate::i18n::Key::CalloutPembahasan);
    push(out, label.to_owned(), at(place, 0, 0), false);
    let options: Vec<String> = choices.iter().map(|c| tidy(&c.text)).collect();
    let prompt = Word::Choices.id();
    push(
        out,
        format!("{prompt} {}", options.join("; ")),
        at(place, 1, 0),
        false,
    );
    let body = at(place, 2, 0);
    let list = at(&body, 0, 0);
    for (j, choice) in choices.iter().enumerate() {
        let mut text = tidy(&choice.text);
        if choice.best {
            let best = crate::i18n::t(crate::i18n::Lang::Id, crate::i18n::Key::DiscussionBest);
            text = format!("{text} ({best})");
        }
        let feedback = spoken(&choice.feedback);
        if !feedback.is_empty() {
            text = format!("{text}. {feedback}");
        }
        push(out, text, at(&list, j, 0), true);
    }
    read_blocks(out, closing, &body, 1, true);
}

#[cfg(test)]
mod tests;
