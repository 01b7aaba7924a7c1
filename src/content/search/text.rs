//! The plain text of a lesson block, as search indexes it and cuts snippets from it.

use crate::content::model::{Block, Diagram, Inline};

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
