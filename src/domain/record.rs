//! The completion record (*Bukti Belajar Mandiri*): the learner's profile, which
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

/// A `YYYY-MM-DD` date in words, as an ASN document writes it: "7 Desember 2026" (English
/// "7 December 2026"). Anything else is returned as it is.
#[must_use]
pub fn date_words(iso: &str, lang: Lang) -> String {
    const MONTHS: [Key; 12] = [
        Key::Month1,
        Key::Month2,
        Key::Month3,
        Key::Month4,
        Key::Month5,
        Key::Month6,
        Key::Month7,
        Key::Month8,
        Key::Month9,
        Key::Month10,
        Key::Month11,
        Key::Month12,
    ];
    let mut parts = iso.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_owned();
    };
    let month = m
        .parse::<usize>()
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|i| MONTHS.get(i));
    match (month, d.parse::<u32>()) {
        (Some(&month), Ok(day)) if y.len() == 4 => format!("{day} {} {y}", t(lang, month)),
        _ => iso.to_owned(),
    }
}

/// An NIP as it is printed on ASN documents, grouped 8-6-1-3 (birth date, appointment
/// month, sex, sequence): `19900101 201503 1 001`. Anything but 18 digits is returned as it is.
#[must_use]
pub fn nip_grouped(nip: &str) -> String {
    if nip.len() == 18 && nip.bytes().all(|b| b.is_ascii_digit()) {
        format!(
            "{} {} {} {}",
            &nip[..8],
            &nip[8..14],
            &nip[14..15],
            &nip[15..]
        )
    } else {
        nip.to_owned()
    }
}

/// The record as lines of text, for sharing (the text summary, and the lines of its picture):
/// `made_on` is today's `YYYY-MM-DD`.
#[must_use]
pub fn share_lines(rec: &Record, lang: Lang, made_on: &str) -> Vec<ShareLine> {
    let mut out = vec![
        ShareLine::Title(t(lang, Key::RecordTitle).to_owned()),
        ShareLine::Text(format!(
            "{}: {}",
            t(lang, Key::RecordName),
            rec.profile.as_ref().map_or("-", |p| p.name.as_str())
        )),
    ];
    if let Some(p) = &rec.profile {
        if let Some(nip) = &p.nip {
            out.push(ShareLine::Text(format!(
                "{}: {}",
                t(lang, Key::RecordNip),
                nip_grouped(nip)
            )));
        }
        if !p.unit.is_empty() {
            out.push(ShareLine::Text(format!(
                "{}: {}",
                t(lang, Key::RecordUnit),
                p.unit
            )));
        }
    }
    for l in &rec.modules {
        out.push(ShareLine::Module(l.title.clone()));
        out.push(ShareLine::Text(format!(
            "{} · {}% · {} JP",
            date_words(&l.passed_on, lang),
            l.best_percent,
            l.jp
        )));
    }
    out.push(ShareLine::Title(format!(
        "{}: {}",
        t(lang, Key::RecordTotal),
        rec.total_jp
    )));
    out.push(ShareLine::Text(format!(
        "{}: {} · {}",
        t(lang, Key::RecordReference),
        rec.reference,
        crate::i18n::tf(lang, Key::RecordMadeOn, &[&date_words(made_on, lang)])
    )));
    out.push(ShareLine::Small(t(lang, Key::RecordStatement).to_owned()));
    out
}

/// One line of the shared record, with its weight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareLine {
    /// A heading (the title, the total).
    Title(String),
    /// A module's title.
    Module(String),
    /// A plain line.
    Text(String),
    /// The small note at the foot.
    Small(String),
}

impl ShareLine {
    /// Its text.
    #[must_use]
    pub fn text(&self) -> &str {
        match self {
            Self::Title(s) | Self::Module(s) | Self::Text(s) | Self::Small(s) => s,
        }
    }
}

/// `text` broken at spaces into rows no wider than `max` as `width` measures them (the shared
/// picture's lines; a word wider than `max` gets a row of its own).
#[must_use]
pub fn wrap_rows(width: impl Fn(&str) -> f64, text: &str, max: f64) -> Vec<String> {
    let mut rows = Vec::new();
    let mut row = String::new();
    for word in text.split(' ') {
        let candidate = if row.is_empty() {
            word.to_owned()
        } else {
            format!("{row} {word}")
        };
        if !row.is_empty() && width(&candidate) > max {
            rows.push(std::mem::replace(&mut row, word.to_owned()));
        } else {
            row = candidate;
        }
    }
    if !row.is_empty() {
        rows.push(row);
    }
    rows
}

/// The shared record as plain text (one line per [`ShareLine`]).
#[must_use]
pub fn share_text(lines: &[ShareLine]) -> String {
    lines
        .iter()
        .map(ShareLine::text)
        .collect::<Vec<_>>()
        .join("\n")
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
#[must_use]
pub fn csv_field(s: &str) -> String {
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
                    // The NIP grouped 8-6-1-3 with spaces, as ASN documents print it. A text of
                    // digit groups with spaces between them is no number to Excel,
                    // LibreOffice Calc or Google Sheets, so all three keep it as text, all 18
                    // digits (a bare NIP becomes 1.98703E+17, its last digits lost). The
                    // alternatives fail in one of them: a leading `'` stays visible in a CSV
                    // opened in Excel and Calc, and `="…"` is a formula, evaluated or not at the
                    // importer's whim (Calc's "Evaluate formulas"), and just what `csv_field`
                    // refuses to write.
                    p.nip.as_deref().map(nip_grouped).unwrap_or_default(),
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
    fn dates_in_words() {
        assert_eq!(date_words("2026-12-07", Lang::Id), "7 Desember 2026");
        assert_eq!(date_words("2026-12-07", Lang::En), "7 December 2026");
        assert_eq!(date_words("2000-02-29", Lang::Id), "29 Februari 2000");
        assert_eq!(date_words("2026-13-07", Lang::Id), "2026-13-07");
        assert_eq!(date_words("kemarin", Lang::Id), "kemarin");
    }

    #[test]
    fn wrapping() {
        #[allow(clippy::cast_precision_loss, reason = "short test strings")]
        let width = |s: &str| 10.0 * s.chars().count() as f64;
        assert_eq!(wrap_rows(width, "aa bb cc", 50.0), ["aa bb", "cc"]);
        assert_eq!(
            wrap_rows(width, "panjangsekali x", 50.0),
            ["panjangsekali", "x"]
        );
        assert!(wrap_rows(width, "", 50.0).is_empty());
    }

    #[test]
    fn nip_groups() {
        assert_eq!(nip_grouped("199001012015031001"), "19900101 201503 1 001");
        assert_eq!(nip_grouped("12345"), "12345");
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
