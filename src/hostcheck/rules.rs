//! The check itself: a recorded [`Site`] in, [`Finding`]s out. No I/O, no clock; every rule is
//! a plain function of the answers the host gave (tested in `tests/hostcheck.rs` on recorded
//! answers from hosts that behave as Cloudflare Pages, Netlify, nginx, Apache and GitHub Pages).
//!
//! What counts as breaking (an [`Severity::Error`](super::Severity)) follows what the app and
//! its service worker do (`public/sw.js`, docs/design.md): a precache file missing or differing
//! from its hash fails the worker's install (no offline, no updates); a module script or
//! `sw.js` with a wrong type is refused by the browser; a JSON file answered with a web page
//! is refused as a login page; a host CSP without `'wasm-unsafe-eval'` stops WebAssembly.

use std::collections::BTreeMap;

use base64::Engine as _;
use sha2::{Digest as _, Sha256};

use super::csp::{self, Policy};
use super::record::{Fetched, PrecacheEntry, Reply, Site};
use super::url::Url;
use super::{Code, Finding};

/// Why a list the check reads (the precache list in `sw.js`, `packs.json`) cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ListError {
    /// `sw.js` still has the build's placeholder: the post-build step did not run.
    #[error("sw.js: __PRECACHE__ (post-build step not run)")]
    Unprocessed,
    /// No `PRECACHE = [...]` in `sw.js`.
    #[error("sw.js: PRECACHE = [...] not found")]
    NoList,
    /// Not the JSON expected.
    #[error("{0}")]
    Json(String),
}

/// The precache list written into `sw.js` by `scripts/sw-precache.mjs`:
/// `const PRECACHE = [["path", "sha256-…"], …];` (entries may carry more fields after these, or
/// be objects with `path` and `integrity`).
///
/// # Errors
/// [`ListError`] when `sw.js` has no readable list.
pub fn precache_list(sw: &[u8]) -> Result<Vec<PrecacheEntry>, ListError> {
    let text = String::from_utf8_lossy(sw);
    let at = text.find("PRECACHE =").ok_or(ListError::NoList)?;
    let rest = text[at + "PRECACHE =".len()..].trim_start();
    if rest.starts_with("__PRECACHE__") {
        return Err(ListError::Unprocessed);
    }
    let value = serde_json::Deserializer::from_str(rest)
        .into_iter::<serde_json::Value>()
        .next()
        .ok_or(ListError::NoList)?
        .map_err(|e| ListError::Json(format!("sw.js PRECACHE: {e}")))?;
    let items = value
        .as_array()
        .ok_or_else(|| ListError::Json("sw.js PRECACHE: not an array".to_owned()))?;
    items
        .iter()
        .map(|item| {
            let (path, integrity) = match item {
                serde_json::Value::Array(a) => (
                    a.first().and_then(serde_json::Value::as_str),
                    a.iter()
                        .filter_map(serde_json::Value::as_str)
                        .find(|s| s.starts_with("sha256-")),
                ),
                serde_json::Value::Object(o) => (
                    o.get("path").and_then(serde_json::Value::as_str),
                    o.get("integrity").and_then(serde_json::Value::as_str),
                ),
                _ => (None, None),
            };
            match (path, integrity) {
                (Some(path), Some(integrity)) => Ok(PrecacheEntry {
                    path: path.to_owned(),
                    integrity: integrity.to_owned(),
                }),
                _ => Err(ListError::Json(format!(
                    "sw.js PRECACHE: unreadable entry {item}"
                ))),
            }
        })
        .collect()
}

/// The pack paths in `packs.json` (`{"format_version":1,"packs":["content/inti/pack.json"]}`).
///
/// # Errors
/// [`ListError::Json`] when it is not such a list.
pub fn pack_paths(body: &[u8]) -> Result<Vec<String>, ListError> {
    #[derive(serde::Deserialize)]
    struct List {
        packs: Vec<String>,
    }
    serde_json::from_slice::<List>(body)
        .map(|l| l.packs)
        .map_err(|e| ListError::Json(format!("packs.json: {e}")))
}

/// `sha256-<base64>` of `bytes`, as subresource integrity writes it.
#[must_use]
pub fn integrity_of(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// `Cache-Control` as the rules read it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct CacheControl {
    no_cache: bool,
    max_age: Option<u64>,
    immutable: bool,
}

fn cache_control(reply: &Reply) -> Option<CacheControl> {
    let mut cc = CacheControl::default();
    let mut any = false;
    for part in reply.all("cache-control").flat_map(|v| v.split(',')) {
        any = true;
        let part = part.trim().to_ascii_lowercase();
        if part == "no-cache" || part == "no-store" {
            cc.no_cache = true;
        } else if part == "immutable" {
            cc.immutable = true;
        } else if let Some(n) = part.strip_prefix("max-age=") {
            cc.max_age = n.trim_matches('"').parse().ok().or(Some(0));
        }
    }
    any.then_some(cc)
}

/// Asked again every time (`no-cache`, `no-store`, `max-age=0`).
fn revalidates(reply: &Reply) -> bool {
    cache_control(reply).is_some_and(|cc| cc.no_cache || cc.max_age == Some(0))
}

/// Kept at least 30 days, or `immutable`.
fn long_lived(reply: &Reply) -> bool {
    cache_control(reply).is_some_and(|cc| {
        !cc.no_cache && (cc.immutable || cc.max_age.is_some_and(|s| s >= 30 * 24 * 3600))
    })
}

fn cache_fact(name: &str, reply: &Reply) -> String {
    let cc: Vec<&str> = reply.all("cache-control").collect();
    if cc.is_empty() {
        let lm = reply.header("last-modified").unwrap_or("-");
        format!("{name}: Cache-Control: - (Last-Modified: {lm})")
    } else {
        format!("{name}: Cache-Control: {}", cc.join(", "))
    }
}

/// A build file named with the build's hash (`bimtek-28548760a9ff2079_bg.wasm`,
/// `bimtek-chunk_10-28548760a9ff2079.wasm`): 16 hex digits after a `-`.
#[must_use]
pub fn is_hashed_name(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.split('-').skip(1).any(|part| {
        let hex = part.chars().take_while(char::is_ascii_hexdigit).count();
        hex == 16 && matches!(part[16..].chars().next(), None | Some('.' | '_'))
    })
}

/// The same resource under another spelling (as `sw.js` `sameResource` reads it): `index.html`
/// ↔ its folder, a folder with or without its slash, `x.html` ↔ `x`; `http` → `https` too.
fn same_resource(a: &Url, b: &Url) -> bool {
    fn norm(u: &Url) -> String {
        let p = u.path.strip_suffix("index.html").unwrap_or(&u.path);
        let p = p.strip_suffix(".html").unwrap_or(p);
        format!("{}{}", u.authority, p.trim_end_matches('/'))
    }
    norm(a) == norm(b)
}

fn keeps_query(from: &Url, to: &Url) -> bool {
    from.query
        .split('&')
        .filter(|p| !p.is_empty())
        .all(|p| to.query.split('&').any(|q| q == p))
}

const JS_TYPES: [&str; 5] = [
    "text/javascript",
    "application/javascript",
    "application/x-javascript",
    "text/ecmascript",
    "application/ecmascript",
];

fn is_json_type(t: &str) -> bool {
    t == "application/json" || t.ends_with("+json")
}

/// Findings gathered per code, facts in the order found.
#[derive(Default)]
struct Found(BTreeMap<Code, Vec<String>>);

impl Found {
    fn add(&mut self, code: Code, fact: impl Into<String>) {
        self.0.entry(code).or_default().push(fact.into());
    }

    fn done(self) -> Vec<Finding> {
        self.0
            .into_iter()
            .map(|(code, facts)| Finding { code, facts })
            .collect()
    }
}

/// The first redirect on the way to another resource (a login page, another site).
fn elsewhere(fetched: &Fetched) -> Option<Url> {
    fetched
        .redirects()
        .into_iter()
        .find(|(from, _, to)| !same_resource(from, to))
        .map(|(_, _, to)| to)
}

/// The resource's own 200 answer: none when it ended elsewhere (a login page's 200 is not
/// the file).
fn arrived(fetched: &Fetched) -> Option<&Reply> {
    fetched.ok().filter(|_| elsewhere(fetched).is_none())
}

/// Classifies the redirects on the way to a resource.
fn redirects(fetched: &Fetched, found: &mut Found) {
    if elsewhere(fetched).is_some() {
        found.add(Code::RedirectElsewhere, fetched.trail());
        return;
    }
    for (from, _, to) in fetched.redirects() {
        if !keeps_query(from, &to) {
            found.add(Code::RedirectDropsQuery, fetched.trail());
        }
        if from.path.ends_with("/index.html") && !to.path.ends_with("/index.html") {
            found.add(Code::IndexRedirect, fetched.trail());
        }
    }
}

/// Every finding for a recorded site, ordered as [`Code::ALL`].
#[must_use]
pub fn check(site: &Site) -> Vec<Finding> {
    let mut found = Found::default();
    redirects(&site.index, &mut found);
    let Some((index_url, index)) = site.index.last() else {
        found.add(Code::Unreachable, site.index.trail());
        return found.done();
    };
    if let Some(index) = arrived(&site.index) {
        page_headers(site, index_url, index, &mut found);
    } else if index.redirect_target().is_none() && elsewhere(&site.index).is_none() {
        found.add(Code::Unreachable, site.index.trail());
    }
    redirects(&site.page, &mut found);
    if arrived(&site.page).is_none_or(|r| r.media_type() != "text/html") {
        found.add(Code::FolderNoIndex, site.page.trail());
    }
    if let Some(bare) = &site.slashless {
        redirects(bare, &mut found);
        let redirected = !bare.redirects().is_empty();
        if arrived(bare).is_none() || !redirected {
            found.add(Code::SlashlessBroken, bare.trail());
        }
    }
    service_worker(site, &mut found);
    packs(site, &mut found);
    for (path, fetched) in &site.compressed {
        if let Some(reply) = fetched.ok() {
            let encoding = reply
                .header("content-encoding")
                .unwrap_or("")
                .to_ascii_lowercase();
            if !["br", "gzip", "zstd", "deflate"].contains(&encoding.trim()) {
                found.add(
                    Code::NoCompression,
                    format!("{path}: {} bytes, Content-Encoding: -", reply.body.len()),
                );
            }
        }
    }
    found.done()
}

/// HTTPS, `Cache-Control`, type, frame and CSP headers of the app's page.
fn page_headers(site: &Site, url: &Url, index: &Reply, found: &mut Found) {
    if url.scheme == "http" && !url.is_loopback() {
        found.add(Code::NotHttps, url.to_string());
    }
    if index.media_type() != "text/html" {
        found.add(
            Code::MimeHtml,
            format!("index.html: Content-Type: {}", index.media_type()),
        );
    }
    if !revalidates(index) {
        found.add(Code::CacheIndex, cache_fact("index.html", index));
    }
    let policies = Policy::parse_headers(index.all("content-security-policy"));
    let ancestors: Vec<&[String]> = policies
        .iter()
        .filter_map(|p| p.get("frame-ancestors"))
        .collect();
    if ancestors.is_empty() {
        if let Some(xfo) = index.header("x-frame-options") {
            found.add(Code::FrameBlocked, format!("X-Frame-Options: {xfo}"));
        }
    } else {
        for sources in ancestors {
            if !csp::frames_from_elsewhere(sources) {
                found.add(
                    Code::FrameBlocked,
                    format!(
                        "Content-Security-Policy: frame-ancestors {}",
                        sources.join(" ")
                    ),
                );
            }
        }
    }
    let html = String::from_utf8_lossy(&index.body);
    let app = csp::meta_policy(&html).unwrap_or_else(|| {
        Policy::parse("script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'")
    });
    let origin = site.folder.clone();
    for host in &policies {
        for directive in [
            "script-src",
            "connect-src",
            "worker-src",
            "style-src",
            "manifest-src",
            "img-src",
        ] {
            let Some(allowed) = host.effective(directive) else {
                continue;
            };
            let self_only = ["'self'".to_owned()];
            let needed = app.effective(directive).unwrap_or(&self_only);
            // What the app's own policy admits there and it really uses: its files everywhere;
            // WebAssembly and inline scripts by hash under script-src; inline styles by hash.
            let used = |t: &&String| {
                t.as_str() == "'self'"
                    || directive == "script-src"
                    || (directive == "style-src" && t.starts_with("'sha"))
            };
            for token in needed.iter().filter(used) {
                if csp::allows(allowed, token, &origin) {
                    continue;
                }
                let code = match (directive, token.as_str()) {
                    ("script-src", "'wasm-unsafe-eval'") => Code::CspWasm,
                    ("script-src", _) => Code::CspScript,
                    ("connect-src", _) => Code::CspConnect,
                    _ => Code::CspOther,
                };
                let policy: Vec<&str> = host.names().collect();
                found.add(
                    code,
                    format!(
                        "Content-Security-Policy ({}): {directive} {} ✗ {token}",
                        policy.join(", "),
                        allowed.join(" ")
                    ),
                );
            }
        }
    }
}

/// `sw.js`, its precache list, each file against its hash, their types and caching.
fn service_worker(site: &Site, found: &mut Found) {
    let Some(sw) = arrived(&site.sw) else {
        found.add(Code::SwMissing, site.sw.trail());
        return;
    };
    if !JS_TYPES.contains(&sw.media_type().as_str()) {
        found.add(
            Code::MimeJs,
            format!("sw.js: Content-Type: {}", sw.media_type()),
        );
    }
    if !revalidates(sw) {
        found.add(Code::CacheSw, cache_fact("sw.js", sw));
    }
    if let Err(e) = precache_list(&sw.body) {
        found.add(Code::SwMissing, e.to_string());
        return;
    }
    for (entry, fetched) in &site.precache {
        let path = entry.path.as_str();
        let Some(reply) = arrived(fetched) else {
            found.add(Code::PrecacheMissing, fetched.trail());
            continue;
        };
        let media = reply.media_type();
        let encoding = reply
            .header("content-encoding")
            .unwrap_or("identity")
            .trim()
            .to_ascii_lowercase();
        let got = integrity_of(&reply.body);
        if encoding != "identity" {
            found.add(
                Code::PrecacheUnverified,
                format!("{path}: Content-Encoding: {encoding}"),
            );
        } else if got != entry.integrity && media == "text/html" && extension(path) != "html" {
            // A host's catch-all page (or a login page) where the file belongs.
            found.add(Code::PrecacheMissing, format!("{path}: 200 text/html"));
            continue;
        } else if got != entry.integrity {
            found.add(
                Code::PrecacheHash,
                format!(
                    "{path}: {} bytes, {got} ≠ {}",
                    reply.body.len(),
                    entry.integrity
                ),
            );
        }
        file_type(path, &media, found);
        if is_hashed_name(path) && !long_lived(reply) {
            found.add(Code::CacheHashed, cache_fact(path, reply));
        }
    }
}

/// A path's extension, lower-cased (`wasm`); empty when it has none.
fn extension(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default()
}

/// The type a file of the build must be served with.
fn file_type(path: &str, media: &str, found: &mut Found) {
    let fact = || format!("{path}: Content-Type: {media}");
    match extension(path).as_str() {
        "wasm" if media != "application/wasm" => found.add(Code::MimeWasm, fact()),
        "js" | "mjs" if !JS_TYPES.contains(&media) => found.add(Code::MimeJs, fact()),
        "json" if media == "text/html" => found.add(Code::JsonAsHtml, fact()),
        "json" if !is_json_type(media) => found.add(Code::MimeJson, fact()),
        "webmanifest" if !is_json_type(media) => found.add(Code::MimeManifest, fact()),
        "html" if media != "text/html" => found.add(Code::MimeHtml, fact()),
        _ => {}
    }
}

/// `packs.json` and each pack it lists.
fn packs(site: &Site, found: &mut Found) {
    let Some(list) = arrived(&site.packs_list) else {
        found.add(Code::PacksList, site.packs_list.trail());
        return;
    };
    file_type("packs.json", &list.media_type(), found);
    if let Err(e) = pack_paths(&list.body) {
        found.add(Code::PacksList, e.to_string());
        return;
    }
    for (path, fetched) in &site.packs {
        let Some(reply) = arrived(fetched) else {
            found.add(Code::PackMissing, fetched.trail());
            continue;
        };
        let media = reply.media_type();
        if media == "text/html" {
            found.add(Code::PackMissing, format!("{path}: 200 text/html"));
        } else if serde_json::from_slice::<serde_json::Value>(&reply.body).is_err() {
            found.add(
                Code::PackMissing,
                format!("{path}: 200, {} bytes, not JSON", reply.body.len()),
            );
        } else {
            file_type(path, &media, found);
        }
    }
}
