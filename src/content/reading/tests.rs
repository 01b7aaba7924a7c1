use super::*;

fn blocks(json: &str) -> Vec<Block> {
    serde_json::from_str(json).unwrap()
}

fn texts(segments: &[Segment]) -> Vec<(&str, Vec<u16>, bool)> {
    segments
        .iter()
        .map(|s| (s.text.as_str(), s.place.clone(), s.when_shown))
        .collect()
}

#[test]
fn a_lesson_is_read_block_by_block_with_each_element_s_place() {
    let lesson = blocks(
        r#"[
        { "heading": { "level": 2, "text": [ { "text": { "v": "Dasar  " } }, { "em": { "v": "pelayanan" } } ] } },
        { "paragraph": { "text": [ { "text": { "v": "Lihat " } }, { "link": { "v": "JDIH", "href": "https://jdih.go.id/" } }, { "strong": { "v": " sekarang." } } ] } },
        { "list": { "ordered": true, "items": [ [ { "text": { "v": "Satu" } } ], [ { "text": { "v": "Dua" } } ] ] } },
        { "list": { "ordered": false, "items": [ [ { "text": { "v": "Butir" } } ], [] ] } },
        { "table": { "header": [ [ { "text": { "v": "Aspek" } } ], [ { "text": { "v": "Batas" } } ] ],
                     "rows": [ [ [ { "text": { "v": "Waktu" } } ], [ { "text": { "v": "14 hari" } } ] ],
                               [ [ { "text": { "v": "Biaya" } } ], [] ] ] } },
        { "image": { "src": "gambar/alur.png", "alt": "Alur pengaduan" } },
        { "image": { "src": "gambar/hiasan.png", "alt": "  " } },
        { "callout": { "kind": "studi_kasus", "blocks": [ { "paragraph": { "text": [ { "text": { "v": "Pak Budi datang." } } ] } } ] } }
    ]"#,
    );
    let segments = reading_order("Judul  pelajaran", &lesson);
    assert_eq!(
        texts(&segments),
        vec![
            ("Judul pelajaran", vec![1], false),
            ("Dasar pelayanan", vec![3], false),
            ("Lihat JDIH sekarang.", vec![4], false),
            ("1. Satu", vec![5, 0], false),
            ("2. Dua", vec![5, 1], false),
            ("Butir", vec![6, 0], false),
            // Table rows: div.table-wrap > table > tbody (its second child) > tr.
            ("Aspek: Waktu; Batas: 14 hari", vec![7, 0, 1, 0], false),
            ("Aspek: Biaya", vec![7, 0, 1, 1], false),
            ("Gambar: Alur pengaduan", vec![8], false),
            // An image without words is decoration: nothing read.
            ("Studi kasus", vec![10, 0], false),
            ("Pak Budi datang.", vec![10, 1], false),
        ]
    );
}

#[test]
fn a_pembahasan_is_read_only_once_shown_and_a_worksheet_never() {
    let lesson = blocks(
        r#"[
        { "discussion": {
            "choices": [
                { "text": "Tolak", "feedback": [ { "text": { "v": "Tidak sesuai." } } ] },
                { "text": "Layani", "feedback": [ { "text": { "v": "Sesuai SOP." } } ], "best": true }
            ],
            "closing": [ { "paragraph": { "text": [ { "text": { "v": "Intinya: layani." } } ] } } ] } },
        { "worksheet": { "id": "kbk" } },
        { "paragraph": { "text": [ { "text": { "v": "Akhir." } } ] } }
    ]"#,
    );
    let segments = reading_order("T", &lesson);
    assert_eq!(
        texts(&segments),
        vec![
            ("T", vec![1], false),
            ("Pembahasan", vec![3, 0], false),
            ("Pilihan jawaban: Tolak; Layani", vec![3, 1], false),
            ("Tolak. Tidak sesuai.", vec![3, 2, 0, 0], true),
            ("Layani (paling tepat). Sesuai SOP.", vec![3, 2, 0, 1], true),
            ("Intinya: layani.", vec![3, 2, 1], true),
            ("Akhir.", vec![5], false),
        ]
    );
}

#[test]
fn the_built_in_fixture_lesson_gives_no_empty_utterance() {
    let lesson = blocks(include_str!("../../../tests/fixtures/every-block.json"));
    let segments = reading_order("Semua blok", &lesson);
    assert!(segments.len() > lesson.len());
    for s in &segments {
        assert!(!s.text.trim().is_empty(), "{s:?}");
        assert!(!s.text.contains("  "), "{s:?}");
        assert!(s.place[0] >= TITLE_AT, "{s:?}");
    }
    // A link's hidden "(tab baru)" is not read.
    assert!(segments.iter().all(|s| !s.text.contains("tab baru")));
}

#[test]
fn a_diagram_is_read_as_its_name_and_description_while_its_caption_is_highlighted() {
    let lesson = blocks(
        r#"[
        { "paragraph": { "text": [ { "text": { "v": "Sebelum." } } ] } },
        { "diagram": { "pareto": { "title": "Keluhan", "bars": [
            { "label": "Lama", "count": 1 }, { "label": "Mahal", "count": 3 } ] } } }
    ]"#,
    );
    let segments = reading_order("Judul", &lesson);
    let last = segments.last().unwrap();
    // figure (the second block) > figcaption.
    assert_eq!(last.place, vec![4, 0]);
    assert!(
        last.text
            .starts_with("Diagram Pareto: Keluhan. 2 penyebab, 4 kejadian seluruhnya"),
        "{}",
        last.text
    );
    // Most frequent first, with the cumulative share.
    assert!(last
        .text
        .contains("Mahal: 3 (75%, kumulatif 75%); Lama: 1 (25%, kumulatif 100%)."));
}
