//! The portal origin rule: an `origin` from an embed URL, normalised exactly as a browser
//! serialises `event.origin`, or refused with the reason it could never match.

/// Why the `origin` in an embed URL is refused: each is a value that could never equal the
/// `event.origin` a browser reports, or that hides another site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OriginError {
    /// Empty, or not a URL at all.
    Malformed,
    /// Another scheme than `http` / `https` (`ftp:`, `javascript:`, `file:`…).
    Scheme,
    /// `null`, `*` or another value that is not one site.
    NotASite,
    /// `user:password@` before the host (it can hide another site).
    UserInfo,
    /// A path, query or fragment after the host.
    Path,
    /// A port that is not a number from 0 to 65535.
    Port,
    /// A host name with characters other than a–z, 0–9, `-` and `.`, or empty labels.
    Host,
    /// An IPv4 address not in plain dotted-decimal form (hex, octal, shortened).
    Ipv4Form,
    /// An IPv6 address that does not parse, or embeds IPv4.
    Ipv6,
}

impl OriginError {
    /// The reason in `lang`, for a message that quotes the refused value.
    #[must_use]
    pub fn message(&self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::{t, Key};
        t(
            lang,
            match self {
                Self::Malformed => Key::OriginMalformed,
                Self::Scheme => Key::OriginScheme,
                Self::NotASite => Key::OriginNotASite,
                Self::UserInfo => Key::OriginUserInfo,
                Self::Path => Key::OriginPath,
                Self::Port => Key::OriginPort,
                Self::Host => Key::OriginHost,
                Self::Ipv4Form => Key::OriginIpv4,
                Self::Ipv6 => Key::OriginIpv6,
            },
        )
    }
}

crate::i18n::learner_error!(OriginError);

/// Longest origin accepted, in bytes.
const MAX_ORIGIN_LEN: usize = 300;

/// Checks a portal origin and returns it exactly as a browser serialises it in
/// `event.origin`, so that the two can be compared as strings (contract 3).
///
/// Normalised as the URL standard does: scheme and host in lower case; a default port
/// (`:443` for https, `:80` for http) and an empty port dropped; leading zeros of a port
/// dropped (`:0443` → `:443`, then dropped as the default); one trailing `/` dropped; an IPv6
/// address written in its canonical short form. Refused (with the reason), because they can
/// never equal `event.origin` or hide another site: other schemes, `null`, `*`, user info
/// (`https://portal.go.id@evil.example`), a path, query or fragment, a port above 65535,
/// host characters outside `a-z 0-9 - .`, empty labels, and IPv4 addresses in any form but
/// four decimal numbers — the URL standard reads `0x7f.1` or `0177.0.0.1` as `127.0.0.1`;
/// we refuse them rather than guess what the trainer meant.
///
/// # Errors
/// [`OriginError`] saying what is wrong.
pub fn parse_origin(raw: &str) -> Result<String, OriginError> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > MAX_ORIGIN_LEN || raw.contains(char::is_whitespace) {
        return Err(OriginError::Malformed);
    }
    if raw == "*" || raw.eq_ignore_ascii_case("null") {
        return Err(OriginError::NotASite);
    }
    let lower = raw.to_ascii_lowercase();
    let Some((scheme, rest)) = lower.split_once("://") else {
        // `javascript:…`, `data:…`, `mailto:…`: a scheme, but no site.
        let scheme = lower.split(':').next().unwrap_or_default();
        return Err(
            if lower.contains(':')
                && !scheme.is_empty()
                && scheme.bytes().all(|b| b.is_ascii_alphabetic())
            {
                OriginError::Scheme
            } else {
                OriginError::Malformed
            },
        );
    };
    if scheme != "http" && scheme != "https" {
        return Err(OriginError::Scheme);
    }
    let authority_end = rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    if !(tail.is_empty() || tail == "/") {
        return Err(OriginError::Path);
    }
    if authority.contains('@') {
        return Err(OriginError::UserInfo);
    }
    let (host, port) = split_host_port(authority)?;
    let host = normalise_host(host)?;
    let port = normalise_port(port)?;
    let default = if scheme == "https" { 443 } else { 80 };
    Ok(match port {
        Some(p) if p != default => format!("{scheme}://{host}:{p}"),
        _ => format!("{scheme}://{host}"),
    })
}

fn split_host_port(authority: &str) -> Result<(&str, Option<&str>), OriginError> {
    if let Some(v6) = authority.strip_prefix('[') {
        let end = v6.find(']').ok_or(OriginError::Ipv6)?;
        let after = &v6[end + 1..];
        let port = match after.strip_prefix(':') {
            Some(p) => Some(p),
            None if after.is_empty() => None,
            None => return Err(OriginError::Host),
        };
        return Ok((&authority[..end + 2], port));
    }
    Ok(match authority.split_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (authority, None),
    })
}

fn normalise_host(host: &str) -> Result<String, OriginError> {
    if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        let addr: std::net::Ipv6Addr = inner.parse().map_err(|_| OriginError::Ipv6)?;
        let shown = addr.to_string();
        // Rust writes IPv4-mapped addresses with dots, the URL standard in hex: refuse them.
        if shown.contains('.') {
            return Err(OriginError::Ipv6);
        }
        return Ok(format!("[{shown}]"));
    }
    if host.is_empty() || host.len() > 253 || !host.is_ascii() {
        return Err(OriginError::Host);
    }
    let labels: Vec<&str> = host.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty() && l.len() <= 63 && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    // The URL standard reads a host whose last label is a number (decimal, 0x hex, or
    // octal) as an IPv4 address.
    let last = labels.last().copied().unwrap_or_default();
    let numeric = |l: &str| {
        !l.is_empty()
            && (l.bytes().all(|b| b.is_ascii_digit())
                || l.strip_prefix("0x")
                    .is_some_and(|h| h.bytes().all(|b| b.is_ascii_hexdigit())))
    };
    if numeric(last) {
        let plain = labels.len() == 4
            && labels.iter().all(|l| {
                l.bytes().all(|b| b.is_ascii_digit())
                    && (l.len() == 1 || !l.starts_with('0'))
                    && l.parse::<u8>().is_ok()
            });
        return if plain {
            Ok(host.to_owned())
        } else {
            Err(OriginError::Ipv4Form)
        };
    }
    if labels.iter().all(label_ok) {
        Ok(host.to_owned())
    } else {
        Err(OriginError::Host)
    }
}

fn normalise_port(port: Option<&str>) -> Result<Option<u16>, OriginError> {
    match port {
        None | Some("") => Ok(None),
        Some(p) if p.len() <= 10 && p.bytes().all(|b| b.is_ascii_digit()) => {
            p.parse::<u16>().map(Some).map_err(|_| OriginError::Port)
        }
        Some(_) => Err(OriginError::Port),
    }
}
