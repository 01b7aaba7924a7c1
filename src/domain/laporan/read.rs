//! Reading a learner's file on the trainer's page: checked in full as an import is
//! (`super::super::transfer`), because it comes from outside: a file cut off on the way, a file of
//! another kind, one made by a newer app, and a hostile one (huge strings, impossible numbers,
//! a script for a name) are each refused with their own reason, and nothing of a refused file
//! counts. The learner's text is only ever shown as text.

use std::collections::HashSet;

use serde::Deserialize;

use super::{AttemptReport, Laporan, LAPORAN_FORMAT, LAPORAN_VERSION};
use crate::domain::ids::check_id;
use crate::domain::progress::excerpt;
use crate::domain::quiz::{Answer, FULL};
use crate::domain::record::{profile, ProfileError};
use crate::domain::rtl::RtlError;
use crate::domain::transfer::EXPORT_FORMAT;
use crate::domain::worksheet::WorksheetError;
use crate::i18n::rekap::{sf, Word};
use crate::i18n::Lang;
use crate::json::JsonDecoder;

/// Largest file read, in bytes (a file made by the app is under 100 KB).
pub const MAX_READ_BYTES: usize = 1024 * 1024;
/// Most modules in a file.
const MODULES_MAX: usize = 200;
/// Most attempts listed for a module.
const ATTEMPTS_MAX: usize = 50;
/// Most questions in an attempt.
const QUESTIONS_MAX: usize = 200;
/// Most ids in one answer (options ticked, steps, pairs).
const ANSWER_ITEMS_MAX: usize = 100;
/// Longest module title, in characters.
const TITLE_MAX: usize = 300;

/// Why a file was not read. Words: [`LaporanError::message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LaporanError {
    /// Larger than [`MAX_READ_BYTES`] (its size in KB).
    TooLarge(usize),
    /// Not JSON, or cut off (the decoder's detail).
    NotJson(String),
    /// The learner's progress file (an export), not a report.
    ProgressFile,
    /// JSON of another kind.
    Foreign,
    /// Made by a newer app.
    Newer(u32),
    /// A version this app never wrote.
    UnknownVersion(u32),
    /// No version.
    NoVersion,
    /// Values of the wrong type or shape (the decoder's detail, shortened).
    BadShape(String),
    /// The learner's name, NIP or unit breaks the profile's rules.
    Learner(ProfileError),
    /// A module's numbers cannot be true (its id, shortened).
    Impossible(String),
    /// A plan breaks a limit: the module and why.
    Rtl(String, RtlError),
    /// A worksheet breaks a limit.
    Worksheet(WorksheetError),
}

impl LaporanError {
    /// The reason in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::TooLarge(kb) => sf(lang, Word::FileTooLarge, &[kb]),
            Self::NotJson(why) => sf(lang, Word::FileNotJson, &[why]),
            Self::ProgressFile => Word::FileProgress.text(lang).to_owned(),
            Self::Foreign => Word::FileForeign.text(lang).to_owned(),
            Self::Newer(v) => sf(lang, Word::FileNewer, &[v]),
            Self::UnknownVersion(v) => sf(lang, Word::FileUnknownVersion, &[v]),
            Self::NoVersion => Word::FileNoVersion.text(lang).to_owned(),
            Self::BadShape(why) => sf(lang, Word::FileBadShape, &[why]),
            Self::Learner(e) => sf(lang, Word::FileLearner, &[&e.message(lang)]),
            Self::Impossible(m) => sf(lang, Word::FileImpossible, &[m]),
            Self::Rtl(m, e) => sf(lang, Word::FileRtl, &[m, &e.message(lang)]),
            Self::Worksheet(e) => sf(lang, Word::FileWorksheet, &[&e.message(lang)]),
        }
    }
}

crate::i18n::learner_error!(LaporanError);

/// Decodes and fully checks a learner's file.
///
/// # Errors
/// [`LaporanError`] saying what is wrong.
pub fn read(text: &str, json: &impl JsonDecoder) -> Result<Laporan, LaporanError> {
    #[derive(Deserialize)]
    struct Probe {
        format: Option<String>,
        version: Option<u32>,
    }
    if text.len() > MAX_READ_BYTES {
        return Err(LaporanError::TooLarge(text.len() / 1024));
    }
    json.decode::<serde::de::IgnoredAny>(text)
        .map_err(|e| LaporanError::NotJson(excerpt(&e)))?;
    let probe: Probe = json.decode(text).map_err(|_| LaporanError::Foreign)?;
    match probe.format.as_deref() {
        Some(LAPORAN_FORMAT) => {}
        Some(EXPORT_FORMAT) => return Err(LaporanError::ProgressFile),
        _ => return Err(LaporanError::Foreign),
    }
    match probe.version {
        Some(LAPORAN_VERSION) => {}
        Some(v) if v > LAPORAN_VERSION => return Err(LaporanError::Newer(v)),
        Some(v) => return Err(LaporanError::UnknownVersion(v)),
        None => return Err(LaporanError::NoVersion),
    }
    let mut doc: Laporan = json
        .decode(text)
        .map_err(|e| LaporanError::BadShape(excerpt(&e)))?;
    check(&mut doc)?;
    Ok(doc)
}

/// Checks every rule and tidies the learner's profile as the app does.
fn check(doc: &mut Laporan) -> Result<(), LaporanError> {
    let l = &doc.learner;
    doc.learner =
        profile(&l.name, l.nip.as_deref().unwrap_or(""), &l.unit).map_err(LaporanError::Learner)?;
    if doc.made_at < 0 || doc.modules.len() > MODULES_MAX {
        return Err(LaporanError::Impossible("-".to_owned()));
    }
    let mut modules = HashSet::new();
    for m in &doc.modules {
        let bad = || LaporanError::Impossible(m.module.to_string());
        let attempts = m
            .attempts
            .iter()
            .chain(m.pretest.as_ref().and_then(|p| p.attempt.as_ref()));
        let mut ids = HashSet::new();
        let attempts_ok = attempts
            .into_iter()
            .all(|a| ids.insert(&a.id) && attempt_ok(a));
        let numbers_ok = m.title.chars().count() <= TITLE_MAX
            && m.pass_mark <= 100
            && m.lessons_read <= m.lessons_total
            && m.passed_at.is_none_or(|t| t >= 0)
            && m.attempts.len() <= ATTEMPTS_MAX
            && m.attempts.len() <= usize::try_from(m.attempts_total).unwrap_or(usize::MAX)
            && m.attempts.iter().all(|a| a.finished_at.is_some())
            && m.pretest
                .as_ref()
                .is_none_or(|p| p.skipped_at.is_some() != p.attempt.is_some())
            && m.pretest
                .as_ref()
                .and_then(|p| p.skipped_at)
                .is_none_or(|t| t >= 0);
        if !modules.insert(m.module.clone()) || !attempts_ok || !numbers_ok {
            return Err(bad());
        }
    }
    let mut plans = HashSet::new();
    for p in &doc.rtl {
        if !plans.insert(p.module.clone()) {
            return Err(LaporanError::Impossible(p.module.to_string()));
        }
        p.validate()
            .map_err(|e| LaporanError::Rtl(p.module.to_string(), e))?;
    }
    let mut sheets = HashSet::new();
    for w in &doc.worksheets {
        if !sheets.insert(w.id) {
            return Err(LaporanError::Impossible(w.id.as_str().to_owned()));
        }
        w.validate().map_err(LaporanError::Worksheet)?;
    }
    Ok(())
}

/// An attempt's numbers can be true: an id, times in order, questions drawn once each, every
/// answer to one of them once, credit within a question, ids that follow the id rule.
fn attempt_ok(a: &AttemptReport) -> bool {
    let mut drawn = HashSet::new();
    let mut answered = HashSet::new();
    !a.id.is_empty()
        && a.id.chars().count() <= 100
        && a.started_at >= 0
        && a.finished_at.is_none_or(|f| f >= a.started_at)
        && a.questions.len() <= QUESTIONS_MAX
        && a.questions.iter().all(|q| drawn.insert(q))
        && a.score.is_none_or(|s| s <= 100)
        && a.answers.iter().all(|r| {
            drawn.contains(&r.question)
                && answered.insert(&r.question)
                && r.credit <= FULL
                && r.answered_at >= 0
                && answer_ok(&r.answer)
        })
}

/// The ids of an answer follow the id rule, and there are not more of them than a question has.
fn answer_ok(answer: &Answer) -> bool {
    let ids = |v: &[String]| v.len() <= ANSWER_ITEMS_MAX && v.iter().all(|s| check_id(s).is_ok());
    match answer {
        Answer::Single(id) => check_id(id).is_ok(),
        Answer::Multiple(v) | Answer::Ordering(v) => ids(v),
        Answer::TrueFalse(_) => true,
        Answer::Matching(pairs) => {
            pairs.len() <= ANSWER_ITEMS_MAX
                && pairs
                    .iter()
                    .all(|(l, r)| check_id(l).is_ok() && check_id(r).is_ok())
        }
    }
}
