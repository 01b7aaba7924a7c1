//! The list of SCORM packages a build wrote (`dist/scorm/index.json`, made by
//! `scripts/scorm-package.mjs`), for the trainers' page: which module, which file, how big.
//!
//! Pure: text in (through [`JsonDecoder`]), checked entries out. A list that names a file
//! outside `scorm/`, or anything but `<module-id>.zip` (SCORM 1.2) or `2004/<module-id>.zip`
//! (SCORM 2004), is refused entry by entry: the page only ever links the build's own packages.

use serde::Deserialize;

use crate::domain::ids::ModuleId;
use crate::domain::scorm::Edition;
use crate::i18n::{tf, Key, Lang};
use crate::json::JsonDecoder;

/// Where the list is, relative to `index.html`.
pub const PATH: &str = "scorm/index.json";
/// The list's format name and the version this app reads.
pub const FORMAT: &str = "bimtek-scorm-packages";
/// The version of [`FORMAT`] this app reads.
pub const VERSION: u32 = 1;

#[derive(Debug, Deserialize)]
struct ListV1 {
    format: String,
    version: u32,
    packages: Vec<EntryV1>,
}

#[derive(Debug, Deserialize)]
struct EntryV1 {
    module: String,
    title: String,
    file: String,
    bytes: u64,
    /// `1.2` or `2004`; lists written before SCORM 2004 packages existed have none (1.2).
    #[serde(default)]
    edition: Option<String>,
}

/// One module's SCORM package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScormPackage {
    /// The module.
    pub module: ModuleId,
    /// Its title.
    pub title: String,
    /// The zip, relative to `index.html` (`scorm/<module-id>.zip`).
    pub file: String,
    /// Its size in bytes.
    pub bytes: u64,
    /// Its SCORM edition.
    pub edition: Edition,
}

/// A module's packages, SCORM 1.2 first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModulePackages {
    /// The module.
    pub module: ModuleId,
    /// Its title.
    pub title: String,
    /// Its packages.
    pub packages: Vec<ScormPackage>,
}

/// `list` grouped by module, in the order modules first appear; each module's packages SCORM
/// 1.2 first.
#[must_use]
pub fn by_module(list: Vec<ScormPackage>) -> Vec<ModulePackages> {
    let mut out: Vec<ModulePackages> = Vec::new();
    for p in list {
        match out.iter_mut().find(|m| m.module == p.module) {
            Some(m) => m.packages.push(p),
            None => out.push(ModulePackages {
                module: p.module.clone(),
                title: p.title.clone(),
                packages: vec![p],
            }),
        }
    }
    for m in &mut out {
        m.packages.sort_by_key(|p| p.edition != Edition::Scorm12);
    }
    out
}

impl ScormPackage {
    /// The edition as a trainer reads it in an LMS's upload form, in `lang`.
    #[must_use]
    pub fn edition_text(&self, lang: Lang) -> &'static str {
        match self.edition {
            Edition::Scorm12 => "SCORM 1.2",
            Edition::Scorm2004 => crate::i18n::t(lang, Key::ScormEdition2004),
        }
    }

    /// The size as a learner reads it: whole kilobytes, or megabytes with one decimal.
    #[must_use]
    pub fn size_text(&self) -> String {
        if self.bytes >= 1024 * 1024 {
            let tenths = self.bytes * 10 / (1024 * 1024);
            format!("{},{} MB", tenths / 10, tenths % 10)
        } else {
            format!("{} KB", self.bytes.div_ceil(1024))
        }
    }
}

/// Why a list cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScormListError {
    /// Not JSON, or not the list's shape.
    Unreadable(String),
    /// Another format or a newer version.
    Format(String, u32),
}

impl ScormListError {
    /// The message in `lang` (the Indonesian one is the `Display` text).
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Unreadable(why) => tf(lang, Key::ScormListUnreadable, &[why]),
            Self::Format(format, version) => tf(lang, Key::ScormListFormat, &[format, version]),
        }
    }
}

crate::i18n::learner_error!(ScormListError);

/// Reads the list; entries that name anything but `scorm/<module-id>.zip` (SCORM 1.2) or
/// `scorm/2004/<module-id>.zip` (SCORM 2004) are left out, as are editions this app does not
/// know.
///
/// # Errors
/// [`ScormListError`] when the text is not a list this app reads.
pub fn parse(decoder: &impl JsonDecoder, text: &str) -> Result<Vec<ScormPackage>, ScormListError> {
    let list: ListV1 = decoder.decode(text).map_err(ScormListError::Unreadable)?;
    if list.format != FORMAT || list.version != VERSION {
        return Err(ScormListError::Format(list.format, list.version));
    }
    Ok(list
        .packages
        .into_iter()
        .filter_map(|e| {
            let module = ModuleId::parse(&e.module).ok()?;
            let (edition, file) = match e.edition.as_deref() {
                None | Some("1.2") => (Edition::Scorm12, format!("scorm/{module}.zip")),
                Some("2004") => (Edition::Scorm2004, format!("scorm/2004/{module}.zip")),
                Some(_) => return None,
            };
            if e.file != file {
                return None;
            }
            Some(ScormPackage {
                module,
                title: e.title,
                file: e.file,
                bytes: e.bytes,
                edition,
            })
        })
        .collect())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::json::SerdeJson;

    #[test]
    fn reads_the_build_list_and_refuses_foreign_paths() {
        let text = r#"{"format":"bimtek-scorm-packages","version":1,"packages":[
            {"module":"agen-perubahan","title":"Agen Perubahan","file":"scorm/agen-perubahan.zip","bytes":420000},
            {"module":"x","title":"X","file":"../../luar.zip","bytes":1},
            {"module":"y","title":"Y","file":"https://jahat.example/y.zip","bytes":1},
            {"module":"Bukan Id","title":"Z","file":"scorm/Bukan Id.zip","bytes":1}]}"#;
        let list = parse(&SerdeJson, text).unwrap_or_default();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].file, "scorm/agen-perubahan.zip");
        assert_eq!(list[0].edition, Edition::Scorm12, "a list without editions");
        assert_eq!(list[0].size_text(), "411 KB");
        assert_eq!(
            ScormPackage {
                bytes: 1_650_000,
                ..list[0].clone()
            }
            .size_text(),
            "1,5 MB"
        );
    }

    #[test]
    fn both_editions_each_at_its_own_path_grouped_by_module() {
        let text = r#"{"format":"bimtek-scorm-packages","version":1,"packages":[
            {"module":"m","title":"M","file":"scorm/2004/m.zip","bytes":2,"edition":"2004"},
            {"module":"m","title":"M","file":"scorm/m.zip","bytes":1,"edition":"1.2"},
            {"module":"n","title":"N","file":"scorm/n.zip","bytes":1,"edition":"2004"},
            {"module":"n","title":"N","file":"scorm/2004/n.zip","bytes":1,"edition":"1.2"},
            {"module":"n","title":"N","file":"scorm/3000/n.zip","bytes":1,"edition":"3000"}]}"#;
        let groups = by_module(parse(&SerdeJson, text).unwrap_or_default());
        assert_eq!(groups.len(), 1, "an edition at the other's path is refused");
        let editions: Vec<_> = groups[0].packages.iter().map(|p| p.edition).collect();
        assert_eq!(editions, [Edition::Scorm12, Edition::Scorm2004]);
        assert_eq!(
            groups[0].packages[1].edition_text(Lang::Id),
            "SCORM 2004 (edisi ke-4)"
        );
        assert_eq!(
            groups[0].packages[1].edition_text(Lang::En),
            "SCORM 2004 (4th edition)"
        );
    }

    #[test]
    fn another_format_or_version_is_named() {
        assert_eq!(
            parse(
                &SerdeJson,
                r#"{"format":"bimtek-scorm-packages","version":2,"packages":[]}"#
            ),
            Err(ScormListError::Format("bimtek-scorm-packages".into(), 2))
        );
        assert!(matches!(
            parse(&SerdeJson, "<html>"),
            Err(ScormListError::Unreadable(_))
        ));
        // One text per language; the Indonesian one is the Display text.
        for e in [
            ScormListError::Unreadable("x".into()),
            ScormListError::Format("f".into(), 2),
        ] {
            assert_eq!(e.to_string(), e.message(Lang::Id));
            assert_ne!(e.message(Lang::En), e.message(Lang::Id));
        }
    }
}
