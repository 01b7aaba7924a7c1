//! Identifier newtypes. An id is parsed once, at the edge, and is valid from then on.

use std::fmt;

/// Why a string is not a valid id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    /// The string is empty.
    #[error("id kosong")]
    Empty,
    /// The string is longer than [`MAX_ID_LEN`].
    #[error("id lebih dari {MAX_ID_LEN} karakter")]
    TooLong,
    /// The string has a character outside `a-z`, `0-9` and `-`.
    #[error("id hanya boleh berisi huruf kecil a-z, angka dan tanda hubung: “{0}”")]
    BadChar(String),
}

/// Longest id accepted, in bytes.
pub const MAX_ID_LEN: usize = 64;

/// The characters of an id ([`check_id`]) as a regular expression's class with `+`, for the
/// start-up script (`content/boot.js`), which reads ids out of addresses before the wasm is
/// here; [`check_id`] decides the rest (length, a leading or trailing `-`).
pub const ID_CHARS_PATTERN: &str = "[a-z0-9-]+";

/// Checks the id rule shared by packs, modules, lessons, questions and options:
/// 1–64 characters of `a-z`, `0-9` and `-`, not starting or ending with `-`.
///
/// # Errors
/// Returns the first rule the string breaks.
pub fn check_id(s: &str) -> Result<(), IdError> {
    if s.is_empty() {
        return Err(IdError::Empty);
    }
    if s.len() > MAX_ID_LEN {
        return Err(IdError::TooLong);
    }
    let ok_chars = s
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !ok_chars || s.starts_with('-') || s.ends_with('-') {
        return Err(IdError::BadChar(s.to_owned()));
    }
    Ok(())
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Parses an id.
            ///
            /// # Errors
            /// Returns [`IdError`] when the string breaks the id rule of [`check_id`].
            pub fn parse(s: &str) -> Result<Self, IdError> {
                check_id(s)?;
                Ok(Self(s.to_owned()))
            }

            /// The id as a string slice.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdError;
            fn try_from(s: String) -> Result<Self, IdError> {
                check_id(&s)?;
                Ok(Self(s))
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// A content pack's id, e.g. `inti`.
    PackId
);
id_type!(
    /// A module's id, e.g. `pola-pikir-melayani`.
    ModuleId
);
id_type!(
    /// A lesson's id, unique within its module.
    LessonId
);
id_type!(
    /// A quiz question's id, unique within its module.
    QuestionId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_kebab_case() {
        assert!(ModuleId::parse("pola-pikir-melayani").is_ok());
        assert!(ModuleId::parse("a1").is_ok());
    }

    #[test]
    fn rejects_bad_ids() {
        assert_eq!(ModuleId::parse(""), Err(IdError::Empty));
        assert_eq!(ModuleId::parse(&"a".repeat(65)), Err(IdError::TooLong));
        assert!(matches!(ModuleId::parse("Modul"), Err(IdError::BadChar(_))));
        assert!(matches!(ModuleId::parse("a b"), Err(IdError::BadChar(_))));
        assert!(matches!(ModuleId::parse("-a"), Err(IdError::BadChar(_))));
        assert!(matches!(
            ModuleId::parse("a/../b"),
            Err(IdError::BadChar(_))
        ));
    }

    #[test]
    fn serde_round_trip_validates() {
        let id: ModuleId = serde_json::from_str("\"agen-perubahan\"").unwrap();
        assert_eq!(id.as_str(), "agen-perubahan");
        assert!(serde_json::from_str::<ModuleId>("\"<script>\"").is_err());
    }
}
