//! The few URL operations the host check needs: parse the address a deployer typed, join a
//! file's path to the app's folder, resolve a `Location` header. Plain strings, no I/O.
//!
//! Owns only `http`/`https` addresses with an ASCII host; never normalises dot segments beyond
//! `./` (the app's own paths have none) and never percent-decodes.

use std::fmt;

/// An absolute `http`/`https` address, split as the check uses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Url {
    /// `http` or `https`.
    pub scheme: String,
    /// `host` or `host:port`, lower-cased.
    pub authority: String,
    /// Starts with `/`.
    pub path: String,
    /// Without the `?`; empty when there is none.
    pub query: String,
}

/// Why an address cannot be checked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    /// Not `http://…` or `https://…`.
    #[error("alamat harus diawali http:// atau https:// (address must start with http:// or https://): {0}")]
    Scheme(String),
    /// Nothing after the scheme.
    #[error("alamat tanpa nama host (address without a host): {0}")]
    NoHost(String),
}

impl Url {
    /// Parses an absolute address; a fragment is dropped.
    ///
    /// # Errors
    /// [`UrlError`] when it is not an `http`/`https` address with a host.
    pub fn parse(text: &str) -> Result<Self, UrlError> {
        let text = text.trim();
        let (scheme, rest) = text
            .split_once("://")
            .filter(|(s, _)| s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https"))
            .ok_or_else(|| UrlError::Scheme(text.to_owned()))?;
        let rest = rest.split('#').next().unwrap_or_default();
        let end = rest.find(['/', '?']).unwrap_or(rest.len());
        let authority = rest[..end].to_ascii_lowercase();
        if authority.is_empty() {
            return Err(UrlError::NoHost(text.to_owned()));
        }
        let tail = &rest[end..];
        let (path, query) = tail.split_once('?').unwrap_or((tail, ""));
        let path = if path.is_empty() { "/" } else { path };
        Ok(Self {
            scheme: scheme.to_ascii_lowercase(),
            authority,
            path: path.to_owned(),
            query: query.to_owned(),
        })
    }

    /// `scheme://authority`.
    #[must_use]
    pub fn origin(&self) -> String {
        format!("{}://{}", self.scheme, self.authority)
    }

    /// The host without its port (an IPv6 literal keeps its brackets).
    #[must_use]
    pub fn host(&self) -> &str {
        if self.authority.starts_with('[') {
            return self
                .authority
                .find(']')
                .map_or(self.authority.as_str(), |i| &self.authority[..=i]);
        }
        self.authority
            .split(':')
            .next()
            .unwrap_or(self.authority.as_str())
    }

    /// Whether the host is this machine (`localhost`, `127.x`, `[::1]`): plain HTTP is a secure
    /// context there.
    #[must_use]
    pub fn is_loopback(&self) -> bool {
        let host = self.host();
        host == "localhost"
            || host.ends_with(".localhost")
            || host == "[::1]"
            || host.starts_with("127.")
    }

    /// The app's folder for the address a deployer typed: `…/index.html` and `…/kursus` both
    /// give `…/kursus/`-style folders (a last segment with a dot is taken as a file).
    #[must_use]
    pub fn app_folder(&self) -> Self {
        let mut path = self.path.clone();
        if !path.ends_with('/') {
            let last = path.rsplit('/').next().unwrap_or_default();
            if last.contains('.') {
                path.truncate(path.len() - last.len());
            } else {
                path.push('/');
            }
        }
        Self {
            path,
            query: String::new(),
            ..self.clone()
        }
    }

    /// `rel` (a path relative to this folder, as in the precache list) as an address.
    #[must_use]
    pub fn join(&self, rel: &str) -> Self {
        let rel = rel.trim_start_matches("./");
        let (path, query) = rel.split_once('?').unwrap_or((rel, ""));
        let dir = match self.path.rfind('/') {
            Some(i) => &self.path[..=i],
            None => "/",
        };
        Self {
            path: format!("{dir}{path}"),
            query: query.to_owned(),
            ..self.clone()
        }
    }

    /// Where a `Location` header (absolute, scheme-relative, absolute-path or relative) points
    /// from this address.
    #[must_use]
    pub fn resolve(&self, location: &str) -> Self {
        let location = location.trim();
        if let Ok(url) = Self::parse(location) {
            return url;
        }
        if let Some(rest) = location.strip_prefix("//") {
            if let Ok(url) = Self::parse(&format!("{}://{rest}", self.scheme)) {
                return url;
            }
        }
        let location = location.split('#').next().unwrap_or_default();
        if location.starts_with('/') {
            let (path, query) = location.split_once('?').unwrap_or((location, ""));
            return Self {
                path: path.to_owned(),
                query: query.to_owned(),
                ..self.clone()
            };
        }
        if let Some(query) = location.strip_prefix('?') {
            return Self {
                query: query.to_owned(),
                ..self.clone()
            };
        }
        self.join(location)
    }

    /// The path and query as the host sees them (`/kursus/?lang=en`).
    #[must_use]
    pub fn path_and_query(&self) -> String {
        if self.query.is_empty() {
            self.path.clone()
        } else {
            format!("{}?{}", self.path, self.query)
        }
    }
}

impl fmt::Display for Url {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.origin(), self.path_and_query())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_finds_the_app_folder() {
        let u =
            Url::parse("HTTPS://Portal.Example:8443/belajar/bimtek/index.html?lang=en#/x").unwrap();
        assert_eq!(u.origin(), "https://portal.example:8443");
        assert_eq!(u.host(), "portal.example");
        assert_eq!(u.query, "lang=en");
        assert_eq!(
            u.app_folder().to_string(),
            "https://portal.example:8443/belajar/bimtek/"
        );
        assert_eq!(
            Url::parse("http://h/kursus").unwrap().app_folder().path,
            "/kursus/"
        );
        assert_eq!(Url::parse("http://h").unwrap().app_folder().path, "/");
        assert!(Url::parse("ftp://h/").is_err());
        assert!(Url::parse("https:///x").is_err());
        assert!(Url::parse("portal.example/kursus/").is_err());
    }

    #[test]
    fn loopback_hosts_are_recognised() {
        for (text, yes) in [
            ("http://127.0.0.1:8080/", true),
            ("http://localhost/", true),
            ("http://[::1]:3000/", true),
            ("http://kursus.localhost/", true),
            ("http://10.0.0.1/", false),
            ("http://bpsdm.go.id/", false),
        ] {
            assert_eq!(Url::parse(text).unwrap().is_loopback(), yes, "{text}");
        }
    }

    #[test]
    fn joins_and_resolves_locations() {
        let base = Url::parse("https://h/kursus/").unwrap();
        assert_eq!(
            base.join("content/inti/pack.json").to_string(),
            "https://h/kursus/content/inti/pack.json"
        );
        assert_eq!(base.join("./sw.js").to_string(), "https://h/kursus/sw.js");
        let index = base.join("index.html?lang=en");
        assert_eq!(
            index.resolve("/kursus/?lang=en").to_string(),
            "https://h/kursus/?lang=en"
        );
        assert_eq!(index.resolve("./").to_string(), "https://h/kursus/");
        assert_eq!(
            index.resolve("https://sso.example/login").to_string(),
            "https://sso.example/login"
        );
        assert_eq!(
            index.resolve("//cdn.example/a").to_string(),
            "https://cdn.example/a"
        );
        assert_eq!(
            index.resolve("?x=1").to_string(),
            "https://h/kursus/index.html?x=1"
        );
    }
}
