//! Names the app, the start-up script (`content/boot.js`), the stylesheet and the build scripts
//! must agree on, defined once here. `bimtek-pack first-screen` fills them into the start-up
//! script; `bimtek-pack names` prints them as JSON for the post-build scripts
//! (`scripts/post-build.sh` hands them to `wasm-split.mjs` and `scorm-package.mjs`);
//! `tests/renderer.rs` checks that `style/main.css` uses every root class and that no script
//! still spells one out.

use serde::Serialize;

/// The classes the start-up script and the app set on `<html>` (`style/main.css` acts on them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RootClasses {
    /// Nothing of the static first screen shows (another language, a frame, an embed).
    pub none: &'static str,
    /// Only the static header shows (a page other than home, until the script draws it).
    pub partial: &'static str,
    /// The script has drawn a page into the static main.
    pub page: &'static str,
    /// The app, mounted behind the static page, stays hidden until its own page is ready.
    pub hold: &'static str,
    /// The app has mounted: the start-up script stops answering address changes.
    pub app: &'static str,
}

/// See [`RootClasses`].
pub const ROOT_CLASSES: RootClasses = RootClasses {
    none: "fs-none",
    partial: "fs-partial",
    page: "fs-page",
    hold: "fs-hold",
    app: "fs-app",
};

/// The `<meta name=…>` in which `scripts/wasm-split.mjs` names the chunk files a first visit
/// may need, for the start-up script to preload and `scripts/scorm-package.mjs` to copy.
pub const CHUNKS_META: &str = "bimtek-chunks";

/// The list of packs the app reads at start, next to `index.html`.
pub const PACK_LIST: &str = "packs.json";

/// The `<meta name=…>` in which `bimtek-pack mark-checked` lists the fingerprints of the content
/// files the build validated (`content::checked`): the browser runs the validator only on others.
pub const CHECKED_META: &str = "bimtek-checked";

/// The wasm chunks a first visit may need (`ui/lazy.rs`: the lesson and quiz pages, the
/// English text), by the names of their split points: each is cut as one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LandingChunks {
    /// A lesson or a glossary.
    pub lesson: &'static str,
    /// A quiz or its result.
    pub quiz: &'static str,
    /// The English text.
    pub english: &'static str,
    /// A module's overview and the embed view.
    pub module: &'static str,
}

/// See [`LandingChunks`].
pub const LANDING_CHUNKS: LandingChunks = LandingChunks {
    lesson: "lesson",
    quiz: "quiz",
    english: "english",
    module: "module",
};

/// The chunks whose code shared with any other chunk goes into the one shared chunk
/// (`scripts/wasm-split.mjs`, `WASM_SPLIT_SHARED_CHUNK`): the two landing chunks, so that a deep
/// link fetches two files, and the restore chunk (`ui::lazy::saved_progress`, the decoders of
/// saved progress), so that a returning visit's start-up fetches two from the service worker,
/// not one per set of sharers.
pub const SHARED_CHUNK_SPLITS: [&str; 3] = [LANDING_CHUNKS.lesson, LANDING_CHUNKS.quiz, "restore"];

/// The landing chunks whose code shared with any other chunk stays in the main module
/// (`scripts/wasm-split.mjs`, `WASM_SPLIT_KEEP_SHARED_IN_MAIN`): the English text, and a module's
/// overview with the embed view (issue 28, item 6), so that each is one file. What only they
/// reach leaves the main module, which home needs; what they share with the lesson and quiz
/// pages stays where it was.
pub const KEEP_SHARED_IN_MAIN: [&str; 2] = [LANDING_CHUNKS.english, LANDING_CHUNKS.module];

/// The size caps the app and the service worker (`public/sw.js`) both apply to content files:
/// the worker never stores what the app would refuse to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Caps {
    /// Largest `packs.json`, `pack.json` or `lrs.json` (they list modules; real ones are a few
    /// KB), in bytes.
    pub list_bytes: usize,
    /// Largest module body (the built-in ones are about 30 KB), in bytes.
    pub body_bytes: usize,
}

/// See [`Caps`].
pub const CAPS: Caps = Caps {
    list_bytes: 256 * 1024,
    body_bytes: 2 * 1024 * 1024,
};

/// Everything above, as the build scripts and the start-up script read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Names {
    /// [`ROOT_CLASSES`].
    pub root_classes: RootClasses,
    /// [`CHUNKS_META`].
    pub chunks_meta: &'static str,
    /// [`LANDING_CHUNKS`].
    pub landing_chunks: LandingChunks,
    /// [`SHARED_CHUNK_SPLITS`].
    pub shared_chunk_splits: [&'static str; 3],
    /// [`KEEP_SHARED_IN_MAIN`].
    pub keep_shared_in_main: [&'static str; 2],
    /// [`CAPS`].
    pub caps: Caps,
}

/// See [`Names`].
pub const NAMES: Names = Names {
    root_classes: ROOT_CLASSES,
    chunks_meta: CHUNKS_META,
    landing_chunks: LANDING_CHUNKS,
    shared_chunk_splits: SHARED_CHUNK_SPLITS,
    keep_shared_in_main: KEEP_SHARED_IN_MAIN,
    caps: CAPS,
};
