//! *Rencana Tindak Lanjut* (RTL): the plan a learner takes back to work at the end of a module,
//! and, 30 days after the module is *Lulus*, how it went (issue 26, item 4, app side).
//!
//! Pure. Owns the fields of the RTL form, so that the content's guiding prompts
//! (`content::model::RtlGuide`), the form and the stored plan name the same five fields; the
//! plan's limits (every text capped, the deadline a real calendar date), how two saves of one
//! module's plan merge (two tabs), and when the home screen asks how the plan went
//! ([`follow_ups_due`], the clock passed in). The learner's text is only ever shown as text.
//!
//! Stored (schema v5 store `rtl`, one row per module) and exported (version 3, `"rtl": […]`)
//! as it serializes here; `tests/golden.rs` pins the shape.

mod follow_up;

use serde::{Deserialize, Serialize};

pub use follow_up::{
    follow_up_due, follow_ups_due, FollowUp, Outcome, FOLLOW_UP_DAYS,
    NOTE_MAX as FOLLOW_UP_NOTE_MAX,
};

use super::ids::ModuleId;
use super::time::Millis;
use crate::i18n::{t, tf, Key, Lang};

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

    /// The field's label (the form's and the printed plan's).
    #[must_use]
    pub fn label(self) -> Key {
        match self {
            Self::Perubahan => Key::RtlPerubahan,
            Self::LangkahPertama => Key::RtlLangkahPertama,
            Self::Tenggat => Key::RtlTenggat,
            Self::UkuranBerhasil => Key::RtlUkuranBerhasil,
            Self::LaporKepada => Key::RtlLaporKepada,
        }
    }

    /// The longest answer, in characters ([`Self::Tenggat`] is a date, `YYYY-MM-DD`).
    #[must_use]
    pub fn max(self) -> usize {
        match self {
            Self::Perubahan | Self::LangkahPertama | Self::UkuranBerhasil => RTL_LONG_MAX,
            Self::Tenggat => 10,
            Self::LaporKepada => RTL_SHORT_MAX,
        }
    }
}

/// Longest answer to "what I will change", "the first step" and "how I will know", in
/// characters: a few sentences, what fits on the printed plan.
pub const RTL_LONG_MAX: usize = 500;
/// Longest answer to "who I report it to", in characters.
pub const RTL_SHORT_MAX: usize = 200;

/// A learner's RTL for one module.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RtlPlan {
    /// The module.
    pub module: ModuleId,
    /// What I will change in my work (required).
    pub perubahan: String,
    /// The first step.
    pub langkah_pertama: String,
    /// By when: a calendar date `YYYY-MM-DD` (the learner's own day), or empty.
    pub tenggat: String,
    /// How I will know it worked.
    pub ukuran_berhasil: String,
    /// Who I report it to.
    pub lapor_kepada: String,
    /// When the plan was last saved (Unix ms).
    pub updated_at: Millis,
    /// How it went, once the learner answered the question 30 days after *Lulus*.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<FollowUp>,
}

/// Why a plan (or its follow-up) is refused. Words: [`RtlError::message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RtlError {
    /// A required field is empty.
    Missing(RtlField),
    /// A field over its limit.
    TooLong {
        /// Which field.
        field: RtlField,
        /// Its limit, in characters.
        max: usize,
    },
    /// The deadline is not a calendar date `YYYY-MM-DD`.
    BadDeadline,
    /// The follow-up's "why" is over its limit or not one line.
    BadNote {
        /// Its limit, in characters.
        max: usize,
    },
    /// A time before 1970.
    BadTime,
}

impl RtlError {
    /// The message for the learner in `lang` (the Indonesian one is the `Display` text).
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Missing(f) => tf(lang, Key::RtlErrMissing, &[&t(lang, f.label())]),
            Self::TooLong { field, max } => {
                tf(lang, Key::RtlErrTooLong, &[&t(lang, field.label()), max])
            }
            Self::BadDeadline => t(lang, Key::RtlErrDeadline).to_owned(),
            Self::BadNote { max } => tf(lang, Key::RtlErrNote, &[max]),
            Self::BadTime => t(lang, Key::RtlErrTime).to_owned(),
        }
    }
}

crate::i18n::learner_error!(RtlError);

/// True for a real calendar date written `YYYY-MM-DD` (as a date field gives it), years
/// 2000–2199.
#[must_use]
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |s: &str| -> Option<u32> {
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())
            .flatten()
    };
    let (Some(y), Some(m), Some(d)) = (num(&text[..4]), num(&text[5..7]), num(&text[8..])) else {
        return false;
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (2000..2200).contains(&y) && (1..=days).contains(&d)
}

impl RtlPlan {
    /// An empty plan of `module` (the form before the learner types).
    #[must_use]
    pub fn empty(module: ModuleId) -> Self {
        Self {
            module,
            perubahan: String::new(),
            langkah_pertama: String::new(),
            tenggat: String::new(),
            ukuran_berhasil: String::new(),
            lapor_kepada: String::new(),
            updated_at: 0,
            follow_up: None,
        }
    }

    /// The answer to `field`.
    #[must_use]
    pub fn get(&self, field: RtlField) -> &str {
        match field {
            RtlField::Perubahan => &self.perubahan,
            RtlField::LangkahPertama => &self.langkah_pertama,
            RtlField::Tenggat => &self.tenggat,
            RtlField::UkuranBerhasil => &self.ukuran_berhasil,
            RtlField::LaporKepada => &self.lapor_kepada,
        }
    }

    /// Sets the answer to `field`.
    pub fn set(&mut self, field: RtlField, value: String) {
        *match field {
            RtlField::Perubahan => &mut self.perubahan,
            RtlField::LangkahPertama => &mut self.langkah_pertama,
            RtlField::Tenggat => &mut self.tenggat,
            RtlField::UkuranBerhasil => &mut self.ukuran_berhasil,
            RtlField::LaporKepada => &mut self.lapor_kepada,
        } = value;
    }

    /// The plan as the learner saves it at `now`: every answer trimmed, checked. Its
    /// follow-up, if any, stays.
    ///
    /// # Errors
    /// The first [`RtlError`] found.
    pub fn saved(mut self, now: Millis) -> Result<Self, RtlError> {
        for f in RtlField::ALL {
            let trimmed = self.get(f).trim().to_owned();
            self.set(f, trimmed);
        }
        self.updated_at = now;
        self.validate()?;
        Ok(self)
    }

    /// Checks every limit: "what I will change" given, each answer within its limit, the
    /// deadline empty or a date, times not before 1970, the follow-up's note within its limit.
    ///
    /// # Errors
    /// The first [`RtlError`] found.
    pub fn validate(&self) -> Result<(), RtlError> {
        if self.perubahan.trim().is_empty() {
            return Err(RtlError::Missing(RtlField::Perubahan));
        }
        for field in RtlField::ALL {
            if self.get(field).chars().count() > field.max() {
                return Err(RtlError::TooLong {
                    field,
                    max: field.max(),
                });
            }
        }
        if !self.tenggat.is_empty() && !is_date(&self.tenggat) {
            return Err(RtlError::BadDeadline);
        }
        if self.updated_at < 0 {
            return Err(RtlError::BadTime);
        }
        self.follow_up.as_ref().map_or(Ok(()), FollowUp::validate)
    }

    /// The plan with its follow-up answered (an answer given again replaces the earlier one).
    #[must_use]
    pub fn with_follow_up(mut self, follow_up: FollowUp) -> Self {
        self.follow_up = Some(follow_up);
        self
    }
}

/// Merges a plan being saved with the stored one of its module (two tabs, or a follow-up
/// answered in one tab while the plan is edited in another): the plan's answers of the later
/// save win (the new one on a tie); the follow-up answered last wins, and one is never lost
/// to a save that did not know it.
#[must_use]
pub fn merge_rtl(stored: Option<RtlPlan>, new: &RtlPlan) -> RtlPlan {
    let Some(old) = stored else {
        return new.clone();
    };
    let follow_up = match (old.follow_up.clone(), new.follow_up.clone()) {
        (Some(a), Some(b)) => Some(if a.answered_at > b.answered_at { a } else { b }),
        (a, b) => b.or(a),
    };
    let mut merged = if old.updated_at > new.updated_at {
        old
    } else {
        new.clone()
    };
    merged.follow_up = follow_up;
    merged
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
