//! Worksheets a learner fills in and keeps: today one, the *Lembar Kerja KBK* (a Kelompok
//! Budaya Kerja's group, chosen problem, tally, fishbone causes, PDCA plan and measures).
//!
//! Pure. Owns the worksheet's data shape and its limits (every text field and every row list
//! is capped), so that the UI, storage and import all accept exactly the same values. Text is
//! the learner's own and is only ever shown as text. Worksheets are stored with the progress
//! (a `meta` row per worksheet) and travel in the export (`"worksheets": […]`).

use serde::{Deserialize, Serialize};

use super::quiz::Millis;

/// The worksheets the app knows. A content block names one of these; a file or pack naming
/// another is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorksheetId {
    /// *Lembar Kerja KBK* (Kelompok Budaya Kerja).
    Kbk,
}

impl WorksheetId {
    /// Every known worksheet.
    pub const ALL: [Self; 1] = [Self::Kbk];

    /// Parses the id used in content and files (`kbk`).
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim() {
            "kbk" => Some(Self::Kbk),
            _ => None,
        }
    }

    /// The id as written in content and files.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Kbk => "kbk",
        }
    }
}

/// Longest short field (names, unit, cause, unit of measure), in characters.
pub const SHORT_MAX: usize = 120;
/// Longest long field (problem, reasons, causes, PDCA steps), in characters.
pub const LONG_MAX: usize = 1000;
/// Longest measured value, in characters.
pub const NUMBER_MAX: usize = 15;
/// Most members of a group.
pub const MEMBERS_MAX: usize = 12;
/// Most rows of the check sheet.
pub const TALLY_MAX: usize = 10;
/// Largest count in a check-sheet row.
pub const COUNT_MAX: u32 = 100_000;

/// A member's role in the group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Guides the group's method.
    Fasilitator,
    /// Leads the group.
    Ketua,
    /// Keeps the minutes.
    Notulis,
    /// Member.
    #[default]
    Anggota,
}

impl Role {
    /// Every role, in the order offered.
    pub const ALL: [Self; 4] = [Self::Fasilitator, Self::Ketua, Self::Notulis, Self::Anggota];

    /// The role's name in the UI's words.
    #[must_use]
    pub fn label(self) -> crate::i18n::Key {
        use crate::i18n::Key;
        match self {
            Self::Fasilitator => Key::WkRoleFasilitator,
            Self::Ketua => Key::WkRoleKetua,
            Self::Notulis => Key::WkRoleNotulis,
            Self::Anggota => Key::WkRoleAnggota,
        }
    }

    /// The value used in files and form controls.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Fasilitator => "fasilitator",
            Self::Ketua => "ketua",
            Self::Notulis => "notulis",
            Self::Anggota => "anggota",
        }
    }

    /// Parses [`Self::as_str`].
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

/// One member of the group.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Member {
    /// Name.
    pub name: String,
    /// Role.
    pub role: Role,
}

/// One row of the check sheet (*lembar periksa*).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TallyRow {
    /// The cause counted.
    pub cause: String,
    /// How often it was seen.
    pub count: u32,
}

/// Root causes by category (*diagram tulang ikan*), short notes each.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Fishbone {
    /// People.
    pub manusia: String,
    /// Method.
    pub metode: String,
    /// Material / data.
    pub bahan: String,
    /// Equipment.
    pub sarana: String,
    /// Environment.
    pub lingkungan: String,
}

/// A measured value and its unit. The value is kept as typed (`12`, `3,5`), empty or a number.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Measure {
    /// The number as typed: digits with at most one `,` or `.`, optionally a leading `-`.
    pub value: String,
    /// Unit (`hari`, `%`, `berkas`…).
    pub unit: String,
}

/// The *Lembar Kerja KBK*. Every field may be empty: a learner fills it in over days.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct KbkSheet {
    /// Group name.
    pub group: String,
    /// Work unit.
    pub unit: String,
    /// Members and roles.
    pub members: Vec<Member>,
    /// The problem chosen.
    pub problem: String,
    /// Why that problem.
    pub reason: String,
    /// Check-sheet rows.
    pub tally: Vec<TallyRow>,
    /// Root causes.
    pub fishbone: Fishbone,
    /// PDCA: plan.
    pub plan: String,
    /// PDCA: do.
    #[serde(rename = "do")]
    pub act_do: String,
    /// PDCA: check.
    pub check: String,
    /// PDCA: act.
    pub act: String,
    /// Measure before.
    pub before: Measure,
    /// Measure after.
    pub after: Measure,
}

/// A stored worksheet: which one, when it was last changed, and its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Worksheet {
    /// Which worksheet.
    pub id: WorksheetId,
    /// Last change (Unix ms).
    pub updated_at: Millis,
    /// The KBK sheet (the only kind today).
    pub kbk: KbkSheet,
}

/// Why a worksheet is refused (the words: [`WorksheetError::message`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorksheetError {
    /// A text field over its cap.
    TooLong {
        /// Which field.
        field: &'static str,
        /// Its cap.
        max: usize,
    },
    /// Too many rows.
    TooManyRows {
        /// Which list.
        what: &'static str,
        /// Its cap.
        max: usize,
    },
    /// A measured value that is not a number.
    BadNumber(String),
    /// A count over [`COUNT_MAX`].
    CountTooLarge,
    /// A date before 1970.
    BadDate,
}

impl WorksheetError {
    /// The message for the learner in `lang` (the Indonesian one is the `Display` text).
    #[must_use]
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{t, tf, Key};
        match self {
            Self::TooLong { field, max } => tf(lang, Key::WkErrTooLong, &[field, max]),
            Self::TooManyRows { what, max } => tf(lang, Key::WkErrTooManyRows, &[what, max]),
            Self::BadNumber(v) => tf(lang, Key::WkErrBadNumber, &[v]),
            Self::CountTooLarge => tf(lang, Key::WkErrCountTooLarge, &[&COUNT_MAX]),
            Self::BadDate => t(lang, Key::WkErrBadDate).to_owned(),
        }
    }
}

crate::i18n::learner_error!(WorksheetError);

fn cap(field: &'static str, text: &str, max: usize) -> Result<(), WorksheetError> {
    if text.chars().count() > max {
        Err(WorksheetError::TooLong { field, max })
    } else {
        Ok(())
    }
}

/// True for an empty value or a number as people type it: `12`, `-3`, `3,5`, `0.75`.
#[must_use]
pub fn is_number(value: &str) -> bool {
    let v = value.trim();
    if v.is_empty() {
        return true;
    }
    let digits = v.strip_prefix('-').unwrap_or(v);
    let mut parts = digits.splitn(2, [',', '.']);
    let whole = parts.next().unwrap_or_default();
    let frac = parts.next();
    !whole.is_empty()
        && whole.chars().all(|c| c.is_ascii_digit())
        && frac.is_none_or(|f| !f.is_empty() && f.chars().all(|c| c.is_ascii_digit()))
}

fn check_measure(m: &Measure, unit_field: &'static str) -> Result<(), WorksheetError> {
    cap(unit_field, &m.unit, SHORT_MAX)?;
    if m.value.chars().count() > NUMBER_MAX || !is_number(&m.value) {
        return Err(WorksheetError::BadNumber(
            m.value.chars().take(20).collect(),
        ));
    }
    Ok(())
}

impl KbkSheet {
    /// Checks every cap.
    ///
    /// # Errors
    /// The first [`WorksheetError`] found.
    pub fn validate(&self) -> Result<(), WorksheetError> {
        cap("nama kelompok", &self.group, SHORT_MAX)?;
        cap("unit kerja", &self.unit, SHORT_MAX)?;
        if self.members.len() > MEMBERS_MAX {
            return Err(WorksheetError::TooManyRows {
                what: "anggota",
                max: MEMBERS_MAX,
            });
        }
        for m in &self.members {
            cap("nama anggota", &m.name, SHORT_MAX)?;
        }
        cap("masalah", &self.problem, LONG_MAX)?;
        cap("alasan", &self.reason, LONG_MAX)?;
        if self.tally.len() > TALLY_MAX {
            return Err(WorksheetError::TooManyRows {
                what: "lembar periksa",
                max: TALLY_MAX,
            });
        }
        for row in &self.tally {
            cap("penyebab", &row.cause, SHORT_MAX)?;
            if row.count > COUNT_MAX {
                return Err(WorksheetError::CountTooLarge);
            }
        }
        let f = &self.fishbone;
        cap("manusia", &f.manusia, LONG_MAX)?;
        cap("metode", &f.metode, LONG_MAX)?;
        cap("bahan/data", &f.bahan, LONG_MAX)?;
        cap("sarana", &f.sarana, LONG_MAX)?;
        cap("lingkungan", &f.lingkungan, LONG_MAX)?;
        cap("Plan", &self.plan, LONG_MAX)?;
        cap("Do", &self.act_do, LONG_MAX)?;
        cap("Check", &self.check, LONG_MAX)?;
        cap("Act", &self.act, LONG_MAX)?;
        check_measure(&self.before, "satuan sebelum")?;
        check_measure(&self.after, "satuan sesudah")
    }

    /// True when nothing has been filled in.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

impl Worksheet {
    /// A worksheet changed at `now`, checked.
    ///
    /// # Errors
    /// [`WorksheetError`] when a cap is broken.
    pub fn new(id: WorksheetId, kbk: KbkSheet, now: Millis) -> Result<Self, WorksheetError> {
        let sheet = Self {
            id,
            updated_at: now,
            kbk,
        };
        sheet.validate()?;
        Ok(sheet)
    }

    /// Checks every cap and the date.
    ///
    /// # Errors
    /// The first [`WorksheetError`] found.
    pub fn validate(&self) -> Result<(), WorksheetError> {
        if self.updated_at < 0 {
            return Err(WorksheetError::BadDate);
        }
        self.kbk.validate()
    }
}
