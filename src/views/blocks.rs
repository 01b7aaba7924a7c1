//! Lesson blocks and inline text. Every string is a text node: nothing from a pack becomes
//! HTML. The interactive blocks (a case discussion, a worksheet, a journal reflection's answer
//! field inside its box) are the app's (`ui/blocks/`), drawn through the [`Interactive`] it
//! passes in.
//!
//! The start-up script draws a lesson's text before the wasm is here with a renderer of its own
//! (`content/boot.js`, `block`), since lesson text arrives as data: it must follow this file
//! part for part. `tests/renderer.rs` pins this file's hash in `boot.js` (the line
//! `// pin views/blocks.rs sha256 …`): change a view here, change the renderer there to match
//! (the fixture lesson in `tests/e2e/first-screen.spec.mjs` compares the two), then the pin.

use leptos::prelude::*;

use crate::content::model::{Block, Inline};
use crate::content::validate::{is_allowed_url, is_safe_relative_path};
use crate::i18n::{t, Key, Lang};

/// Draws an interactive block, given it and its position in its list of blocks. A generic
/// parameter, not `&dyn Fn`: the wasm splitter keeps every function called through the table in
/// the main module, and these views belong to the lesson's chunk.
pub trait Interactive: Fn(&Block, usize) -> AnyView + Copy {}

impl<F: Fn(&Block, usize) -> AnyView + Copy> Interactive for F {}

/// Resolves a pack-relative address against the pack's folder; absolute ones stay.
fn resolve(base: &str, url: &str) -> String {
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        url.to_owned()
    } else {
        format!("{base}{url}")
    }
}

fn inline_view(inline: &Inline, base: &str, lang: Lang) -> AnyView {
    match inline {
        Inline::Strong { v } => view! { <strong>{v.clone()}</strong> }.into_any(),
        Inline::Em { v } => view! { <em>{v.clone()}</em> }.into_any(),
        Inline::Link { v, href } if is_allowed_url(href) => {
            let external = href.to_ascii_lowercase().starts_with("http");
            let href = resolve(base, href);
            if external {
                view! {
                    <a href=href target="_blank" rel="noopener noreferrer">
                        {v.clone()}
                        <span class="visually-hidden">" " {t(lang, Key::NewTab)}</span>
                    </a>
                }
                .into_any()
            } else {
                view! { <a href=href>{v.clone()}</a> }.into_any()
            }
        }
        // Plain text, and links validation would have refused: shown as text.
        Inline::Text { v } | Inline::Link { v, .. } => v.clone().into_any(),
    }
}

/// A run of inline text.
#[must_use]
pub fn inlines_view(inlines: &[Inline], base: &str, lang: Lang) -> AnyView {
    inlines
        .iter()
        .map(|i| inline_view(i, base, lang))
        .collect_view()
        .into_any()
}

/// One block; `index` is its position in its lesson (names a discussion's radio group).
fn block_view(
    block: &Block,
    index: usize,
    base: &str,
    lang: Lang,
    interactive: impl Interactive,
) -> AnyView {
    match block {
        Block::Heading { level: 2, text } => {
            view! { <h2>{inlines_view(text, base, lang)}</h2> }.into_any()
        }
        Block::Heading { text, .. } => {
            view! { <h3>{inlines_view(text, base, lang)}</h3> }.into_any()
        }
        Block::Paragraph { text } => view! { <p>{inlines_view(text, base, lang)}</p> }.into_any(),
        Block::List { ordered, items } => {
            let items = items
                .iter()
                .map(|i| view! { <li>{inlines_view(i, base, lang)}</li> })
                .collect_view();
            if *ordered {
                view! { <ol>{items}</ol> }.into_any()
            } else {
                view! { <ul>{items}</ul> }.into_any()
            }
        }
        Block::Table { header, rows } => {
            let head = header
                .iter()
                .map(|c| view! { <th scope="col">{inlines_view(c, base, lang)}</th> })
                .collect_view();
            let body = rows
                .iter()
                .map(|r| {
                    let cells = r
                        .iter()
                        .map(|c| view! { <td>{inlines_view(c, base, lang)}</td> })
                        .collect_view();
                    view! { <tr>{cells}</tr> }
                })
                .collect_view();
            view! {
                <div class="table-wrap" role="region" tabindex="0" aria-label=t(lang, Key::TableLabel)>
                    <table>
                        <thead><tr>{head}</tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
        Block::Image { src, alt } => {
            // Only images next to the pack: the CSP (`img-src 'self'`) blocks any other, and an
            // image from elsewhere would tell that site who reads the lesson.
            if is_safe_relative_path(src) {
                view! { <img class="lesson-image" src=resolve(base, src) alt=alt.clone() loading="lazy" /> }.into_any()
            } else {
                view! { <p class="muted">{alt.clone()}</p> }.into_any()
            }
        }
        Block::Callout {
            kind,
            blocks,
            journal,
        } => {
            let label = t(lang, kind.label());
            // A journal reflection's answer field, under its prompt, inside the box.
            let answer = journal.then(|| interactive(block, index));
            view! {
                <aside class=kind.css_class() aria-label=label>
                    <p class="callout-title">{label}</p>
                    {blocks_view(blocks, base, lang, interactive)}
                    {answer}
                </aside>
            }
            .into_any()
        }
        Block::Discussion { .. } | Block::Worksheet { .. } => interactive(block, index),
        // Drawn here from its data (views/diagram.rs); the start-up script stops before it.
        Block::Diagram(diagram) => super::diagram::diagram_view(diagram, index, lang),
    }
}

/// A sequence of blocks; `base` is the pack folder for relative addresses.
#[must_use]
pub fn blocks_view(
    blocks: &[Block],
    base: &str,
    lang: Lang,
    interactive: impl Interactive,
) -> AnyView {
    blocks
        .iter()
        .enumerate()
        .map(|(i, b)| block_view(b, i, base, lang, interactive))
        .collect_view()
        .into_any()
}
