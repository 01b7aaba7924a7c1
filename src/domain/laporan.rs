//! The *Laporan untuk pelatih* (docs/design.md contract 13): one file a learner chooses to
//! send to a trainer (`WhatsApp`, e-mail) from the record page, and that the trainer's *Rekap
//! kelas* (`#/pelatih/rekap`) reads with other learners' files.
//!
//! Pure. The document is `{"format": "bimtek-laporan", "version": 1, …}`: the learner's name,
//! NIP and unit (the profile, in the file only because the learner pressed "Kirim ke pelatih"),
//! per module the status (the *Lulus* rule of [`super::progress`]), JP, reading time, the
//! pre-test and the post-test attempts with every answer (question id and the chosen option
//! ids, in the export's answer shape), then the RTL and the worksheets as the export carries
//! them. Version 1 may gain optional fields (issue 27 item 3's richer answers, for instance a
//! time per answer): a reader ignores fields it does not know, and a change of meaning is a new
//! version. [`read`] checks a file as an import is checked.
//!
//! A file made here stays under [`MAX_LAPORAN_BYTES`] for the whole course: control characters
//! are dropped from the learner's text (they mean nothing in it, and JSON writes each as six
//! bytes), at most [`ATTEMPTS_LISTED`] post-test attempts are listed per module, and if the
//! file would still be larger, [`fit`] leaves out what a trainer needs least (middle attempts,
//! then answers, the file says which), never the text of a plan or a worksheet.

pub mod read;

use serde::{Deserialize, Serialize};

use super::course::Module;
use super::ids::{ModuleId, QuestionId};
use super::pretest::PretestRecord;
use super::progress::{ModuleProgress, ModuleStatus};
use super::quiz::{score, Answer, AnswerRecord, Attempt, Millis};
use super::record::Profile;
use super::rtl::RtlPlan;
use super::transfer::Snapshot;
use super::worksheet::{KbkSheet, Worksheet};

pub use read::{read, LaporanError};

/// The `format` value of the file.
pub const LAPORAN_FORMAT: &str = "bimtek-laporan";
/// The version this app writes and reads.
pub const LAPORAN_VERSION: u32 = 1;
/// A file made by this app is smaller than this, in bytes (UTF-8), for the whole course.
pub const MAX_LAPORAN_BYTES: usize = 100_000;
/// Post-test attempts listed per module: the first finished one and the latest ones.
pub const ATTEMPTS_LISTED: usize = 10;

/// The file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Laporan {
    /// Always [`LAPORAN_FORMAT`].
    pub format: String,
    /// [`LAPORAN_VERSION`].
    pub version: u32,
    /// When the learner made it (Unix ms): of two files of one learner, the later counts.
    pub made_at: Millis,
    /// Name, NIP and unit, from the learner's profile.
    pub learner: Profile,
    /// Every module of the course, in catalog order.
    pub modules: Vec<ModuleReport>,
    /// The learner's plans (*Rencana Tindak Lanjut*), as the export carries them.
    #[serde(default)]
    pub rtl: Vec<RtlPlan>,
    /// The learner's worksheets (the KBK sheet), as the export carries them.
    #[serde(default)]
    pub worksheets: Vec<Worksheet>,
}

/// A module's status, spelled as the file writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Nothing opened yet.
    BelumMulai,
    /// Something opened or answered.
    SedangBelajar,
    /// Every lesson read, post-test not passed yet.
    SelesaiDibaca,
    /// *Lulus*: post-test passed and the required lessons read.
    Lulus,
}

impl From<ModuleStatus> for Status {
    fn from(s: ModuleStatus) -> Self {
        match s {
            ModuleStatus::NotStarted => Self::BelumMulai,
            ModuleStatus::InProgress => Self::SedangBelajar,
            ModuleStatus::Completed => Self::SelesaiDibaca,
            ModuleStatus::Passed => Self::Lulus,
        }
    }
}

/// One module of the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleReport {
    /// The module id.
    pub module: ModuleId,
    /// Its title, as the learner's app had it.
    pub title: String,
    /// Status.
    pub status: Status,
    /// When it became *Lulus* (Unix ms).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed_at: Option<Millis>,
    /// JP credited (0 unless *Lulus*).
    pub jp: u32,
    /// The pass mark, percent.
    pub pass_mark: u32,
    /// Lessons read.
    pub lessons_read: u32,
    /// Lessons in the module.
    pub lessons_total: u32,
    /// Seconds spent reading the lessons, as the app counted them.
    pub reading_seconds: u32,
    /// The pre-test, when the module has one and the learner took or skipped it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pretest: Option<PretestReport>,
    /// Finished post-test attempts, all of them (the list may hold fewer).
    pub attempts_total: u32,
    /// Finished post-test attempts, oldest first: the first and the latest, at most
    /// [`ATTEMPTS_LISTED`].
    #[serde(default)]
    pub attempts: Vec<AttemptReport>,
}

/// A pre-test: skipped, or an attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PretestReport {
    /// When the learner chose to skip it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skipped_at: Option<Millis>,
    /// The attempt, when taken (finished or not).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempt: Option<AttemptReport>,
}

/// One attempt (a post-test's or the pre-test's) with its answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttemptReport {
    /// The attempt's id.
    pub id: String,
    /// Started (Unix ms).
    pub started_at: Millis,
    /// Finished (Unix ms).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<Millis>,
    /// The questions drawn, in the order asked.
    pub questions: Vec<QuestionId>,
    /// The score, whole percent (finished attempts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u32>,
    /// Reached the pass mark (post-test attempts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed: Option<bool>,
    /// Every answer, in the order asked.
    #[serde(default)]
    pub answers: Vec<AnswerLine>,
    /// The answers were left out to keep the file small ([`fit`]).
    #[serde(default, skip_serializing_if = "is_false")]
    pub answers_left_out: bool,
}

#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_false(b: &bool) -> bool {
    !*b
}

/// One answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerLine {
    /// The question.
    pub question: QuestionId,
    /// What the learner chose: `{"single": "b"}`, `{"multiple": ["a", "c"]}`,
    /// `{"true_false": false}`, `{"ordering": [...]}`, `{"matching": [["p1", "p2"], ...]}`.
    pub answer: Answer,
    /// Credit, in thousandths of a question (1000 = fully right).
    pub credit: u32,
    /// When (Unix ms).
    pub answered_at: Millis,
}

/// Why no file can be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MakeError {
    /// No profile (a trainer must know whose file it is).
    NoProfile,
}

/// `text` without control characters other than line breaks and tabs.
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

fn clean_in_place(text: &mut String) {
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        *text = clean(text);
    }
}

/// Every text field of a KBK sheet, to clean.
fn sheet_texts(k: &mut KbkSheet) -> Vec<&mut String> {
    let mut out = vec![
        &mut k.group,
        &mut k.unit,
        &mut k.problem,
        &mut k.reason,
        &mut k.fishbone.manusia,
        &mut k.fishbone.metode,
        &mut k.fishbone.bahan,
        &mut k.fishbone.sarana,
        &mut k.fishbone.lingkungan,
        &mut k.plan,
        &mut k.act_do,
        &mut k.check,
        &mut k.act,
        &mut k.before.unit,
        &mut k.after.unit,
    ];
    out.extend(k.members.iter_mut().map(|m| &mut m.name));
    out.extend(k.tally.iter_mut().map(|t| &mut t.cause));
    out
}

fn attempt_report(
    attempt: &Attempt,
    answers: &[AnswerRecord],
    pass_mark: Option<u32>,
) -> AttemptReport {
    let finished = attempt.finished_at.is_some();
    let s = score(attempt, answers, pass_mark.unwrap_or(0));
    AttemptReport {
        id: attempt.id.clone(),
        started_at: attempt.started_at,
        finished_at: attempt.finished_at,
        questions: attempt.questions.clone(),
        score: finished.then_some(s.percent),
        passed: pass_mark.filter(|_| finished).map(|_| s.passed),
        answers: attempt
            .questions
            .iter()
            .filter_map(|q| {
                answers
                    .iter()
                    .find(|a| a.attempt == attempt.id && &a.question == q)
            })
            .map(|a| AnswerLine {
                question: a.question.clone(),
                answer: a.answer.clone(),
                credit: a.credit,
                answered_at: a.answered_at,
            })
            .collect(),
        answers_left_out: false,
    }
}

fn pretest_report(record: &PretestRecord) -> PretestReport {
    PretestReport {
        skipped_at: record.skipped_at,
        attempt: record
            .attempt
            .as_ref()
            .map(|a| attempt_report(a, &record.answers, None)),
    }
}

/// The finished post-test attempts to list: all of them up to [`ATTEMPTS_LISTED`], else the
/// first and the latest ones, oldest first.
fn listed(mut finished: Vec<&Attempt>) -> Vec<&Attempt> {
    finished.sort_by_key(|a| (a.started_at, a.id.clone()));
    if finished.len() > ATTEMPTS_LISTED {
        let tail = finished.split_off(finished.len() - (ATTEMPTS_LISTED - 1));
        finished.truncate(1);
        finished.extend(tail);
    }
    finished
}

/// Makes the file at `now` from the learner's `profile`, the course's `modules` with their
/// progress, and everything saved (`snapshot`).
///
/// # Errors
/// [`MakeError::NoProfile`] when the learner has not filled in a profile.
pub fn make(
    profile: Option<Profile>,
    modules: &[(&Module, &ModuleProgress)],
    snapshot: &Snapshot,
    now: Millis,
) -> Result<Laporan, MakeError> {
    let mut learner = profile.ok_or(MakeError::NoProfile)?;
    clean_in_place(&mut learner.name);
    clean_in_place(&mut learner.unit);
    let reports = modules
        .iter()
        .map(|(m, p)| {
            let finished: Vec<&Attempt> = snapshot
                .attempts
                .iter()
                .filter(|a| a.module == m.id && a.finished_at.is_some())
                .collect();
            let total = u32::try_from(finished.len()).unwrap_or(u32::MAX);
            let pretest = snapshot
                .pretests
                .iter()
                .find(|r| r.module == m.id)
                .map(pretest_report);
            ModuleReport {
                module: m.id.clone(),
                title: clean(&m.title),
                status: p.status.into(),
                passed_at: p.passed_at,
                jp: if p.status == ModuleStatus::Passed {
                    m.jp
                } else {
                    0
                },
                pass_mark: m.pass_mark,
                lessons_read: u32::try_from(p.lessons_read).unwrap_or(u32::MAX),
                lessons_total: u32::try_from(p.lessons_total).unwrap_or(u32::MAX),
                reading_seconds: p.seconds,
                pretest,
                attempts_total: total,
                attempts: listed(finished)
                    .into_iter()
                    .map(|a| attempt_report(a, &snapshot.answers, Some(m.pass_mark)))
                    .collect(),
            }
        })
        .collect();
    let mut rtl = snapshot.rtl.clone();
    for plan in &mut rtl {
        clean_in_place(&mut plan.perubahan);
        clean_in_place(&mut plan.langkah_pertama);
        clean_in_place(&mut plan.ukuran_berhasil);
        clean_in_place(&mut plan.lapor_kepada);
        if let Some(f) = plan.follow_up.as_mut() {
            clean_in_place(&mut f.note);
        }
    }
    // Every saved worksheet (the app saves one once something is typed in it).
    let mut worksheets: Vec<Worksheet> = snapshot.worksheets.clone();
    for w in &mut worksheets {
        for text in sheet_texts(&mut w.kbk) {
            clean_in_place(text);
        }
    }
    Ok(Laporan {
        format: LAPORAN_FORMAT.to_owned(),
        version: LAPORAN_VERSION,
        made_at: now,
        learner,
        modules: reports,
        rtl,
        worksheets,
    })
}

impl Laporan {
    /// Leaves out one more thing a trainer needs least: a middle attempt (oldest first, whole:
    /// `attempts_total` still counts it), then the answers of the latest attempt, of the
    /// pre-test, and of the first attempt (the one the item analysis reads). False when there
    /// is nothing left to leave out.
    pub fn leave_out_answers(&mut self) -> bool {
        // (rank, module, attempt); the pre-test is attempt `usize::MAX`.
        let mut best: Option<(u8, usize, usize)> = None;
        let mut consider = |key: (u8, usize, usize)| {
            if best.is_none_or(|b| key < b) {
                best = Some(key);
            }
        };
        for (mi, m) in self.modules.iter().enumerate() {
            let n = m.attempts.len();
            for (ai, a) in m.attempts.iter().enumerate() {
                match ai {
                    0 if !a.answers.is_empty() => consider((3, mi, ai)),
                    i if i + 1 == n && i > 0 && !a.answers.is_empty() => consider((1, mi, ai)),
                    i if i > 0 && i + 1 < n => consider((0, mi, ai)),
                    _ => {}
                }
            }
            let pre = m.pretest.as_ref().and_then(|p| p.attempt.as_ref());
            if pre.is_some_and(|a| !a.answers.is_empty()) {
                consider((2, mi, usize::MAX));
            }
        }
        let Some((rank, mi, ai)) = best else {
            return false;
        };
        let Some(m) = self.modules.get_mut(mi) else {
            return false;
        };
        if rank == 0 {
            m.attempts.remove(ai);
            return true;
        }
        let attempt = if ai == usize::MAX {
            m.pretest.as_mut().and_then(|p| p.attempt.as_mut())
        } else {
            m.attempts.get_mut(ai)
        };
        if let Some(a) = attempt {
            a.answers.clear();
            a.answers_left_out = true;
        }
        true
    }
}

/// The file, with attempts and answers left out ([`Laporan::leave_out_answers`]) until `size` (its length
/// as the shell will write it, in bytes) is under [`MAX_LAPORAN_BYTES`] or no answer is left.
pub fn fit(mut laporan: Laporan, size: impl Fn(&Laporan) -> usize) -> Laporan {
    while size(&laporan) >= MAX_LAPORAN_BYTES && laporan.leave_out_answers() {}
    laporan
}

/// The file's name: `laporan-<name>-<YYYY-MM-DD>.json`, the name in lower-case letters, digits
/// and hyphens (at most 40 characters).
#[must_use]
pub fn file_name(laporan: &Laporan, date: &str) -> String {
    let mut slug = String::new();
    for c in laporan.learner.name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("laporan-{date}.json")
    } else {
        format!("laporan-{slug}-{date}.json")
    }
}
