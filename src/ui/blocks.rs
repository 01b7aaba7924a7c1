//! Renders lesson blocks: the static ones are the shared views (`views/blocks.rs`), the
//! interactive ones (a case discussion, a worksheet, a journal reflection's answer field) are
//! the app's.

mod discussion;
pub(crate) mod journal;
mod worksheet;

use leptos::prelude::*;

use crate::content::model::Block;
use crate::domain::ids::{LessonId, ModuleId};
use crate::i18n::Lang;

pub use crate::views::blocks::inlines_view;

/// A sequence of blocks outside a lesson's own list (a discussion's closing text): a journal
/// reflection there has no lesson to belong to and is shown without its field.
#[must_use]
pub fn blocks_view(blocks: &[Block], base: &str, lang: Lang) -> AnyView {
    view_with(blocks, base, lang, None)
}

/// A lesson's blocks; `base` is the pack folder for relative addresses. A journal reflection
/// (`> [!REFLEKSI-JURNAL]`) gets its answer field, saved as the journal entry of `lesson` of
/// `module`.
#[must_use]
pub fn lesson_blocks_view(
    blocks: &[Block],
    base: &str,
    lang: Lang,
    module: &ModuleId,
    lesson: &LessonId,
) -> AnyView {
    view_with(blocks, base, lang, Some((module, lesson)))
}

fn view_with(
    blocks: &[Block],
    base: &str,
    lang: Lang,
    journal: Option<(&ModuleId, &LessonId)>,
) -> AnyView {
    let interactive = move |block: &Block, index: usize| match block {
        Block::Discussion { choices, closing } => discussion::discussion_view(
            choices,
            closing,
            &format!("pembahasan-{index}"),
            base,
            lang,
        ),
        Block::Worksheet { id } => worksheet::worksheet_view(*id, lang),
        Block::Callout { journal: true, .. } => journal.map_or_else(
            || ().into_any(),
            // From the RTL chunk (`ui::lazy::lazy_journal`): the lesson chunk, which a deep
            // link waits for, stays as small as it was.
            |(module, lesson)| crate::ui::lazy::lazy_journal(module.clone(), lesson.clone(), lang),
        ),
        // The shared views draw every other block themselves.
        _ => ().into_any(),
    };
    crate::views::blocks::blocks_view(blocks, base, lang, interactive)
}
