//! Content errors: each names the file, the module/lesson/question id, and the problem.

use std::fmt;

/// Where in a file a problem is: the module, and in it the lesson, question or glossary
/// term. Tests and tools match on these fields; the text (`modul x, soal y`) is for people.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// The module id (as written, even when it is not a valid id).
    pub module: Option<String>,
    /// The lesson id.
    pub lesson: Option<String>,
    /// The question id.
    pub question: Option<String>,
    /// The glossary term.
    pub term: Option<String>,
}

impl Location {
    /// The whole file, not a part of it.
    pub const WHOLE_FILE: Self = Self {
        module: None,
        lesson: None,
        question: None,
        term: None,
    };

    /// In module `id`.
    #[must_use]
    pub fn module(id: impl fmt::Display) -> Self {
        Self {
            module: Some(id.to_string()),
            ..Self::WHOLE_FILE
        }
    }

    /// In lesson `id` of this module.
    #[must_use]
    pub fn lesson(self, id: impl fmt::Display) -> Self {
        Self {
            lesson: Some(id.to_string()),
            ..self
        }
    }

    /// In question `id` of this module.
    #[must_use]
    pub fn question(self, id: impl fmt::Display) -> Self {
        Self {
            question: Some(id.to_string()),
            ..self
        }
    }

    /// At glossary term `term` of this module.
    #[must_use]
    pub fn term(self, term: impl fmt::Display) -> Self {
        Self {
            term: Some(term.to_string()),
            ..self
        }
    }

    /// The whole file?
    #[must_use]
    pub fn is_whole_file(&self) -> bool {
        *self == Self::WHOLE_FILE
    }
}

impl From<&Location> for Location {
    fn from(l: &Location) -> Self {
        l.clone()
    }
}

impl fmt::Display for Location {
    /// `modul x, pelajaran y` / `modul x, soal z` / `modul x, glosarium “t”` (the authoring
    /// language: these messages are for pack authors, who write in Indonesian).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if let Some(m) = &self.module {
            parts.push(format!("modul {m}"));
        }
        if let Some(l) = &self.lesson {
            parts.push(format!("pelajaran {l}"));
        }
        if let Some(q) = &self.question {
            parts.push(format!("soal {q}"));
        }
        if let Some(t) = &self.term {
            parts.push(format!("glosarium “{t}”"));
        }
        f.write_str(&parts.join(", "))
    }
}

/// One problem found in a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// The file the problem is in (as the author or deployer knows it).
    pub file: String,
    /// Where in the file.
    pub location: Location,
    /// What is wrong.
    pub problem: Problem,
}

impl ContentError {
    /// A problem in `file` at `location`.
    #[must_use]
    pub fn new(file: impl Into<String>, location: impl Into<Location>, problem: Problem) -> Self {
        Self {
            file: file.into(),
            location: location.into(),
            problem,
        }
    }
}

impl ContentError {
    /// The message without the file name, for places that already show the file.
    #[must_use]
    pub fn without_file(&self) -> String {
        if self.location.is_whole_file() {
            self.problem.to_string()
        } else {
            format!("({}) {}", self.location, self.problem)
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.location.is_whole_file() {
            write!(f, "{}: {}", self.file, self.problem)
        } else {
            write!(f, "{} ({}): {}", self.file, self.location, self.problem)
        }
    }
}

impl std::error::Error for ContentError {}

/// The kinds of problem, with Indonesian messages for authors and deployers.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// The file is not valid TOML/JSON or has the wrong shape.
    #[error("berkas tidak dapat dibaca: {0}")]
    Syntax(String),
    /// `format_version` is not the one this app reads.
    #[error("format_version {found} tidak didukung (aplikasi ini membaca versi {expected})")]
    BadFormatVersion {
        /// What the file says.
        found: u32,
        /// What the app reads.
        expected: u32,
    },
    /// `activity_base` (`pack.toml`) is not an absolute IRI ending with `/`.
    #[error("activity_base tidak sah “{base}”: {reason}")]
    BadActivityBase {
        /// What the pack says.
        base: String,
        /// The rule it breaks.
        reason: crate::domain::lrs::iri::BaseError,
    },
    /// An id breaks the id rule.
    #[error("id tidak sah “{id}”: {reason}")]
    BadId {
        /// The id.
        id: String,
        /// Why.
        reason: String,
    },
    /// The same id is used twice.
    #[error("id ganda: “{0}”")]
    DuplicateId(String),
    /// A required text is empty.
    #[error("{0} kosong")]
    Empty(&'static str),
    /// A number is out of its range.
    #[error("{field} = {value} di luar batas ({range})")]
    OutOfRange {
        /// Field name.
        field: &'static str,
        /// Value found.
        value: u32,
        /// Allowed range, in words.
        range: &'static str,
    },
    /// A lesson has no blocks.
    #[error("pelajaran kosong")]
    EmptyLesson,
    /// A lesson lacks a *Dasar hukum* or *Sumber* callout.
    #[error("pelajaran tanpa kotak DASAR-HUKUM atau SUMBER")]
    MissingSource,
    /// A module lacks a required callout kind.
    #[error("modul tidak punya kotak {0}")]
    MissingCallout(&'static str),
    /// An image has no alt text.
    #[error("gambar “{0}” tanpa teks alternatif")]
    MissingAlt(String),
    /// A link or image address with a scheme other than https/http, or none that is relative.
    #[error("alamat tidak diizinkan: “{0}” (hanya https:, http: atau alamat relatif)")]
    BadUrl(String),
    /// A Markdown construct outside the safe block set.
    #[error("blok tidak dikenal: {0}")]
    UnknownBlock(String),
    /// A callout marker that is not one of the five kinds.
    #[error("jenis kotak tidak dikenal: “{0}”")]
    UnknownCallout(String),
    /// A *Pembahasan* block that breaks its rules.
    #[error("pembahasan tidak sah: {0}")]
    BadDiscussion(String),
    /// A `> [!LEMBARKERJA]` block naming no known worksheet, or placed where it cannot be.
    #[error("lembar kerja tidak sah: {0}")]
    BadWorksheet(String),
    /// A diagram block (```` ```pareto ````, ```` ```tulang-ikan ````) that breaks its rules; the
    /// text names the line in the lesson file where the compiler knows it.
    #[error("diagram tidak sah: {0}")]
    BadDiagram(String),
    /// A pool or lesson that breaks a course-quality rule (checked when a pack is compiled).
    #[error("aturan mutu: {0}")]
    Quality(String),
    /// An option/step/pair without feedback.
    #[error("pilihan “{0}” tanpa umpan balik (feedback)")]
    MissingFeedback(String),
    /// A choice question whose key is impossible.
    #[error("kunci jawaban tidak sah: {0}")]
    BadAnswerKey(String),
    /// Too few or too many options, steps or pairs.
    #[error("jumlah {what} {count} di luar batas {min}–{max}")]
    BadCount {
        /// Options, steps or pairs.
        what: &'static str,
        /// How many.
        count: usize,
        /// Minimum.
        min: usize,
        /// Maximum.
        max: usize,
    },
    /// The module lists a lesson file that does not exist, or a body does not match its summary.
    #[error("tidak cocok: {0}")]
    Mismatch(String),
    /// A question names a lesson the module does not have.
    #[error("lesson = “{0}”: pelajaran itu tidak ada di modul ini")]
    UnknownLesson(String),
    /// The bank cannot serve the pre-test and the post-test under the drawing rule.
    #[error("pre-test dan post-test: {0}")]
    Pretest(crate::domain::pretest::BankShortfall),
    /// A *Refleksi jurnal* box that breaks its rules.
    #[error("refleksi jurnal tidak sah: {0}")]
    BadJournal(String),
    /// The guiding prompts of the *Rencana Tindak Lanjut* break their rules.
    #[error("rencana tindak lanjut (rtl) tidak sah: {0}")]
    BadRtl(String),
    /// The *Gelar Budaya Kerja* kit breaks its rules.
    #[error("kit Gelar Budaya Kerja tidak sah: {0}")]
    BadGelar(String),
    /// The pool is smaller than one attempt.
    #[error("bank soal berisi {pool} soal, kurang dari questions_per_attempt = {per_attempt}")]
    PoolTooSmall {
        /// Pool size.
        pool: usize,
        /// Questions per attempt.
        per_attempt: u32,
    },
}
