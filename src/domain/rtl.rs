//! *Rencana Tindak Lanjut* (RTL): the plan a learner takes back to work at the end of a module.
//!
//! Pure. Owns the fields of the RTL form, so that the content's guiding prompts
//! (`content::model::RtlGuide`), the form and the stored plan name the same five fields. The
//! stored plan itself (schema, export) is built on this later.

use serde::{Deserialize, Serialize};

/// The five fields of an RTL, in the order the form asks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RtlField {
    /// What I will change in my work.
    Perubahan,
    /// The first step.
    LangkahPertama,
    /// By when.
    Tenggat,
    /// How I will know it worked.
    UkuranBerhasil,
    /// Who I report it to.
    LaporKepada,
}

impl RtlField {
    /// Every field, in the order the form asks them.
    pub const ALL: [Self; 5] = [
        Self::Perubahan,
        Self::LangkahPertama,
        Self::Tenggat,
        Self::UkuranBerhasil,
        Self::LaporKepada,
    ];

    /// The id as written in content and files (`langkah-pertama`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Perubahan => "perubahan",
            Self::LangkahPertama => "langkah-pertama",
            Self::Tenggat => "tenggat",
            Self::UkuranBerhasil => "ukuran-berhasil",
            Self::LaporKepada => "lapor-kepada",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RtlField;

    #[test]
    fn ids_are_the_serde_spelling() {
        for f in RtlField::ALL {
            let json = serde_json::to_string(&f).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", f.as_str()));
        }
    }
}
