//! Diagrams from a lesson's data (issue 30, finding 10): the fenced-block syntax
//! (```` ```pareto ````, ```` ```tulang-ikan ````) and its errors, each naming its line, on the
//! fixtures of `tests/fixtures/diagrams/`; a broken diagram in the built-in pack named by file
//! and line; the data rules the app's validator applies too; and the geometry: Pareto bars
//! sorted, most frequent first, the cumulative share rising to 100 %, everything inside the
//! drawing; the fishbone's bones in order, one per group.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::float_cmp,
    reason = "tests: a failing unwrap is a failing test; coordinates compared as computed"
)]

use std::path::Path;

use bimtek::content::diagram::{check, fishbone, pareto, wrap, FONT, WIDTH};
use bimtek::content::model::{Block, Bone, Diagram, ParetoBar};
use bimtek::content::source::{compile_pack, markdown_to_blocks};
use bimtek::content::Problem;

fn fixture(name: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/diagrams");
    std::fs::read_to_string(dir.join(name)).unwrap()
}

/// The blocks of a fixture and the problems found.
fn compile(name: &str) -> (Vec<Block>, Vec<String>) {
    let mut problems = Vec::new();
    let blocks = markdown_to_blocks(&fixture(name), &mut problems);
    (blocks, problems.iter().map(ToString::to_string).collect())
}

fn bars(counts: &[(&str, u32)]) -> Vec<ParetoBar> {
    counts
        .iter()
        .map(|(l, c)| ParetoBar {
            label: (*l).to_owned(),
            count: *c,
        })
        .collect()
}

#[test]
fn the_valid_fixture_gives_a_pareto_chart_and_a_fishbone() {
    let (blocks, problems) = compile("valid.md");
    assert_eq!(problems, Vec::<String>::new());
    let diagrams: Vec<&Diagram> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Diagram(d) => Some(d),
            _ => None,
        })
        .collect();
    assert_eq!(diagrams.len(), 2);
    let Diagram::Pareto { title, unit, bars } = diagrams[0] else {
        panic!("{:?}", diagrams[0]);
    };
    assert_eq!(title, "Keluhan di loket");
    assert_eq!(unit, "keluhan");
    assert_eq!(bars.len(), 4);
    let Diagram::Fishbone { effect, groups, .. } = diagrams[1] else {
        panic!("{:?}", diagrams[1]);
    };
    assert_eq!(effect, "Antrean panjang di loket");
    // A group written twice collects its causes, in order of first mention.
    assert_eq!(groups.len(), 2);
    assert_eq!(groups[0].name, "Manusia");
    assert_eq!(
        groups[0].causes,
        ["Petugas kurang", "Petugas datang terlambat"]
    );
}

#[test]
fn each_broken_fixture_is_refused_naming_its_line() {
    for (file, expected) in [
        ("pareto-no-title.md", "baris 1: judul tidak ada"),
        (
            "pareto-bad-count.md",
            "baris 6: jumlah “tiga” bukan bilangan bulat",
        ),
        ("pareto-no-colon.md", "baris 4: tulis “penyebab: jumlah”"),
        (
            "pareto-one-bar.md",
            "baris 1: diagram Pareto perlu 2–10 penyebab, ada 1",
        ),
        ("pareto-twice.md", "baris 1: penyebab “A” disebut dua kali"),
        ("pareto-zero.md", "baris 1: jumlah semua penyebab 0"),
        (
            "pareto-title-twice.md",
            "baris 3: “judul:” ditulis dua kali",
        ),
        ("fishbone-no-effect.md", "baris 1: akibat tidak ada"),
        (
            "fishbone-one-group.md",
            "baris 1: diagram tulang ikan perlu 2–8 kelompok penyebab, ada 1",
        ),
        (
            "fishbone-seven-causes.md",
            "baris 1: kelompok “Manusia” perlu 1–6 penyebab, ada 7",
        ),
        (
            "fishbone-no-colon.md",
            "baris 4: tulis “kelompok: penyebab”",
        ),
        ("unknown-fence.md", "blok tidak dikenal: blok kode"),
    ] {
        let (blocks, problems) = compile(file);
        assert!(
            problems.iter().any(|p| p.contains(expected)),
            "{file}: {problems:?}"
        );
        assert!(
            !blocks.iter().any(|b| matches!(b, Block::Diagram(_))),
            "{file}: a broken diagram must not be kept"
        );
    }
}

#[test]
fn a_broken_diagram_in_a_pack_names_the_file_and_the_line() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/inti");
    let lesson = "budaya-kerja-mutu/lessons/alat-kerja-kbk.md";
    let original = std::fs::read_to_string(dir.join(lesson)).unwrap();
    assert!(original.contains("Lain-lain: 7"));
    let line = original.lines().position(|l| l == "Lain-lain: 7").unwrap() + 1;
    let broken = original.replace("Lain-lain: 7", "Lain-lain: tujuh");
    let read = |rel: &str| {
        if rel == lesson {
            Some(broken.clone())
        } else {
            std::fs::read_to_string(dir.join(rel)).ok()
        }
    };
    let errors = compile_pack(&read).unwrap_err();
    let found = errors
        .iter()
        .find(|e| matches!(e.problem, Problem::BadDiagram(_)))
        .unwrap();
    assert_eq!(found.file, lesson);
    assert!(
        found
            .to_string()
            .contains(&format!("baris {line}: jumlah “tujuh”")),
        "{found}"
    );
}

#[test]
fn the_app_refuses_the_same_data_and_a_diagram_in_a_box() {
    let ok = Diagram::Pareto {
        title: "T".into(),
        unit: String::new(),
        bars: bars(&[("a", 1), ("b", 2)]),
    };
    assert_eq!(check(&ok), Ok(()));
    let long = "x".repeat(161);
    for bad in [
        Diagram::Pareto {
            title: " ".into(),
            unit: String::new(),
            bars: bars(&[("a", 1), ("b", 2)]),
        },
        Diagram::Pareto {
            title: "T".into(),
            unit: String::new(),
            bars: bars(&[("a", 1); 11]),
        },
        Diagram::Pareto {
            title: "T".into(),
            unit: String::new(),
            bars: bars(&[("a", 1), (&long, 2)]),
        },
        Diagram::Fishbone {
            title: "T".into(),
            effect: "E".into(),
            groups: vec![
                Bone {
                    name: "M".into(),
                    causes: vec![],
                },
                Bone {
                    name: "N".into(),
                    causes: vec!["c".into()],
                },
            ],
        },
    ] {
        assert!(check(&bad).is_err(), "{bad:?}");
    }
    // A diagram inside a box is refused (the app's validator checks the same).
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/inti");
    let lesson = "budaya-kerja-mutu/lessons/alat-kerja-kbk.md";
    let text = std::fs::read_to_string(dir.join(lesson)).unwrap()
        + "\n> [!RINGKASAN]\n> ```pareto\n> judul: T\n> a: 1\n> b: 2\n> ```\n";
    let read = |rel: &str| {
        if rel == lesson {
            Some(text.clone())
        } else {
            std::fs::read_to_string(dir.join(rel)).ok()
        }
    };
    let errors = compile_pack(&read).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.problem == Problem::BadDiagram("di dalam kotak".to_owned())),
        "{errors:?}"
    );
}

#[test]
fn pareto_bars_are_sorted_and_the_cumulative_share_ends_at_100() {
    let layout = pareto(&bars(&[
        ("Lain-lain", 7),
        ("Data KK tidak sesuai dengan surat keterangan lahir", 33),
        ("Tanda tangan saksi tidak lengkap", 8),
        ("Surat keterangan lahir tidak dilampirkan", 12),
    ]));
    let counts: Vec<u32> = layout.rows.iter().map(|r| r.count).collect();
    assert_eq!(counts, [33, 12, 8, 7]);
    assert_eq!(layout.total, 60);
    let cumulative: Vec<u32> = layout.rows.iter().map(|r| r.cumulative).collect();
    assert_eq!(cumulative, [55, 75, 88, 100]);
    let shares: Vec<u32> = layout.rows.iter().map(|r| r.share).collect();
    assert_eq!(shares, [55, 20, 13, 12]);
    // Bar lengths follow the counts, on the scale whose 100 % is the grid's right edge, where
    // the cumulative line ends.
    let widths: Vec<f32> = layout.rows.iter().map(|r| r.bar.2).collect();
    assert!(widths.windows(2).all(|w| w[0] >= w[1]), "{widths:?}");
    let full = layout.grid[2];
    assert!((widths[0] - full * 33.0 / 60.0).abs() < 0.01);
    let last = layout.rows.last().unwrap();
    assert!((last.point.0 - full).abs() < 0.01);
    assert_eq!(last.cumulative_text.text, "100%");
    // Rows go down the page, and everything stays inside the drawing.
    for pair in layout.rows.windows(2) {
        assert!(pair[1].bar.1 > pair[0].bar.1 + pair[0].bar.3);
    }
    for r in &layout.rows {
        assert!(r.bar.0 + r.bar.2 <= f32::from(u16::try_from(WIDTH).unwrap()));
        assert!(r.bar.1 + r.bar.3 <= f32::from(u16::try_from(layout.height).unwrap()));
        for t in &r.label_lines {
            assert!(t.text.chars().count() <= usize::try_from(WIDTH / 8).unwrap());
        }
    }
    // Equal counts keep the author's order.
    let ties = pareto(&bars(&[("b", 5), ("a", 5), ("c", 9)]));
    let labels: Vec<&str> = ties.rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["c", "b", "a"]);
    assert_eq!(ties.rows.last().unwrap().cumulative, 100);
}

#[test]
fn the_fishbone_has_a_bone_per_group_in_order_below_its_head() {
    let groups: Vec<Bone> = ["Manusia", "Metode", "Bahan/data", "Sarana", "Lingkungan"]
        .iter()
        .map(|n| Bone {
            name: (*n).to_owned(),
            causes: vec![format!(
                "Penyebab {n} yang cukup panjang untuk dibungkus menjadi dua baris di layar kecil"
            )],
        })
        .collect();
    let layout = fishbone(
        "Berkas akta kelahiran dikembalikan karena tidak lengkap",
        &groups,
    );
    assert_eq!(layout.bones.len(), 5);
    let names: Vec<&str> = layout
        .bones
        .iter()
        .map(|b| b.name[0].text.as_str())
        .collect();
    assert_eq!(
        names,
        ["Manusia", "Metode", "Bahan/data", "Sarana", "Lingkungan"]
    );
    let head_bottom = layout.head.1 + layout.head.3;
    let mut previous = head_bottom;
    for bone in &layout.bones {
        assert!(bone.bone.1 > previous, "bones go down the spine");
        previous = bone.bone.1;
        assert_eq!(bone.bone.0, layout.spine.0);
        assert_eq!(bone.causes.len(), 1);
        assert!(bone.causes[0].1.len() >= 2, "a long cause wraps");
    }
    assert!(layout.spine.2 <= f32::from(u16::try_from(layout.height).unwrap()));
    // Text is the drawing's one size, FONT units: 13.5 px at the 328 px a 360 px screen gives.
    assert!(f64::from(FONT) * 328.0 / f64::from(WIDTH) >= 12.0);
}

#[test]
fn wrap_breaks_at_spaces_and_keeps_long_words() {
    assert_eq!(wrap("satu dua tiga", 8), ["satu dua", "tiga"]);
    assert_eq!(wrap("perundang-undangan", 5), ["perundang-undangan"]);
    assert!(wrap("   ", 10).is_empty());
}
