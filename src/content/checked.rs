//! Content files the build has already checked, so that the browser checks only the others.
//!
//! Every content file a release build ships (`packs.json`, each `pack.json`, each module file)
//! passes the validator at build time (`bimtek-pack build`, then `bimtek-pack mark-checked`,
//! which validates them again and writes their fingerprints into `index.html`'s
//! `<meta name="bimtek-checked">`, [`crate::content::names::CHECKED_META`]). The app decodes
//! every file it reads; the rules of `validate` ([`Checks`]) run in the browser only for a file
//! whose fingerprint is not in that list: a deployer's own pack, or a built-in file changed
//! after the build (edited by hand, rewritten by a host). Those rules live in a wasm chunk of
//! their own (`ui/lazy.rs`), which a learner of the built-in course never downloads: the main
//! module carries only what a first visit runs (docs/design.md, "Chunks").
//!
//! The fingerprint is FNV-1a 64 (the `fnv` crate): it tells a changed file from the one the
//! build checked. It is not a defence against whoever can write the site's files (they could
//! change the app itself); it spares the browser work the build already did.

use std::hash::Hasher;

use super::error::ContentError;
use super::model::{ModuleBody, PackIndex};
use crate::domain::course::Module;

/// The fingerprint of a content file's text, as bytes (UTF-8).
#[must_use]
pub fn fingerprint(text: &str) -> u64 {
    let mut hasher = fnv::FnvHasher::default();
    hasher.write(text.as_bytes());
    hasher.finish()
}

/// The fingerprints of the files the build checked, from the meta's `content` (16 hex digits
/// each, separated by spaces). Anything that is not a fingerprint is ignored: a file it would
/// have named is then checked in the browser, as any other.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checked(Vec<u64>);

impl Checked {
    /// Reads the meta's `content`.
    #[must_use]
    pub fn parse(content: &str) -> Self {
        let mut prints: Vec<u64> = content
            .split_ascii_whitespace()
            .filter(|w| w.len() == 16)
            .filter_map(|w| u64::from_str_radix(w, 16).ok())
            .collect();
        prints.sort_unstable();
        prints.dedup();
        Self(prints)
    }

    /// The meta's `content` for these texts (in the order given, without repeats).
    #[must_use]
    pub fn content<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
        let mut seen = Vec::new();
        for print in texts.into_iter().map(fingerprint) {
            if !seen.contains(&print) {
                seen.push(print);
            }
        }
        seen.iter()
            .map(|p| format!("{p:016x}"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Whether the build checked exactly this text.
    #[must_use]
    pub fn has(&self, text: &str) -> bool {
        self.0.binary_search(&fingerprint(text)).is_ok()
    }
}

/// The validator's rules for the files the build did not check, as plain function pointers:
/// the app reaches them only through the chunk that holds them (`ui::lazy::content_checks`).
#[derive(Debug, Clone, Copy)]
pub struct Checks {
    /// [`super::validate::pack_index`].
    pub pack_index: fn(&str, &PackIndex) -> Vec<ContentError>,
    /// [`super::validate::module_body`].
    pub module_body: fn(&str, &Module, &ModuleBody) -> Vec<ContentError>,
}

/// Brings [`Checks`] (loading their chunk first; `None` when it cannot be loaded).
pub type LoadChecks = fn() -> futures::future::LocalBoxFuture<'static, Option<&'static Checks>>;

/// See [`Checks`].
pub const CHECKS: Checks = Checks {
    pack_index: super::validate::pack_index,
    module_body: super::validate::module_body,
};

/// What `bimtek-pack mark-checked` writes: the meta's `content` for `packs.json`, every pack it
/// lists and every module file those list, each validated in full (`read` gets a file's text
/// by its path relative to `index.html`).
///
/// # Errors
/// Every problem found (a file that cannot be read is a [`super::Problem::Syntax`] naming it):
/// nothing is marked then.
#[cfg(not(target_arch = "wasm32"))]
pub fn mark(read: impl Fn(&str) -> Option<String>) -> Result<String, Vec<ContentError>> {
    use super::error::{Location, Problem};
    use super::validate::{parse_module_body, parse_pack_index, parse_pack_list, SerdeJson};
    let text = |path: &str| {
        read(path).ok_or_else(|| {
            vec![ContentError::new(
                path,
                Location::WHOLE_FILE,
                Problem::Syntax("berkas tidak dapat dibaca".to_owned()),
            )]
        })
    };
    let list_path = crate::content::names::PACK_LIST;
    let list_text = text(list_path)?;
    let list = parse_pack_list(&SerdeJson, list_path, &list_text)?;
    let mut texts = vec![list_text];
    let mut errors = Vec::new();
    // The module files as the app finds them: through the catalog the packs make.
    let mut catalog = super::catalog::Catalog::default();
    for path in &list.packs {
        let index_text = text(path)?;
        match parse_pack_index(&SerdeJson, path, &index_text) {
            Ok(index) => catalog.add_pack(path, index),
            Err(e) => errors.extend(e),
        }
        texts.push(index_text);
    }
    for entry in &catalog.entries {
        let file = entry.body_path();
        match text(&file)
            .and_then(|t| parse_module_body(&SerdeJson, &file, &t, &entry.summary).map(|_| t))
        {
            Ok(t) => texts.push(t),
            Err(e) => errors.extend(e),
        }
    }
    if errors.is_empty() {
        Ok(Checked::content(texts.iter().map(String::as_str)))
    } else {
        Err(errors)
    }
}

/// `html` with the meta of [`mark`]'s `content` at the end of its head.
///
/// # Errors
/// A page without `</head>`, or one that has the meta already (processed twice).
pub fn insert_meta(html: &str, content: &str) -> Result<String, String> {
    let name = crate::content::names::CHECKED_META;
    if html.contains(&format!("name=\"{name}\"")) {
        return Err(format!(
            "already has <meta name=\"{name}\"> (processed twice?)"
        ));
    }
    let head_end = html.find("</head>").ok_or("no </head>")?;
    Ok(format!(
        "{}<meta name=\"{name}\" content=\"{content}\">\n{}",
        &html[..head_end],
        &html[head_end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listed_text_is_known_and_any_change_is_not() {
        let text = r#"{"format_version":1,"packs":["content/bimtek/pack.json"]}"#;
        let checked = Checked::parse(&Checked::content([text, "lain", text]));
        assert!(checked.has(text));
        assert!(!checked.has(&format!("{text} ")));
        assert!(!checked.has(&text.replace("bimtek", "bimtei")));
        assert!(!Checked::default().has(text));
        assert_eq!(Checked::content([text, text]).len(), 16);
    }

    #[test]
    fn the_fingerprint_is_fnv1a_64() {
        // FNV-1a 64 test vectors (the offset basis, and "a").
        assert_eq!(fingerprint(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fingerprint("a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn what_is_not_a_fingerprint_is_ignored() {
        let checked = Checked::parse("  zz 0123 af63dc4c8601ec8c\ncbf29ce484222325 <script> ");
        assert!(checked.has("a"));
        assert!(checked.has(""));
        assert_eq!(checked, Checked::parse("cbf29ce484222325 af63dc4c8601ec8c"));
    }
}
