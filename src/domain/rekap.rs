//! The trainer's *Rekap kelas* (issue 27, item 2), pure: learners' files
//! ([`super::laporan`]) and LRS exports ([`lrs`]) read into one class, duplicates resolved by
//! the newest, the class table's rows and summary ([`table`]), the item analysis ([`items`]),
//! and the downloads ([`table::to_csv`], [`xlsx`]).
//!
//! Invariant: everything comes from the trainer's own files and is read on the trainer's
//! device; nothing here sends anything. Learners' files are self-reported: the page says so.

pub mod items;
pub mod lrs;
pub mod table;
pub mod xlsx;

use std::collections::HashMap;

use super::ids::{ModuleId, QuestionId};
use super::laporan::{read, AttemptReport, Laporan, LaporanError, Status};
use super::quiz::{Answer, Millis, FALSE_ID, TRUE_ID};
use super::record::Profile;
use super::rtl::RtlPlan;
use super::worksheet::Worksheet;
use crate::i18n::rekap::Word;
use crate::i18n::Lang;
use crate::json::JsonDecoder;

/// Where a learner's data came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A learner's file, by its name.
    File(String),
    /// An LRS export: the statements of one actor (its identifier).
    Lrs(String),
}

/// One learner of the class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Name, NIP and unit (from an LRS: the actor's name or account, no NIP or unit).
    pub learner: Profile,
    /// Where it came from.
    pub source: Source,
    /// When the file was made (Unix ms; the latest statement's for an LRS actor).
    pub made_at: Millis,
    /// One row per module the learner has data for.
    pub modules: Vec<ModuleRow>,
    /// Plans.
    pub rtl: Vec<RtlPlan>,
    /// Worksheets.
    pub worksheets: Vec<Worksheet>,
}

/// A learner's module, as the class table and the item analysis need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleRow {
    /// The module.
    pub module: ModuleId,
    /// Its title, as the learner's file gave it.
    pub title: String,
    /// Status.
    pub status: Status,
    /// JP credited.
    pub jp: u32,
    /// The pre-test's score, percent.
    pub pre: Option<u32>,
    /// The best post-test score, percent.
    pub post: Option<u32>,
    /// Finished post-test attempts.
    pub attempts: u32,
    /// Seconds spent reading, when known.
    pub seconds: Option<u32>,
    /// The first finished post-test attempt, for the item analysis.
    pub first: Option<FirstAttempt>,
}

/// A learner's first post-test attempt of a module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstAttempt {
    /// Its score, percent.
    pub percent: u32,
    /// Its answers.
    pub answers: Vec<Response>,
}

/// One answer, for the item analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// The question.
    pub question: QuestionId,
    /// Credit, thousandths.
    pub credit: u32,
    /// The options (or true/false) chosen, when the source says: option ids, [`TRUE_ID`] or
    /// [`FALSE_ID`]; empty for ordering and matching, and when unknown.
    pub chosen: Vec<String>,
}

/// The options an answer chose, for counting wrong options.
#[must_use]
pub fn chosen(answer: &Answer) -> Vec<String> {
    match answer {
        Answer::Single(id) => vec![id.clone()],
        Answer::Multiple(ids) => ids.clone(),
        Answer::TrueFalse(b) => vec![if *b { TRUE_ID } else { FALSE_ID }.to_owned()],
        Answer::Ordering(_) | Answer::Matching(_) => Vec::new(),
    }
}

fn first_attempt(a: &AttemptReport) -> Option<FirstAttempt> {
    if a.answers_left_out {
        return None;
    }
    Some(FirstAttempt {
        percent: a.score?,
        answers: a
            .answers
            .iter()
            .map(|r| Response {
                question: r.question.clone(),
                credit: r.credit,
                chosen: chosen(&r.answer),
            })
            .collect(),
    })
}

impl Entry {
    /// A learner's file as a class entry (`name`: the file's name).
    #[must_use]
    pub fn from_laporan(l: Laporan, name: &str) -> Self {
        let modules = l
            .modules
            .iter()
            .map(|m| ModuleRow {
                module: m.module.clone(),
                title: m.title.clone(),
                status: m.status,
                jp: m.jp,
                pre: m
                    .pretest
                    .as_ref()
                    .and_then(|p| p.attempt.as_ref())
                    .and_then(|a| a.score),
                post: m.attempts.iter().filter_map(|a| a.score).max(),
                attempts: m.attempts_total,
                seconds: Some(m.reading_seconds),
                first: m.attempts.first().and_then(first_attempt),
            })
            .collect();
        Self {
            learner: l.learner,
            source: Source::File(name.to_owned()),
            made_at: l.made_at,
            modules,
            rtl: l.rtl,
            worksheets: l.worksheets,
        }
    }

    /// Who this is, for finding the same learner twice: the NIP, else the name and unit
    /// (letters' case and spaces ignored); an LRS actor by its identifier.
    #[must_use]
    pub fn key(&self) -> String {
        let tidy = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        match (&self.source, &self.learner.nip) {
            (Source::Lrs(actor), _) => format!("lrs:{actor}"),
            (_, Some(nip)) => format!("nip:{nip}"),
            (_, None) => format!(
                "nama:{}|{}",
                tidy(&self.learner.name),
                tidy(&self.learner.unit)
            ),
        }
    }

    /// The row of `module`, if the learner has one.
    #[must_use]
    pub fn module(&self, module: &ModuleId) -> Option<&ModuleRow> {
        self.modules.iter().find(|m| &m.module == module)
    }

    /// JP credited over every module.
    #[must_use]
    pub fn jp(&self) -> u32 {
        self.modules.iter().map(|m| m.jp).sum()
    }

    /// Seconds spent reading, over every module that says.
    #[must_use]
    pub fn seconds(&self) -> Option<u32> {
        let known: Vec<u32> = self.modules.iter().filter_map(|m| m.seconds).collect();
        (!known.is_empty()).then(|| known.iter().fold(0u32, |a, s| a.saturating_add(*s)))
    }
}

/// Why a file was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// A learner's file that is not right.
    Laporan(LaporanError),
    /// An LRS export that is not right.
    Lrs(lrs::LrsError),
    /// An empty file.
    Empty,
    /// The browser could not read it (or it is not text).
    Unreadable,
    /// Larger than any file this page reads (its size in KB): not read at all.
    TooLarge(usize),
}

impl FileError {
    /// The reason in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Laporan(e) => e.message(lang),
            Self::Lrs(e) => e.message(lang),
            Self::Empty => Word::FileEmpty.text(lang).to_owned(),
            Self::Unreadable => Word::FileUnreadable.text(lang).to_owned(),
            Self::TooLarge(kb) => crate::i18n::rekap::sf(lang, Word::FileTooLarge, &[kb]),
        }
    }
}

crate::i18n::learner_error!(FileError);

/// What one file holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Read {
    /// A learner's file.
    Laporan(Box<Laporan>),
    /// An LRS export's statements (not checked further yet: they are grouped by actor over
    /// every export, [`lrs::entries`]).
    Statements(Vec<lrs::Statement>),
}

/// Reads one file: an LRS export (a JSON array, or one JSON statement per line) or a learner's
/// file, each checked in full.
///
/// # Errors
/// [`FileError`] saying why it is not read.
pub fn read_file(text: &str, json: &impl JsonDecoder) -> Result<Read, FileError> {
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        return Err(FileError::Empty);
    }
    if lrs::looks_like_statements(trimmed, json) {
        return lrs::parse(trimmed, json)
            .map(Read::Statements)
            .map_err(FileError::Lrs);
    }
    read(trimmed, json)
        .map(|l| Read::Laporan(Box::new(l)))
        .map_err(FileError::Laporan)
}

/// A file refused, by its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The file's name (as the trainer's device named it; shown as text).
    pub file: String,
    /// Why.
    pub why: FileError,
}

/// The class: every learner once, the files refused, and how many older files were replaced.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Class {
    /// Learners, in the order their files were read.
    pub entries: Vec<Entry>,
    /// Files not read.
    pub refused: Vec<Refused>,
    /// Files that were replaced by a newer file of the same learner.
    pub replaced: usize,
    /// Files read.
    pub files: usize,
    /// Each learner's place in `entries`, by [`Entry::key`].
    index: HashMap<String, usize>,
}

impl Class {
    /// Adds a learner; a learner already in the class is replaced by the newer file (by
    /// `made_at`; the later read on a tie), the older counted in [`Class::replaced`].
    pub fn add(&mut self, entry: Entry) {
        let key = entry.key();
        if let Some(&i) = self.index.get(&key) {
            self.replaced += 1;
            if entry.made_at >= self.entries[i].made_at {
                self.entries[i] = entry;
            }
        } else {
            self.index.insert(key, self.entries.len());
            self.entries.push(entry);
        }
    }

    /// Builds the class from files `(name, text)` (an error: the file could not be read, or
    /// was too large to read). LRS exports are pooled: a statement in two exports counts once,
    /// and each actor is one learner.
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, Result<&'a str, FileError>)>,
        json: &impl JsonDecoder,
    ) -> Self {
        let mut class = Self::default();
        let mut statements = Vec::new();
        for (name, text) in files {
            class.files += 1;
            let read = text.and_then(|t| read_file(t, json));
            match read {
                Ok(Read::Laporan(l)) => class.add(Entry::from_laporan(*l, name)),
                Ok(Read::Statements(s)) => statements.extend(s),
                Err(why) => class.refused.push(Refused {
                    file: name.to_owned(),
                    why,
                }),
            }
        }
        for e in lrs::entries(statements) {
            class.add(e);
        }
        class
    }
}

/// The median of `values` (the mean of the middle two for an even count), `None` when empty.
#[must_use]
pub fn median(values: &[i64]) -> Option<f64> {
    let mut v = values.to_vec();
    v.sort_unstable();
    let n = v.len();
    #[allow(clippy::cast_precision_loss, reason = "scores and gains are small")]
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(v[n / 2] as f64),
        _ => Some((v[n / 2 - 1] + v[n / 2]) as f64 / 2.0),
    }
}
