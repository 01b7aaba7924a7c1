//! Renders lesson blocks: the static ones are the shared views (`views/blocks.rs`), the
//! interactive ones (a case discussion, a worksheet) are the app's.

mod discussion;
mod worksheet;

use leptos::prelude::*;

use crate::content::model::Block;
use crate::i18n::Lang;

pub use crate::views::blocks::inlines_view;

/// A sequence of blocks; `base` is the pack folder for relative addresses.
#[must_use]
pub fn blocks_view(blocks: &[Block], base: &str, lang: Lang) -> AnyView {
    let interactive = |block: &Block, index: usize| match block {
        Block::Discussion { choices, closing } => discussion::discussion_view(
            choices,
            closing,
            &format!("pembahasan-{index}"),
            base,
            lang,
        ),
        Block::Worksheet { id } => worksheet::worksheet_view(*id, lang),
        // The shared views draw every other block themselves.
        _ => ().into_any(),
    };
    crate::views::blocks::blocks_view(blocks, base, lang, interactive)
}
