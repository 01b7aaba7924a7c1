//! Content packs: the built-in pack meets the course rules, and broken packs are rejected
//! with messages that name the file, the id and the problem.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::semicolon_if_nothing_returned,
    clippy::format_push_string,
    reason = "tests: a failing unwrap is a failing test; edit closures read better bare; fixtures are built with format!"
)]

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use bimtek::content::catalog::Catalog;
use bimtek::content::catalog::{FetchError, ProblemDetail};
use bimtek::content::model::{Block, CalloutKind, Inline, ModuleBody, Question, QuestionKind};
use bimtek::content::quality::coverage;
use bimtek::content::source::{compile_pack, CompiledPack};
use bimtek::content::validate::{
    is_safe_relative_path, parse_module_body, parse_pack_index, parse_pack_list, SerdeJson,
};
use bimtek::content::{ContentError, Location, Problem};
use bimtek::domain::course::Module;
use bimtek::domain::pretest::{check_bank, ItemUse, PretestMode, UseCounts};
use bimtek::i18n::Lang;

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
        Block::Discussion { choices, closing } => {
            for c in choices {
                out.push_str(&c.text);
                out.push(' ');
                out.push_str(&inline_text(&c.feedback));
                out.push('\n');
            }
            for b in closing {
                block_text(b, out);
            }
        }
        Block::Worksheet { .. } => {}
        Block::Diagram(_) => out.push_str(&bimtek::content::search::block_text(block)),
    }
    out.push('\n');
}

/// The text of every lesson only.
fn lessons_text(body: &ModuleBody) -> String {
    let mut out = String::new();
    for lesson in &body.lessons {
        out.push_str(&lesson.title);
        out.push('\n');
        lesson.blocks.iter().for_each(|b| block_text(b, &mut out));
    }
    out
}

/// What a learner reads as true in a quiz: explanations, right options, every feedback
/// (prompts and wrong options' own text are left out: they may hold a claim to be refuted).
fn quiz_claims(body: &ModuleBody) -> String {
    let mut out = String::new();
    for q in &body.questions {
        // Prompts are left out: they may quote a colleague's misconception to be corrected.
        out.push_str(&q.explanation);
        out.push('\n');
        match &q.kind {
            QuestionKind::Single { options } | QuestionKind::Multiple { options } => {
                for o in options {
                    if o.correct {
                        out.push_str(&o.text);
                        out.push('\n');
                    }
                    out.push_str(&o.feedback);
                    out.push('\n');
                }
            }
            QuestionKind::TrueFalse {
                feedback_true,
                feedback_false,
                ..
            } => {
                out.push_str(feedback_true);
                out.push('\n');
                out.push_str(feedback_false);
                out.push('\n');
            }
            QuestionKind::Ordering { steps } => steps.iter().for_each(|st| {
                out.push_str(&st.text);
                out.push_str(&st.feedback);
                out.push('\n');
            }),
            QuestionKind::Matching { pairs } => pairs.iter().for_each(|pr| {
                out.push_str(&pr.left);
                out.push(' ');
                out.push_str(&pr.right);
                out.push(' ');
                out.push_str(&pr.feedback);
                out.push('\n');
            }),
        }
    }
    out
}

/// The RTL prompts and the Gelar Budaya Kerja kit of a module: text the course states too.
fn extras_text(body: &ModuleBody) -> String {
    let mut out = String::new();
    for g in &body.rtl {
        out.push_str(&format!("{}\n{}\n", g.prompt, g.example));
    }
    if let Some(kit) = &body.gelar {
        out.push_str(&format!(
            "{}\n{}\n{}\n",
            kit.title, kit.intro, kit.example_title
        ));
        for c in &kit.rubric {
            out.push_str(&format!("{}\n{}\n", c.name, c.looks_for));
            for l in &c.levels {
                out.push_str(&l.descriptor);
                out.push('\n');
            }
        }
        for sl in &kit.storyline {
            out.push_str(&format!("{}\n{}\n{}\n", sl.title, sl.guidance, sl.example));
        }
        let e = &kit.example;
        let f = &e.fishbone;
        for t in [
            &e.group,
            &e.unit,
            &e.problem,
            &e.reason,
            &f.manusia,
            &f.metode,
            &f.bahan,
            &f.sarana,
            &f.lingkungan,
            &e.plan,
            &e.act_do,
            &e.check,
            &e.act,
            &e.before.unit,
            &e.after.unit,
        ] {
            out.push_str(t);
            out.push('\n');
        }
        for r in &e.tally {
            out.push_str(&r.cause);
            out.push('\n');
        }
    }
    out
}

/// Lessons, glossary, quiz claims, RTL prompts and the Gelar kit of the whole pack: what the
/// course states as true.
fn course_claims(pack: &CompiledPack) -> String {
    let mut out = String::new();
    for (_, body) in &pack.bodies {
        out.push_str(&lessons_text(body));
        out.push_str(&quiz_claims(body));
        out.push_str(&extras_text(body));
        for g in &body.glossary {
            out.push_str(&g.term);
            out.push_str(": ");
            out.push_str(&g.definition);
            out.push('\n');
        }
    }
    out
}

fn body<'a>(pack: &'a CompiledPack, id: &str) -> &'a ModuleBody {
    &pack
        .bodies
        .iter()
        .find(|(_, b)| b.id.as_str() == id)
        .unwrap()
        .1
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
    out.push_str(&extras_text(body));
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
            (5..=7).contains(&body.lessons.len()),
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
            assert!(
                l.blocks.iter().any(|b| matches!(
                    b,
                    Block::Callout {
                        kind: CalloutKind::Refleksi,
                        ..
                    }
                )),
                "{m}/{}: no reflection",
                l.id
            );
        }
        assert!(summary.objectives.len() >= 3, "{m}: objectives");
        assert!(summary.jp >= 1 && summary.minutes >= 30, "{m}: time and JP");
        assert!(
            body.questions.len() >= 20,
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
        // Every case study is followed by its hidden discussion.
        for l in &body.lessons {
            for (i, b) in l.blocks.iter().enumerate() {
                if matches!(
                    b,
                    Block::Callout {
                        kind: CalloutKind::StudiKasus,
                        ..
                    }
                ) {
                    assert!(
                        matches!(l.blocks.get(i + 1), Some(Block::Discussion { .. })),
                        "{m}/{}: a case study without a Pembahasan after it",
                        l.id
                    );
                }
            }
        }
    }
}

/// The questions of each lesson, from their `lesson` fields, in lesson order.
fn questions_by_lesson(body: &ModuleBody) -> Vec<(&str, Vec<&Question>)> {
    body.lessons
        .iter()
        .map(|l| {
            let qs = body
                .questions
                .iter()
                .filter(|q| q.lesson.as_ref() == Some(&l.id))
                .collect();
            (l.id.as_str(), qs)
        })
        .collect()
}

#[test]
fn builtin_every_lesson_is_tested_by_at_least_two_questions() {
    let pack = builtin();
    for (_, b) in &pack.bodies {
        let module = &b.id;
        for q in &b.questions {
            assert!(q.lesson.is_some(), "{module}/{}: no lesson", q.id);
        }
        for (lesson, qs) in questions_by_lesson(b) {
            assert!(qs.len() >= 2, "{module}/{lesson}: {} questions", qs.len());
        }
    }
}

#[test]
fn builtin_no_lesson_takes_more_than_its_share_of_the_pool() {
    let pack = builtin();
    for (summary, (_, b)) in pack.index.modules.iter().zip(&pack.bodies) {
        let errors = coverage::module_coverage(summary.id.as_str(), summary, b);
        assert!(errors.is_empty(), "{}", join(&errors));
        for (lesson, qs) in questions_by_lesson(b) {
            assert!(
                qs.len() * 100 <= b.questions.len() * coverage::MAX_LESSON_SHARE_PERCENT,
                "{}/{lesson}",
                b.id
            );
        }
    }
}

/// The pre-test of every built-in module is a fixed diagnostic: one `pre` item per lesson
/// (each lesson carries one objective), as many as the module has objectives, so every learner
/// meets the same items and none of them again in a post-test.
#[test]
fn builtin_pretests_diagnose_every_objective() {
    let pack = builtin();
    for (summary, (_, b)) in pack.index.modules.iter().zip(&pack.bodies) {
        let m = &summary.id;
        assert_eq!(summary.pretest, PretestMode::Offered, "{m}");
        assert_eq!(
            summary.pretest_questions as usize,
            summary.objectives.len(),
            "{m}: one pre-test item per objective"
        );
        let counts = UseCounts::of(b.questions.iter().map(|q| q.usage));
        assert_eq!(
            counts.pre_eligible(),
            summary.pretest_questions as usize,
            "{m}"
        );
        assert_eq!(counts.both, 0, "{m}");
        assert_eq!(
            check_bank(
                summary.pretest,
                summary.pretest_questions,
                summary.questions_per_attempt,
                counts
            ),
            Ok(()),
            "{m}"
        );
        for (lesson, qs) in questions_by_lesson(b) {
            let pre = qs.iter().filter(|q| q.usage == ItemUse::Pre).count();
            assert_eq!(pre, 1, "{m}/{lesson}: {pre} pre-test items");
        }
    }
}

/// Items on gratifikasi outside its own lesson (the imbalan item of Mengenal KKN).
const GRATIFIKASI_ELSEWHERE: &[&str] = &["pb-27"];

#[test]
fn builtin_gratifikasi_is_at_most_a_quarter_of_its_pool() {
    let pack = builtin();
    let pool = body(&pack, "pemerintahan-bersih").questions.len();
    let b = body(&pack, "pemerintahan-bersih");
    let in_lesson = b
        .questions
        .iter()
        .filter(|q| {
            q.lesson
                .as_ref()
                .is_some_and(|l| l.as_str() == "gratifikasi")
        })
        .count();
    let items = in_lesson + GRATIFIKASI_ELSEWHERE.len();
    assert!(
        items * 100 <= pool * 25,
        "{items} of {pool} items on gratifikasi; at most 25 %"
    );
    // Pasal 12C (what a timely report does) is tested by one item only.
    let on_12c: Vec<&str> = body(&pack, "pemerintahan-bersih")
        .questions
        .iter()
        .filter(|q| q.prompt.contains("12C") || q.prompt.contains("12B"))
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(
        on_12c,
        ["pb-13"],
        "items whose prompt is about Pasal 12B/12C"
    );
}

#[test]
fn builtin_minutes_agree_with_jp() {
    let pack = builtin();
    for summary in &pack.index.modules {
        let errors = coverage::time_and_jp(summary.id.as_str(), summary);
        assert!(errors.is_empty(), "{}", join(&errors));
    }
    let bkm = pack
        .index
        .modules
        .iter()
        .find(|m| m.id.as_str() == "budaya-kerja-mutu")
        .unwrap();
    assert_eq!(
        (bkm.minutes, bkm.jp),
        (90, 2),
        "Budaya Kerja: 90 minutes, 2 JP"
    );
}

#[test]
fn builtin_glossary_terms_have_one_definition_across_modules() {
    let pack = builtin();
    let mut seen: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
    for (_, b) in &pack.bodies {
        for g in &b.glossary {
            if let Some((module, definition)) = seen.get(g.term.as_str()) {
                assert_eq!(
                    definition, &g.definition,
                    "glossary “{}”: {module} and {} differ",
                    g.term, b.id
                );
            } else {
                seen.insert(&g.term, (b.id.as_str(), &g.definition));
            }
        }
    }
}

#[test]
fn builtin_glossaries_define_every_abbreviation_used() {
    let pack = builtin();
    let known = [
        "ASN", "OPD", "KBK", "TQM", "KKN", "WBK", "WBBM", "SKM", "JP", "UPG", "PNS", "PPPK", "KPK",
        "PDCA", "AUPB", "APIP", "KK", "SOP",
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

/// Fails with every forbidden phrase found in `text`, and every required one missing.
fn check_phrases(what: &str, text: &str, forbidden: &[&str], required: &[&str]) {
    let lower = text.to_lowercase();
    let found: Vec<_> = forbidden
        .iter()
        .filter(|p| lower.contains(&p.to_lowercase()))
        .collect();
    let missing: Vec<_> = required
        .iter()
        .filter(|p| !lower.contains(&p.to_lowercase()))
        .collect();
    assert!(
        found.is_empty() && missing.is_empty(),
        "{what}: wrong statement(s) {found:?}; missing {missing:?}"
    );
}

/// Sentences (roughly) of a text, for checks that two things are said together.
fn sentences(text: &str) -> Vec<String> {
    text.split(['.', '\n', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(ToOwned::to_owned)
        .collect()
}

#[test]
fn fact_road_maps_ran_within_the_grand_design_period() {
    let pack = builtin();
    let all = course_claims(&pack);
    check_phrases(
        "road maps",
        &all,
        &[
            "sesudah grand design",
            "peta jalan sesudahnya",
            "peta jalan berikutnya",
            "yang terbit kemudian",
            "setelah 2025",
        ],
        &[
            "Nomor 20 Tahun 2010",
            "Nomor 11 Tahun 2015",
            "Nomor 25 Tahun 2020",
            "Nomor 3 Tahun 2023",
            "di dalam periode",
        ],
    );
    // "setelah 2025" may only appear in a wrong option's text, which course_claims leaves out.
}

#[test]
fn fact_grand_design_vision_named_once_and_no_successor_named() {
    let pack = builtin();
    let lessons: String = pack.bodies.iter().map(|(_, b)| lessons_text(b)).collect();
    assert_eq!(
        lessons.matches("pemerintahan kelas dunia").count(),
        1,
        "the vision is named exactly once"
    );
    let all = course_claims(&pack);
    check_phrases(
        "successor",
        &all,
        &[
            "2025–2045",
            "2025-2045",
            "2025 sampai 2045",
            "grand design 2025",
        ],
        &["Nomor 81 Tahun 2010"],
    );
}

#[test]
fn fact_a_kelurahan_is_not_an_opd() {
    let pack = builtin();
    for (_, b) in &pack.bodies {
        for g in b.glossary.iter().filter(|g| g.term == "OPD") {
            let d = g.definition.to_lowercase();
            assert!(
                !d.contains("kelurahan") || d.contains("kelurahan bukan opd"),
                "{}: OPD glossary lists a kelurahan as an OPD: {}",
                b.id,
                g.definition
            );
        }
    }
}

#[test]
fn fact_principles_cite_the_real_lists_and_the_four_are_a_summary() {
    let pack = builtin();
    let pb = lessons_text(body(&pack, "pemerintahan-bersih"));
    check_phrases(
        "principles",
        &pb,
        &["empat prinsip inti", "supremasi hukum"],
        &[
            "Pasal 3",
            "tujuh asas",
            "Pasal 10",
            "delapan asas umum pemerintahan yang baik",
            "kepastian hukum, tertib penyelenggaraan negara, kepentingan umum, keterbukaan, proporsionalitas, profesionalitas, dan akuntabilitas",
            "kepastian hukum, kemanfaatan, ketidakberpihakan, kecermatan, tidak menyalahgunakan kewenangan, keterbukaan, kepentingan umum, dan pelayanan yang baik",
            "ringkasan untuk belajar",
        ],
    );
}

#[test]
fn fact_conflict_of_interest_rests_on_uu_30_2014_and_permenpanrb_37_2012() {
    let pack = builtin();
    let pb = lessons_text(body(&pack, "pemerintahan-bersih"));
    check_phrases(
        "conflict of interest",
        &pb,
        &[],
        &[
            "Undang-Undang Nomor 30 Tahun 2014 tentang Administrasi Pemerintahan, Pasal 42–45",
            "Peraturan Menteri PANRB Nomor 37 Tahun 2012",
            "wajib memberitahukan",
            "menunjuk pejabat lain",
        ],
    );
}

#[test]
fn fact_gratifikasi_report_frees_from_12b_but_does_not_make_bribes_lawful() {
    let pack = builtin();
    let all = course_claims(&pack);
    check_phrases(
        "gratifikasi",
        &all,
        &[
            "menghapus ancaman pidana",
            "ancaman pidana atas penerimaan gratifikasi itu hapus",
            "terbebas dari ancaman pidana",
            "pasal 12b dan 12c",
            "20 hari kerja sejak gratifikasi diterima, bukan",
        ],
        &[
            "30 hari kerja",
            "Pasal 12B dan Pasal 12C",
            "tidak membuat suap",
            "batas internal",
        ],
    );
    // The true/false item on the effect of a timely report says what it does not cover.
    let pb = body(&pack, "pemerintahan-bersih");
    let q = pb
        .questions
        .iter()
        .find(|q| q.id.as_str() == "pb-13")
        .unwrap();
    let QuestionKind::TrueFalse {
        feedback_true,
        feedback_false,
        ..
    } = &q.kind
    else {
        panic!("pb-13 is a true/false item")
    };
    for f in [feedback_true, feedback_false, &q.explanation] {
        assert!(f.contains("Pasal 12B") || f.contains("suap"), "{f}");
    }
    assert!(feedback_true.contains("suap") && feedback_false.contains("suap"));
    assert!(q.prompt.contains("Pasal 12B"), "{}", q.prompt);
}

#[test]
fn fact_laws_cited_as_amended_and_kpk_rules_without_figures() {
    let pack = builtin();
    let all = course_claims(&pack);
    for s in sentences(&all) {
        if s.contains("Nomor 30 Tahun 2002") {
            assert!(
                s.contains("Nomor 19 Tahun 2019"),
                "UU 30/2002 without its amendment: {s}"
            );
        }
        if s.contains("Komisi Pemberantasan Korupsi Nomor 2 Tahun 2019")
            || s.contains("PerKPK 2/2019")
            || s.contains("KPK Nomor 2 Tahun 2019")
        {
            assert!(
                s.contains("dan perubahannya"),
                "PerKPK 2/2019 without 'dan perubahannya': {s}"
            );
        }
    }
    let pb = course_claims(&CompiledPack {
        index: pack.index.clone(),
        bodies: vec![(String::new(), body(&pack, "pemerintahan-bersih").clone())],
    });
    let figures = pb.contains("Rp ")
        || pb.contains("Rp.")
        || pb.to_lowercase().contains("rupiah")
        || pb.contains("Rp1")
        || pb.contains("Rp5");
    assert!(!figures, "a figure from the KPK rules is cited");
}

#[test]
fn fact_an_imbalan_for_priority_service_is_already_gratifikasi() {
    let pack = builtin();
    let all = course_claims(&pack);
    check_phrases(
        "imbalan",
        &all,
        &["membuka jalan bagi praktik kkn", "membuka jalan bagi kkn."],
        &[],
    );
    let ppm = lessons_text(body(&pack, "pola-pikir-melayani"));
    check_phrases(
        "imbalan (pola pikir melayani)",
        &ppm,
        &[],
        &["sudah termasuk gratifikasi", "pungutan liar"],
    );
}

#[test]
fn fact_kbk_comes_from_the_2002_kepmenpan() {
    let pack = builtin();
    let all = course_claims(&pack);
    assert!(all.contains("25/KEP/M.PAN/4/2002"));
    for s in sentences(&all) {
        if s.contains("KBK") && (s.contains("39 Tahun 2012") || s.contains("39/2012")) {
            assert!(
                s.contains("2002"),
                "a sentence ties KBK to PermenPANRB 39/2012 without the 2002 KepMenPAN: {s}"
            );
        }
    }
    check_phrases(
        "KBK source",
        &all,
        &["pedomannya, permenpanrb 39/2012", "pedoman kbk"],
        &[],
    );
}

#[test]
fn fact_complaint_channels_are_taught_where_they_fit() {
    let pack = builtin();
    for module in ["pola-pikir-melayani", "pemerintahan-bersih"] {
        let text = lessons_text(body(&pack, module));
        check_phrases(
            module,
            &text,
            &[],
            &[
                "SP4N-LAPOR!",
                "Nomor 76 Tahun 2013",
                "Ombudsman",
                "Nomor 37 Tahun 2008",
                "Inspektorat",
            ],
        );
    }
    let bkm = lessons_text(body(&pack, "budaya-kerja-mutu"));
    check_phrases(
        "KBK and TQM depth",
        &bkm,
        &[],
        &[
            "curah pendapat",
            "lembar periksa",
            "Pareto",
            "tulang ikan",
            "Fasilitator",
            "Notulis",
            "Gelar Budaya Kerja",
            "Kabupaten Lembah Hijau",
            "Survei Kepuasan Masyarakat",
            "sebelum dan sesudah",
        ],
    );
}

#[test]
fn fact_the_ombudsman_needs_a_prior_complaint_to_the_unit_or_its_superior() {
    let pack = builtin();
    for module in ["pola-pikir-melayani", "pemerintahan-bersih"] {
        check_phrases(
            module,
            &lessons_text(body(&pack, module)),
            &["warga berhak memilih saluran yang ia percaya."],
            &["Pasal 24 ayat (1) huruf c"],
        );
    }
    let all = course_claims(&pack);
    check_phrases(
        "Ombudsman",
        &all,
        &[
            "bukan aturan kaku. warga berhak memilih",
            "ombudsman menerima laporan apa pun tanpa syarat",
        ],
        &[],
    );
    for s in sentences(&all) {
        let lower = s.to_lowercase();
        if lower.contains("ombudsman") && lower.contains("memilih saluran") {
            assert!(
                lower.contains("berbeda")
                    || lower.contains("lebih dulu")
                    || lower.contains("syarat"),
                "a free choice of channel that includes the Ombudsman: {s}"
            );
        }
    }
}

#[test]
fn fact_manajemen_perubahan_was_in_the_first_road_map() {
    let pack = builtin();
    check_phrases(
        "road-map framing",
        &course_claims(&pack),
        &[
            "peta jalan yang belakangan",
            "yang belakangan",
            "pedoman yang lebih baru",
            "lebih baru",
            "mengelompokkan ulang",
        ],
        &["sejak peta jalan pertama", "Nomor 10 Tahun 2011"],
    );
}

#[test]
fn fact_twenty_days_is_never_called_wrong_flatly() {
    let pack = builtin();
    let all = course_claims(&pack);
    check_phrases(
        "20 hari",
        &all,
        &[
            "itu keliru. batas",
            "sebagian sumber keliru",
            "tetapi keliru",
        ],
        &["30 hari kerja"],
    );
    for s in sentences(&all) {
        let lower = s.to_lowercase();
        if lower.contains("20 hari") {
            assert!(
                !lower.contains("keliru") && !lower.contains("salah"),
                "20 days called wrong: {s}"
            );
        }
    }
}

#[test]
fn fact_asking_for_an_imbalan_is_pungli_not_gratifikasi() {
    let pack = builtin();
    check_phrases(
        "meminta imbalan",
        &course_claims(&pack),
        &[
            "meminta atau menerima imbalan",
            "dan bila petugas yang memintanya, termasuk",
        ],
        &[],
    );
    for module in ["pola-pikir-melayani", "pemerintahan-bersih"] {
        check_phrases(
            module,
            &lessons_text(body(&pack, module)),
            &[],
            &["bukan lagi gratifikasi", "pemerasan"],
        );
    }
}

#[test]
fn fact_laws_named_where_they_belong() {
    let pack = builtin();
    let pb = lessons_text(body(&pack, "pemerintahan-bersih"));
    let ppm = lessons_text(body(&pack, "pola-pikir-melayani"));
    for (what, text) in [("pemerintahan-bersih", &pb), ("pola-pikir-melayani", &ppm)] {
        check_phrases(
            what,
            text,
            &[],
            &["diatur lebih lanjut dengan Peraturan Menteri PANRB"],
        );
    }
    check_phrases(
        "principles, WBK, conflict-of-interest typology",
        &pb,
        &["biasanya menempuhnya bertahap", "unit biasanya meraih wbk"],
        &[
            "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik, Pasal 4",
            "hanya unit yang sudah berpredikat WBK",
            "tipologi untuk belajar",
            "bukan pembagian yang ditetapkan undang-undang",
        ],
    );
    let pb_quiz = quiz_claims(body(&pack, "pemerintahan-bersih"));
    check_phrases(
        "WBK and typology in the quiz",
        &pb_quiz,
        &["unit biasanya meraih wbk"],
        &["syarat", "bukan pembagian dalam UU 30/2014"],
    );
    // BerAKHLAK: the law holds the seven values; the acronym comes from the launch and the SE.
    let all = course_claims(&pack);
    check_phrases(
        "BerAKHLAK",
        &all,
        &[
            "menempatkan berakhlak",
            "berakhlak menjadi nilai dasar asn dalam",
        ],
        &[],
    );
    for s in sentences(&all) {
        if s.contains("Nomor 20 Tahun 2023") && s.contains("BerAKHLAK") {
            assert!(
                s.contains("singkatan"),
                "BerAKHLAK put in the law without its origin: {s}"
            );
        }
    }
    // Regional government: OPD help the head of region and the DPRD.
    for (_, b) in &pack.bodies {
        for g in b.glossary.iter().filter(|g| g.term == "OPD") {
            assert!(
                g.definition.contains("dan DPRD") && g.definition.contains("sekretariat DPRD"),
                "{}: {}",
                b.id,
                g.definition
            );
        }
    }
}

#[test]
fn fact_skm_items_agree_about_persyaratan() {
    // ppm-16 pairs a petugas asking for other documents with Persyaratan; ppm-23 must not
    // say that the petugas has nothing to do with that element.
    let pack = builtin();
    let ppm = body(&pack, "pola-pikir-melayani");
    let q = ppm
        .questions
        .iter()
        .find(|q| q.id.as_str() == "ppm-23")
        .unwrap();
    let QuestionKind::Multiple { options } = &q.kind else {
        panic!("ppm-23 is a multiple-answer item")
    };
    let e = options.iter().find(|o| o.text == "Persyaratan").unwrap();
    assert!(
        e.feedback.contains("meminta dokumen di luar"),
        "{}",
        e.feedback
    );
    assert!(!e.feedback.contains("kewajaran syarat itu sendiri"));
}

#[test]
fn fact_one_set_of_fishbone_groups() {
    let pack = builtin();
    let bkm = body(&pack, "budaya-kerja-mutu");
    let groups = "manusia, metode, bahan/data, sarana, dan lingkungan";
    check_phrases(
        "fishbone (lessons)",
        &lessons_text(bkm),
        &[
            "bahan atau dokumen",
            "sarana dan lingkungan:",
            "seperti orang, metode",
        ],
        &[groups],
    );
    check_phrases(
        "fishbone (quiz)",
        &quiz_claims(bkm),
        &["orang, metode"],
        &[groups],
    );
    let g = bkm
        .glossary
        .iter()
        .find(|g| g.term.contains("tulang ikan"))
        .unwrap();
    assert!(g.definition.contains(groups), "{}", g.definition);
}

#[test]
fn language_slips_stay_fixed() {
    let pack = builtin();
    let mut all = course_claims(&pack);
    for (_, b) in &pack.bodies {
        all.push_str(&module_text(b));
        for q in &b.questions {
            if let QuestionKind::Single { options } | QuestionKind::Multiple { options } = &q.kind {
                for o in options {
                    all.push_str(&o.text);
                }
            }
        }
    }
    check_phrases(
        "EYD V",
        &all,
        &[
            "Tanjung Sari",
            "sudah izin",
            "membantu antrean",
            "sebelum–sesudah",
            "sebelum-sesudah",
            "Menarik diri.",
            "Pasal 12B dan 12C",
            "jabatan struktural",
        ],
        &[
            "Tarik diri.",
            "sudah minta izin",
            "membantu melayani antrean",
        ],
    );
    assert!(
        !all.contains("Dr. "),
        "a physician is “dr.”, not “Dr.” (a doctorate)"
    );
    let g = lessons_text(body(&pack, "pemerintahan-bersih"));
    let case: String = g
        .split("Rina adalah petugas")
        .nth(1)
        .unwrap_or_default()
        .chars()
        .take(600)
        .collect();
    assert!(
        !case.contains("izin usaha"),
        "the kecamatan does not issue business licences"
    );
    assert!(case.contains("surat rekomendasi") || case.contains("surat keterangan"));
}

#[test]
fn builtin_pack_survives_the_json_round_trip_the_app_uses() {
    let pack = builtin();
    let json = serde_json::to_string(&pack.index).unwrap();
    let index = parse_pack_index(&SerdeJson, "pack.json", &json).unwrap();
    for (summary, (file, body)) in index.modules.iter().zip(&pack.bodies) {
        let json = serde_json::to_string(body).unwrap();
        let parsed = parse_module_body(&SerdeJson, file, &json, &Module::from(summary)).unwrap();
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
        "id = \"m\"\ntitle = \"Modul\"\nsummary = \"Ringkas.\"\nminutes = 45\njp = 1\nquestions_per_attempt = 2\nobjectives = [\"Menjelaskan.\"]\nlessons = [\"a\"]\n".into(),
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

/// The compiler's refusal when `block` is put before lesson `a`'s reflection box.
fn rejected_with_block_before_reflection(block: &str) -> String {
    rejected(|f| {
        replace(
            f,
            "m/lessons/a.md",
            "> [!REFLEKSI]",
            &format!("{block}> [!REFLEKSI]"),
        )
    })
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

/// Compiles the fixture after `edit`, expects failure, and returns the errors themselves.
fn rejected_errors(edit: impl FnOnce(&mut BTreeMap<String, String>)) -> Vec<ContentError> {
    let mut files = fixture();
    edit(&mut files);
    match compile(&files) {
        Ok(_) => panic!("a broken pack was accepted"),
        Err(errors) => errors,
    }
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
fn content_errors_carry_a_structured_location() {
    // Tools and tests match on the fields; the sentence is only for people.
    let errors = rejected_errors(|f| replace(f, "m/quiz.toml", "id = \"q2\"", "id = \"q1\""));
    let dup = errors
        .iter()
        .find(|e| e.problem == Problem::DuplicateId("q1".into()))
        .unwrap();
    assert_eq!(dup.location, Location::module("m").question("q1"));
    assert_eq!(
        (dup.location.lesson.as_deref(), dup.location.term.as_deref()),
        (None, None)
    );

    let errors = rejected_errors(|f| replace(f, "m/quiz.toml", "answer = true\n", ""));
    assert!(
        errors
            .iter()
            .any(|e| e.file == "m/quiz.toml" && e.location == Location::module("m").question("q2")),
        "{}",
        join(&errors)
    );

    let errors = rejected_errors(|f| {
        f.insert(
            "m/lessons/a.md".into(),
            "# A\n\nTeks tanpa sumber.\n".into(),
        );
    });
    assert!(
        errors.iter().any(|e| e.file == "m/lessons/a.md"
            && e.location == Location::module("m").lesson("a")
            && matches!(e.problem, Problem::Syntax(_))),
        "{}",
        join(&errors)
    );
    assert!(Location::WHOLE_FILE.is_whole_file());
    assert_eq!(
        Location::module("m").term("OPD").to_string(),
        "modul m, glosarium “OPD”"
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
        &Module::from(summary),
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
    assert_eq!(
        catalog.problems[0].detail,
        ProblemDetail::DuplicateModule {
            module: "m".into(),
            other_pack: "content/a/pack.json".into(),
        }
    );
    assert_eq!(
        catalog.problems[0].detail.message(Lang::Id),
        "modul m sudah ada di paket content/a/pack.json; modul ini dilewati"
    );
    assert_eq!(
        catalog.problems[0].detail.message(Lang::En),
        "module m is already in pack content/a/pack.json; this one is skipped"
    );
    // A fetch failure in both languages.
    let late = ProblemDetail::Fetch(FetchError::TimedOut(12));
    assert_eq!(
        late.message(Lang::Id),
        "server terlalu lama menjawab (lebih dari 12 detik)"
    );
    assert_eq!(
        late.message(Lang::En),
        "the server took too long to answer (more than 12 seconds)"
    );
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

// ---------------------------------------------------------------- course-quality rules

/// A single-answer item whose options have the given texts; the first is the key.
fn single(id: &str, prompt: &str, options: &[&str]) -> String {
    let mut q = format!(
        "\n[[question]]\nid = \"{id}\"\ntype = \"single\"\nprompt = \"{prompt}\"\nexplanation = \"Karena.\"\n"
    );
    for (i, text) in options.iter().enumerate() {
        let correct = if i == 0 { "  correct = true\n" } else { "" };
        q.push_str(&format!(
            "  [[question.option]]\n  id = \"o{i}\"\n  text = \"{text}\"\n{correct}  feedback = \"Umpan balik.\"\n"
        ));
    }
    q
}

/// A multiple-answer item with `correct` right options out of `total`.
fn multiple(id: &str, prompt: &str, correct: usize, total: usize) -> String {
    let mut q = format!(
        "\n[[question]]\nid = \"{id}\"\ntype = \"multiple\"\nprompt = \"{prompt}\"\nexplanation = \"Karena.\"\n"
    );
    for i in 0..total {
        let key = if i < correct {
            "  correct = true\n"
        } else {
            ""
        };
        q.push_str(&format!(
            "  [[question.option]]\n  id = \"o{i}\"\n  text = \"Pilihan {id} nomor {i}\"\n{key}  feedback = \"Umpan balik.\"\n"
        ));
    }
    q
}

fn ordering(id: &str, prompt: &str) -> String {
    let mut q = format!(
        "\n[[question]]\nid = \"{id}\"\ntype = \"ordering\"\nprompt = \"{prompt}\"\nexplanation = \"Karena.\"\n"
    );
    for step in ["satu", "dua", "tiga"] {
        q.push_str(&format!(
            "  [[question.step]]\n  id = \"{step}\"\n  text = \"Langkah {step} dari soal {id}\"\n  feedback = \"Umpan balik.\"\n"
        ));
    }
    q
}

fn with_quiz(extra: &str) -> impl FnOnce(&mut BTreeMap<String, String>) + '_ {
    move |f| f.get_mut("m/quiz.toml").unwrap().push_str(extra)
}

fn accepted(edit: impl FnOnce(&mut BTreeMap<String, String>)) -> CompiledPack {
    let mut files = fixture();
    edit(&mut files);
    compile(&files).map_err(|e| join(&e)).unwrap()
}

#[test]
fn quality_rejects_a_pool_whose_key_is_mostly_the_longest_option() {
    let three = [
        single(
            "s1",
            "Soal satu tentang loket.",
            &["Kunci yang panjang sekali", "Pendek", "Pendek juga"],
        ),
        single(
            "s2",
            "Soal dua tentang arsip.",
            &["Kunci yang juga panjang", "Singkat", "Ringkas"],
        ),
        single(
            "s3",
            "Soal tiga tentang antrean.",
            &["Kunci yang sangat panjang", "Kecil", "Mini"],
        ),
    ]
    .concat();
    let msg = rejected(with_quiz(&three));
    assert!(
        msg.contains("m/quiz.toml (modul m): aturan mutu: pada 3 dari 4 soal pilihan tunggal kunci adalah opsi terpanjang (s1, s2, s3); paling banyak 40%"),
        "{msg}"
    );
    // Balanced: one of four is fine.
    let balanced = [
        single(
            "s1",
            "Soal satu tentang loket.",
            &["Kunci yang panjang sekali", "Pendek", "Pendek juga"],
        ),
        single(
            "s2",
            "Soal dua tentang arsip.",
            &["Kunci sedang", "Pilihan yang lebih panjang", "Ringkas"],
        ),
        single(
            "s3",
            "Soal tiga tentang antrean.",
            &[
                "Kunci sedang juga",
                "Kecil",
                "Pilihan paling panjang di sini",
            ],
        ),
    ]
    .concat();
    accepted(with_quiz(&balanced));
}

#[test]
fn quality_rejects_a_pool_whose_key_is_mostly_the_shortest_option() {
    let three = [
        single(
            "s1",
            "Soal satu tentang loket.",
            &[
                "Kunci",
                "Pilihan yang lebih panjang",
                "Pilihan panjang juga",
            ],
        ),
        single(
            "s2",
            "Soal dua tentang arsip.",
            &[
                "Kunci",
                "Pilihan yang lebih panjang",
                "Pilihan panjang lagi",
            ],
        ),
        single(
            "s3",
            "Soal tiga tentang antrean.",
            &[
                "Kunci",
                "Pilihan yang lebih panjang",
                "Pilihan panjang sekali",
            ],
        ),
    ]
    .concat();
    let msg = rejected(with_quiz(&three));
    assert!(
        msg.contains("kunci adalah opsi terpendek (s1, s2, s3); paling banyak 40%"),
        "{msg}"
    );
}

#[test]
fn quality_rejects_multiple_answer_items_that_all_have_the_same_number_of_keys() {
    let same = [
        multiple("m1", "Mana saja yang benar tentang loket?", 3, 5),
        multiple("m2", "Mana saja yang tepat tentang arsip?", 3, 5),
    ]
    .concat();
    let msg = rejected(with_quiz(&same));
    assert!(
        msg.contains("(modul m): aturan mutu: semua 2 soal pilihan ganda punya jumlah opsi benar yang sama (3 benar: m1, m2)"),
        "{msg}"
    );
    let five = [
        multiple("m1", "Mana saja yang benar tentang loket?", 2, 5),
        multiple("m2", "Mana saja yang tepat tentang arsip?", 2, 5),
        multiple("m3", "Mana saja ciri KBK yang sehat?", 2, 4),
        multiple("m4", "Mana saja indikator yang cocok?", 2, 4),
        multiple("m5", "Mana saja saluran pengaduan?", 1, 4),
    ]
    .concat();
    let msg = rejected(with_quiz(&five));
    assert!(
        msg.contains("jumlah opsi benar soal pilihan ganda terlalu seragam (1 benar: m5; 2 benar: m1, m2, m3, m4); satu jumlah paling banyak 60%"),
        "{msg}"
    );
    let varied = [
        multiple("m1", "Mana saja yang benar tentang loket?", 1, 4),
        multiple("m2", "Mana saja yang tepat tentang arsip?", 4, 5),
    ]
    .concat();
    accepted(with_quiz(&varied));
}

#[test]
fn quality_rejects_duplicate_and_near_duplicate_prompts_and_shared_options() {
    let msg = rejected(with_quiz(&single("q3", "Pilih.", &["Ya", "Tidak"])));
    assert!(
        msg.contains("(modul m, soal q1): aturan mutu: pertanyaan sama dengan soal q3"),
        "{msg}"
    );
    let near = [
        single("s1", "Seorang warga datang dengan berkas yang kurang satu dokumen. Apa yang sebaiknya dilakukan petugas loket?", &["A", "B"]),
        single("s2", "Seorang warga datang dengan berkas yang kurang dua dokumen. Apa yang sebaiknya dilakukan petugas loket?", &["C", "D"]),
    ]
    .concat();
    let msg = rejected(with_quiz(&near));
    assert!(
        msg.contains("(modul m, soal s1): aturan mutu: pertanyaan hampir sama dengan soal s2"),
        "{msg}"
    );
    let shared = [
        single(
            "s1",
            "Soal tentang loket pagi.",
            &["Menolak dengan sopan lalu menjelaskan prosedur", "B"],
        ),
        single(
            "s2",
            "Soal tentang arsip sore.",
            &["C", "Menolak dengan sopan, lalu menjelaskan prosedur!"],
        ),
    ]
    .concat();
    let msg = rejected(with_quiz(&shared));
    assert!(
        msg.contains("(modul m, soal s2): aturan mutu: opsi “Menolak dengan sopan, lalu menjelaskan prosedur!” sama dengan opsi soal s1"),
        "{msg}"
    );
    let twice = single("s1", "Soal tentang loket pagi.", &["Sama", "sama."]);
    let msg = rejected(with_quiz(&twice));
    assert!(
        msg.contains(
            "(modul m, soal s1): aturan mutu: opsi “sama.” muncul dua kali dalam soal ini"
        ),
        "{msg}"
    );
}

#[test]
fn quality_limits_ordering_items() {
    let three = [
        ordering("u1", "Urutkan siklus PDCA."),
        ordering("u2", "Urutkan langkah pelaporan."),
        ordering("u3", "Urutkan langkah pengaduan."),
    ]
    .concat();
    let msg = rejected(with_quiz(&three));
    assert!(
        msg.contains(
            "m/quiz.toml (modul m): aturan mutu: 3 soal urutan (u1, u2, u3); paling banyak 2"
        ),
        "{msg}"
    );
    accepted(with_quiz(&ordering("u1", "Urutkan siklus PDCA.")));
}

#[test]
fn quality_requires_a_reflection_in_every_lesson() {
    let msg = rejected(|f| replace(f, "m/lessons/a.md", "> [!REFLEKSI]\n> Renungkan.\n", ""));
    assert!(
        msg.contains("m/lessons/a.md (modul m, pelajaran a): aturan mutu: pelajaran tanpa kotak REFLEKSI (mawas diri)"),
        "{msg}"
    );
}

#[test]
fn quality_rejects_tables_too_wide_for_a_phone() {
    let msg = rejected(|f| {
        replace(
            f,
            "m/lessons/a.md",
            "Paragraf",
            "| A | B | C |\n|---|---|---|\n| 1 | 2 | 3 |\n\nParagraf",
        )
    });
    assert!(
        msg.contains("m/lessons/a.md (modul m, pelajaran a): aturan mutu: tabel ke-1 punya 3 kolom; paling banyak 2"),
        "{msg}"
    );
    accepted(|f| {
        replace(
            f,
            "m/lessons/a.md",
            "Paragraf",
            "| A | B |\n|---|---|\n| 1 | 2 |\n\nParagraf",
        )
    });
}

/// A pool from `tests/fixtures/quality/<name>.toml` as the fixture module's whole quiz.
fn with_fixture_quiz(name: &str) -> impl FnOnce(&mut BTreeMap<String, String>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/quality")
        .join(format!("{name}.toml"));
    let quiz = std::fs::read_to_string(path).unwrap();
    move |f| {
        f.insert("m/quiz.toml".into(), quiz);
    }
}

#[test]
fn quality_a_balanced_pool_passes_the_balance_rules() {
    accepted(with_fixture_quiz("balanced"));
}

#[test]
fn quality_rejects_true_false_items_mostly_false() {
    let msg = rejected(with_fixture_quiz("tf-share"));
    assert!(
        msg.contains("m/quiz.toml (modul m): aturan mutu: 4 dari 5 soal benar/salah berkunci “salah” (80%: t1, t2, t3, t4); seharusnya 40–60% (untuk 5 soal: 2–3 berkunci “salah”)"),
        "{msg}"
    );
    // Three items: one or two false is as near half as three allows.
    let three = "\n[[question]]\nid = \"t3\"\ntype = \"true_false\"\nprompt = \"Pernyataan: arsip tersimpan rapi.\"\nanswer = false\nfeedback_true = \"Ya.\"\nfeedback_false = \"Tidak.\"\nexplanation = \"Karena.\"\n\n[[question]]\nid = \"t4\"\ntype = \"true_false\"\nprompt = \"Pernyataan: loket buka pukul delapan.\"\nanswer = false\nfeedback_true = \"Ya.\"\nfeedback_false = \"Tidak.\"\nexplanation = \"Karena.\"\n";
    accepted(with_quiz(three));
}

#[test]
fn quality_rejects_absolute_words_only_in_false_statements() {
    let msg = rejected(with_fixture_quiz("tf-absolute"));
    assert!(
        msg.contains("m/quiz.toml (modul m): aturan mutu: 2 dari 2 pernyataan benar/salah yang memakai kata mutlak (hanya, pasti, selalu, tidak pernah, cukup, semua, semuanya, apa pun, siapa pun, berapa pun) berkunci “salah” (t1, t2); paling banyak 1"),
        "{msg}"
    );
    assert!(!msg.contains("soal benar/salah berkunci"), "{msg}");
}

#[test]
fn quality_rejects_a_key_length_rank_far_from_chance() {
    let msg = rejected(with_fixture_quiz("key-rank"));
    assert!(
        msg.contains("m/quiz.toml (modul m): aturan mutu: kunci soal pilihan tunggal adalah opsi terpanjang ke-2 pada 8 dari 8 soal (100%: s1, s2, s3, s4, s5, s6, s7, s8); setiap peringkat panjang kunci 10–40% (sekarang ke-1: 0, ke-2: 8, ke-3: 0, ke-4: 0)"),
        "{msg}"
    );
    assert!(
        msg.contains(
            "kunci soal pilihan tunggal adalah opsi terpanjang ke-1 pada 0 dari 8 soal (0%)"
        ) && msg.contains("opsi terpanjang ke-4 atau lebih pendek pada 0 dari 8 soal"),
        "{msg}"
    );
    // Below eight single-choice items the rule does not apply.
    let fewer = [
        single(
            "s1",
            "Soal satu tentang loket.",
            &["Kunci sedang", "Pilihan yang lebih panjang", "Ringkas"],
        ),
        single(
            "s2",
            "Soal dua tentang arsip.",
            &["Kunci sedang juga", "Opsi yang jauh lebih panjang", "Mini"],
        ),
    ]
    .concat();
    accepted(with_quiz(&fewer));
}

#[test]
fn quality_rejects_a_phrase_that_marks_the_key() {
    let msg = rejected(with_fixture_quiz("key-cue"));
    assert!(
        msg.contains("m/quiz.toml (modul m): aturan mutu: frasa “, lalu” ada di 3 dari 8 kunci soal pilihan tunggal (37%: s1, s2, s3) tetapi hanya di 0 dari 24 opsi salah (0%)"),
        "{msg}"
    );
    // Only the longest form of the cue is reported.
    assert!(!msg.contains("frasa “lalu”"), "{msg}");
}

#[test]
fn quality_rejects_a_lesson_that_takes_too_much_of_the_pool() {
    let pack = accepted(with_fixture_quiz("balanced"));
    let b = &pack.bodies[0].1;
    let all: Vec<&str> = b.questions.iter().map(|q| q.id.as_str()).collect();
    let (heavy, rest) = all.split_at(5);
    let (b2, c) = rest.split_at(4);
    let errors = coverage::lesson_share("m", b, &[("a", heavy), ("b", b2), ("c", c)]);
    assert_eq!(
        join(&errors),
        "m/quiz.toml (modul m, pelajaran a): aturan mutu: 5 dari 12 soal (41%: s1, s2, s3, s4, s5) menguji pelajaran ini; paling banyak 35% per pelajaran agar bank soal mencakup seluruh modul"
    );
    let (a, rest) = all.split_at(4);
    let (b3, c3) = rest.split_at(4);
    assert!(coverage::lesson_share("m", b, &[("a", a), ("b", b3), ("c", c3)]).is_empty());
}

#[test]
fn quality_rejects_minutes_that_disagree_with_jp() {
    let mut summary = accepted(|_| {}).index.modules[0].clone();
    summary.minutes = 45;
    summary.jp = 1;
    assert!(coverage::time_and_jp("m", &summary).is_empty());
    summary.minutes = 60;
    summary.jp = 1;
    assert_eq!(
        join(&coverage::time_and_jp("m", &summary)),
        "m/module.toml (modul m): aturan mutu: minutes = 60 tidak sesuai dengan jp = 1 (1 JP = 45 menit, jadi sekitar 45 menit; selisih paling banyak 10%): ubah JP-nya atau sesuaikan isi dan waktu belajarnya"
    );
    summary.minutes = 90;
    summary.jp = 2;
    assert!(coverage::time_and_jp("m", &summary).is_empty());
    summary.minutes = 3;
    summary.jp = 0;
    assert_eq!(
        join(&coverage::time_and_jp("m", &summary)),
        "m/module.toml (modul m): aturan mutu: pelajarannya saja sudah 4 menit, lebih dari minutes = 3; waktu modul mencakup pelajaran, kuis, dan latihan"
    );
}

// ---------------------------------------------------------------- Pembahasan

const DISCUSSION: &str = "> [!PEMBAHASAN]\n>\n> - [ ] **Pilihan satu.** Kurang tepat karena ini.\n> - [x] **Pilihan dua.** Tepat karena itu.\n>\n> Penutup pembahasan.\n\n";

#[test]
fn a_pembahasan_compiles_to_a_discussion_after_its_case() {
    let pack = accepted(|f| {
        replace(
            f,
            "m/lessons/a.md",
            "> [!REFLEKSI]",
            &format!("{DISCUSSION}> [!REFLEKSI]"),
        )
    });
    let blocks = &pack.bodies[0].1.lessons[0].blocks;
    let i = blocks
        .iter()
        .position(|b| matches!(b, Block::Discussion { .. }))
        .unwrap();
    assert!(matches!(
        blocks[i - 1],
        Block::Callout {
            kind: CalloutKind::StudiKasus,
            ..
        }
    ));
    let Block::Discussion { choices, closing } = &blocks[i] else {
        unreachable!()
    };
    assert_eq!(choices.len(), 2);
    assert_eq!(choices[0].text, "Pilihan satu.");
    assert!(!choices[0].best && choices[1].best);
    assert_eq!(inline_text(&choices[1].feedback), "Tepat karena itu.");
    assert_eq!(closing.len(), 1);
    // The app re-validates it from JSON.
    let summary = &pack.index.modules[0];
    let json = serde_json::to_string(&pack.bodies[0].1).unwrap();
    let parsed = parse_module_body(&SerdeJson, "m.json", &json, &Module::from(summary)).unwrap();
    assert_eq!(parsed, pack.bodies[0].1);
}

#[test]
fn a_pembahasan_that_breaks_its_rules_is_rejected() {
    // Not right after a case study.
    let msg = rejected(|f| {
        replace(
            f,
            "m/lessons/a.md",
            "Paragraf",
            &format!("{DISCUSSION}Paragraf"),
        )
    });
    assert!(
        msg.contains(
            "(modul m, pelajaran a): pembahasan tidak sah: harus tepat sesudah kotak STUDI-KASUS"
        ),
        "{msg}"
    );
    // No best option marked.
    let none = DISCUSSION.replace("[x]", "[ ]");
    let msg = rejected_with_block_before_reflection(&none);
    assert!(
        msg.contains("pembahasan tidak sah: tidak ada pilihan terbaik yang ditandai [x]"),
        "{msg}"
    );
    // An option without its bold text.
    let bare = DISCUSSION.replace("**Pilihan satu.**", "Pilihan satu.");
    let msg = rejected_with_block_before_reflection(&bare);
    assert!(
        msg.contains("pembahasan tidak sah: setiap pilihan diawali teks tebal"),
        "{msg}"
    );
    // One option only.
    let one = "> [!PEMBAHASAN]\n>\n> - [x] **Satu-satunya.** Tepat.\n\n";
    let msg = rejected_with_block_before_reflection(one);
    assert!(
        msg.contains("jumlah pilihan pembahasan 1 di luar batas 2–6"),
        "{msg}"
    );
    // Paragraph instead of the list of options.
    let para = "> [!PEMBAHASAN]\n> Hanya paragraf.\n\n";
    let msg = rejected_with_block_before_reflection(para);
    assert!(
        msg.contains("pembahasan tidak sah: harus diawali daftar berbutir"),
        "{msg}"
    );
}

// ---------------------------------------------------------------- Lembar kerja

#[test]
fn a_lembarkerja_compiles_to_a_worksheet_block() {
    let pack = accepted(|f| {
        replace(
            f,
            "m/lessons/a.md",
            "Paragraf",
            "> [!LEMBARKERJA] kbk\n\nParagraf",
        )
    });
    let blocks = &pack.bodies[0].1.lessons[0].blocks;
    assert!(blocks.contains(&Block::Worksheet {
        id: bimtek::domain::worksheet::WorksheetId::Kbk
    }));
    // The app re-validates it from JSON; an unknown id there is refused with the file named.
    let summary = &pack.index.modules[0];
    let json = serde_json::to_string(&pack.bodies[0].1).unwrap();
    assert!(json.contains(r#"{"worksheet":{"id":"kbk"}}"#), "{json}");
    let parsed = parse_module_body(&SerdeJson, "m.json", &json, &Module::from(summary)).unwrap();
    assert_eq!(parsed, pack.bodies[0].1);
    let forged = json.replace(
        r#"{"worksheet":{"id":"kbk"}}"#,
        r#"{"worksheet":{"id":"x"}}"#,
    );
    let err = parse_module_body(&SerdeJson, "m.json", &forged, &Module::from(summary)).unwrap_err();
    assert!(join(&err).contains("m.json"), "{}", join(&err));
}

#[test]
fn a_lembarkerja_that_breaks_its_rules_is_rejected() {
    let msg = rejected(|f| {
        replace(
            f,
            "m/lessons/a.md",
            "Paragraf",
            "> [!LEMBARKERJA] rahasia\n\nParagraf",
        )
    });
    assert!(
        msg.contains("(modul m, pelajaran a): lembar kerja tidak sah: “rahasia” tidak dikenal"),
        "{msg}"
    );
    let msg = rejected(|f| {
        replace(
            f,
            "m/lessons/a.md",
            "Paragraf",
            "> [!LEMBARKERJA] kbk\n> Isi lain.\n>\n> - butir\n\nParagraf",
        )
    });
    assert!(
        msg.contains("lembar kerja tidak sah: “kbk Isi lain.”: hanya satu baris"),
        "{msg}"
    );
}

#[test]
fn a_question_of_unknown_type_or_with_a_stray_key_is_refused_by_name() {
    let unknown = "\n[[question]]\nid = \"qx\"\ntype = \"essay\"\nprompt = \"Tulis.\"\n";
    let msg = rejected(with_quiz(unknown));
    assert!(
        msg.contains(
            "m/quiz.toml (modul m, soal qx): berkas tidak dapat dibaca: unknown variant `essay`"
        ),
        "{msg}"
    );
    let stray = "\n[[question]]\nid = \"qy\"\ntype = \"single\"\nprompt = \"Pilih.\"\nsteps = []\n";
    let msg = rejected(with_quiz(stray));
    assert!(msg.contains("m/quiz.toml (modul m, soal qy)"), "{msg}");
    assert!(msg.contains("steps"), "{msg}");
}

/// The key of a question, as a learner would answer it, built from the pack's wire type.
fn key_of(kind: &QuestionKind) -> bimtek::domain::quiz::Answer {
    use bimtek::domain::quiz::Answer;
    match kind {
        QuestionKind::Single { options } => Answer::Single(
            options
                .iter()
                .find(|o| o.correct)
                .map(|o| o.id.clone())
                .unwrap(),
        ),
        QuestionKind::Multiple { options } => Answer::Multiple(
            options
                .iter()
                .filter(|o| o.correct)
                .map(|o| o.id.clone())
                .collect(),
        ),
        QuestionKind::TrueFalse { answer, .. } => Answer::TrueFalse(*answer),
        QuestionKind::Ordering { steps } => {
            Answer::Ordering(steps.iter().map(|s| s.id.clone()).collect())
        }
        QuestionKind::Matching { pairs } => {
            Answer::Matching(pairs.iter().map(|p| (p.id.clone(), p.id.clone())).collect())
        }
    }
}

#[test]
fn the_pack_format_maps_onto_the_course_model_without_losing_a_key() {
    // Every built-in question, mapped onto the domain's course model, keeps its id, text and
    // answer key: the key read from the wire type gets full credit from the domain's grading,
    // and a wrong order or choice does not.
    use bimtek::content::catalog::ModuleContent;
    use bimtek::domain::quiz::{grade, Answer, FULL};
    let pack = builtin();
    let mut checked = 0;
    for (_, body) in &pack.bodies {
        let content = ModuleContent::from(body.clone());
        assert_eq!(content.lessons, body.lessons);
        assert_eq!(content.questions.len(), body.questions.len());
        for (wire, q) in body.questions.iter().zip(&content.questions) {
            assert_eq!(
                (&q.id, &q.prompt, &q.explanation),
                (&wire.id, &wire.prompt, &wire.explanation)
            );
            let key = key_of(&wire.kind);
            assert_eq!(grade(q, &key).unwrap().credit, FULL, "{}", q.id);
            if let Answer::Ordering(mut order) = key {
                order.reverse();
                assert!(grade(q, &Answer::Ordering(order)).unwrap().credit < FULL);
            }
            checked += 1;
        }
    }
    assert!(checked > 40, "only {checked} questions");
}
