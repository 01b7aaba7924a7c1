//! Content-Security-Policy as far as the host check reads it: a host's policy header against
//! the policy the app carries in its own `index.html` (contract 12). A browser enforces both;
//! what the app needs (`'self'`, `'wasm-unsafe-eval'`, its inline scripts by hash) must pass
//! the host's too.
//!
//! Owns parsing and the "does this source list allow that token" question; says nothing about
//! what breaks (`rules` and `text` do).

use super::url::Url;

/// One policy: its directives in order, names lower-cased, sources as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Policy {
    directives: Vec<(String, Vec<String>)>,
}

impl Policy {
    /// Parses one serialized policy (`default-src 'self'; script-src …`).
    #[must_use]
    pub fn parse(text: &str) -> Self {
        let mut directives: Vec<(String, Vec<String>)> = Vec::new();
        for part in text.split(';') {
            let mut words = part.split_ascii_whitespace();
            let Some(name) = words.next() else { continue };
            let name = name.to_ascii_lowercase();
            // The first of a repeated directive wins (CSP3 §2.2.1).
            if directives.iter().any(|(n, _)| *n == name) {
                continue;
            }
            directives.push((name, words.map(str::to_owned).collect()));
        }
        Self { directives }
    }

    /// Every policy in header values (one header may carry several, joined by commas).
    #[must_use]
    pub fn parse_headers<'a>(values: impl IntoIterator<Item = &'a str>) -> Vec<Self> {
        values
            .into_iter()
            .flat_map(|v| v.split(','))
            .map(Self::parse)
            .filter(|p| !p.directives.is_empty())
            .collect()
    }

    /// The sources of directive `name` exactly as written.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&[String]> {
        self.directives
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_slice())
    }

    /// The sources that govern `name`, with the fallbacks of CSP3 (`worker-src` → `child-src` →
    /// `script-src` → `default-src`; other fetch directives → `default-src`). `None`: the
    /// policy does not restrict it.
    #[must_use]
    pub fn effective(&self, name: &str) -> Option<&[String]> {
        let chain: &[&str] = match name {
            "worker-src" => &["worker-src", "child-src", "script-src", "default-src"],
            "frame-ancestors" | "base-uri" | "form-action" => &[],
            _ => &["default-src"],
        };
        self.get(name)
            .or_else(|| chain.iter().find_map(|n| self.get(n)))
    }

    /// Every directive name, in order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.directives.iter().map(|(n, _)| n.as_str())
    }
}

fn quoted_is(source: &str, keyword: &str) -> bool {
    source.eq_ignore_ascii_case(keyword)
}

/// Whether a hash or nonce is among `sources` (then `'unsafe-inline'` is ignored).
fn has_hash_or_nonce(sources: &[String]) -> bool {
    sources.iter().any(|s| {
        let s = s.to_ascii_lowercase();
        s.starts_with("'sha256-")
            || s.starts_with("'sha384-")
            || s.starts_with("'sha512-")
            || s.starts_with("'nonce-")
            || s == "'strict-dynamic'"
    })
}

/// Whether `sources` let through the app's own files, served from `origin`.
fn allows_self(sources: &[String], origin: &Url) -> bool {
    sources.iter().any(|s| {
        let s = s.trim_end_matches('/').to_ascii_lowercase();
        s == "'self'"
            || s == "*"
            || s == format!("{}:", origin.scheme)
            || (origin.scheme == "http" && s == "https:")
            || s == origin.origin()
            || s == origin.authority
            || s == origin.host()
    })
}

/// Whether the source list `sources` allows what `needed` names, for a page at `origin`.
/// `needed` is a source of the app's own policy: `'self'`, `'wasm-unsafe-eval'` or a hash;
/// anything else (the app's `https:` for an LRS) is not judged and counts as allowed.
#[must_use]
pub fn allows(sources: &[String], needed: &str, origin: &Url) -> bool {
    if sources.iter().any(|s| quoted_is(s, "'none'")) && sources.len() == 1 {
        return false;
    }
    let lower = needed.to_ascii_lowercase();
    if lower == "'self'" {
        allows_self(sources, origin)
    } else if lower == "'wasm-unsafe-eval'" {
        sources
            .iter()
            .any(|s| quoted_is(s, "'wasm-unsafe-eval'") || quoted_is(s, "'unsafe-eval'"))
    } else if lower.starts_with("'sha256-")
        || lower.starts_with("'sha384-")
        || lower.starts_with("'sha512-")
    {
        sources.iter().any(|s| s == needed)
            || (sources.iter().any(|s| quoted_is(s, "'unsafe-inline'"))
                && !has_hash_or_nonce(sources))
    } else {
        true
    }
}

/// Whether `frame-ancestors` sources let portals of other origins frame the page: any source
/// but a keyword (`'self'`, `'none'`) names one (`https://bpsdm.contoh.go.id`, `https:`, `*`),
/// as docs/embed.md asks deployers to list their portals.
#[must_use]
pub fn frames_from_elsewhere(sources: &[String]) -> bool {
    sources.iter().any(|s| !s.starts_with('\''))
}

/// The policy in `<meta http-equiv="Content-Security-Policy" content="…">` of an HTML page.
#[must_use]
pub fn meta_policy(html: &str) -> Option<Policy> {
    let lower = html.to_ascii_lowercase();
    let mut from = 0;
    while let Some(start) = lower[from..].find("<meta").map(|i| from + i) {
        let end = lower[start..].find('>').map_or(lower.len(), |i| start + i);
        let tag = &lower[start..end];
        if tag.contains("content-security-policy") {
            let at = tag.find("content=")? + "content=".len();
            let original = &html[start + at..end];
            let quote = original.chars().next()?;
            let value = if quote == '"' || quote == '\'' {
                original[1..].split(quote).next()?
            } else {
                original.split_ascii_whitespace().next()?
            };
            let value = value
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
            return Some(Policy::parse(&value));
        }
        from = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin() -> Url {
        Url::parse("https://portal.example/kursus/").unwrap()
    }

    fn list(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn effective_directives_fall_back_to_default_src() {
        let p =
            Policy::parse("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; SCRIPT-SRC *");
        assert_eq!(
            p.effective("script-src").unwrap(),
            list("'self' 'wasm-unsafe-eval'")
        );
        assert_eq!(p.effective("connect-src").unwrap(), list("'self'"));
        assert_eq!(
            p.effective("worker-src").unwrap(),
            list("'self' 'wasm-unsafe-eval'")
        );
        assert_eq!(p.effective("frame-ancestors"), None);
        let two = Policy::parse_headers(["frame-ancestors 'self', default-src https:"]);
        assert_eq!(two.len(), 2);
    }

    #[test]
    fn what_a_source_list_allows() {
        let o = origin();
        assert!(allows(&list("'self'"), "'self'", &o));
        assert!(allows(&list("https:"), "'self'", &o));
        assert!(allows(&list("https://portal.example"), "'self'", &o));
        assert!(!allows(&list("https://cdn.example"), "'self'", &o));
        assert!(!allows(&list("'none'"), "'self'", &o));
        assert!(!allows(&list("'self'"), "'wasm-unsafe-eval'", &o));
        assert!(allows(
            &list("'self' 'unsafe-eval'"),
            "'wasm-unsafe-eval'",
            &o
        ));
        assert!(allows(&list("'unsafe-inline'"), "'sha256-abc='", &o));
        assert!(!allows(
            &list("'unsafe-inline' 'nonce-x'"),
            "'sha256-abc='",
            &o
        ));
        assert!(allows(&list("'sha256-abc='"), "'sha256-abc='", &o));
        assert!(allows(&list("'self'"), "https:", &o));
        assert!(frames_from_elsewhere(&list("'self' https:")));
        assert!(frames_from_elsewhere(&list(
            "'self' https://bpsdm.contoh.go.id"
        )));
        assert!(!frames_from_elsewhere(&list("'self'")));
        assert!(!frames_from_elsewhere(&list("'none'")));
    }

    #[test]
    fn reads_the_apps_meta_policy() {
        let html = r#"<head><meta charset=utf-8><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-x='"></head>"#;
        let p = meta_policy(html).unwrap();
        assert_eq!(
            p.get("script-src").unwrap(),
            list("'self' 'wasm-unsafe-eval' 'sha256-x='")
        );
        assert_eq!(meta_policy("<meta charset=utf-8><p>"), None);
    }
}
