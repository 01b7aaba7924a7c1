//! The list of SCORM packages a build wrote (`dist/scorm/index.json`, made by
//! `scripts/scorm-package.mjs`), for the trainers' page: which module, which file, how big.
//!
//! Pure: text in (through [`JsonDecoder`]), checked entries out. A list that names a file
//! outside `scorm/`, or anything but `<module-id>.zip`, is refused entry by entry: the page only
//! ever links the build's own packages.

use serde::Deserialize;

use crate::domain::ids::ModuleId;
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
}

impl ScormPackage {
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

/// Reads the list; entries that name anything but `scorm/<module-id>.zip` are left out.
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
            if e.file != format!("scorm/{module}.zip") {
                return None;
            }
            Some(ScormPackage {
                module,
                title: e.title,
                file: e.file,
                bytes: e.bytes,
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
