//! The host check (`bimtek-pack check-host`, `src/hostcheck/`) on recorded answers: a small
//! build served by an in-memory host that behaves as a well-set server, then with one
//! misconfiguration at a time; each must be named by its code, and the well-set host must get
//! a clean report. No network: the check's rules are a function of the answers.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use bimtek::hostcheck::record::{gather, Ask, Fetcher, Reply, MAX_HOPS};
use bimtek::hostcheck::rules::{
    check, integrity_of, is_hashed_name, pack_paths, precache_list, ListError,
};
use bimtek::hostcheck::text::{words, Fix, HostFix};
use bimtek::hostcheck::url::Url;
use bimtek::hostcheck::{report, Code, Severity};
use bimtek::i18n::Lang;

const JS: &str = "bimtek-0123456789abcdef.js";
const WASM: &str = "bimtek-0123456789abcdef_bg.wasm";
const CHUNK: &str = "bimtek-split_quiz-0123456789abcdef.wasm";

/// A build as `dist/` holds it, small.
fn build() -> BTreeMap<String, Vec<u8>> {
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    files.insert(
        "index.html".into(),
        br#"<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-boot='; connect-src 'self' https:"><script type="module">import init from './bimtek-0123456789abcdef.js';init();</script></head><body></body></html>"#.to_vec(),
    );
    files.insert(JS.into(), b"export default function init() {}".to_vec());
    files.insert(WASM.into(), vec![0, 97, 115, 109, 1, 0, 0, 0, 42]);
    files.insert(CHUNK.into(), vec![0, 97, 115, 109, 1, 0, 0, 0, 7, 7, 7]);
    files.insert(
        "manifest.webmanifest".into(),
        br#"{"start_url":"./"}"#.to_vec(),
    );
    files.insert(
        "content/inti/pack.json".into(),
        br#"{"id":"inti","modules":[]}"#.to_vec(),
    );
    files.insert("embed.js".into(), b"/* embed */".to_vec());
    let list: Vec<String> = files
        .iter()
        .map(|(p, b)| format!("[\"{p}\",\"{}\"]", integrity_of(b)))
        .collect();
    let sw = format!(
        "const VERSION = 'abc';\n/** list */\nconst PRECACHE = [{}];\nconst SCOPE = 1;\n",
        list.join(",")
    );
    files.insert("sw.js".into(), sw.into_bytes());
    files.insert(
        "packs.json".into(),
        br#"{"format_version":1,"packs":["content/inti/pack.json"]}"#.to_vec(),
    );
    files
}

/// An in-memory host under `/kursus/`, set up well; each field is one knob a real host has.
#[allow(
    clippy::struct_excessive_bools,
    reason = "each is one knob of a real host"
)]
struct Host {
    files: BTreeMap<String, Vec<u8>>,
    /// `index.html` → 308 to its folder (Cloudflare Pages).
    redirect_index: Option<u16>,
    /// The redirect keeps the query.
    keep_query: bool,
    /// Content types by extension over the defaults.
    types: BTreeMap<&'static str, &'static str>,
    compress: bool,
    /// `Cache-Control` per path (`None`: not sent).
    cache: fn(&str) -> Option<&'static str>,
    /// Headers on every answer.
    extra: Vec<(&'static str, &'static str)>,
    /// Every request redirected to a login page.
    login: bool,
    /// A missing file answered with `index.html` (a single-page-app fallback).
    spa_fallback: bool,
    requests: usize,
}

fn good_cache(path: &str) -> &'static str {
    if is_hashed_name(path) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

impl Host {
    fn new() -> Self {
        Self {
            files: build(),
            redirect_index: None,
            keep_query: true,
            types: BTreeMap::new(),
            compress: true,
            cache: |p| Some(good_cache(p)),
            extra: Vec::new(),
            login: false,
            spa_fallback: false,
            requests: 0,
        }
    }

    fn reply(&self, status: u16, headers: Vec<(&str, String)>, body: Vec<u8>) -> Reply {
        let mut all: Vec<(String, String)> = self
            .extra
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect();
        all.extend(headers.into_iter().map(|(n, v)| (n.to_owned(), v)));
        Reply {
            status,
            headers: all,
            body,
        }
    }

    fn redirect(&self, status: u16, location: String) -> Reply {
        self.reply(status, vec![("Location", location)], Vec::new())
    }
}

impl Fetcher for Host {
    fn get(&mut self, ask: &Ask) -> Result<Reply, String> {
        self.requests += 1;
        let url = &ask.url;
        if url.authority == "sso.example" {
            let page = b"<!doctype html><title>Masuk</title>".to_vec();
            return Ok(self.reply(200, vec![("Content-Type", "text/html".into())], page));
        }
        if url.authority != "portal.example" {
            return Err("connection refused".into());
        }
        if self.login && url.path != "/login" {
            return Ok(self.redirect(302, "https://sso.example/login".into()));
        }
        if url.path == "/kursus" {
            return Ok(self.redirect(301, "/kursus/".into()));
        }
        let Some(rel) = url.path.strip_prefix("/kursus/") else {
            return Ok(self.reply(404, vec![], b"not found".to_vec()));
        };
        if rel == "index.html" {
            if let Some(status) = self.redirect_index {
                let query = if self.keep_query && !url.query.is_empty() {
                    format!("?{}", url.query)
                } else {
                    String::new()
                };
                return Ok(self.redirect(status, format!("/kursus/{query}")));
            }
        }
        let rel = if rel.is_empty() { "index.html" } else { rel };
        let (rel, body) = match self.files.get(rel) {
            Some(body) => (rel, body.clone()),
            None if self.spa_fallback => ("index.html", self.files["index.html"].clone()),
            None => return Ok(self.reply(404, vec![], b"not found".to_vec())),
        };
        let ext = rel.rsplit('.').next().unwrap_or_default();
        let default = match ext {
            "html" => "text/html; charset=utf-8",
            "js" => "text/javascript",
            "wasm" => "application/wasm",
            "json" => "application/json",
            "webmanifest" => "application/manifest+json",
            _ => "application/octet-stream",
        };
        let mut headers = vec![(
            "Content-Type",
            self.types.get(ext).copied().unwrap_or(default).to_owned(),
        )];
        if let Some(cc) = (self.cache)(rel) {
            headers.push(("Cache-Control", cc.to_owned()));
        }
        if ask.compressed && self.compress && matches!(ext, "js" | "wasm" | "html" | "json") {
            headers.push(("Content-Encoding", "br".to_owned()));
        }
        Ok(self.reply(200, headers, body))
    }
}

fn run(host: &mut Host, address: &Url) -> Vec<Code> {
    let site = gather(address, host);
    check(&site).into_iter().map(|f| f.code).collect()
}

const APP: &str = "https://portal.example/kursus/";

#[test]
fn a_well_set_host_gets_a_clean_report() {
    let mut host = Host::new();
    let site = gather(&Url::parse(APP).unwrap(), &mut host);
    let findings = check(&site);
    assert_eq!(findings, vec![]);
    assert!(!report::breaks_app(&findings));
    let text = report::render(&site.folder, &findings, host.requests, Lang::Id);
    assert!(text.contains("Tidak ada masalah"), "{text}");
    assert!(!text.contains('✗') && !text.contains("\n! "), "{text}");
    // index.html?lang=en, the folder, /kursus and its redirect's target, sw.js, 7 precache
    // files, packs.json, 1 pack, the largest wasm and js compressed.
    assert_eq!(host.requests, 2 + 2 + 1 + 7 + 1 + 1 + 2);
}

#[test]
fn the_address_may_name_index_html_or_leave_out_the_slash() {
    for address in [
        "https://portal.example/kursus/index.html",
        "https://portal.example/kursus",
        "https://portal.example/kursus/?lang=en#/modul/x",
    ] {
        assert_eq!(
            run(&mut Host::new(), &Url::parse(address).unwrap()),
            vec![],
            "{address}"
        );
    }
}

#[test]
#[allow(clippy::too_many_lines, reason = "one table of cases")]
fn each_misconfiguration_is_named() {
    type Setup = fn(&mut Host);
    let cases: Vec<(&str, Setup, Vec<Code>)> = vec![
        (
            "wasm as octet-stream",
            |h| {
                h.types.insert("wasm", "application/octet-stream");
            },
            vec![Code::MimeWasm],
        ),
        (
            "json as text/plain",
            |h| {
                h.types.insert("json", "text/plain");
            },
            vec![Code::MimeJson],
        ),
        (
            "json as a web page",
            |h| {
                h.types.insert("json", "text/html");
            },
            vec![Code::JsonAsHtml, Code::PackMissing],
        ),
        (
            "js as text/plain",
            |h| {
                h.types.insert("js", "text/plain");
            },
            vec![Code::MimeJs],
        ),
        (
            "manifest as octet-stream",
            |h| {
                h.types.insert("webmanifest", "application/octet-stream");
            },
            vec![Code::MimeManifest],
        ),
        (
            "no compression",
            |h| h.compress = false,
            vec![Code::NoCompression],
        ),
        (
            "sw.js a day",
            |h| {
                h.cache = |p| {
                    if p == "sw.js" {
                        Some("max-age=86400")
                    } else {
                        Some(good_cache(p))
                    }
                }
            },
            vec![Code::CacheSw],
        ),
        (
            "index.html ten minutes",
            |h| {
                h.cache = |p| {
                    if p == "index.html" {
                        Some("max-age=600")
                    } else {
                        Some(good_cache(p))
                    }
                }
            },
            vec![Code::CacheIndex],
        ),
        (
            "no Cache-Control on index.html",
            |h| {
                h.cache = |p| {
                    if p == "index.html" {
                        None
                    } else {
                        Some(good_cache(p))
                    }
                }
            },
            vec![Code::CacheIndex],
        ),
        (
            "hashed files no-cache",
            |h| h.cache = |_| Some("no-cache"),
            vec![Code::CacheHashed],
        ),
        (
            "X-Frame-Options",
            |h| h.extra.push(("X-Frame-Options", "SAMEORIGIN")),
            vec![Code::FrameBlocked],
        ),
        (
            "frame-ancestors 'self'",
            |h| {
                h.extra
                    .push(("Content-Security-Policy", "frame-ancestors 'self'"));
            },
            vec![Code::FrameBlocked],
        ),
        (
            "frame-ancestors naming the portals, X-Frame-Options beside it (ignored then)",
            |h| {
                h.extra.push((
                    "Content-Security-Policy",
                    "frame-ancestors 'self' https://bpsdm.contoh.go.id",
                ));
                h.extra.push(("X-Frame-Options", "SAMEORIGIN"));
            },
            vec![],
        ),
        (
            "a host CSP without wasm-unsafe-eval",
            |h| {
                h.extra
                    .push(("Content-Security-Policy", "default-src 'self'"));
            },
            vec![Code::CspWasm, Code::CspScript],
        ),
        (
            "a host CSP that allows what the app needs",
            |h| {
                h.extra.push((
                    "Content-Security-Policy",
                    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-boot='",
                ));
            },
            vec![],
        ),
        (
            "a host CSP that blocks fetches",
            |h| {
                h.extra
                    .push(("Content-Security-Policy", "connect-src https://api.example"));
            },
            vec![Code::CspConnect],
        ),
        (
            "a missing pack",
            |h| {
                h.files.remove("content/inti/pack.json");
            },
            vec![Code::PrecacheMissing, Code::PackMissing],
        ),
        (
            "a missing pack behind a single-page-app fallback",
            |h| {
                h.files.remove("content/inti/pack.json");
                h.spa_fallback = true;
            },
            vec![Code::PrecacheMissing, Code::PackMissing],
        ),
        (
            "a file cut short",
            |h| {
                h.files.get_mut(CHUNK).unwrap().truncate(4);
            },
            vec![Code::PrecacheHash],
        ),
        (
            "no sw.js",
            |h| {
                h.files.remove("sw.js");
            },
            vec![Code::SwMissing],
        ),
        (
            "no packs.json",
            |h| {
                h.files.remove("packs.json");
            },
            vec![Code::PacksList],
        ),
        (
            "index.html redirected (Cloudflare Pages)",
            |h| h.redirect_index = Some(308),
            vec![Code::IndexRedirect],
        ),
        (
            "index.html redirected without its query",
            |h| {
                h.redirect_index = Some(301);
                h.keep_query = false;
            },
            vec![Code::RedirectDropsQuery, Code::IndexRedirect],
        ),
        (
            "a login page for everything",
            |h| h.login = true,
            vec![
                Code::RedirectElsewhere,
                Code::FolderNoIndex,
                Code::SlashlessBroken,
                Code::SwMissing,
                Code::PacksList,
            ],
        ),
    ];
    for (name, setup, expected) in cases {
        let mut host = Host::new();
        setup(&mut host);
        assert_eq!(
            run(&mut host, &Url::parse(APP).unwrap()),
            expected,
            "{name}"
        );
    }
}

#[test]
fn errors_are_what_stops_the_app_and_warnings_the_rest() {
    let mut host = Host::new();
    host.types.insert("wasm", "application/octet-stream");
    host.compress = false;
    let site = gather(&Url::parse(APP).unwrap(), &mut host);
    assert!(!report::breaks_app(&check(&site)));
    let mut host = Host::new();
    host.files.get_mut(WASM).unwrap().push(0);
    let site = gather(&Url::parse(APP).unwrap(), &mut host);
    let findings = check(&site);
    assert!(report::breaks_app(&findings));
    assert_eq!(findings[0].facts.len(), 1);
    assert!(
        findings[0].facts[0].starts_with(WASM),
        "{:?}",
        findings[0].facts
    );
}

#[test]
fn plain_http_is_named_except_on_this_machine() {
    struct Plain(Host);
    impl Fetcher for Plain {
        fn get(&mut self, ask: &Ask) -> Result<Reply, String> {
            let mut ask = ask.clone();
            ask.url.authority = "portal.example".into();
            self.0.get(&ask)
        }
    }
    for (address, expected) in [
        ("http://portal.example/kursus/", vec![Code::NotHttps]),
        ("http://127.0.0.1:8080/kursus/", vec![]),
        ("http://localhost/kursus/", vec![]),
    ] {
        let site = gather(&Url::parse(address).unwrap(), &mut Plain(Host::new()));
        let codes: Vec<Code> = check(&site).into_iter().map(|f| f.code).collect();
        assert_eq!(codes, expected, "{address}");
    }
}

#[test]
fn an_unreachable_host_is_one_error() {
    let site = gather(
        &Url::parse("https://elsewhere.example/kursus/").unwrap(),
        &mut Host::new(),
    );
    let findings = check(&site);
    assert_eq!(
        findings.iter().map(|f| f.code).collect::<Vec<_>>(),
        vec![Code::Unreachable]
    );
    assert!(findings[0].facts[0].contains("connection refused"));
}

#[test]
fn a_redirect_loop_ends() {
    struct Loop(usize);
    impl Fetcher for Loop {
        fn get(&mut self, _: &Ask) -> Result<Reply, String> {
            self.0 += 1;
            Ok(Reply {
                status: 302,
                headers: vec![("location".into(), "/elsewhere/".into())],
                body: vec![],
            })
        }
    }
    let mut net = Loop(0);
    let site = gather(&Url::parse(APP).unwrap(), &mut net);
    assert_eq!(site.index.hops.len(), MAX_HOPS + 1);
    assert!(check(&site)
        .iter()
        .any(|f| f.code == Code::RedirectElsewhere));
}

#[test]
fn the_precache_list_is_read_as_sw_precache_writes_it() {
    let sw = br#"const PRECACHE = [["a.js","sha256-x="],["b.wasm","sha256-y=",123]];"#;
    let list = precache_list(sw).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(
        (list[1].path.as_str(), list[1].integrity.as_str()),
        ("b.wasm", "sha256-y=")
    );
    let objects = br#"const PRECACHE = [{"path":"a.js","integrity":"sha256-x="}];"#;
    assert_eq!(precache_list(objects).unwrap()[0].path, "a.js");
    assert_eq!(
        precache_list(b"const PRECACHE = __PRECACHE__;"),
        Err(ListError::Unprocessed)
    );
    assert_eq!(
        precache_list(b"self.addEventListener()"),
        Err(ListError::NoList)
    );
    assert!(precache_list(br#"const PRECACHE = [["a.js"]];"#).is_err());
    assert_eq!(
        pack_paths(br#"{"format_version":1,"packs":["content/a/pack.json"]}"#).unwrap(),
        ["content/a/pack.json"]
    );
    assert!(pack_paths(b"<!doctype html>").is_err());
    assert_eq!(
        integrity_of(b""),
        "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
    );
}

#[test]
fn hashed_names_are_the_builds_own() {
    for (name, yes) in [
        ("bimtek-28548760a9ff2079.js", true),
        ("bimtek-28548760a9ff2079_bg.wasm", true),
        ("bimtek-chunk_10-28548760a9ff2079.wasm", true),
        ("bimtek-split_about-28548760a9ff2079.wasm", true),
        ("embed.js", false),
        ("content/inti/agen-perubahan.json", false),
        ("bimtek-28548760a9ff207.js", false),
        ("icons/icon-192.png", false),
    ] {
        assert_eq!(is_hashed_name(name), yes, "{name}");
    }
}

#[test]
fn every_code_has_words_in_both_languages_and_a_fix() {
    let mut ids: Vec<&str> = Code::ALL.iter().map(|c| c.id()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), Code::ALL.len(), "ids are unique");
    for code in Code::ALL {
        let w = words(code);
        for text in [w.title.id, w.title.en, w.breaks.id, w.breaks.en] {
            assert!(!text.trim().is_empty(), "{code:?}");
        }
        assert_ne!(w.title.id, w.title.en, "{code:?} is translated");
        match w.fix {
            Fix::Config {
                nginx,
                apache,
                pages,
            } => {
                for fix in [nginx, apache, pages] {
                    match fix {
                        HostFix::Line(l) => assert!(!l.is_empty()),
                        HostFix::Say(b) => assert!(!b.id.is_empty() && !b.en.is_empty()),
                    }
                }
            }
            Fix::Do(b) => assert!(!b.id.is_empty() && !b.en.is_empty()),
        }
    }
}

#[test]
fn a_finding_reads_with_its_facts_what_breaks_and_the_fix_for_each_host() {
    let mut host = Host::new();
    host.cache = |p| {
        if p == "sw.js" {
            Some("max-age=86400")
        } else {
            Some(good_cache(p))
        }
    };
    let site = gather(&Url::parse(APP).unwrap(), &mut host);
    let findings = check(&site);
    assert_eq!(findings[0].severity(), Severity::Warning);
    let id = report::render(&site.folder, &findings, 1, Lang::Id);
    for part in [
        "PERINGATAN [cache-sw] sw.js boleh disimpan di cache",
        "· sw.js: Cache-Control: max-age=86400",
        "Akibatnya: Aplikasi meminta sw.js",
        r#"nginx: location ~ ^/kursus/(index\.html|sw\.js)?$ { add_header Cache-Control "no-cache"; }"#,
        "Apache (.htaccess): <FilesMatch",
        "Cloudflare Pages / Netlify (_headers):\n        /kursus/sw.js\n          Cache-Control: no-cache",
        "0 galat, 1 peringatan.",
    ] {
        assert!(id.contains(part), "{part}\n---\n{id}");
    }
    let en = report::render(&site.folder, &findings, 1, Lang::En);
    assert!(
        en.contains("WARNING [cache-sw] sw.js may be kept in a cache"),
        "{en}"
    );
    assert!(
        en.contains("0 errors, 1 warnings. The app runs on this host"),
        "{en}"
    );
}
