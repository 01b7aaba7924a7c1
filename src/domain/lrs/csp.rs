//! Whether the page's Content-Security-Policy lets it connect to an LRS: a launch to an LRS
//! the deployment's `connect-src` does not allow is named at once in Settings, instead of
//! failing as an endless "network error" (docs/design.md, contract 12).
//!
//! A subset of CSP 3 source matching, enough for what `scripts/csp.mjs` writes: `'self'`,
//! `'none'`, scheme sources (`https:`), and host sources (`https://lrs.example`,
//! `https://*.example`, `http://127.0.0.1:*`); paths in a source are ignored (the app only
//! asks about origins).

/// True when `policy` (a whole CSP, as in the page's `<meta>`) allows a `fetch` from a page
/// at `page_origin` to `target_origin` (both serialised origins: `https://host[:port]`). No
/// policy, or none with `connect-src`/`default-src`, allows everything.
#[must_use]
pub fn connect_allowed(policy: &str, page_origin: &str, target_origin: &str) -> bool {
    let directive = |name: &str| {
        policy.split(';').find_map(|d| {
            let mut words = d.split_whitespace();
            words
                .next()
                .filter(|n| n.eq_ignore_ascii_case(name))
                .map(|_| words.map(str::to_owned).collect::<Vec<_>>())
        })
    };
    let Some(sources) = directive("connect-src").or_else(|| directive("default-src")) else {
        return true;
    };
    let Some(target) = Origin::parse(target_origin) else {
        return false;
    };
    let page = Origin::parse(page_origin);
    sources.iter().any(|s| matches(s, page.as_ref(), &target))
}

#[derive(Debug, PartialEq, Eq)]
struct Origin<'a> {
    scheme: &'a str,
    host: &'a str,
    port: u16,
}

impl<'a> Origin<'a> {
    fn parse(origin: &'a str) -> Option<Self> {
        let (scheme, rest) = origin.split_once("://")?;
        let (host, port) = split_port(rest);
        let port = match port {
            Some(p) => p.parse().ok()?,
            None => default_port(scheme)?,
        };
        Some(Self { scheme, host, port })
    }
}

fn default_port(scheme: &str) -> Option<u16> {
    match scheme {
        "http" | "ws" => Some(80),
        "https" | "wss" => Some(443),
        _ => None,
    }
}

/// `host[:port]` → (host, port), keeping `[v6]` hosts whole.
fn split_port(rest: &str) -> (&str, Option<&str>) {
    let colon = if rest.starts_with('[') {
        rest.find(']')
            .and_then(|i| rest[i..].find(':').map(|j| i + j))
    } else {
        rest.rfind(':')
    };
    match colon {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    }
}

/// CSP 3: an `http` source also matches `https` (and `ws` → `wss`), never the reverse.
fn scheme_matches(source: &str, target: &str) -> bool {
    source.eq_ignore_ascii_case(target)
        || (source.eq_ignore_ascii_case("http") && target == "https")
        || (source.eq_ignore_ascii_case("ws") && target == "wss")
}

fn matches(source: &str, page: Option<&Origin<'_>>, target: &Origin<'_>) -> bool {
    let lower = source.to_ascii_lowercase();
    match lower.as_str() {
        "'none'" => return false,
        "'self'" => {
            return page.is_some_and(|p| {
                p.host == target.host
                    && p.port == target.port
                    && scheme_matches(p.scheme, target.scheme)
            })
        }
        "*" => return matches!(target.scheme, "http" | "https"),
        s if s.starts_with('\'') => return false,
        _ => {}
    }
    if let Some(scheme) = lower.strip_suffix(':').filter(|s| !s.contains('/')) {
        return scheme_matches(scheme, target.scheme);
    }
    let (scheme, rest) = match lower.split_once("://") {
        Some((s, r)) => (Some(s), r),
        None => (None, lower.as_str()),
    };
    let scheme_ok = match scheme {
        Some(s) => scheme_matches(s, target.scheme),
        // No scheme: the page's, or its secure upgrade.
        None => page.is_some_and(|p| scheme_matches(p.scheme, target.scheme)),
    };
    let host_port = rest.split('/').next().unwrap_or_default();
    let (host, port) = split_port(host_port);
    let host_ok = match host.strip_prefix("*.") {
        Some(suffix) => target
            .host
            .strip_suffix(suffix)
            .is_some_and(|sub| sub.ends_with('.') && sub.len() > 1),
        None => host == target.host,
    };
    let port_ok = match port {
        Some("*") => true,
        Some(p) => p.parse::<u16>().is_ok_and(|p| p == target.port),
        None => {
            let source_scheme = scheme.unwrap_or(target.scheme);
            default_port(source_scheme) == Some(target.port)
                || default_port(target.scheme) == Some(target.port)
        }
    };
    scheme_ok && host_ok && port_ok
}
