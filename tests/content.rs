//! Content packs: the built-in pack meets the course rules, and broken packs are rejected
//! with messages that name the file, the id and the problem.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::semicolon_if_nothing_returned,
    reason = "tests: a failing unwrap is a failing test; edit closures read better bare"
)]

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use bimtek::content::catalog::Catalog;
use bimtek::content::model::{Block, Inline, ModuleBody, QuestionKind};
use bimtek::content::source::{compile_pack, CompiledPack};
use bimtek::content::validate::{
    is_safe_relative_path, parse_module_body, parse_pack_index, parse_pack_list, SerdeJson,
};
use bimtek::content::ContentError;

// ---------------------------------------------------------------- the built-in pack

fn builtin() -> CompiledPack {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/inti");
    let read = |rel: &str| std::fs::read_to_string(dir.join(rel)).ok();
    match compile_pack(&read) {
        Ok(pack) => pack,
        Err(errors) => panic!("built-in pack invalid:\n{}", join(&errors)),
    }
}

fn join(errors: &[ContentError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

fn inline_text(inlines: &[Inline]) -> String {
    inlines.iter().map(Inline::text).collect()
}

fn block_text(block: &Block, out: &mut String) {
    match block {
        Block::Heading { text, .. } | Block::Paragraph { text } => out.push_str(&inline_text(text)),
        Block::List { items, .. } => items.iter().for_each(|i| out.push_str(&inline_text(i))),
        Block::Table { header, rows } => header
            .iter()
            .chain(rows.iter().flatten())
            .for_each(|c| out.push_str(&inline_text(c))),
        Block::Image { alt, .. } => out.push_str(alt),
        Block::Callout { blocks, .. } => blocks.iter().for_each(|b| block_text(b, out)),
    }
    out.push('\n');
}

fn module_text(body: &ModuleBody) -> String {
    let mut out = String::new();
    for lesson in &body.lessons {
        out.push_str(&lesson.title);
        lesson.blocks.iter().for_each(|b| block_text(b, &mut out));
    }
    for q in &body.questions {
        out.push_str(&q.prompt);
        out.push_str(&q.explanation);
    }
    out
}

#[test]
fn builtin_pack_has_the_four_modules_in_order() {
    let pack = builtin();
    let ids: Vec<_> = pack
        .index
        .modules
        .iter()
        .map(|m| m.id.to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "pola-pikir-melayani",
            "agen-perubahan",
            "pemerintahan-bersih",
            "budaya-kerja-mutu"
        ]
    );
}

#[test]
fn builtin_modules_meet_the_course_rules() {
    let pack = builtin();
    for (summary, (_, body)) in pack.index.modules.iter().zip(&pack.bodies) {
        let m = &summary.id;
        assert!(
            (4..=6).contains(&body.lessons.len()),
            "{m}: {} lessons",
            body.lessons.len()
        );
        for l in &body.lessons {
            assert!(
                (3..=7).contains(&l.minutes),
                "{m}/{}: {} minutes",
                l.id,
                l.minutes
            );
        }
        assert!(summary.objectives.len() >= 3, "{m}: objectives");
        assert!(summary.jp >= 1 && summary.minutes >= 30, "{m}: time and JP");
        assert!(
            body.questions.len() >= 15,
            "{m}: {} questions",
            body.questions.len()
        );
        let types: HashSet<_> = body
            .questions
            .iter()
            .map(|q| std::mem::discriminant(&q.kind))
            .collect();
        assert!(types.len() >= 4, "{m}: {} question types", types.len());
        assert!(!body.glossary.is_empty(), "{m}: glossary");
    }
}

#[test]
fn builtin_glossaries_define_every_abbreviation_used() {
    let pack = builtin();
    let known = [
        "ASN", "OPD", "KBK", "TQM", "KKN", "WBK", "WBBM", "SKM", "JP", "UPG", "PNS", "PPPK", "KPK",
        "PDCA",
    ];
    for (summary, (_, body)) in pack.index.modules.iter().zip(&pack.bodies) {
        let text = module_text(body);
        let words: HashSet<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        for abbr in known {
            if words.contains(abbr) {
                assert!(
                    body.glossary.iter().any(|g| g
                        .term
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w == abbr)),
                    "{}: uses {abbr} but its glossary does not define it",
                    summary.id
                );
            }
        }
    }
}

#[test]
fn builtin_content_keeps_to_the_verified_facts() {
    let pack = builtin();
    let all: String = pack.bodies.iter().map(|(_, b)| module_text(b)).collect();
    // [U] in CONTENT-FACTS.md: PermenPANRB 27/2014 on agents of change is not cited as fact.
    assert!(
        !all.contains("27 Tahun 2014"),
        "cites an unverified regulation"
    );
    // Gratifikasi must be reported within 30 working days ([P]).
    let pb = &pack.bodies[2].1;
    assert!(module_text(pb).contains("30 hari kerja"));
    // Grand Design RB is Perpres 81/2010.
    assert!(all.contains("Nomor 81 Tahun 2010") || all.contains("No. 81 Tahun 2010"));
}

#[test]
fn builtin_pack_survives_the_json_round_trip_the_app_uses() {
    let pack = builtin();
    let json = serde_json::to_string(&pack.index).unwrap();
    let index = parse_pack_index(&SerdeJson, "pack.json", &json).unwrap();
    for (summary, (file, body)) in index.modules.iter().zip(&pack.bodies) {
        let json = serde_json::to_string(body).unwrap();
        let parsed = parse_module_body(&SerdeJson, file, &json, summary).unwrap();
        assert_eq!(&parsed, body);
    }
}

// ---------------------------------------------------------------- broken packs

const LESSON: &str = r#"+++
title = "Pelajaran A"
minutes = 4
+++

Paragraf **tebal** dan [tautan](https://contoh.go.id).

> [!DASAR-HUKUM]
> UU 25/2009.

> [!STUDI-KASUS]
> Kasus.

> [!REFLEKSI]
> Renungkan.

> [!RINGKASAN]
> - satu
"#;

const QUIZ: &str = r#"
[[question]]
id = "q1"
type = "single"
prompt = "Pilih."
explanation = "Karena."
  [[question.option]]
  id = "a"
  text = "Benar"
  correct = true
  feedback = "Ya."
  [[question.option]]
  id = "b"
  text = "Salah"
  feedback = "Tidak."

[[question]]
id = "q2"
type = "true_false"
prompt = "Pernyataan."
answer = true
feedback_true = "Ya."
feedback_false = "Tidak."
explanation = "Karena."
"#;

fn fixture() -> BTreeMap<String, String> {
    let mut f = BTreeMap::new();
    f.insert(
        "pack.toml".into(),
        "format_version = 1\nid = \"uji\"\ntitle = \"Uji\"\nlanguage = \"id\"\nmodules = [\"m\"]\n"
            .into(),
    );
    f.insert(
        "m/module.toml".into(),
        "id = \"m\"\ntitle = \"Modul\"\nsummary = \"Ringkas.\"\nminutes = 30\njp = 1\nquestions_per_attempt = 2\nobjectives = [\"Menjelaskan.\"]\nlessons = [\"a\"]\n".into(),
    );
    f.insert("m/lessons/a.md".into(), LESSON.into());
    f.insert("m/quiz.toml".into(), QUIZ.into());
    f
}

fn compile(files: &BTreeMap<String, String>) -> Result<CompiledPack, Vec<ContentError>> {
    compile_pack(&|rel: &str| files.get(rel).cloned())
}

/// Compiles the fixture after `edit`, expects failure, and returns the messages.
fn rejected(edit: impl FnOnce(&mut BTreeMap<String, String>)) -> String {
    let mut files = fixture();
    edit(&mut files);
    match compile(&files) {
        Ok(_) => panic!("a broken pack was accepted"),
        Err(errors) => join(&errors),
    }
}

fn replace(files: &mut BTreeMap<String, String>, file: &str, from: &str, to: &str) {
    let text = files.get_mut(file).unwrap();
    assert!(text.contains(from), "fixture {file} lacks {from:?}");
    *text = text.replace(from, to);
}

#[test]
fn the_fixture_itself_is_valid() {
    let pack = compile(&fixture()).map_err(|e| join(&e)).unwrap();
    assert_eq!(pack.index.modules[0].question_count, 2);
}

#[test]
fn rejects_a_duplicate_question_id() {
    let msg = rejected(|f| replace(f, "m/quiz.toml", "id = \"q2\"", "id = \"q1\""));
    assert!(
        msg.contains("m/ (modul m, soal q1): id ganda: “q1”"),
        "{msg}"
    );
}

#[test]
fn rejects_a_single_choice_without_a_correct_option() {
    let msg = rejected(|f| replace(f, "m/quiz.toml", "correct = true\n", ""));
    assert!(msg.contains("(modul m, soal q1): kunci jawaban tidak sah: soal pilihan tunggal harus punya tepat satu opsi benar, ada 0"), "{msg}");
}

#[test]
fn rejects_a_true_false_without_its_answer() {
    let msg = rejected(|f| replace(f, "m/quiz.toml", "answer = true\n", ""));
    assert!(msg.contains("m/quiz.toml (modul m, soal q2): kunci jawaban tidak sah: answer (true/false) tidak ada"), "{msg}");
}

#[test]
fn rejects_an_option_without_feedback() {
    let msg = rejected(|f| {
        replace(
            f,
            "m/quiz.toml",
            "feedback = \"Tidak.\"",
            "feedback = \"  \"",
        )
    });
    assert!(
        msg.contains("(modul m, soal q1): pilihan “b” tanpa umpan balik (feedback)"),
        "{msg}"
    );
}

#[test]
fn rejects_an_image_without_alt_text() {
    let msg = rejected(|f| {
        replace(
            f,
            "m/lessons/a.md",
            "Paragraf",
            "![](gambar.png)\n\nParagraf",
        )
    });
    assert!(
        msg.contains("(modul m, pelajaran a): gambar “gambar.png” tanpa teks alternatif"),
        "{msg}"
    );
}

#[test]
fn rejects_an_empty_lesson() {
    let msg = rejected(|f| {
        f.insert(
            "m/lessons/a.md".into(),
            "+++\ntitle = \"Kosong\"\nminutes = 3\n+++\n\n".into(),
        );
    });
    assert!(
        msg.contains("m/ (modul m, pelajaran a): pelajaran kosong"),
        "{msg}"
    );
}

#[test]
fn rejects_unknown_blocks_and_raw_html() {
    let msg = rejected(|f| {
        replace(
            f,
            "m/lessons/a.md",
            "Paragraf",
            "```\nkode\n```\n\nParagraf",
        )
    });
    assert!(
        msg.contains("m/lessons/a.md (modul m, pelajaran a): blok tidak dikenal: blok kode"),
        "{msg}"
    );
    let msg = rejected(|f| {
        replace(
            f,
            "m/lessons/a.md",
            "Paragraf",
            "<script>alert(1)</script>\n\nParagraf",
        )
    });
    assert!(msg.contains("blok tidak dikenal: HTML"), "{msg}");
    let msg = rejected(|f| {
        replace(
            f,
            "m/lessons/a.md",
            "Paragraf",
            "Teks <img src=x onerror=alert(1)> lagi. Paragraf",
        )
    });
    assert!(
        msg.contains("HTML tidak diizinkan: <img src=x onerror=alert(1)>"),
        "{msg}"
    );
    let msg = rejected(|f| replace(f, "m/lessons/a.md", "Paragraf", "# Judul satu\n\nParagraf"));
    assert!(msg.contains("judul tingkat 1"), "{msg}");
}

#[test]
fn rejects_an_unknown_callout_kind() {
    let msg = rejected(|f| replace(f, "m/lessons/a.md", "[!REFLEKSI]", "[!CATATAN]"));
    assert!(
        msg.contains("(modul m, pelajaran a): jenis kotak tidak dikenal: “CATATAN”"),
        "{msg}"
    );
    assert!(
        msg.contains("(modul m): modul tidak punya kotak REFLEKSI"),
        "{msg}"
    );
}

#[test]
fn rejects_a_lesson_without_its_legal_basis() {
    let msg = rejected(|f| replace(f, "m/lessons/a.md", "[!DASAR-HUKUM]", "[!RINGKASAN]"));
    assert!(
        msg.contains("(modul m, pelajaran a): pelajaran tanpa kotak DASAR-HUKUM atau SUMBER"),
        "{msg}"
    );
}

#[test]
fn rejects_a_bad_format_version() {
    let msg = rejected(|f| replace(f, "pack.toml", "format_version = 1", "format_version = 2"));
    assert_eq!(
        msg,
        "pack.toml: format_version 2 tidak didukung (aplikasi ini membaca versi 1)"
    );
}

#[test]
fn rejects_a_missing_lesson_file_and_bad_ids() {
    let msg = rejected(|f| {
        replace(
            f,
            "m/module.toml",
            "lessons = [\"a\"]",
            "lessons = [\"a\", \"b\"]",
        )
    });
    assert!(
        msg.contains(
            "m/lessons/b.md (modul m, pelajaran b): tidak cocok: berkas pelajaran tidak ada"
        ),
        "{msg}"
    );
    let msg = rejected(|f| replace(f, "m/quiz.toml", "id = \"q2\"", "id = \"Soal 2\""));
    assert!(
        msg.contains("m/quiz.toml (modul m, soal Soal 2): id tidak sah “Soal 2”"),
        "{msg}"
    );
}

#[test]
fn rejects_toml_syntax_errors_naming_the_file() {
    let msg = rejected(|f| replace(f, "m/module.toml", "jp = 1", "jp = "));
    assert!(
        msg.starts_with("m/module.toml: berkas tidak dapat dibaca:"),
        "{msg}"
    );
}

#[test]
fn rejects_script_links() {
    let msg = rejected(|f| {
        replace(
            f,
            "m/lessons/a.md",
            "https://contoh.go.id",
            "javascript:alert(1)",
        )
    });
    assert!(
        msg.contains("(modul m, pelajaran a): alamat tidak diizinkan: “javascript:alert(1)”"),
        "{msg}"
    );
}

#[test]
fn rejects_a_pool_smaller_than_an_attempt() {
    let msg = rejected(|f| {
        replace(
            f,
            "m/module.toml",
            "questions_per_attempt = 2",
            "questions_per_attempt = 5",
        )
    });
    assert!(
        msg.contains("(modul m): bank soal berisi 2 soal, kurang dari questions_per_attempt = 5"),
        "{msg}"
    );
}

#[test]
fn rejects_ordering_and_matching_with_too_few_items() {
    let msg = rejected(|f| {
        let extra = "\n[[question]]\nid = \"q3\"\ntype = \"matching\"\nprompt = \"Jodohkan.\"\nexplanation = \"Karena.\"\n  [[question.pair]]\n  id = \"x\"\n  left = \"A\"\n  right = \"B\"\n  feedback = \"F\"\n";
        f.get_mut("m/quiz.toml").unwrap().push_str(extra);
    });
    assert!(
        msg.contains("(modul m, soal q3): jumlah pasangan 1 di luar batas 3–6"),
        "{msg}"
    );
}

#[test]
fn markdown_renders_to_safe_blocks() {
    let pack = compile(&fixture()).unwrap();
    let lesson = &pack.bodies[0].1.lessons[0];
    let Block::Paragraph { text } = &lesson.blocks[0] else {
        panic!("{:?}", lesson.blocks[0])
    };
    assert_eq!(
        text,
        &vec![
            Inline::Text {
                v: "Paragraf ".into()
            },
            Inline::Strong { v: "tebal".into() },
            Inline::Text { v: " dan ".into() },
            Inline::Link {
                v: "tautan".into(),
                href: "https://contoh.go.id".into()
            },
            Inline::Text { v: ".".into() },
        ]
    );
    assert!(matches!(
        &pack.bodies[0].1.questions[1].kind,
        QuestionKind::TrueFalse { answer: true, .. }
    ));
}

// ---------------------------------------------------------------- run-time JSON (deployer packs)

#[test]
fn runtime_rejects_future_truncated_and_mismatched_json() {
    let pack = compile(&fixture()).unwrap();
    let json = serde_json::to_string(&pack.index).unwrap();

    let future = json.replacen("\"format_version\":1", "\"format_version\":7", 1);
    let err = parse_pack_index(&SerdeJson, "content/baru/pack.json", &future).unwrap_err();
    assert_eq!(
        join(&err),
        "content/baru/pack.json: format_version 7 tidak didukung (aplikasi ini membaca versi 1)"
    );

    let err =
        parse_pack_index(&SerdeJson, "content/x/pack.json", &json[..json.len() / 2]).unwrap_err();
    assert!(
        join(&err).starts_with("content/x/pack.json: berkas tidak dapat dibaca:"),
        "{}",
        join(&err)
    );

    let summary = &pack.index.modules[0];
    let mut body = pack.bodies[0].1.clone();
    body.id = bimtek::domain::ids::ModuleId::parse("lain").unwrap();
    let err = parse_module_body(
        &SerdeJson,
        "content/x/m.json",
        &serde_json::to_string(&body).unwrap(),
        summary,
    )
    .unwrap_err();
    assert!(
        join(&err).contains("content/x/m.json (modul m): tidak cocok: berkas berisi modul lain"),
        "{}",
        join(&err)
    );
}

#[test]
fn runtime_pack_list_only_allows_paths_next_to_the_app() {
    for bad in [
        "../luar/pack.json",
        "https://asing.example/pack.json",
        "/abs/pack.json",
        "content/x/pack.txt",
    ] {
        let json = format!("{{\"format_version\":1,\"packs\":[\"{bad}\"]}}");
        let err = parse_pack_list(&SerdeJson, "packs.json", &json).unwrap_err();
        assert!(
            join(&err).contains("alamat tidak diizinkan"),
            "{bad}: {}",
            join(&err)
        );
    }
    let ok = parse_pack_list(
        &SerdeJson,
        "packs.json",
        r#"{"format_version":1,"packs":["content/inti/pack.json"]}"#,
    );
    assert!(ok.is_ok());
}

#[test]
fn catalog_skips_a_module_id_taken_by_another_pack() {
    let pack = compile(&fixture()).unwrap();
    let mut catalog = Catalog::default();
    catalog.add_pack("content/a/pack.json", pack.index.clone());
    catalog.add_pack("content/b/pack.json", pack.index);
    assert_eq!(catalog.entries.len(), 1);
    assert_eq!(catalog.entries[0].body_path(), "content/a/m.json");
    assert_eq!(catalog.problems.len(), 1);
    assert_eq!(catalog.problems[0].pack_path, "content/b/pack.json");
    assert!(catalog.problems[0]
        .detail
        .contains("sudah ada di paket content/a/pack.json"));
}

#[test]
fn pack_paths_with_spaces_tabs_encodings_hosts_or_backslashes_are_refused() {
    for bad in [
        " /\t/host/pack.json",
        "content/a b/pack.json",
        " content/a/pack.json",
        "content/a/pack.json ",
        "\tcontent/a/pack.json",
        "content/\ta/pack.json",
        "content/a/pack.json\n",
        "%2e%2e/luar/pack.json",
        "content/%2E%2e/pack.json",
        ".%2e/pack.json",
        "content/%2fetc/pack.json",
        "//host/pack.json",
        "///host/pack.json",
        "\\\\host\\pack.json",
        "content\\a\\pack.json",
        "/\\host/pack.json",
        "content/./../pack.json",
        "./pack.json",
        "content//pack.json",
        "https:pack.json",
        "javascript:alert(1)//.json",
        "content/a/pack.json?x=1",
        "content/a/pack.json#x",
        "content/a/\u{0}pack.json",
        "content/ä/pack.json",
    ] {
        let json = serde_json::json!({"format_version": 1, "packs": [bad]}).to_string();
        let err = parse_pack_list(&SerdeJson, "packs.json", &json).unwrap_err();
        assert!(
            join(&err).contains("alamat tidak diizinkan"),
            "{bad:?}: {}",
            join(&err)
        );
        assert!(!is_safe_relative_path(bad), "{bad:?}");
    }
    for ok in [
        "content/inti/pack.json",
        "packs/dinas-2026/v1.2/pack.json",
        "pack_a.json",
    ] {
        assert!(is_safe_relative_path(ok), "{ok}");
    }
}
