//! `bimtek-pack check-host <URL>`: what a deployer's host does to the app, found before a
//! learner finds it — redirects, MIME types, compression, `Cache-Control`, HTTPS, frame and CSP
//! headers, `packs.json` and its packs, and the service worker's precache list against its
//! SHA-256 hashes (docs/deploy.md).
//!
//! Functional core, thin shell: [`record::gather`] says what to ask and keeps every answer
//! (redirects observed, never followed silently) behind the [`record::Fetcher`] port;
//! [`rules::check`] turns a recorded [`record::Site`] into [`Finding`]s and does no I/O;
//! [`text`] gives each finding its words (Indonesian, English) and its one-line fixes for nginx,
//! Apache and `_headers`; [`report`] lays them out. Only `http` touches the network.
//!
//! Native only (never in the wasm build): registered in `lib.rs` under
//! `cfg(not(target_arch = "wasm32"))`, and its HTTP client is a native-only dependency.

pub mod csp;
pub mod http;
pub mod record;
pub mod report;
pub mod rules;
pub mod text;
pub mod url;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The app, or part of it, stops working for learners: the check exits non-zero.
    Error,
    /// Something learners notice (slower, late updates, no embed on another portal), but the
    /// app runs.
    Warning,
}

/// What a finding is about; its [`Code::id`] is printed with it and stable for scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    /// No Bimtek app answers at the address.
    Unreachable,
    /// A redirect to another resource (a login page, another site).
    RedirectElsewhere,
    /// A redirect that drops the query (`?origin=…&lang=…`).
    RedirectDropsQuery,
    /// `index.html` redirected to its folder.
    IndexRedirect,
    /// The folder's own address does not give the app.
    FolderNoIndex,
    /// The folder without its slash does not lead to the app.
    SlashlessBroken,
    /// Plain HTTP on a host other than this machine.
    NotHttps,
    /// `index.html` not served as `text/html`.
    MimeHtml,
    /// JavaScript not served as JavaScript.
    MimeJs,
    /// `.wasm` not served as `application/wasm`.
    MimeWasm,
    /// `.json` served as a web page.
    JsonAsHtml,
    /// `.json` not served as `application/json`.
    MimeJson,
    /// `.webmanifest` not served as a manifest.
    MimeManifest,
    /// wasm or JavaScript sent uncompressed.
    NoCompression,
    /// `index.html` may be kept in a browser's HTTP cache.
    CacheIndex,
    /// `sw.js` may be kept in an HTTP cache.
    CacheSw,
    /// Files whose names carry a content hash are not kept long.
    CacheHashed,
    /// `X-Frame-Options` or `frame-ancestors` keeps other portals from embedding.
    FrameBlocked,
    /// A host CSP without `'wasm-unsafe-eval'`.
    CspWasm,
    /// A host CSP that blocks the app's own or inline scripts.
    CspScript,
    /// A host CSP that blocks the app's own requests.
    CspConnect,
    /// A host CSP that blocks the app's styles, worker, manifest or images.
    CspOther,
    /// `sw.js` missing or without a precache list.
    SwMissing,
    /// A precache file missing.
    PrecacheMissing,
    /// A precache file differs from its SHA-256.
    PrecacheHash,
    /// A precache file could not be hashed (compressed without being asked).
    PrecacheUnverified,
    /// `packs.json` missing or unreadable.
    PacksList,
    /// A pack listed in `packs.json` that does not load.
    PackMissing,
}

impl Code {
    /// Every code, in report order.
    pub const ALL: [Self; 28] = [
        Self::Unreachable,
        Self::RedirectElsewhere,
        Self::RedirectDropsQuery,
        Self::IndexRedirect,
        Self::FolderNoIndex,
        Self::SlashlessBroken,
        Self::NotHttps,
        Self::MimeHtml,
        Self::MimeJs,
        Self::MimeWasm,
        Self::JsonAsHtml,
        Self::MimeJson,
        Self::MimeManifest,
        Self::NoCompression,
        Self::CacheIndex,
        Self::CacheSw,
        Self::CacheHashed,
        Self::FrameBlocked,
        Self::CspWasm,
        Self::CspScript,
        Self::CspConnect,
        Self::CspOther,
        Self::SwMissing,
        Self::PrecacheMissing,
        Self::PrecacheHash,
        Self::PrecacheUnverified,
        Self::PacksList,
        Self::PackMissing,
    ];

    /// The stable id printed in brackets (`[mime-wasm]`).
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::Unreachable => "unreachable",
            Self::RedirectElsewhere => "redirect-elsewhere",
            Self::RedirectDropsQuery => "redirect-drops-query",
            Self::IndexRedirect => "index-redirect",
            Self::FolderNoIndex => "folder-no-index",
            Self::SlashlessBroken => "slashless-broken",
            Self::NotHttps => "not-https",
            Self::MimeHtml => "mime-html",
            Self::MimeJs => "mime-js",
            Self::MimeWasm => "mime-wasm",
            Self::JsonAsHtml => "json-as-html",
            Self::MimeJson => "mime-json",
            Self::MimeManifest => "mime-webmanifest",
            Self::NoCompression => "no-compression",
            Self::CacheIndex => "cache-index",
            Self::CacheSw => "cache-sw",
            Self::CacheHashed => "cache-hashed",
            Self::FrameBlocked => "frame-blocked",
            Self::CspWasm => "csp-wasm",
            Self::CspScript => "csp-script",
            Self::CspConnect => "csp-connect",
            Self::CspOther => "csp-other",
            Self::SwMissing => "sw-missing",
            Self::PrecacheMissing => "precache-missing",
            Self::PrecacheHash => "precache-hash",
            Self::PrecacheUnverified => "precache-unverified",
            Self::PacksList => "packs-list",
            Self::PackMissing => "pack-missing",
        }
    }

    /// How bad it is: fixed per code.
    #[must_use]
    pub fn severity(self) -> Severity {
        match self {
            Self::IndexRedirect
            | Self::SlashlessBroken
            | Self::NotHttps
            | Self::MimeWasm
            | Self::MimeJson
            | Self::MimeManifest
            | Self::NoCompression
            | Self::CacheIndex
            | Self::CacheSw
            | Self::CacheHashed
            | Self::FrameBlocked
            | Self::CspOther
            | Self::PrecacheUnverified => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The part of the check it belongs to.
    #[must_use]
    pub fn area(self) -> Area {
        match self {
            Self::Unreachable
            | Self::RedirectElsewhere
            | Self::RedirectDropsQuery
            | Self::IndexRedirect
            | Self::FolderNoIndex
            | Self::SlashlessBroken => Area::Redirects,
            Self::NotHttps => Area::Https,
            Self::MimeHtml
            | Self::MimeJs
            | Self::MimeWasm
            | Self::JsonAsHtml
            | Self::MimeJson
            | Self::MimeManifest => Area::Mime,
            Self::NoCompression => Area::Compression,
            Self::CacheIndex | Self::CacheSw | Self::CacheHashed => Area::Caching,
            Self::FrameBlocked => Area::Frames,
            Self::CspWasm | Self::CspScript | Self::CspConnect | Self::CspOther => Area::Csp,
            Self::SwMissing
            | Self::PrecacheMissing
            | Self::PrecacheHash
            | Self::PrecacheUnverified => Area::Precache,
            Self::PacksList | Self::PackMissing => Area::Packs,
        }
    }
}

/// The parts of the check, each reported as passed or with its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    /// The app's address, `index.html`, the folder and its slash.
    Redirects,
    /// HTTPS.
    Https,
    /// Content types.
    Mime,
    /// `Content-Encoding`.
    Compression,
    /// `Cache-Control`.
    Caching,
    /// `X-Frame-Options`, `frame-ancestors`.
    Frames,
    /// The host's Content-Security-Policy.
    Csp,
    /// `sw.js` and its precache list.
    Precache,
    /// `packs.json` and its packs.
    Packs,
}

impl Area {
    /// Every area, in report order.
    pub const ALL: [Self; 9] = [
        Self::Redirects,
        Self::Https,
        Self::Mime,
        Self::Compression,
        Self::Caching,
        Self::Frames,
        Self::Csp,
        Self::Precache,
        Self::Packs,
    ];
}

/// One thing found, with the facts that show it (addresses, headers as sent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// What it is.
    pub code: Code,
    /// The evidence, one line each, as the host sent it (not translated).
    pub facts: Vec<String>,
}

impl Finding {
    /// How bad it is.
    #[must_use]
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }
}
