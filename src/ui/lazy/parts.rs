//! Parts of pages drawn in place from the RTL chunk (issue 26, items 4 and 6), so the main
//! module carries only the check whether they are needed: the home screen's 30-day question
//! about a plan, what the learner keeps from a module (the RTL card, the journal) on the module
//! page, and a lesson's journal answer field (so the lesson chunk, which a deep link waits for,
//! does not grow). A learner with nothing of these never loads the chunk for them. Split from
//! `lazy.rs` (its split-point and `call!` macros are used here).

use leptos::prelude::*;
#[cfg(feature = "split")]
use leptos::wasm_split::wasm_split;

use crate::i18n::{t, Key, Lang};

use super::ChunkError;

split_point!(follow_ups_chunk, rtl, follow_ups, FollowUpsFn);
split_point!(module_keep_chunk, rtl, module_keep, KeepFn);
split_point!(journal_chunk, rtl, journal_field, JournalFn);
split_point!(module_worksheets_chunk, rtl, module_worksheets, KeepFn);

/// Draws the journal answer field of a lesson.
type JournalFn = fn(crate::domain::ids::ModuleId, crate::domain::ids::LessonId, Lang) -> AnyView;

fn journal_field(
    module: crate::domain::ids::ModuleId,
    lesson: crate::domain::ids::LessonId,
    lang: Lang,
) -> AnyView {
    super::super::blocks::journal::journal_view(module, lesson, lang)
}

/// Draws the 30-day questions about the plans of the modules in the signal.
type FollowUpsFn = fn(Memo<Vec<crate::domain::ids::ModuleId>>, Lang) -> AnyView;
/// Draws the RTL card and the journal of a module's page.
type KeepFn = fn(&crate::content::catalog::CatalogEntry) -> AnyView;

fn follow_ups(due: Memo<Vec<crate::domain::ids::ModuleId>>, lang: Lang) -> AnyView {
    super::super::pages::rtl_follow_up::follow_up_cards(due, lang)
}

fn module_keep(entry: &crate::content::catalog::CatalogEntry) -> AnyView {
    super::super::pages::module_keep::module_keep(entry)
}

/// The worksheets card of a module page: it reads the module's body, so drawing it from a
/// chunk keeps the body's decoder out of the main module (a module page without worksheets
/// never needs it; issue 28, item 6).
fn module_worksheets(entry: &crate::content::catalog::CatalogEntry) -> AnyView {
    super::super::pages::module_worksheets::module_worksheets(entry).into_any()
}

/// What draws a part of a page once its chunk is in.
type PartView = std::sync::Arc<dyn Fn() -> AnyView + Send + Sync>;

/// A part of a page from a chunk, drawn in place: nothing while it loads (it is no page of its
/// own: no loading line, no title), `fallback` if it cannot be loaded. `load` hands back what
/// draws the part; the view itself is one type for every part (a generic one would be a copy of
/// the renderer's code per part, in the main module).
fn lazy_part(
    load: impl std::future::Future<Output = Result<PartView, ChunkError>> + 'static,
    fallback: PartView,
) -> AnyView {
    let loaded = RwSignal::new(None::<PartView>);
    leptos::task::spawn_local(async move {
        let part = load.await.unwrap_or(fallback);
        // The learner may have left the page meanwhile.
        let _ = loaded.try_set(Some(part));
    });
    (move || loaded.get().map(|draw| draw())).into_any()
}

/// The 30-day questions about the plans of the modules in `due`, for the home screen; if the
/// chunk cannot be loaded, a link to each module's RTL page, which asks it too.
pub fn lazy_follow_ups(due: Memo<Vec<crate::domain::ids::ModuleId>>, lang: Lang) -> AnyView {
    let fallback: PartView = std::sync::Arc::new(move || {
        due.get()
            .iter()
            .map(|m| view! {
                <p class="card follow-up"><a href=super::super::links::rtl(m)>{t(lang, Key::RtlFollowTitle)}</a></p>
            })
            .collect_view()
            .into_any()
    });
    lazy_part(
        async move {
            let build = call!(follow_ups_chunk)?;
            Ok(std::sync::Arc::new(move || build(due, lang)) as PartView)
        },
        fallback,
    )
}

/// The RTL card and the journal of `entry`'s module page (nothing if the chunk cannot be
/// loaded: the result page leads to the RTL too).
pub fn lazy_module_keep(entry: crate::content::catalog::CatalogEntry) -> AnyView {
    lazy_part(
        async move {
            let build = call!(module_keep_chunk)?;
            Ok(std::sync::Arc::new(move || build(&entry)) as PartView)
        },
        std::sync::Arc::new(|| ().into_any()),
    )
}

/// The "Lembar kerja Anda" card of `entry`'s module page, for a learner with worksheets (nothing
/// if the chunk cannot be loaded: each worksheet stays in its lesson).
pub fn lazy_module_worksheets(entry: crate::content::catalog::CatalogEntry) -> AnyView {
    lazy_part(
        async move {
            let build = call!(module_worksheets_chunk)?;
            Ok(std::sync::Arc::new(move || build(&entry)) as PartView)
        },
        std::sync::Arc::new(|| ().into_any()),
    )
}

/// The journal answer field of `lesson`, inside its reflection box (nothing if the chunk cannot
/// be loaded: the reflection's prompt stays readable).
pub fn lazy_journal(
    module: crate::domain::ids::ModuleId,
    lesson: crate::domain::ids::LessonId,
    lang: Lang,
) -> AnyView {
    lazy_part(
        async move {
            let build = call!(journal_chunk)?;
            Ok(
                std::sync::Arc::new(move || build(module.clone(), lesson.clone(), lang))
                    as PartView,
            )
        },
        std::sync::Arc::new(|| ().into_any()),
    )
}
