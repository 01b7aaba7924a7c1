//! Coverage rules of a module: no lesson takes too large a share of the quiz pool, and the
//! stated study time agrees with the JP credit.
//!
//! The authoring format has no question-to-lesson reference yet, so [`lesson_share`] takes the
//! map from its caller (the built-in pack's map lives in `tests/content.rs`), and
//! [`time_and_jp`] reads the module's summary, which [`super::module_quality`] does not get.
//! Pure: no I/O.

use crate::content::error::{ContentError, Location, Problem};
use crate::content::model::{ModuleBody, ModuleSummary};

/// No lesson may be tested by more than this share (percent) of its module's pool.
pub const MAX_LESSON_SHARE_PERCENT: usize = 35;
/// Minutes in one JP (jam pelajaran), as commonly counted in LAN rules.
pub const MINUTES_PER_JP: u32 = 45;
/// A module's stated minutes may differ from `jp × 45` by at most this share (percent).
pub const MAX_JP_MINUTES_GAP_PERCENT: u32 = 10;

/// Lessons whose questions exceed [`MAX_LESSON_SHARE_PERCENT`] of the pool. `by_lesson` maps
/// each lesson id to the ids of the questions that test it; `dir` is the module's folder.
#[must_use]
pub fn lesson_share(
    dir: &str,
    body: &ModuleBody,
    by_lesson: &[(&str, &[&str])],
) -> Vec<ContentError> {
    let total = body.questions.len();
    let file = format!("{dir}/quiz.toml");
    by_lesson
        .iter()
        .filter(|(_, ids)| ids.len() * 100 > total * MAX_LESSON_SHARE_PERCENT)
        .map(|(lesson, ids)| {
            ContentError::new(
                &file,
                Location::module(&body.id).lesson(lesson),
                Problem::Quality(format!(
                    "{} dari {total} soal ({} %: {}) menguji pelajaran ini; paling banyak {MAX_LESSON_SHARE_PERCENT} % per pelajaran agar bank soal mencakup seluruh modul",
                    ids.len(),
                    (ids.len() * 100).checked_div(total).unwrap_or(0),
                    ids.join(", ")
                )),
            )
        })
        .collect()
}

/// A module whose `minutes` and `jp` disagree (1 JP = 45 minutes, within
/// [`MAX_JP_MINUTES_GAP_PERCENT`]), or whose lessons alone take longer than its `minutes`.
/// A module with `jp = 0` claims no credit and is not checked against it.
#[must_use]
pub fn time_and_jp(dir: &str, summary: &ModuleSummary) -> Vec<ContentError> {
    let file = format!("{dir}/module.toml");
    let loc = Location::module(&summary.id);
    let mut errors = Vec::new();
    let expected = summary.jp * MINUTES_PER_JP;
    let gap = summary.minutes.abs_diff(expected);
    if summary.jp > 0 && gap * 100 > expected * MAX_JP_MINUTES_GAP_PERCENT {
        errors.push(ContentError::new(
            &file,
            &loc,
            Problem::Quality(format!(
                "minutes = {} tidak sesuai dengan jp = {} (1 JP = {MINUTES_PER_JP} menit, jadi sekitar {expected} menit; selisih paling banyak {MAX_JP_MINUTES_GAP_PERCENT} %): ubah JP-nya atau sesuaikan isi dan waktu belajarnya",
                summary.minutes, summary.jp
            )),
        ));
    }
    let lessons: u32 = summary.lessons.iter().map(|l| l.minutes).sum();
    if lessons > summary.minutes {
        errors.push(ContentError::new(
            &file,
            &loc,
            Problem::Quality(format!(
                "pelajarannya saja sudah {lessons} menit, lebih dari minutes = {}; waktu modul mencakup pelajaran, kuis, dan latihan",
                summary.minutes
            )),
        ));
    }
    errors
}
