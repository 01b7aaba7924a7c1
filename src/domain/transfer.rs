//! Moving progress between browsers: the export document (docs/design.md contract 4) and the full
//! validation of an import before anything is written.
//!
//! Pure. The document is `{"format": "bimtek-progress", "version": 4, …}`; a newer version
//! is refused with a clear message, never half-read. Version 2 (issue 26) added `pretests`,
//! version 3 (issue 26, items 4 and 6) `rtl` (the learner's follow-up action plans, with their
//! 30-day follow-up) and `journal` (reflection journal entries), version 4 (issue 29, item 2)
//! `review` (the questions to review, each with its box and due day). Older files still
//! import: a version 1 file with no pre-tests, plans, journal or review queue, a version 2 file
//! with no plans, journal or queue, a version 3 file with no queue. An app that knows an older
//! version refuses a newer file instead of dropping what it does not know.

mod kept;

use std::collections::{BTreeSet, HashSet};

use serde::{Deserialize, Serialize};

use super::ids::ModuleId;
use super::journal::{JournalEntry, JournalError};
use super::pretest::PretestRecord;
use super::progress::{excerpt, LessonRecord, Resume, ResumeError, ResumeRecord};
use super::quiz::{AnswerRecord, Attempt, Millis, FULL};
use super::review::{ReviewEntry, ReviewError};
use super::rtl::{RtlError, RtlPlan};
use super::worksheet::{Worksheet, WorksheetError};
use crate::i18n::{t, tf, Key, Lang};
use crate::json::JsonDecoder;

/// The `format` value of an export.
pub const EXPORT_FORMAT: &str = "bimtek-progress";
/// The export version this app writes (it reads this one and every older one,
/// [`OLDEST_IMPORT_VERSION`] up).
pub const EXPORT_VERSION: u32 = 4;
/// The oldest export version this app still imports.
pub const OLDEST_IMPORT_VERSION: u32 = 1;
/// Largest import file accepted, in bytes.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// Everything saved about a learner, as one value.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Snapshot {
    /// Lesson records.
    pub lessons: Vec<LessonRecord>,
    /// Quiz attempts.
    pub attempts: Vec<Attempt>,
    /// Answers of those attempts.
    pub answers: Vec<AnswerRecord>,
    /// Where the learner stopped.
    pub resume: Option<Resume>,
    /// Worksheets the learner filled in (absent in files made before worksheets existed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub worksheets: Vec<Worksheet>,
    /// Pre-tests, one per module (export version 2; absent in version 1 files and when none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pretests: Vec<PretestRecord>,
    /// Follow-up action plans, one per module, each with its 30-day follow-up once answered
    /// (export version 3; absent in older files and when none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rtl: Vec<RtlPlan>,
    /// Reflection journal entries, one per lesson (export version 3; absent in older files
    /// and when none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub journal: Vec<JournalEntry>,
    /// The questions to review, each with its box and due day (export version 4; absent in
    /// older files and when none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub review: Vec<ReviewEntry>,
}

/// The export document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportDoc {
    /// Always [`EXPORT_FORMAT`].
    pub format: String,
    /// [`EXPORT_VERSION`] when written by this app.
    pub version: u32,
    /// When the file was made.
    pub exported_at: Millis,
    /// The data.
    #[serde(flatten)]
    pub snapshot: Snapshot,
}

impl ExportDoc {
    /// Wraps a snapshot for export at `now`.
    #[must_use]
    pub fn new(snapshot: Snapshot, now: Millis) -> Self {
        Self {
            format: EXPORT_FORMAT.to_owned(),
            version: EXPORT_VERSION,
            exported_at: now,
            snapshot,
        }
    }
}

/// Why an import file was refused. Messages are for the learner, in Indonesian.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge(usize),
    /// Not JSON, or cut off.
    NotJson(String),
    /// JSON of another kind.
    Foreign,
    /// Made by a newer app.
    NewerVersion(u32),
    /// The right kind, but values of the wrong type or shape (the decoder's detail).
    BadShape(String),
    /// A version number this app never wrote (older than any export format).
    UnknownVersion(u32),
    /// No version number.
    NoVersion,
    /// A resume point ("Lanjutkan") that is not a page of this app: refused, never linked.
    BadResume(ResumeError),
    /// Records that contradict each other.
    Inconsistent(Inconsistency),
}

/// Which records of an import contradict each other (ids as the file has them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inconsistency {
    /// A lesson recorded twice.
    LessonTwice(String),
    /// A lesson record with impossible numbers.
    LessonImpossible(String),
    /// An attempt id that is empty, too long or repeated.
    AttemptId(String),
    /// An attempt with impossible data.
    AttemptImpossible(String),
    /// An answer to an attempt the file does not have.
    AnswerWithoutAttempt(String),
    /// An answer to a question that is not part of its attempt: (question, attempt).
    AnswerOutsideAttempt(String, String),
    /// An answer given twice, or with an impossible credit: (question, attempt).
    AnswerTwice(String, String),
    /// A worksheet recorded twice.
    WorksheetTwice(String),
    /// A worksheet over its caps: its id and why.
    Worksheet(String, WorksheetError),
    /// A module's pre-test recorded twice, or with impossible data (the module id).
    Pretest(String),
    /// A module's plan recorded twice (the module id).
    RtlTwice(String),
    /// A plan that breaks a limit: the module id and why.
    Rtl(String, RtlError),
    /// A lesson's journal entry recorded twice (`module/lesson`).
    JournalTwice(String),
    /// A journal entry that breaks a limit: `module/lesson` and why.
    Journal(String, JournalError),
    /// A question in the review queue twice (`module/question`).
    ReviewTwice(String),
    /// A review-queue entry no step could have made: `module/question` and why.
    Review(String, ReviewError),
}

impl Inconsistency {
    /// The detail in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::LessonTwice(k) => tf(lang, Key::ImportLessonTwice, &[k]),
            Self::LessonImpossible(k) => tf(lang, Key::ImportLessonImpossible, &[k]),
            Self::AttemptId(id) => tf(lang, Key::ImportAttemptId, &[id]),
            Self::AttemptImpossible(id) => tf(lang, Key::ImportAttemptImpossible, &[id]),
            Self::AnswerWithoutAttempt(id) => tf(lang, Key::ImportAnswerNoAttempt, &[id]),
            Self::AnswerOutsideAttempt(q, a) => tf(lang, Key::ImportAnswerOutside, &[q, a]),
            Self::AnswerTwice(q, a) => tf(lang, Key::ImportAnswerTwice, &[q, a]),
            Self::WorksheetTwice(id) => tf(lang, Key::ImportWorksheetTwice, &[id]),
            Self::Worksheet(id, e) => tf(lang, Key::ImportWorksheet, &[id, &e.message(lang)]),
            Self::Pretest(id) => tf(lang, Key::ImportPretest, &[id]),
            Self::RtlTwice(id) => tf(lang, Key::ImportRtlTwice, &[id]),
            Self::Rtl(id, e) => tf(lang, Key::ImportRtl, &[id, &e.message(lang)]),
            Self::JournalTwice(key) => tf(lang, Key::ImportJournalTwice, &[key]),
            Self::Journal(key, e) => tf(lang, Key::ImportJournal, &[key, &e.message(lang)]),
            Self::ReviewTwice(key) => tf(lang, Key::ImportReviewTwice, &[key]),
            Self::Review(key, e) => tf(lang, Key::ImportReview, &[key, &e.message(lang)]),
        }
    }
}

impl ImportError {
    /// The message for the learner in `lang` (the Indonesian one is the `Display` text).
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::TooLarge(kb) => tf(lang, Key::ImportTooLarge, &[kb]),
            Self::NotJson(why) => tf(lang, Key::ImportNotJson, &[why]),
            Self::Foreign => t(lang, Key::ImportForeign).to_owned(),
            Self::NewerVersion(v) => tf(lang, Key::ImportNewer, &[v]),
            Self::BadShape(why) => tf(lang, Key::ImportBadShape, &[why]),
            Self::UnknownVersion(v) => tf(lang, Key::ImportUnknownVersion, &[v]),
            Self::NoVersion => t(lang, Key::ImportNoVersion).to_owned(),
            Self::BadResume(e) => tf(lang, Key::ImportBadResume, &[&e.message(lang)]),
            Self::Inconsistent(why) => tf(lang, Key::ImportInconsistent, &[&why.message(lang)]),
        }
    }
}

crate::i18n::learner_error!(ImportError);

/// Decodes and fully checks an import file.
///
/// # Errors
/// [`ImportError`] saying what is wrong; nothing is written by this function.
pub fn parse_import(text: &str, json: &impl JsonDecoder) -> Result<Snapshot, ImportError> {
    #[derive(Deserialize)]
    struct Probe {
        format: Option<String>,
        version: Option<u32>,
    }
    #[derive(Deserialize)]
    struct ResumeProbe {
        resume: Option<ResumeRecord>,
    }
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(text.len() / 1024));
    }
    json.decode::<serde::de::IgnoredAny>(text)
        .map_err(ImportError::NotJson)?;
    let probe: Probe = json.decode(text).map_err(|_| ImportError::Foreign)?;
    if probe.format.as_deref() != Some(EXPORT_FORMAT) {
        return Err(ImportError::Foreign);
    }
    match probe.version {
        Some(OLDEST_IMPORT_VERSION..=EXPORT_VERSION) => {}
        Some(v) if v > EXPORT_VERSION => return Err(ImportError::NewerVersion(v)),
        Some(other) => return Err(ImportError::UnknownVersion(other)),
        None => return Err(ImportError::NoVersion),
    }
    // The resume point is checked on its own first, so a hostile one (`javascript:…`) is
    // refused with its own reason rather than a generic shape error.
    let probe: ResumeProbe = json.decode(text).map_err(ImportError::BadShape)?;
    if let Some(record) = probe.resume {
        Resume::try_from(record).map_err(ImportError::BadResume)?;
    }
    let doc: ExportDoc = json.decode(text).map_err(ImportError::BadShape)?;
    check_consistency(&doc.snapshot)?;
    kept::check_worksheets(&doc.snapshot.worksheets)?;
    kept::check_rtl(&doc.snapshot.rtl)?;
    kept::check_journal(&doc.snapshot.journal)?;
    kept::check_review(&doc.snapshot.review)?;
    Ok(doc.snapshot)
}

fn check_consistency(s: &Snapshot) -> Result<(), ImportError> {
    let bad = |m: Inconsistency| Err(ImportError::Inconsistent(m));
    let mut keys = HashSet::new();
    for l in &s.lessons {
        if !keys.insert(l.key()) {
            return bad(Inconsistency::LessonTwice(l.key()));
        }
        if l.position > 100 || l.opened_at < 0 || l.read_at.is_some_and(|r| r < 0) {
            return bad(Inconsistency::LessonImpossible(l.key()));
        }
    }
    let mut attempts = HashSet::new();
    for a in &s.attempts {
        if a.id.is_empty() || a.id.len() > 100 || !attempts.insert(a.id.as_str()) {
            return bad(Inconsistency::AttemptId(excerpt(&a.id)));
        }
        if a.questions.is_empty()
            || a.started_at < 0
            || a.finished_at.is_some_and(|f| f < a.started_at)
        {
            return bad(Inconsistency::AttemptImpossible(excerpt(&a.id)));
        }
    }
    let mut answered = HashSet::new();
    for r in &s.answers {
        let Some(attempt) = s.attempts.iter().find(|a| a.id == r.attempt) else {
            return bad(Inconsistency::AnswerWithoutAttempt(excerpt(&r.attempt)));
        };
        if !attempt.questions.contains(&r.question) {
            return bad(Inconsistency::AnswerOutsideAttempt(
                r.question.to_string(),
                excerpt(&r.attempt),
            ));
        }
        if !answered.insert((r.attempt.as_str(), r.question.as_str())) || r.credit > FULL {
            return bad(Inconsistency::AnswerTwice(
                r.question.to_string(),
                excerpt(&r.attempt),
            ));
        }
    }
    let mut modules = HashSet::new();
    for p in &s.pretests {
        if !modules.insert(p.module.as_str()) || p.impossible() {
            return bad(Inconsistency::Pretest(p.module.to_string()));
        }
    }
    Ok(())
}

/// What a snapshot holds, to show before an import replaces the current progress.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Preview {
    /// Modules with any record.
    pub modules: BTreeSet<ModuleId>,
    /// Lesson records.
    pub lessons: usize,
    /// Of which read.
    pub lessons_read: usize,
    /// Quiz attempts.
    pub attempts: usize,
    /// Answers.
    pub answers: usize,
    /// Earliest date in the data.
    pub first: Option<Millis>,
    /// Latest date in the data.
    pub last: Option<Millis>,
}

/// Summarises `snapshot` for the import confirmation.
#[must_use]
pub fn preview(snapshot: &Snapshot) -> Preview {
    let dates = snapshot
        .lessons
        .iter()
        .flat_map(|l| [Some(l.opened_at), l.read_at, Some(l.updated_at)])
        .chain(
            snapshot
                .attempts
                .iter()
                .flat_map(|a| [Some(a.started_at), a.finished_at]),
        )
        .chain(snapshot.answers.iter().map(|a| Some(a.answered_at)))
        .flatten();
    let (first, last) = dates.fold(
        (None, None),
        |(lo, hi): (Option<Millis>, Option<Millis>), d| {
            (
                Some(lo.map_or(d, |l| l.min(d))),
                Some(hi.map_or(d, |h| h.max(d))),
            )
        },
    );
    Preview {
        modules: snapshot
            .lessons
            .iter()
            .map(|l| l.module.clone())
            .chain(snapshot.attempts.iter().map(|a| a.module.clone()))
            .collect(),
        lessons: snapshot.lessons.len(),
        lessons_read: snapshot
            .lessons
            .iter()
            .filter(|l| l.read_at.is_some())
            .count(),
        attempts: snapshot.attempts.len(),
        answers: snapshot.answers.len(),
        first,
        last,
    }
}
