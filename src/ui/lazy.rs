//! Pages loaded on demand as wasm chunks: those off the landing path, and the module's lesson
//! and quiz pages, which a deep link preloads (docs/design.md, "Chunks").
//!
//! With the `split` feature (Trunk's builds), each `#[wasm_split(<chunk>)]` function below is
//! a split point: the post-build step (`scripts/wasm-split.mjs`) moves it, and every function
//! only it reaches, into `bimtek-split_<chunk>-<hash>.wasm` (code two chunks share goes into a
//! `bimtek-chunk_<n>-<hash>.wasm` of its own), which the browser fetches the first time the
//! page opens.
//!
//! The pages inside a module past its overview are two chunks: `lesson` (lesson, glossary) and
//! `quiz` (quiz, result, pre-test); the embed view draws its parts through them too. The
//! *Rencana Tindak Lanjut* (issue 26) is a chunk of its own, `rtl`: its page, the 30-day
//! question the home screen asks, the RTL and journal cards of the module page, a lesson's
//! journal answer field (drawn in place, so the lesson chunk does not grow), and the module's
//! *Gelar Budaya Kerja* kit (`#/modul/<id>/gelar`). The review of missed questions is one too,
//! `review`, borrowing the quiz chunk's form and feedback through function pointers
//! (`QuizParts`). Neither is a
//! landing chunk: nobody lands on them from a first visit's address. A learner who lands
//! on home or a module page needs none of these before the app is ready; one who lands on a
//! lesson or a quiz gets its chunk in parallel with the main module, because the start-up script
//! preloads it for those addresses (`content/boot.js`, the file names from
//! `<meta name=bimtek-chunks>`, which `scripts/wasm-split.mjs` writes). So that loading one is
//! two files, not one per set of sharers, the splitter puts whatever these two share with any
//! other chunk into one shared chunk that every chunk loads, preloaded with them (wasm-split-cli,
//! patched: `WASM_SPLIT_SHARED_CHUNK`, `scripts/build-tools/wasm-split-cli.patch`); what the
//! English chunk shares stays in the main module (`WASM_SPLIT_KEEP_SHARED_IN_MAIN`), and so does
//! what the `module` chunk shares: a module's overview and the embed view, a landing chunk of one
//! file that a module's or an embed address preloads and home never needs. The catalog stays in
//! the main module; whatever of the module page reads a module's body (the worksheets card) is
//! drawn from a chunk, so the body's decoder is not in the main module.
//! So are the decoders of saved progress (`restore`, [`saved_progress`]): the start-up loads
//! them only when something is saved, and their shared code goes into the shared chunk too
//! (`content::names::SHARED_CHUNK_SPLITS`).
//!
//! A split function hands back a plain function pointer that builds its page, so the page is
//! built here, under the route's reactive owner, like every other page. A load that fails (lie-fi,
//! a host that lost the file) shows a message and a retry button; the loaders do not remember a
//! failure, so the retry fetches again. Leptos's own `#[lazy]` panics on a failed load
//! (leptos#4347), hence this small wrapper over the same `wasm_split_helpers` crate with its
//! `fallible` option.
#![allow(
    unsafe_code,
    reason = "the wasm_split macro declares the chunk's import and export (extern \"C\"); \
              the unsafe is in its expansion, none is written here"
)]
#![allow(
    clippy::unnecessary_wraps,
    reason = "a `fallible` split function must return a Result: the load error joins it"
)]

use leptos::prelude::*;
#[cfg(feature = "split")]
use leptos::wasm_split::wasm_split;

use crate::domain::route::Route;
use crate::i18n::{t, Key, Lang};
use crate::platform;

use super::pages::{
    AboutPage, EmbedGuidePage, PackCheckPage, RecordPage, SearchPage, SettingsPage, TrainersPage,
};

/// A chunk could not be fetched or instantiated (the details are in the console).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Self
    }
}

/// Builds a page once its chunk is loaded.
type PageFn = fn(Lang) -> AnyView;

/// The pages that live in chunks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LazyPage {
    Settings,
    Record,
    EmbedGuide,
    PackCheck,
    /// "Untuk pelatih", which leads to the two above.
    Trainers,
    About,
    /// `#/cari`: search across the lessons (issue 30, finding 10).
    Search,
    /// `#/pelatih/rekap`: the class summary (issue 27, item 2), a chunk of its own: only a
    /// trainer opens it, and it carries the item analysis, the charts and the XLSX writer.
    ClassReport,
    /// A SCORM package's whole app (ui/scorm.rs): only an LMS launch page needs it.
    Scorm,
}

fn settings(_: Lang) -> AnyView {
    view! { <SettingsPage /> }.into_any()
}
fn record(_: Lang) -> AnyView {
    view! { <RecordPage /> }.into_any()
}
fn embed_guide(_: Lang) -> AnyView {
    view! { <EmbedGuidePage /> }.into_any()
}
fn pack_check(_: Lang) -> AnyView {
    view! { <PackCheckPage /> }.into_any()
}
fn trainers(lang: Lang) -> AnyView {
    view! { <TrainersPage lang=lang /> }.into_any()
}
fn search(lang: Lang) -> AnyView {
    view! { <SearchPage lang=lang /> }.into_any()
}
fn class_report(lang: Lang) -> AnyView {
    view! { <super::pages::rekap::ClassReportPage lang=lang /> }.into_any()
}
fn about(lang: Lang) -> AnyView {
    view! { <AboutPage lang=lang /> }.into_any()
}

fn scorm(_: Lang) -> AnyView {
    // `ui::start` mounts this only for a launch page with a valid module id.
    match crate::platform::scorm::launch_module()
        .and_then(|id| crate::domain::ids::ModuleId::parse(&id).ok())
    {
        Some(module) => view! { <super::scorm::ScormApp module=module /> }.into_any(),
        None => ().into_any(),
    }
}

/// A split point: `$split` names the function that loads chunk `$chunk` and hands back `$page`.
// rustfmt re-indents an attribute inside a macro body on every run (not idempotent): skipped.
#[rustfmt::skip]
macro_rules! split_point {
    ($split:ident, $chunk:ident, $page:ident) => {
        split_point!($split, $chunk, $page, PageFn);
    };
    ($split:ident, $chunk:ident, $page:ident, $ty:ty) => {
        #[cfg_attr(feature = "split", wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible))]
        fn $split() -> Result<$ty, ChunkError> {
            Ok($page)
        }
    };
}
split_point!(settings_chunk, settings, settings);
split_point!(record_chunk, record, record);
// The trainers' pages share one chunk: whoever opens one is likely to open the others.
split_point!(embed_guide_chunk, trainers, embed_guide);
split_point!(pack_check_chunk, trainers, pack_check);
split_point!(trainers_chunk, trainers, trainers);
split_point!(about_chunk, about, about);
split_point!(search_chunk, search, search);
split_point!(rekap_chunk, rekap, class_report);
split_point!(scorm_chunk, scorm, scorm);
split_point!(lesson_chunk, lesson, lesson_pages, LearnFn);
// The module page and the embed view (issue 28, item 6): a landing chunk, which a module page's
// or an embed view's address preloads; home needs neither. What they share with any other chunk
// stays in the main module (`WASM_SPLIT_KEEP_SHARED_IN_MAIN`), so it is one file.
split_point!(module_chunk, module, module_pages, LearnFn);
/// The module chunk's pages.
fn module_pages(route: Route) -> AnyView {
    match route {
        Route::Module(id) => view! { <super::pages::ModulePage id=id /> }.into_any(),
        Route::Embed(id, part) => view! { <super::pages::EmbedView id=id part=part /> }.into_any(),
        _ => ().into_any(),
    }
}
split_point!(quiz_chunk, quiz, quiz_pages, LearnFn);
// The RTL chunk (issue 26, items 4 and 6): its page, and the parts of other pages it draws in
// place (`parts.rs`).
split_point!(rtl_chunk, rtl, rtl_pages, LearnFn);
/// The RTL chunk's page.
fn rtl_pages(route: Route) -> AnyView {
    match route {
        Route::Rtl(id) => view! { <super::pages::rtl::RtlPage id=id /> }.into_any(),
        Route::Gelar(id) => view! { <super::pages::gelar::GelarPage id=id /> }.into_any(),
        _ => ().into_any(),
    }
}

/// Builds a learn chunk's page for a route.
type LearnFn = fn(Route) -> AnyView;

// The review of missed questions ("Ulang soal yang salah", issue 29 item 2): its page, and the
// step that puts a question missed in a post-test into the queue. A chunk of its own, not part
// of the quiz chunk, which a quiz deep link waits for. It asks with the quiz's own form and
// feedback, which it takes from the quiz chunk as plain function pointers at run time
// (`QuizParts`): neither chunk refers to the other's code, so none of it goes into the shared
// chunk (what the lesson or quiz chunk shares with another chunk goes there).
split_point!(review_chunk, review, review_pages, LearnFn);
split_point!(missed_chunk, review, missed_steps, MissedFn);
split_point!(quiz_parts_chunk, quiz, QUIZ_PARTS, QuizParts);

/// The review chunk's pages.
fn review_pages(route: Route) -> AnyView {
    match route {
        Route::Review => view! { <super::pages::review::ReviewPage /> }.into_any(),
        Route::Embed(id, crate::domain::route::EmbedPart::Review) => {
            view! { <super::pages::review::ReviewPage scope=id /> }.into_any()
        }
        _ => ().into_any(),
    }
}

/// Puts the questions missed in a post-test into the review queue (the review chunk's).
type MissedFn = fn(
    super::state::AppState,
    Vec<(
        crate::domain::ids::ModuleId,
        crate::domain::course::Question,
    )>,
);

fn missed_steps(
    state: super::state::AppState,
    missed: Vec<(
        crate::domain::ids::ModuleId,
        crate::domain::course::Question,
    )>,
) {
    super::pages::review::queue_missed(state, missed);
}

/// What the review page borrows from the quiz chunk, as function pointers (see `review_chunk`).
#[derive(Debug, Clone, Copy)]
pub struct QuizParts {
    /// The question's form.
    pub form: super::pages::quiz_parts::FormFn,
    /// The feedback after an answer.
    pub feedback: super::pages::quiz_parts::FeedbackFn,
    /// The verdict's words ("Tepat", "Sebagian tepat (50%)"), for the live region.
    pub verdict: fn(Lang, &crate::domain::quiz::Graded) -> String,
    /// Grading an answer.
    pub grade: fn(
        &crate::domain::course::Question,
        &crate::domain::quiz::Answer,
    ) -> Result<crate::domain::quiz::Graded, crate::domain::quiz::AnswerError>,
}

/// The quiz chunk's parts for the review page.
const QUIZ_PARTS: QuizParts = super::pages::quiz_parts::PARTS;

/// The quiz chunk's parts, once the review chunk's load brought them (always, without `split`).
#[must_use]
pub fn quiz_parts() -> Option<QuizParts> {
    if cfg!(feature = "split") {
        PARTS.get()
    } else {
        Some(QUIZ_PARTS)
    }
}

thread_local! {
    /// The quiz chunk's parts, once loaded with the review chunk.
    static PARTS: std::cell::Cell<Option<QuizParts>> = const { std::cell::Cell::new(None) };
    /// Questions missed in a post-test while the review chunk is not in yet.
    static MISSED: std::cell::RefCell<Vec<(crate::domain::ids::ModuleId, crate::domain::course::Question)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Puts a question missed in a post-test into the review queue, from the review chunk (loaded
/// in the background the first time). One that cannot be loaded (lie-fi before the first
/// visit was cached) leaves its questions waiting in this page; the next miss brings them too.
pub fn queue_missed(
    state: super::state::AppState,
    module: crate::domain::ids::ModuleId,
    question: crate::domain::course::Question,
) {
    MISSED.with_borrow_mut(|m| m.push((module, question)));
    leptos::task::spawn_local(async move {
        #[cfg(feature = "split")]
        let loaded = missed_chunk().await;
        #[cfg(not(feature = "split"))]
        let loaded = missed_chunk();
        if let Ok(queue) = loaded {
            let missed = MISSED.take();
            if !missed.is_empty() {
                queue(state, missed);
            }
        }
    });
}

/// The lesson chunk's pages.
fn lesson_pages(route: Route) -> AnyView {
    use super::pages::{GlossaryPage, LessonPage};
    match route {
        Route::Lesson(module, lesson) => {
            view! { <LessonPage module=module lesson=lesson /> }.into_any()
        }
        Route::Glossary(id) => view! { <GlossaryPage id=id /> }.into_any(),
        _ => ().into_any(),
    }
}

/// The quiz chunk's pages.
fn quiz_pages(route: Route) -> AnyView {
    use super::pages::{QuizPage, QuizResultPage};
    match route {
        Route::Quiz(id) => view! { <QuizPage id=id /> }.into_any(),
        Route::QuizResult(id) => view! { <QuizResultPage id=id /> }.into_any(),
        Route::Pretest(id) => view! { <super::pages::pretest::PretestPage id=id /> }.into_any(),
        _ => ().into_any(),
    }
}

// The English UI text (i18n.rs): an Indonesian learner's phone never downloads it.
#[cfg(feature = "split")]
#[wasm_split(english, wasm_split_path = ::leptos::wasm_split, fallible)]
fn english_chunk() -> Result<&'static [&'static str], ChunkError> {
    Ok(crate::i18n::ENGLISH)
}

/// How long the app in English waits for its text's chunk, counted once the main module runs
/// (the start-up script preloaded the chunk in parallel with it, so it is usually already in).
#[cfg(feature = "split")]
const ENGLISH_WAIT_MS: u32 = 5_000;

/// Loads the English text before the app mounts in English (`ui::start`). A chunk that fails,
/// or has not come within [`ENGLISH_WAIT_MS`] (lie-fi), leaves the Indonesian text standing in
/// and the app starts: a learner is never left before a blank page for the loader's full 20 s.
/// A chunk that comes later is not used, so one page never mixes the two languages.
#[cfg(feature = "split")]
pub async fn load_english() {
    use futures::channel::oneshot;
    use futures::future::{select, Either};
    // The load runs as a task of its own, to its end: a split loader's future is not meant to
    // be dropped half-way (wasm_split_helpers), so the wait below only stops listening.
    let (loaded_tx, loaded_rx) = oneshot::channel();
    wasm_bindgen_futures::spawn_local(async move {
        let _ = loaded_tx.send(english_chunk().await);
    });
    let (late_tx, late_rx) = oneshot::channel::<()>();
    let _timer = gloo::timers::callback::Timeout::new(ENGLISH_WAIT_MS, move || {
        let _ = late_tx.send(());
    });
    match select(loaded_rx, late_rx).await {
        Either::Left((Ok(Ok(table)), _)) => crate::i18n::set_english(table),
        _ => web_sys::console::warn_1(&"English text unavailable: showing Indonesian".into()),
    }
}

// The LRS outbox's engine (ui/lrs/engine.rs): only needed once the app is ready (or for a
// launch), never for the first screen.
#[cfg_attr(feature = "split", wasm_split(lrs, wasm_split_path = ::leptos::wasm_split, fallible))]
fn lrs_chunk() -> Result<super::lrs::Engine, ChunkError> {
    Ok(super::lrs::engine::start)
}

/// Loads the LRS engine's chunk (a failure is not remembered: a later call fetches again).
///
/// # Errors
/// [`ChunkError`] when the chunk cannot be fetched or instantiated.
#[cfg_attr(
    not(feature = "split"),
    allow(
        clippy::unused_async,
        reason = "async with `split`, one signature for both"
    )
)]
pub async fn lrs_engine() -> Result<super::lrs::Engine, ChunkError> {
    #[cfg(feature = "split")]
    let engine = lrs_chunk().await;
    #[cfg(not(feature = "split"))]
    let engine = lrs_chunk();
    engine
}

// The validator's rules (content::checked): only for a content file the build did not check
// (a deployer's pack, a file changed after the build), never for the built-in course.
#[cfg_attr(feature = "split", wasm_split(checks, wasm_split_path = ::leptos::wasm_split, fallible))]
fn checks_chunk() -> Result<&'static crate::content::checked::Checks, ChunkError> {
    Ok(&crate::content::checked::CHECKS)
}

/// Brings the validator's rules, loading their chunk first
/// ([`crate::content::checked::LoadChecks`]): `None` when the chunk cannot be loaded (its
/// details are in the console; a later call fetches again).
#[must_use]
pub fn content_checks(
) -> futures::future::LocalBoxFuture<'static, Option<&'static crate::content::checked::Checks>> {
    Box::pin(async {
        #[cfg(feature = "split")]
        let checks = checks_chunk().await;
        #[cfg(not(feature = "split"))]
        let checks = checks_chunk();
        checks.ok()
    })
}

thread_local! {
    /// Pages whose chunk is in: opened again, they render at once, without a loading frame.
    static LOADED: std::cell::RefCell<Vec<(LazyPage, PageFn)>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The lesson, quiz, RTL, review and module chunks, once they are in.
    static LEARN: std::cell::Cell<[Option<LearnFn>; 5]> = const { std::cell::Cell::new([None; 5]) };
}

// A split function is async (it loads its chunk first); without `split` it is a plain call, as
// in the wasm-bindgen tests, which mount the app unsplit.
#[cfg(feature = "split")]
macro_rules! call {
    ($f:ident) => {
        $f().await
    };
}
#[cfg(not(feature = "split"))]
macro_rules! call {
    ($f:ident) => {
        $f()
    };
}

// Parts of pages drawn in place from a chunk (after the macros above, which it uses).
mod parts;
pub use parts::{lazy_follow_ups, lazy_journal, lazy_module_keep, lazy_module_worksheets};

// Reading saved progress at start (issue 28, item 6): every stored row's decoder, which a first
// visit, with nothing saved, never runs. A returning visit fetches it from the service worker's
// copy (every chunk is precached after the first visit).
split_point!(restore_chunk, restore, read_saved, ReadSavedFn);

/// A store handed back with what was read from it.
type Saved = (
    crate::platform::store::AnyStore,
    Result<crate::domain::transfer::Snapshot, crate::storage::StorageError>,
);

/// Reads a store's whole snapshot and hands the store back.
type ReadSavedFn =
    fn(crate::platform::store::AnyStore) -> futures::future::LocalBoxFuture<'static, Saved>;

fn read_saved(
    store: crate::platform::store::AnyStore,
) -> futures::future::LocalBoxFuture<'static, Saved> {
    use crate::storage::ProgressStore;
    Box::pin(async move {
        let snapshot = store.snapshot().await;
        (store, snapshot)
    })
}

/// The progress saved in `store`, read at start: nothing to decode when nothing is saved (a
/// first visit: no chunk is fetched); otherwise through the restore chunk. A chunk that
/// cannot be loaded is [`StorageError::ReaderUnavailable`](crate::storage::StorageError):
/// nothing is changed, and a reload reads it.
pub async fn saved_progress(store: crate::platform::store::AnyStore) -> Saved {
    use crate::storage::ProgressStore;
    match store.holds_progress().await {
        Ok(false) => return (store, Ok(crate::domain::transfer::Snapshot::default())),
        Err(e) => return (store, Err(e)),
        Ok(true) => {}
    }
    match call!(restore_chunk) {
        Ok(read) => read(store).await,
        Err(ChunkError) => (store, Err(crate::storage::StorageError::ReaderUnavailable)),
    }
}

impl LazyPage {
    fn loaded(self) -> Option<PageFn> {
        LOADED.with_borrow(|l| l.iter().find(|(p, _)| *p == self).map(|(_, f)| *f))
    }

    #[cfg_attr(
        not(feature = "split"),
        allow(
            clippy::unused_async,
            reason = "async with `split`, one signature for both"
        )
    )]
    async fn load(self) -> Result<PageFn, ChunkError> {
        let build = match self {
            Self::Settings => call!(settings_chunk),
            Self::Record => call!(record_chunk),
            Self::EmbedGuide => call!(embed_guide_chunk),
            Self::PackCheck => call!(pack_check_chunk),
            Self::Trainers => call!(trainers_chunk),
            Self::About => call!(about_chunk),
            Self::Search => call!(search_chunk),
            Self::ClassReport => call!(rekap_chunk),
            Self::Scorm => call!(scorm_chunk),
        }?;
        LOADED.with_borrow_mut(|l| l.push((self, build)));
        Ok(build)
    }
}

/// The chunk that draws a page inside a module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LearnChunk {
    /// Lesson and glossary.
    Lesson,
    /// Quiz and result.
    Quiz,
    /// The *Rencana Tindak Lanjut* and the *Gelar Budaya Kerja* kit: the module's pages after
    /// its lessons (no landing chunk: a deep link to them waits for the app).
    Rtl,
    /// The review of missed questions (no landing chunk; it brings the quiz chunk's parts).
    Review,
    /// A module's overview and the embed view (which draws the module's other pages through
    /// the chunks above).
    Module,
}

impl LearnChunk {
    /// The chunk for `route`, if a learn chunk draws it.
    #[must_use]
    pub const fn of(route: &Route) -> Option<Self> {
        match route {
            Route::Lesson(..) | Route::Glossary(_) => Some(Self::Lesson),
            Route::Quiz(_) | Route::QuizResult(_) | Route::Pretest(_) => Some(Self::Quiz),
            Route::Review | Route::Embed(_, crate::domain::route::EmbedPart::Review) => {
                Some(Self::Review)
            }
            Route::Rtl(_) | Route::Gelar(_) => Some(Self::Rtl),
            Route::Module(_) | Route::Embed(..) => Some(Self::Module),
            _ => None,
        }
    }

    const fn index(self) -> usize {
        self as usize
    }

    /// Its builder, if it is in (always, in a build without `split`).
    fn loaded(self) -> Option<LearnFn> {
        if cfg!(feature = "split") {
            LEARN.get()[self.index()]
        } else {
            Some(match self {
                Self::Lesson => lesson_pages,
                Self::Quiz => quiz_pages,
                Self::Rtl => rtl_pages,
                Self::Review => review_pages,
                Self::Module => module_pages,
            })
        }
    }

    #[cfg_attr(
        not(feature = "split"),
        allow(
            clippy::unused_async,
            reason = "async with `split`, one signature for both"
        )
    )]
    async fn load(self) -> Result<LearnFn, ChunkError> {
        let build = match self {
            Self::Lesson => call!(lesson_chunk),
            Self::Quiz => call!(quiz_chunk),
            Self::Rtl => call!(rtl_chunk),
            Self::Module => call!(module_chunk),
            Self::Review => {
                // The quiz chunk's form and feedback first: the page draws with them.
                let parts = call!(quiz_parts_chunk)?;
                PARTS.set(Some(parts));
                call!(review_chunk)
            }
        }?;
        let mut all = LEARN.get();
        all[self.index()] = Some(build);
        LEARN.set(all);
        Ok(build)
    }
}

/// Each learn chunk's load, for the static first screen's hand-over
/// (`app::release_when_settled`): `None` while it loads, `Some(true)` once it is in,
/// `Some(false)` when it failed and its page shows the retry. Provided by the app root.
#[derive(Debug, Clone, Copy)]
pub struct LearnSettled([RwSignal<Option<bool>>; 5]);

impl LearnSettled {
    /// New flags, already `Some(true)` for a chunk that is in.
    #[must_use]
    pub fn new() -> Self {
        Self(
            [
                LearnChunk::Lesson,
                LearnChunk::Quiz,
                LearnChunk::Rtl,
                LearnChunk::Review,
                LearnChunk::Module,
            ]
            .map(|c| RwSignal::new(c.loaded().map(|_| true))),
        )
    }

    /// How `chunk`'s load ended, if it has (tracked).
    #[must_use]
    pub fn get(self, chunk: LearnChunk) -> Option<bool> {
        self.0[chunk.index()].get()
    }
}

#[derive(Clone, Copy)]
enum Load<F: Copy> {
    Loading,
    Ready(F),
    Failed,
}

/// The page, once its chunk is in; until then a loading line, or a retry after a failure.
pub fn lazy_page(page: LazyPage, lang: Lang) -> AnyView {
    lazy_view(
        page.loaded(),
        move || page.load(),
        move |build| build(lang),
        lang,
        |_| {},
    )
}

/// The page for `route` from its learn chunk (lesson, glossary, quiz, result, RTL).
pub fn lazy_learn(route: Route, lang: Lang) -> AnyView {
    match LearnChunk::of(&route) {
        Some(chunk) => learn_page(chunk, route, lang),
        None => ().into_any(),
    }
}

/// A module's overview or the embed view (any of its parts) from the module chunk.
pub fn lazy_module(route: Route, lang: Lang) -> AnyView {
    learn_page(LearnChunk::Module, route, lang)
}

/// Fetches the module chunk in the background once the first view is usable, so that the
/// learner's first tap on a module card opens its page at once, not after a fetch over a slow
/// network (home does not need the chunk to be ready; the service worker's precache, which
/// also brings it, may still be under way). A failure is left for the page's own retry. Once
/// in, `settled` says so, as the page's own load would: a module page opened later renders from
/// the chunk at once, without a load of its own, and the static first screen's hand-over
/// (`app::release_when_settled`) must not wait for one.
pub fn warm_module_chunk(settled: LearnSettled) {
    if LearnChunk::Module.loaded().is_none() {
        leptos::task::spawn_local(async move {
            if LearnChunk::Module.load().await.is_ok() {
                let _ = settled.0[LearnChunk::Module.index()].try_set(Some(true));
            }
        });
    }
}

/// The page for `route` from `chunk`.
fn learn_page(chunk: LearnChunk, route: Route, lang: Lang) -> AnyView {
    let settled = use_context::<LearnSettled>();
    lazy_view(
        chunk.loaded(),
        move || chunk.load(),
        move |build| build(route.clone()),
        lang,
        move |ok| {
            if let Some(LearnSettled(s)) = settled {
                s[chunk.index()].set(Some(ok));
            }
        },
    )
}

/// The view `build` makes once `load` has the chunk (`loaded` when it is in already); a
/// loading line until then, or a retry after a failure. `settled` runs once a load ends,
/// with whether it succeeded.
fn lazy_view<F, Fut>(
    loaded: Option<F>,
    load: impl Fn() -> Fut + Copy + Send + Sync + 'static,
    build: impl Fn(F) -> AnyView + Send + Sync + 'static,
    lang: Lang,
    settled: impl Fn(bool) + Copy + Send + Sync + 'static,
) -> AnyView
where
    F: Copy + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<F, ChunkError>> + 'static,
{
    let (state, set_state) = signal(loaded.map_or(Load::Loading, Load::Ready));
    let attempt = move || {
        set_state.set(Load::Loading);
        leptos::task::spawn_local(async move {
            let next = match load().await {
                Ok(build) => Load::Ready(build),
                Err(ChunkError) => Load::Failed,
            };
            settled(matches!(next, Load::Ready(_)));
            // Navigation focused the loading line (it stands in as the page title); the page's
            // own title takes the focus over once it is there.
            let had_focus = platform::is_focused("page-title");
            // The learner may have left the page meanwhile: then there is nothing to update.
            if set_state.try_set(next).is_none() && had_focus {
                request_animation_frame(|| platform::focus_element("page-title"));
            }
        });
    };
    if loaded.is_none() {
        attempt();
    }
    (move || match state.get() {
        Load::Ready(f) => build(f),
        Load::Loading => {
            view! { <crate::views::lesson::LoadingTitle lang=lang key=Key::LoadingPage /> }
                .into_any()
        }
        Load::Failed => view! {
            <div class="alert alert-error" role="alert">
                <h1 id="page-title" tabindex="-1">{t(lang, Key::ChunkFailedTitle)}</h1>
                <p>{t(lang, Key::ChunkFailed)}</p>
                <button class="button" type="button" on:click=move |_| attempt()>
                    {t(lang, Key::Retry)}
                </button>
            </div>
        }
        .into_any(),
    })
    .into_any()
}
