//! The completion record (*Bukti Penyelesaian Belajar Mandiri*): the learner's profile, which
//! modules count as passed (the *Lulus* rule of [`super::progress`]: post-test passed and the
//! required lessons read), JP totals, a reference code, and the CSV/JSON summaries.
//!
//! Pure. The profile never leaves the device: it is not in learning events nor in exports.

use serde::{Deserialize, Serialize};

use super::course::Module;
use super::progress::{ModuleProgress, ModuleStatus};
use super::quiz::Millis;
use super::saved::ProfileV1;
use crate::i18n::{t, Key, Lang};

/// Who the record is for, kept only on this device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(from = "ProfileV1", into = "ProfileV1")]
pub struct Profile {
    /// Full name.
    pub name: String,
    /// *Nomor Induk Pegawai*, 18 digits, optional.
    pub nip: Option<String>,
    /// Unit or OPD.
    pub unit: String,
}

/// Why a profile is refused (messages for the learner).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileError {
    /// No name.
    NoName,
    /// Too long a field.
    TooLong,
    /// An NIP that is not 18 digits.
    BadNip,
}

impl ProfileError {
    /// The message in `lang` (the Indonesian one is the `Display` text).
    #[must_use]
    pub fn message(&self, lang: Lang) -> &'static str {
        t(
            lang,
            match self {
                Self::NoName => Key::ProfileNoName,
                Self::TooLong => Key::ProfileTooLong,
                Self::BadNip => Key::ProfileBadNip,
            },
        )
    }
}

crate::i18n::learner_error!(ProfileError);

/// Checks and tidies a profile: trims, removes spaces from the NIP, which must then be
/// exactly 18 digits (or empty).
///
/// # Errors
/// [`ProfileError`] naming what to fix.
pub fn profile(name: &str, nip: &str, unit: &str) -> Result<Profile, ProfileError> {
    let name = name.trim();
    let unit = unit.trim();
    if name.is_empty() {
        return Err(ProfileError::NoName);
    }
    if name.chars().count() > 120 || unit.chars().count() > 120 {
        return Err(ProfileError::TooLong);
    }
    let digits: String = nip.chars().filter(|c| !c.is_whitespace()).collect();
    let nip = if digits.is_empty() {
        None
    } else if digits.len() == 18 && digits.bytes().all(|b| b.is_ascii_digit()) {
        Some(digits)
    } else {
        return Err(ProfileError::BadNip);
    };
    Ok(Profile {
        name: name.to_owned(),
        nip,
        unit: unit.to_owned(),
    })
}

/// One passed module on the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModuleLine {
    /// Module id.
    pub module_id: String,
    /// Title.
    pub title: String,
    /// Date passed, `YYYY-MM-DD` (local date).
    pub passed_on: String,
    /// Best score, percent.
    pub best_percent: u32,
    /// JP credited.
    pub jp: u32,
}

/// The record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Record {
    /// Always `bimtek-record`.
    pub format: &'static str,
    /// Always 2: since version 2 a module is on the record only when it is *Lulus* (post-test
    /// passed and the required lessons read); version 1 counted a passed quiz alone.
    pub version: u32,
    /// The learner (absent when no profile was filled in).
    pub profile: Option<Profile>,
    /// Passed modules, in catalog order.
    pub modules: Vec<ModuleLine>,
    /// Sum of their JP.
    pub total_jp: u32,
    /// Every module of the course passed.
    pub course_complete: bool,
    /// Modules in the course.
    pub course_modules: usize,
    /// Derived from everything above: the same record gives the same code.
    pub reference: String,
}

/// Why no record can be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordError {
    /// No module passed yet.
    NothingPassed,
}

impl RecordError {
    /// The message in `lang` (the Indonesian one is the `Display` text).
    #[must_use]
    pub fn message(&self, lang: Lang) -> &'static str {
        match self {
            Self::NothingPassed => t(lang, Key::RecordNothingPassed),
        }
    }
}

crate::i18n::learner_error!(RecordError);

/// `YYYY-MM-DD` of `millis` shifted by `offset_minutes` (the local zone, east positive).
#[must_use]
pub fn date_string(millis: Millis, offset_minutes: i64) -> String {
    let days = (millis + offset_minutes * 60_000).div_euclid(super::time::DAY);
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Builds the record from the modules' progress: only modules that are *Lulus*
/// ([`ModuleStatus::Passed`]: post-test passed and the required lessons read) count, dated by
/// the day both first held.
///
/// # Errors
/// [`RecordError::NothingPassed`] when no module is passed.
pub fn record(
    profile: Option<Profile>,
    modules: &[(&Module, &ModuleProgress)],
    offset_minutes: i64,
) -> Result<Record, RecordError> {
    let lines: Vec<ModuleLine> = modules
        .iter()
        .filter(|(_, p)| p.status == ModuleStatus::Passed)
        .filter_map(|(m, p)| {
            Some(ModuleLine {
                module_id: m.id.to_string(),
                title: m.title.clone(),
                passed_on: date_string(p.passed_at?, offset_minutes),
                best_percent: p.best.map_or(0, |b| b.percent),
                jp: m.jp,
            })
        })
        .collect();
    if lines.is_empty() {
        return Err(RecordError::NothingPassed);
    }
    let total_jp = lines.iter().map(|l| l.jp).sum();
    let course_complete = lines.len() == modules.len();
    let mut rec = Record {
        format: "bimtek-record",
        version: 2,
        profile,
        modules: lines,
        total_jp,
        course_complete,
        course_modules: modules.len(),
        reference: String::new(),
    };
    rec.reference = reference_code(&rec);
    Ok(rec)
}

/// A short code derived from the record's contents (FNV-1a over a canonical text, 40 bits in
/// Crockford base 32): `BM-XXXX-XXXX`. Not a signature: it lets a reader see that two copies
/// agree, and changes when anything on the record changes.
#[must_use]
pub fn reference_code(rec: &Record) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(p) = &rec.profile {
        parts.push(format!(
            "{}|{}|{}",
            p.name,
            p.nip.as_deref().unwrap_or(""),
            p.unit
        ));
    }
    for l in &rec.modules {
        parts.push(format!(
            "{}:{}:{}:{}",
            l.module_id, l.passed_on, l.best_percent, l.jp
        ));
    }
    parts.push(format!("{}/{}", rec.total_jp, rec.course_modules));
    let hash = super::rng::hash_str(&parts.join(";"));
    let code: String = (0..8)
        .map(|i| CROCKFORD[usize::try_from((hash >> (5 * i)) & 31).unwrap_or(0)] as char)
        .collect();
    format!("BM-{}-{}", &code[..4], &code[4..])
}

/// Crockford's base-32 alphabet (no I, L, O, U: easy to read aloud and copy by hand).
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// First characters that make a spreadsheet (Excel, Google Sheets and the like) read a cell
/// as a formula (OWASP, "CSV Injection").
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One CSV cell: a text that a spreadsheet would take for a formula gets a leading `'` (shown
/// as text, never evaluated), then RFC 4180 quoting.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(FORMULA_STARTS) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The record as CSV, one row per passed module, for a trainer to collect.
#[must_use]
pub fn to_csv(rec: &Record) -> String {
    let (name, nip, unit) =
        rec.profile
            .as_ref()
            .map_or((String::new(), String::new(), String::new()), |p| {
                (
                    p.name.clone(),
                    p.nip.clone().unwrap_or_default(),
                    p.unit.clone(),
                )
            });
    let mut out = String::from(
        "nama,nip,unit,modul,judul,tanggal_lulus,nilai_terbaik,jp,total_jp,kode_referensi\r\n",
    );
    for l in &rec.modules {
        let row = [
            csv_field(&name),
            csv_field(&nip),
            csv_field(&unit),
            csv_field(&l.module_id),
            csv_field(&l.title),
            csv_field(&l.passed_on),
            l.best_percent.to_string(),
            l.jp.to_string(),
            rec.total_jp.to_string(),
            csv_field(&rec.reference),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(date_string(0, 0), "1970-01-01");
        assert_eq!(date_string(1_795_872_202_547, 0), "2026-11-28");
        // 23:30 UTC is the next day in WIB (UTC+7).
        assert_eq!(
            date_string(1_795_910_400_000 - 30 * 60_000, 7 * 60),
            "2026-11-29"
        );
        assert_eq!(date_string(951_782_400_000, 0), "2000-02-29");
    }

    #[test]
    fn csv_escapes() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("kata \"kutip\""), "\"kata \"\"kutip\"\"\"");
        assert_eq!(csv_field("biasa"), "biasa");
        assert_eq!(csv_field("=1+1"), "'=1+1");
        assert_eq!(csv_field("\r=1"), "\"'\r=1\"");
    }
}
