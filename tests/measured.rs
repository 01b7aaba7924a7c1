//! The content rules of issue 26 ("learning that is measured"): pre-test tags, the lesson of
//! each question, journal reflections, RTL prompts and the Gelar Budaya Kerja kit. The pack in
//! `tests/fixtures/quality/measured/` passes every rule; each file of
//! `tests/fixtures/quality/measured-broken/` replaces one of its files and must be refused with
//! a message that names the file and the id. The built-in pack's use of these parts is checked
//! in `tests/measured_builtin.rs`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use bimtek::content::model::{Block, CalloutKind};
use bimtek::content::source::{compile_pack, CompiledPack};
use bimtek::content::validate::{parse_module_body, SerdeJson};
use bimtek::content::ContentError;
use bimtek::domain::course::Module;
use bimtek::domain::pretest::{ItemUse, PretestMode};
use bimtek::domain::rtl::RtlField;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/quality")
}

/// Every file of the measured fixture pack, by its path inside the pack.
fn pack() -> BTreeMap<String, String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let root = fixtures().join("measured");
    let mut out = BTreeMap::new();
    walk(&root, &root, &mut out);
    out
}

fn compile(files: &BTreeMap<String, String>) -> Result<CompiledPack, Vec<ContentError>> {
    compile_pack(&|rel: &str| files.get(rel).cloned())
}

fn join(errors: &[ContentError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The fixture pack with `m/<target>` replaced by the broken fixture `name`; the messages.
fn refused(name: &str, target: &str) -> String {
    let mut text = std::fs::read_to_string(fixtures().join("measured-broken").join(name)).unwrap();
    if Path::new(name).extension().is_some_and(|e| e == "md") {
        // A lesson must start with its front matter: drop the fixture's header line.
        let start = text.find("+++").unwrap();
        text = text.split_off(start);
    }
    let mut files = pack();
    assert!(files.contains_key(&format!("m/{target}")), "m/{target}");
    files.insert(format!("m/{target}"), text);
    match compile(&files) {
        Ok(_) => panic!("{name}: a broken pack was accepted"),
        Err(errors) => join(&errors),
    }
}

#[test]
fn the_measured_fixture_passes_and_carries_every_new_field() {
    let pack = compile(&pack()).map_err(|e| join(&e)).unwrap();
    let summary = &pack.index.modules[0];
    assert_eq!(
        (summary.pretest, summary.pretest_questions),
        (PretestMode::Offered, 3)
    );
    let body = &pack.bodies[0].1;
    let pre: Vec<&str> = body
        .questions
        .iter()
        .filter(|q| q.usage == ItemUse::Pre)
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(pre, ["s1", "t2", "g3"]);
    assert!(body.questions.iter().all(|q| q.lesson.is_some()));
    let fields: Vec<RtlField> = body.rtl.iter().map(|g| g.field).collect();
    assert_eq!(fields, RtlField::ALL);
    assert_eq!(
        body.rtl_guide(RtlField::Tenggat)
            .map(|g| g.example.as_str()),
        Some("Akhir bulan depan.")
    );
    let journal: Vec<&str> = body
        .journal_prompts()
        .iter()
        .map(|(l, _)| l.as_str())
        .collect();
    assert_eq!(journal, ["a", "b", "c"]);
    let kit = body.gelar.as_ref().unwrap();
    assert_eq!(kit.rubric.iter().map(|c| c.weight).sum::<u32>(), 100);
    assert_eq!(kit.example.before.value, "30");
    for lesson in &body.lessons {
        let journals = lesson
            .blocks
            .iter()
            .filter(|b| {
                matches!(
                    b,
                    Block::Callout {
                        kind: CalloutKind::Refleksi,
                        journal: true,
                        ..
                    }
                )
            })
            .count();
        assert_eq!(journals, 1, "{}", lesson.id);
    }
    // The new fields survive the JSON the app loads, and the app's own check passes.
    let json = serde_json::to_string(body).unwrap();
    for key in [
        "\"use\":\"pre\"",
        "\"lesson\":\"a\"",
        "\"journal\":true",
        "\"rtl\":",
        "\"gelar\":",
    ] {
        assert!(json.contains(key), "{key}");
    }
    let parsed = parse_module_body(&SerdeJson, "m.json", &json, &Module::from(summary)).unwrap();
    assert_eq!(&parsed, body);
    let index = serde_json::to_string(&pack.index).unwrap();
    assert!(index.contains("\"pretest_questions\":3"), "{index}");
    // The catalog says the module has a kit, so its page can link to it before the body loads.
    assert!(summary.gelar && index.contains("\"gelar\":true"), "{index}");
    assert!(
        !index.contains("\"pretest\""),
        "the default is left out: {index}"
    );
}

#[test]
fn a_pack_without_the_new_fields_still_reads_the_same() {
    // The compiled shapes of the second edition (no pretest, use, lesson, journal, rtl, gelar)
    // decode with the defaults, so packs built before issue 26 keep loading.
    let pack = compile(&pack()).unwrap();
    let mut body = serde_json::to_value(&pack.bodies[0].1).unwrap();
    let obj = body.as_object_mut().unwrap();
    obj.remove("rtl");
    obj.remove("gelar");
    for q in obj["questions"].as_array_mut().unwrap() {
        let q = q.as_object_mut().unwrap();
        q.remove("use");
        q.remove("lesson");
    }
    let text = body.to_string().replace(",\"journal\":true", "");
    let mut summary = pack.index.modules[0].clone();
    summary.pretest_questions = 5;
    summary.gelar = false;
    let old = parse_module_body(&SerdeJson, "m.json", &text, &Module::from(&summary)).unwrap();
    assert!(old
        .questions
        .iter()
        .all(|q| q.usage == ItemUse::Post && q.lesson.is_none()));
    assert!(old.rtl.is_empty() && old.gelar.is_none());
}

#[test]
fn a_lesson_above_its_share_of_the_bank_is_refused() {
    let msg = refused("lesson-share.toml", "quiz.toml");
    assert!(
        msg.contains("m/quiz.toml (modul m, pelajaran a): aturan mutu: 4 dari 9 soal (44%: s1, t1, g1, g2) menguji pelajaran ini; paling banyak 35%"),
        "{msg}"
    );
}

#[test]
fn a_question_without_its_lesson_or_naming_another_module_s_lesson_is_refused() {
    let msg = refused("lesson-missing.toml", "quiz.toml");
    assert!(
        msg.contains("m/quiz.toml (modul m, soal s2): aturan mutu: soal tanpa lesson"),
        "{msg}"
    );
    let msg = refused("lesson-unknown.toml", "quiz.toml");
    assert!(
        msg.contains("m/ (modul m, soal s2): lesson = “d”: pelajaran itu tidak ada di modul ini"),
        "{msg}"
    );
}

#[test]
fn a_pretest_that_misses_a_lesson_is_refused() {
    let msg = refused("pretest-coverage.toml", "quiz.toml");
    assert!(
        msg.contains("m/quiz.toml (modul m, pelajaran c): aturan mutu: pelajaran ini belum punya soal pre-test"),
        "{msg}"
    );
    assert!(
        msg.contains("m/quiz.toml (modul m, pelajaran b): aturan mutu: pelajaran ini belum punya soal use = \"post\""),
        "{msg}"
    );
}

#[test]
fn a_bank_too_small_for_the_drawing_rule_is_refused() {
    let msg = refused("pretest-too-few-pre.toml", "module.toml");
    assert!(
        msg.contains("m/ (modul m): pre-test dan post-test: pre-test mengambil 4 soal, tetapi hanya 3 soal bertanda use = \"pre\" atau \"both\""),
        "{msg}"
    );
    let msg = refused("pretest-too-few-post.toml", "module.toml");
    assert!(
        msg.contains("m/ (modul m): pre-test dan post-test: post-test mengambil 7 soal, tetapi bila pre-test mengambil 0 soal bertanda “both” hanya tersisa 6 soal"),
        "{msg}"
    );
}

#[test]
fn minutes_that_disagree_with_jp_are_refused_by_the_compiler() {
    let msg = refused("minutes-jp.toml", "module.toml");
    assert!(
        msg.contains("m/module.toml (modul m): aturan mutu: minutes = 60 tidak sesuai dengan jp = 1 (1 JP = 45 menit, jadi sekitar 45 menit; selisih paling banyak 10%)"),
        "{msg}"
    );
}

#[test]
fn rtl_prompts_need_each_field_once() {
    let msg = refused("rtl-fields.toml", "module.toml");
    assert!(
        msg.contains("m/ (modul m): rencana tindak lanjut (rtl) tidak sah: field = “perubahan” ditulis 2 kali"),
        "{msg}"
    );
    assert!(
        msg.contains("rencana tindak lanjut (rtl) tidak sah: field = “lapor-kepada” tidak ada"),
        "{msg}"
    );
}

#[test]
fn a_gelar_kit_with_bad_weights_levels_or_example_is_refused() {
    let msg = refused("gelar-rubric.toml", "gelar.toml");
    assert!(
        msg.contains("m/ (modul m): kit Gelar Budaya Kerja tidak sah: jumlah bobot kriteria 90, seharusnya 100"),
        "{msg}"
    );
    assert!(
        msg.contains("kriteria “masalah”: level berskor [4, 3, 2]; tulis tepat empat level berskor 4, 3, 2, 1"),
        "{msg}"
    );
    let msg = refused("gelar-example.toml", "gelar.toml");
    assert!(
        msg.contains("m/gelar.toml (modul m): kit Gelar Budaya Kerja tidak sah: “example.masalah” bukan kolom Lembar Kerja KBK"),
        "{msg}"
    );
    assert!(
        msg.contains("contoh lembar kerja belum lengkap: act kosong"),
        "{msg}"
    );
}

#[test]
fn two_journal_reflections_in_one_lesson_are_refused() {
    let msg = refused("journal-twice.md", "lessons/a.md");
    assert!(
        msg.contains("m/ (modul m, pelajaran a): refleksi jurnal tidak sah: 2 kotak REFLEKSI-JURNAL; paling banyak satu per pelajaran"),
        "{msg}"
    );
}

#[test]
fn the_app_refuses_a_compiled_module_that_breaks_the_same_rules() {
    // What a hand-edited or foreign module file could hold; the app checks it when loading.
    let pack = compile(&pack()).unwrap();
    let summary = Module::from(&pack.index.modules[0]);
    let good = serde_json::to_value(&pack.bodies[0].1).unwrap();
    let refused = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut body = good.clone();
        edit(&mut body);
        let errors = parse_module_body(&SerdeJson, "m.json", &body.to_string(), &summary)
            .expect_err("a broken module file was accepted");
        join(&errors)
    };
    let msg = refused(&|b| b["lessons"][0]["blocks"][1]["callout"]["journal"] = true.into());
    assert!(
        msg.contains("m.json (modul m, pelajaran a): refleksi jurnal tidak sah: hanya kotak REFLEKSI yang bisa menjadi jurnal"),
        "{msg}"
    );
    let msg = refused(&|b| b["rtl"][2]["prompt"] = "x".repeat(301).into());
    assert!(
        msg.contains("field = “tenggat”: prompt atau example lebih dari 300 karakter"),
        "{msg}"
    );
    let msg = refused(&|b| {
        b["gelar"]["storyline"].as_array_mut().unwrap().truncate(2);
        b["gelar"]["rubric"][0]["levels"][0]["descriptor"] = "x".repeat(131).into();
    });
    assert!(
        msg.contains("alur paparan berisi 2 salindia; seharusnya 3–8"),
        "{msg}"
    );
    assert!(
        msg.contains("kriteria “masalah”, skor 4: deskripsi kosong atau lebih dari 130 karakter"),
        "{msg}"
    );
    // The catalog and the module file disagree about the kit.
    let msg = refused(&|b| {
        b.as_object_mut().unwrap().remove("gelar");
    });
    assert!(
        msg.contains("pack.json menyebut kit Gelar Budaya Kerja, berkas modul tidak memuatnya"),
        "{msg}"
    );
    // A control: the same path accepts a sound change (one `both` item more).
    let mut body = good.clone();
    body["questions"][0]["use"] = "both".into();
    let parsed = parse_module_body(&SerdeJson, "m.json", &body.to_string(), &summary).unwrap();
    assert_eq!(parsed.questions[0].usage, ItemUse::Both);
}
