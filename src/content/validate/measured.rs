//! The rules of what issue 26 added to a module ("learning that is measured"): the pre-test
//! bank ([`crate::domain::pretest::check_bank`]), each question's `lesson`, the journal
//! reflections, the RTL prompts and the *Gelar Budaya Kerja* kit. Structural rules, so the app
//! checks them too when it loads a pack; each problem names the file and the id.

use std::collections::{BTreeMap, HashSet};

use crate::content::error::{ContentError, Location, Problem};
use crate::content::model::{Block, CalloutKind, GelarKit, ModuleBody, RtlGuide};
use crate::domain::course::Module;
use crate::domain::ids::check_id;
use crate::domain::pretest::{check_bank, UseCounts};
use crate::domain::rtl::RtlField;

/// Longest RTL prompt or example, in characters (a phone screen, not a page).
pub const RTL_TEXT_MAX: usize = 300;
/// Rubric criteria: at least this many.
pub const RUBRIC_MIN: usize = 3;
/// Rubric criteria: at most this many (one A4 page).
pub const RUBRIC_MAX: usize = 10;
/// The scores every criterion describes, best first.
pub const RUBRIC_SCORES: [u32; 4] = [4, 3, 2, 1];
/// Longest level descriptor, in characters.
pub const DESCRIPTOR_MAX: usize = 130;
/// Longest criterion name or "looks for" line, in characters.
pub const CRITERION_TEXT_MAX: usize = 160;
/// All the rubric's text together at most this many characters: printable on one A4 page.
pub const RUBRIC_TEXT_MAX: usize = 4_500;
/// Storyline slides: at least / at most.
pub const SLIDES: (usize, usize) = (3, 8);

/// Every problem of the parts issue 26 added to a module.
pub(super) fn measured_problems(
    file: &str,
    module: &Location,
    summary: &Module,
    body: &ModuleBody,
    errors: &mut Vec<ContentError>,
) {
    let counts = UseCounts::of(body.questions.iter().map(|q| q.usage));
    if let Err(e) = check_bank(
        summary.pretest,
        summary.pretest_questions,
        summary.questions_per_attempt,
        counts,
    ) {
        errors.push(ContentError::new(file, module, Problem::Pretest(e)));
    }
    let lessons: HashSet<&str> = body.lessons.iter().map(|l| l.id.as_str()).collect();
    for q in &body.questions {
        if let Some(l) = &q.lesson {
            if !lessons.contains(l.as_str()) {
                errors.push(ContentError::new(
                    file,
                    module.clone().question(&q.id),
                    Problem::UnknownLesson(l.to_string()),
                ));
            }
        }
    }
    for lesson in &body.lessons {
        let mut journals = 0;
        for b in &lesson.blocks {
            if let Block::Callout {
                kind,
                journal: true,
                ..
            } = b
            {
                journals += 1;
                if *kind != CalloutKind::Refleksi {
                    errors.push(ContentError::new(
                        file,
                        module.clone().lesson(&lesson.id),
                        Problem::BadJournal("hanya kotak REFLEKSI yang bisa menjadi jurnal".into()),
                    ));
                }
            }
        }
        if journals > 1 {
            errors.push(ContentError::new(
                file,
                module.clone().lesson(&lesson.id),
                Problem::BadJournal(format!(
                    "{journals} kotak REFLEKSI-JURNAL; paling banyak satu per pelajaran (isian jurnal disimpan per pelajaran)"
                )),
            ));
        }
    }
    for why in rtl_problems(&body.rtl) {
        errors.push(ContentError::new(file, module, Problem::BadRtl(why)));
    }
    if let Some(kit) = &body.gelar {
        for why in gelar_problems(kit) {
            errors.push(ContentError::new(file, module, Problem::BadGelar(why)));
        }
    }
}

fn too_long(text: &str, max: usize) -> bool {
    text.chars().count() > max
}

/// The RTL prompts: none, or each of the five fields exactly once with a prompt and an example.
fn rtl_problems(rtl: &[RtlGuide]) -> Vec<String> {
    let mut out = Vec::new();
    if rtl.is_empty() {
        return out;
    }
    let mut seen: BTreeMap<RtlField, usize> = BTreeMap::new();
    for g in rtl {
        *seen.entry(g.field).or_default() += 1;
        let f = g.field.as_str();
        if g.prompt.trim().is_empty() || g.example.trim().is_empty() {
            out.push(format!("field = “{f}”: prompt dan example wajib diisi"));
        }
        if too_long(&g.prompt, RTL_TEXT_MAX) || too_long(&g.example, RTL_TEXT_MAX) {
            out.push(format!(
                "field = “{f}”: prompt atau example lebih dari {RTL_TEXT_MAX} karakter"
            ));
        }
    }
    for f in RtlField::ALL {
        match seen.get(&f).copied().unwrap_or(0) {
            1 => {}
            0 => out.push(format!("field = “{}” tidak ada; kelima isian wajib ada (perubahan, langkah-pertama, tenggat, ukuran-berhasil, lapor-kepada)", f.as_str())),
            n => out.push(format!("field = “{}” ditulis {n} kali", f.as_str())),
        }
    }
    out
}

/// The kit: a rubric whose weights add up to 100 and whose every criterion describes scores
/// 4–1, short enough for one A4 page; a storyline; a completed worked example.
#[must_use]
pub fn gelar_problems(kit: &GelarKit) -> Vec<String> {
    let mut out = Vec::new();
    if kit.title.trim().is_empty()
        || kit.intro.trim().is_empty()
        || kit.example_title.trim().is_empty()
    {
        out.push("title, intro dan example_title wajib diisi".to_owned());
    }
    let n = kit.rubric.len();
    if !(RUBRIC_MIN..=RUBRIC_MAX).contains(&n) {
        out.push(format!(
            "rubrik berisi {n} kriteria; seharusnya {RUBRIC_MIN}–{RUBRIC_MAX}"
        ));
    }
    let total: u32 = kit.rubric.iter().map(|c| c.weight).sum();
    if total != 100 {
        out.push(format!("jumlah bobot kriteria {total}, seharusnya 100"));
    }
    let mut ids = HashSet::new();
    let mut text = 0;
    for c in &kit.rubric {
        let id = &c.id;
        if check_id(id).is_err() || !ids.insert(id.as_str()) {
            out.push(format!("kriteria “{id}”: id tidak sah atau ganda"));
        }
        if c.weight == 0 {
            out.push(format!("kriteria “{id}”: bobot 0"));
        }
        if c.name.trim().is_empty() || c.looks_for.trim().is_empty() {
            out.push(format!("kriteria “{id}”: name dan looks_for wajib diisi"));
        }
        if too_long(&c.name, CRITERION_TEXT_MAX) || too_long(&c.looks_for, CRITERION_TEXT_MAX) {
            out.push(format!(
                "kriteria “{id}”: name atau looks_for lebih dari {CRITERION_TEXT_MAX} karakter"
            ));
        }
        let scores: Vec<u32> = c.levels.iter().map(|l| l.score).collect();
        if scores != RUBRIC_SCORES {
            out.push(format!(
                "kriteria “{id}”: level berskor {scores:?}; tulis tepat empat level berskor 4, 3, 2, 1 (berurutan)"
            ));
        }
        for l in &c.levels {
            if l.descriptor.trim().is_empty() || too_long(&l.descriptor, DESCRIPTOR_MAX) {
                out.push(format!(
                    "kriteria “{id}”, skor {}: deskripsi kosong atau lebih dari {DESCRIPTOR_MAX} karakter",
                    l.score
                ));
            }
            text += l.descriptor.chars().count();
        }
        text += c.name.chars().count() + c.looks_for.chars().count();
    }
    if text > RUBRIC_TEXT_MAX {
        out.push(format!(
            "teks rubrik {text} karakter; paling banyak {RUBRIC_TEXT_MAX} agar tercetak di satu halaman A4"
        ));
    }
    let slides = kit.storyline.len();
    if !(SLIDES.0..=SLIDES.1).contains(&slides) {
        out.push(format!(
            "alur paparan berisi {slides} salindia; seharusnya {}–{}",
            SLIDES.0, SLIDES.1
        ));
    }
    for (i, s) in kit.storyline.iter().enumerate() {
        if [&s.title, &s.guidance, &s.example]
            .iter()
            .any(|t| t.trim().is_empty())
        {
            out.push(format!(
                "salindia ke-{}: title, guidance dan example wajib diisi",
                i + 1
            ));
        }
    }
    if let Err(e) = kit.example.validate() {
        out.push(format!("contoh lembar kerja: {e}"));
    }
    out.extend(incomplete_sheet(&kit.example));
    out
}

/// The empty fields of a worked example (it must be complete to be an example).
fn incomplete_sheet(s: &crate::domain::worksheet::KbkSheet) -> Vec<String> {
    let f = &s.fishbone;
    let texts = [
        ("group", &s.group),
        ("unit", &s.unit),
        ("problem", &s.problem),
        ("reason", &s.reason),
        ("fishbone.manusia", &f.manusia),
        ("fishbone.metode", &f.metode),
        ("fishbone.bahan", &f.bahan),
        ("fishbone.sarana", &f.sarana),
        ("fishbone.lingkungan", &f.lingkungan),
        ("plan", &s.plan),
        ("do", &s.act_do),
        ("check", &s.check),
        ("act", &s.act),
        ("before.value", &s.before.value),
        ("before.unit", &s.before.unit),
        ("after.value", &s.after.value),
        ("after.unit", &s.after.unit),
    ];
    let mut empty: Vec<&str> = texts
        .iter()
        .filter(|(_, t)| t.trim().is_empty())
        .map(|(name, _)| *name)
        .collect();
    if s.members.is_empty() || s.members.iter().any(|m| m.name.trim().is_empty()) {
        empty.push("members");
    }
    if s.tally.is_empty() || s.tally.iter().any(|r| r.cause.trim().is_empty()) {
        empty.push("tally");
    }
    if empty.is_empty() {
        Vec::new()
    } else {
        vec![format!(
            "contoh lembar kerja belum lengkap: {} kosong",
            empty.join(", ")
        )]
    }
}
