//! The KBK worksheet (pure, native): its caps, and its trip through export and import.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use bimtek::domain::transfer::{parse_import, ExportDoc, ImportError, Inconsistency, Snapshot};
use bimtek::domain::worksheet::{
    is_number, KbkSheet, Measure, Member, Role, TallyRow, Worksheet, WorksheetError, WorksheetId,
    LONG_MAX, MEMBERS_MAX, SHORT_MAX, TALLY_MAX,
};
use bimtek::json::SerdeJson;

fn filled() -> KbkSheet {
    KbkSheet {
        group: "KBK Loket Prima".into(),
        unit: "Kecamatan Sukamaju".into(),
        members: vec![
            Member {
                name: "Siti".into(),
                role: Role::Ketua,
            },
            Member {
                name: "Budi".into(),
                role: Role::Notulis,
            },
        ],
        problem: "Berkas KTP dikembalikan karena tidak lengkap".into(),
        reason: "Paling sering dikeluhkan warga".into(),
        tally: vec![TallyRow {
            cause: "fotokopi KK tidak ada".into(),
            count: 14,
        }],
        plan: "Daftar periksa di loket".into(),
        before: Measure {
            value: "23,5".into(),
            unit: "%".into(),
        },
        after: Measure {
            value: "8".into(),
            unit: "%".into(),
        },
        ..KbkSheet::default()
    }
}

#[test]
fn ids_and_roles_parse_only_known_values() {
    assert_eq!(WorksheetId::parse("kbk"), Some(WorksheetId::Kbk));
    assert_eq!(WorksheetId::parse("pdca"), None);
    assert_eq!(Role::parse("notulis"), Some(Role::Notulis));
    assert_eq!(Role::parse("bos"), None);
    for r in Role::ALL {
        assert_eq!(Role::parse(r.as_str()), Some(r));
    }
}

#[test]
fn numbers_as_people_type_them() {
    for ok in ["", "12", "-3", "3,5", "0.75", " 8 "] {
        assert!(is_number(ok), "{ok}");
    }
    for bad in ["abc", "1,2,3", "1.", ",5", "--1", "1e5", "12 hari"] {
        assert!(!is_number(bad), "{bad}");
    }
}

#[test]
fn an_empty_and_a_filled_sheet_are_valid() {
    assert!(KbkSheet::default().is_empty());
    KbkSheet::default().validate().unwrap();
    Worksheet::new(WorksheetId::Kbk, filled(), 1_700_000_000_000).unwrap();
}

#[test]
fn every_cap_is_enforced() {
    let mut s = filled();
    s.group = "x".repeat(SHORT_MAX + 1);
    assert!(matches!(
        s.validate(),
        Err(WorksheetError::TooLong { max: SHORT_MAX, .. })
    ));
    // Characters, not bytes: 120 Indonesian letters with accents still fit.
    s.group = "é".repeat(SHORT_MAX);
    s.validate().unwrap();

    let mut s = filled();
    s.fishbone.lingkungan = "x".repeat(LONG_MAX + 1);
    assert!(matches!(
        s.validate(),
        Err(WorksheetError::TooLong {
            field: "lingkungan",
            ..
        })
    ));
    let mut s = filled();
    s.act_do = "x".repeat(LONG_MAX + 1);
    assert!(s.validate().is_err());

    let mut s = filled();
    s.members = vec![Member::default(); MEMBERS_MAX + 1];
    assert!(matches!(
        s.validate(),
        Err(WorksheetError::TooManyRows {
            what: "anggota",
            ..
        })
    ));
    let mut s = filled();
    s.tally = vec![TallyRow::default(); TALLY_MAX + 1];
    assert!(s.validate().is_err());
    let mut s = filled();
    s.tally[0].count = 100_001;
    assert_eq!(s.validate(), Err(WorksheetError::CountTooLarge));
    let mut s = filled();
    s.after.value = "banyak".into();
    assert!(matches!(s.validate(), Err(WorksheetError::BadNumber(_))));
    assert!(Worksheet::new(WorksheetId::Kbk, filled(), -1).is_err());
}

fn export(snapshot: Snapshot) -> String {
    serde_json::to_string(&ExportDoc::new(snapshot, 1_700_000_000_000)).unwrap()
}

#[test]
fn export_carries_worksheets_and_import_restores_them() {
    let sheet = Worksheet::new(WorksheetId::Kbk, filled(), 1_700_000_000_000).unwrap();
    let snap = Snapshot {
        worksheets: vec![sheet],
        ..Snapshot::default()
    };
    let text = export(snap.clone());
    assert!(text.contains(r#""worksheets":[{"id":"kbk""#), "{text}");
    assert!(
        text.contains(r#""do":"""#),
        "PDCA Do is written as `do`: {text}"
    );
    assert_eq!(parse_import(&text, &SerdeJson).unwrap(), snap);
}

#[test]
fn files_without_worksheets_still_import() {
    // A file made before worksheets existed: no `worksheets` key at all.
    let old = r#"{"format":"bimtek-progress","version":1,"exported_at":1,
        "lessons":[],"attempts":[],"answers":[],"resume":null}"#;
    assert_eq!(parse_import(old, &SerdeJson).unwrap(), Snapshot::default());
    // And an export with none writes none (the file is as before).
    assert!(!export(Snapshot::default()).contains("worksheets"));
}

#[test]
fn a_bad_worksheet_refuses_the_file_with_a_reason() {
    let good = Worksheet::new(WorksheetId::Kbk, filled(), 5).unwrap();
    let text = export(Snapshot {
        worksheets: vec![good.clone()],
        ..Snapshot::default()
    });

    let unknown = text.replace(r#""id":"kbk""#, r#""id":"rahasia""#);
    assert!(matches!(
        parse_import(&unknown, &SerdeJson),
        Err(ImportError::BadShape(m)) if m.contains("rahasia")
    ));

    let long = text.replace("KBK Loket Prima", &"x".repeat(SHORT_MAX + 1));
    let err = parse_import(&long, &SerdeJson).unwrap_err();
    assert!(
        matches!(&err, ImportError::Inconsistent(Inconsistency::Worksheet(id, WorksheetError::TooLong { field, .. })) if id == "kbk" && field.contains("nama kelompok")),
        "{err}"
    );

    let twice = export(Snapshot {
        worksheets: vec![good.clone(), good],
        ..Snapshot::default()
    });
    assert!(matches!(
        parse_import(&twice, &SerdeJson),
        Err(ImportError::Inconsistent(Inconsistency::WorksheetTwice(id))) if id == "kbk"
    ));

    let bad_role = text.replace(r#""role":"ketua""#, r#""role":"raja""#);
    assert!(matches!(
        parse_import(&bad_role, &SerdeJson),
        Err(ImportError::BadShape(_))
    ));
    let bad_number = text.replace(r#""value":"8""#, r#""value":"delapan""#);
    assert!(matches!(
        parse_import(&bad_number, &SerdeJson),
        Err(ImportError::Inconsistent(_))
    ));
}
