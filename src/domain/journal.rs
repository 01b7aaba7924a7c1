//! The learner's reflection journal (issue 26, item 6, app side): the answer written under a
//! lesson's journal reflection (`> [!REFLEKSI-JURNAL]`), one entry per lesson, a journal per
//! module.
//!
//! Pure. Owns the entry's shape, its limit, and how two saves of one entry merge (the later
//! one wins). The text is the learner's own and is only ever shown as text. Stored (schema v5
//! store `journal`, key `module/lesson`) and exported (version 3, `"journal": […]`) as it
//! serializes here; `tests/golden.rs` pins the shape.

use serde::{Deserialize, Serialize};

use super::ids::{LessonId, ModuleId};
use super::progress::lesson_key;
use super::time::Millis;
use crate::i18n::{t, tf, Key, Lang};

/// Longest entry, in characters: a few paragraphs on a phone.
pub const JOURNAL_MAX: usize = 1000;

/// One lesson's journal entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalEntry {
    /// The module.
    pub module: ModuleId,
    /// The lesson whose reflection it answers.
    pub lesson: LessonId,
    /// What the learner wrote (may be empty: an entry cleared).
    pub text: String,
    /// When it was last saved (Unix ms).
    pub updated_at: Millis,
}

/// Why an entry is refused. Words: [`JournalError::message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JournalError {
    /// Longer than [`JOURNAL_MAX`].
    TooLong {
        /// The limit, in characters.
        max: usize,
    },
    /// A time before 1970.
    BadTime,
}

impl JournalError {
    /// The message for the learner in `lang` (the Indonesian one is the `Display` text).
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::TooLong { max } => tf(lang, Key::JournalErrTooLong, &[max]),
            Self::BadTime => t(lang, Key::JournalErrTime).to_owned(),
        }
    }
}

crate::i18n::learner_error!(JournalError);

impl JournalEntry {
    /// The entry as saved at `now`, checked (the text as typed: line breaks are the learner's).
    ///
    /// # Errors
    /// [`JournalError`] when it breaks a limit.
    pub fn new(
        module: ModuleId,
        lesson: LessonId,
        text: String,
        now: Millis,
    ) -> Result<Self, JournalError> {
        let entry = Self {
            module,
            lesson,
            text,
            updated_at: now,
        };
        entry.validate()?;
        Ok(entry)
    }

    /// The storage key, `module/lesson` (as a lesson record's).
    #[must_use]
    pub fn key(&self) -> String {
        lesson_key(&self.module, &self.lesson)
    }

    /// Whether the learner has written anything.
    #[must_use]
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// Checks the limit and the time.
    ///
    /// # Errors
    /// The [`JournalError`] found.
    pub fn validate(&self) -> Result<(), JournalError> {
        if self.text.chars().count() > JOURNAL_MAX {
            return Err(JournalError::TooLong { max: JOURNAL_MAX });
        }
        if self.updated_at < 0 {
            return Err(JournalError::BadTime);
        }
        Ok(())
    }
}

/// Merges an entry being saved with the stored one (two tabs): the later save wins, the new
/// one on a tie.
#[must_use]
pub fn merge_journal(stored: Option<JournalEntry>, new: &JournalEntry) -> JournalEntry {
    match stored {
        Some(old) if old.updated_at > new.updated_at => old,
        _ => new.clone(),
    }
}
