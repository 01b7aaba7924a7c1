//! Import checks of what a learner keeps besides lessons and quizzes: worksheets, follow-up
//! action plans, the reflection journal and the review queue. Each one's own limits (`validate`), and one record
//! per key. Split from `transfer.rs`.

use std::collections::HashSet;

use super::{ImportError, Inconsistency};
use crate::domain::journal::JournalEntry;
use crate::domain::review::ReviewEntry;
use crate::domain::rtl::RtlPlan;
use crate::domain::worksheet::Worksheet;

/// Worksheets: each known id at most once, every cap kept (the id itself is checked when
/// decoding: an unknown one does not decode).
pub(super) fn check_worksheets(sheets: &[Worksheet]) -> Result<(), ImportError> {
    let mut ids = HashSet::new();
    for w in sheets {
        let id = w.id.as_str().to_owned();
        if !ids.insert(w.id) {
            return Err(ImportError::Inconsistent(Inconsistency::WorksheetTwice(id)));
        }
        w.validate()
            .map_err(|e| ImportError::Inconsistent(Inconsistency::Worksheet(id, e)))?;
    }
    Ok(())
}

/// Plans: one per module, every limit kept (a plan the app could not have saved is refused).
pub(super) fn check_rtl(plans: &[RtlPlan]) -> Result<(), ImportError> {
    let mut modules = HashSet::new();
    for p in plans {
        let id = p.module.to_string();
        if !modules.insert(p.module.as_str()) {
            return Err(ImportError::Inconsistent(Inconsistency::RtlTwice(id)));
        }
        p.validate()
            .map_err(|e| ImportError::Inconsistent(Inconsistency::Rtl(id, e)))?;
    }
    Ok(())
}

/// Journal entries: one per lesson, every limit kept.
pub(super) fn check_journal(entries: &[JournalEntry]) -> Result<(), ImportError> {
    let mut keys = HashSet::new();
    for e in entries {
        let key = e.key();
        if !keys.insert(key.clone()) {
            return Err(ImportError::Inconsistent(Inconsistency::JournalTwice(key)));
        }
        e.validate()
            .map_err(|why| ImportError::Inconsistent(Inconsistency::Journal(key, why)))?;
    }
    Ok(())
}

/// The review queue: each question at most once, every entry one a step could have made.
pub(super) fn check_review(entries: &[ReviewEntry]) -> Result<(), ImportError> {
    let mut keys = HashSet::new();
    for e in entries {
        let key = e.storage_key();
        if !keys.insert(key.clone()) {
            return Err(ImportError::Inconsistent(Inconsistency::ReviewTwice(key)));
        }
        e.validate()
            .map_err(|why| ImportError::Inconsistent(Inconsistency::Review(key, why)))?;
    }
    Ok(())
}
