//! Coverage rules of a module, which need its summary as well as its body
//! ([`module_coverage`], called by the pack compiler next to [`super::module_quality`]):
//! - every question names the lesson that teaches it (`lesson`), when the module has more than
//!   one lesson;
//! - no lesson takes more than [`MAX_LESSON_SHARE_PERCENT`] of the bank (from three lessons:
//!   with one or two, some lesson must hold half the bank);
//! - with a pre-test, every lesson has a pre-test item (`pre`/`both`: the pre-test is a
//!   diagnostic of the whole module) and keeps a `post` item (no pre-test can take it);
//! - the stated study time agrees with the JP credit.
//!
//! Pure: no I/O.

use std::collections::BTreeMap;

use crate::content::error::{ContentError, Location, Problem};
use crate::content::model::{ModuleBody, ModuleSummary};
use crate::domain::pretest::{has_pretest, ItemUse, UseCounts};

/// Every coverage problem of a module; `dir` is the module's folder.
#[must_use]
pub fn module_coverage(dir: &str, summary: &ModuleSummary, body: &ModuleBody) -> Vec<ContentError> {
    let mut errors = time_and_jp(dir, summary);
    let file = format!("{dir}/quiz.toml");
    let module = Location::module(&body.id);
    if body.lessons.len() > 1 {
        for q in body.questions.iter().filter(|q| q.lesson.is_none()) {
            errors.push(ContentError::new(
                &file,
                module.clone().question(&q.id),
                Problem::Quality(
                    "soal tanpa lesson: tulis lesson = \"<id pelajaran>\" (pelajaran yang mengajarkan isi soal ini)".to_owned(),
                ),
            ));
        }
    }
    let by_lesson = questions_by_lesson(body);
    if body.lessons.len() >= MIN_LESSONS_FOR_SHARE {
        let pairs: Vec<(&str, Vec<&str>)> = by_lesson
            .iter()
            .map(|(l, qs)| (*l, qs.iter().map(|(id, _)| *id).collect()))
            .collect();
        let refs: Vec<(&str, &[&str])> = pairs.iter().map(|(l, v)| (*l, v.as_slice())).collect();
        errors.extend(lesson_share(dir, body, &refs));
    }
    let counts = UseCounts::of(body.questions.iter().map(|q| q.usage));
    let tagged = body.questions.iter().any(|q| q.lesson.is_some());
    if has_pretest(summary.pretest, counts) && tagged {
        for lesson in &body.lessons {
            let uses: Vec<ItemUse> = by_lesson
                .get(lesson.id.as_str())
                .map(|qs| qs.iter().map(|(_, u)| *u).collect())
                .unwrap_or_default();
            let mut missing = Vec::new();
            if !uses.iter().any(|u| u.pre()) {
                missing.push("soal pre-test (use = \"pre\" atau \"both\"), agar pre-test mendiagnosis seluruh modul");
            }
            if !uses.contains(&ItemUse::Post) {
                missing.push("soal use = \"post\", agar setiap post-test tetap bisa mengujinya");
            }
            if !missing.is_empty() {
                errors.push(ContentError::new(
                    &file,
                    module.clone().lesson(&lesson.id),
                    Problem::Quality(format!(
                        "pelajaran ini belum punya {}",
                        missing.join(", dan ")
                    )),
                ));
            }
        }
    }
    errors
}

/// The lesson-share rule applies from this many lessons (below it, 35 % cannot be met).
pub const MIN_LESSONS_FOR_SHARE: usize = 3;

/// Each lesson id with its questions (id and use), in bank order; lessons without questions are
/// absent.
fn questions_by_lesson(body: &ModuleBody) -> BTreeMap<&str, Vec<(&str, ItemUse)>> {
    let mut map: BTreeMap<&str, Vec<(&str, ItemUse)>> = BTreeMap::new();
    for q in &body.questions {
        if let Some(l) = &q.lesson {
            map.entry(l.as_str())
                .or_default()
                .push((q.id.as_str(), q.usage));
        }
    }
    map
}

/// No lesson may be tested by more than this share (percent) of its module's pool.
pub const MAX_LESSON_SHARE_PERCENT: usize = 35;
/// Minutes in one JP (jam pelajaran), as commonly counted in LAN rules.
pub const MINUTES_PER_JP: u32 = 45;
/// A module's stated minutes may differ from `jp × 45` by at most this share (percent).
pub const MAX_JP_MINUTES_GAP_PERCENT: u32 = 10;

/// Lessons whose questions exceed [`MAX_LESSON_SHARE_PERCENT`] of the pool. `by_lesson` maps
/// each lesson id to the ids of the questions that test it (built from their `lesson` fields by
/// [`module_coverage`]); `dir` is the module's folder.
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
                    "{} dari {total} soal ({}%: {}) menguji pelajaran ini; paling banyak {MAX_LESSON_SHARE_PERCENT}% per pelajaran agar bank soal mencakup seluruh modul",
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
                "minutes = {} tidak sesuai dengan jp = {} (1 JP = {MINUTES_PER_JP} menit, jadi sekitar {expected} menit; selisih paling banyak {MAX_JP_MINUTES_GAP_PERCENT}%): ubah JP-nya atau sesuaikan isi dan waktu belajarnya",
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
