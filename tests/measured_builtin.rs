//! The built-in pack's use of what issue 26 added: a journal reflection in every lesson, RTL
//! prompts in every module, and the Gelar Budaya Kerja kit of budaya-kerja-mutu (its rubric,
//! storyline and the Lembah Hijau worked example, which must tell the lessons' story). The
//! rules themselves are tested on fixtures in `tests/measured.rs`; the pre-test tags and the
//! lesson of each question in `tests/content.rs`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use std::path::Path;

use bimtek::content::model::{Block, CalloutKind};
use bimtek::content::source::{compile_pack, CompiledPack};
use bimtek::content::ContentError;
use bimtek::domain::rtl::RtlField;

fn join(errors: &[ContentError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

fn builtin() -> CompiledPack {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/inti");
    compile_pack(&|rel: &str| std::fs::read_to_string(dir.join(rel)).ok())
        .map_err(|e| join(&e))
        .unwrap()
}

#[test]
fn builtin_every_lesson_has_one_journal_reflection_and_no_other() {
    for (_, body) in &builtin().bodies {
        for lesson in &body.lessons {
            let reflections: Vec<bool> = lesson
                .blocks
                .iter()
                .filter_map(|b| match b {
                    Block::Callout {
                        kind: CalloutKind::Refleksi,
                        journal,
                        ..
                    } => Some(*journal),
                    _ => None,
                })
                .collect();
            assert_eq!(reflections, [true], "{}/{}", body.id, lesson.id);
        }
    }
}

#[test]
fn builtin_every_module_guides_the_rtl() {
    for (_, body) in &builtin().bodies {
        let fields: Vec<RtlField> = body.rtl.iter().map(|g| g.field).collect();
        assert_eq!(
            fields,
            RtlField::ALL,
            "{}: the five fields in form order",
            body.id
        );
    }
}

#[test]
fn builtin_gelar_kit_scores_the_eight_criteria_and_works_the_lembah_hijau_case() {
    let pack = builtin();
    let with_kit: Vec<&str> = pack
        .bodies
        .iter()
        .filter(|(_, b)| b.gelar.is_some())
        .map(|(_, b)| b.id.as_str())
        .collect();
    assert_eq!(with_kit, ["budaya-kerja-mutu"]);
    let (_, body) = pack
        .bodies
        .iter()
        .find(|(_, b)| b.id.as_str() == "budaya-kerja-mutu")
        .unwrap();
    let kit = body.gelar.as_ref().unwrap();
    let ids: Vec<&str> = kit.rubric.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "relevansi-masalah",
            "data-awal",
            "analisis-akar-penyebab",
            "ketepatan-solusi",
            "hasil-terukur",
            "pembakuan-replikasi",
            "keterlibatan-tim",
            "penyajian"
        ]
    );
    assert_eq!(kit.rubric.iter().map(|c| c.weight).sum::<u32>(), 100);
    assert_eq!(kit.storyline.len(), 6, "a six-slide storyline");
    // The worked example tells the same story as the lessons (alat-kerja-kbk, siklus-pdca).
    let e = &kit.example;
    let tally: Vec<u32> = e.tally.iter().map(|r| r.count).collect();
    assert_eq!(tally, [33, 12, 8, 7], "the lesson's check sheet");
    assert_eq!(
        (e.before.value.as_str(), e.after.value.as_str()),
        ("32", "14")
    );
    assert!(e.unit.contains("Lembah Hijau"), "{}", e.unit);
    assert!(e.problem.contains("60 dari 200"), "{}", e.problem);
    let slides: Vec<&str> = kit.storyline.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        slides,
        [
            "Masalah",
            "Data awal",
            "Akar penyebab",
            "Perbaikan",
            "Hasil",
            "Pembakuan dan langkah berikutnya"
        ],
        "the order the lesson gelar-budaya-kerja teaches"
    );
}
