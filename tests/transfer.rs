//! Import of progress files (contract 4), natively: files made by earlier versions still
//! import, and hostile files are refused with their reason before anything is written.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use bimtek::domain::ids::{LessonId, ModuleId};
use bimtek::domain::progress::{Resume, ResumeError, ResumeRecord, MAX_RESUME_ROUTE};
use bimtek::domain::route::Route;
use bimtek::domain::transfer::{parse_import, ExportDoc, ImportError, Snapshot};
use bimtek::json::SerdeJson;

const M: &str = "agen-perubahan";

/// A file exactly as version 1 of the app exported it (resume as a plain string route).
fn v1_file(route: &str, module: &str) -> String {
    format!(
        r#"{{
  "format": "bimtek-progress",
  "version": 1,
  "exported_at": 1764300000000,
  "lessons": [
    {{"module": "{M}", "lesson": "mawas-diri", "opened_at": 1764200000000,
      "read_at": 1764200100000, "seconds": 120, "position": 100,
      "updated_at": 1764200100000}}
  ],
  "attempts": [],
  "answers": [],
  "resume": {{"route": {route}, "module": {module}, "at": 1764200100000}}
}}"#,
        route = serde_json::to_string(route).unwrap(),
        module = serde_json::to_string(module).unwrap(),
    )
}

fn import(text: &str) -> Result<Snapshot, ImportError> {
    parse_import(text, &SerdeJson)
}

fn resume_error(route: &str) -> ResumeError {
    match import(&v1_file(route, M)) {
        Err(ImportError::BadResume(e)) => e,
        other => panic!("{route:.80}: expected a refused resume point, got {other:?}"),
    }
}

#[test]
fn a_version_1_file_with_a_string_route_still_imports() {
    let snap = import(&v1_file(&format!("#/modul/{M}/kuis"), M)).unwrap();
    let resume = snap.resume.unwrap();
    let m = ModuleId::parse(M).unwrap();
    assert_eq!(resume.route(), &Route::Quiz(m.clone()));
    assert_eq!(resume.module(), &m);
    assert_eq!(resume.at(), 1_764_200_100_000);
    assert_eq!(resume.route().to_hash(), format!("#/modul/{M}/kuis"));
    // Every module page is a resume point.
    for route in [
        format!("#/modul/{M}"),
        format!("#/modul/{M}/pelajaran/mawas-diri"),
        format!("#/modul/{M}/glosarium"),
        format!("#/modul/{M}/kuis/hasil"),
    ] {
        let snap = import(&v1_file(&route, M)).unwrap();
        assert_eq!(snap.resume.unwrap().route().to_hash(), route);
    }
    // A file with no resume point at all, too.
    let none = v1_file("#/", M).replace(
        r##""resume": {"route": "#/", "module": "agen-perubahan", "at": 1764200100000}"##,
        r#""resume": null"#,
    );
    assert_eq!(import(&none).unwrap().resume, None);
}

#[test]
fn export_then_import_gives_back_the_same_snapshot_and_the_same_shape() {
    let m = ModuleId::parse(M).unwrap();
    let l = LessonId::parse("mawas-diri").unwrap();
    let snapshot = Snapshot {
        resume: Some(Resume::new(Route::Lesson(m, l), 42).unwrap()),
        ..Snapshot::default()
    };
    let text = serde_json::to_string(&ExportDoc::new(snapshot.clone(), 7)).unwrap();
    // The stored/exported shape is still export version 1's.
    assert!(text.contains(&format!(
        r##""resume":{{"route":"#/modul/{M}/pelajaran/mawas-diri","module":"{M}","at":42}}"##
    )));
    assert_eq!(import(&text).unwrap(), snapshot);
}

#[test]
fn a_javascript_resume_is_refused_with_its_reason() {
    for route in [
        "javascript:alert(document.cookie)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "\tjavascript:alert(1)",
    ] {
        let e = resume_error(route);
        assert!(matches!(e, ResumeError::NotAppRoute(_)), "{route}: {e:?}");
    }
    let text = import(&v1_file("javascript:alert(1)", M))
        .unwrap_err()
        .to_string();
    assert!(text.contains("Lanjutkan"), "{text}");
    assert!(text.contains("bukan alamat halaman aplikasi"), "{text}");
}

#[test]
fn other_schemes_and_origins_are_refused() {
    for route in [
        "https://evil.example",
        "https://evil.example/#/modul/agen-perubahan",
        "//evil.example/#/modul/agen-perubahan",
        "http:#/modul/agen-perubahan",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "index.html#/modul/agen-perubahan",
        "/#/modul/agen-perubahan",
        "",
    ] {
        let e = resume_error(route);
        assert!(matches!(e, ResumeError::NotAppRoute(_)), "{route}: {e:?}");
    }
}

#[test]
fn routes_that_do_not_parse_or_are_not_module_pages_are_refused() {
    for route in [
        "#/tidak-ada",
        "#/modul/Agen",
        "#/modul/a/pelajaran/<script>",
        "#/modul/agen-perubahan/kuis/x",
        "#/modul/../pengaturan",
        "#/modul/agen-perubahan%2fkuis",
    ] {
        let e = resume_error(route);
        assert!(matches!(e, ResumeError::UnknownRoute(_)), "{route}: {e:?}");
    }
    for route in ["#/", "#/pengaturan", "#/bukti", "#/embed/agen-perubahan"] {
        let e = resume_error(route);
        assert!(matches!(e, ResumeError::NotModulePage(_)), "{route}: {e:?}");
    }
    let e = match import(&v1_file(&format!("#/modul/{M}/kuis"), "modul-lain")) {
        Err(ImportError::BadResume(e)) => e,
        other => panic!("{other:?}"),
    };
    assert!(matches!(e, ResumeError::ModuleMismatch(..)), "{e:?}");
}

#[test]
fn huge_strings_are_refused_without_being_echoed() {
    // 10 MB: over the file limit.
    let ten = format!("#/modul/{M}/{}", "a".repeat(10 * 1024 * 1024));
    assert!(matches!(
        import(&v1_file(&ten, M)),
        Err(ImportError::TooLarge(_))
    ));
    // 4 MB inside a file under the limit: the route itself is refused, and the message
    // does not carry the whole value.
    let four = format!("#/modul/{M}/{}", "a".repeat(4 * 1024 * 1024));
    let e = resume_error(&four);
    assert!(matches!(e, ResumeError::TooLong(_)), "{e:?}");
    let javascript = format!("javascript:{}", "a".repeat(200));
    let message = import(&v1_file(&javascript, M)).unwrap_err().to_string();
    assert!(message.len() < 300, "{}", message.len());
    // Right at the limit is still parsed as a route (and then refused as unknown).
    let edge = format!("#/{}", "a".repeat(MAX_RESUME_ROUTE - 2));
    assert!(matches!(resume_error(&edge), ResumeError::UnknownRoute(_)));
}

#[test]
fn a_stored_resume_row_parses_the_same_way() {
    let ok = ResumeRecord {
        route: format!("#/modul/{M}/glosarium"),
        module: M.into(),
        at: 1,
    };
    assert!(Resume::try_from(ok).is_ok());
    let bad = ResumeRecord {
        route: "javascript:alert(1)".into(),
        module: M.into(),
        at: 1,
    };
    assert!(Resume::try_from(bad).is_err());
    // Deserialising a Resume goes through the same check.
    assert!(serde_json::from_str::<Resume>(
        r#"{"route":"https://evil.example","module":"agen-perubahan","at":1}"#
    )
    .is_err());
    assert!(serde_json::from_str::<Resume>(
        r##"{"route":"#/modul/agen-perubahan","module":"agen-perubahan","at":-5}"##
    )
    .is_err());
    // A resume point can only be made from a module page.
    assert!(Resume::new(Route::Settings, 1).is_err());
}

#[test]
fn foreign_newer_and_broken_files_are_refused() {
    assert!(matches!(import("{"), Err(ImportError::NotJson(_))));
    assert!(matches!(
        import(r#"{"format":"lain","version":1}"#),
        Err(ImportError::Foreign)
    ));
    assert!(matches!(
        import(r#"{"format":"bimtek-progress","version":9}"#),
        Err(ImportError::NewerVersion(9))
    ));
    assert!(matches!(
        import(r#"{"format":"bimtek-progress","version":1,"lessons":"x"}"#),
        Err(ImportError::BadShape(_))
    ));
    let dup_attempt = r#"{"format":"bimtek-progress","version":1,"exported_at":1,
        "lessons":[],"answers":[],
        "attempts":[{"id":"a","module":"m","seed":1,"started_at":1,"questions":["q"],"finished_at":null},
                    {"id":"a","module":"m","seed":1,"started_at":1,"questions":["q"],"finished_at":null}]}"#;
    assert!(matches!(
        import(dup_attempt),
        Err(ImportError::Inconsistent(_))
    ));
}

#[test]
fn refusals_read_the_same_in_indonesian_and_have_an_english_text() {
    use bimtek::i18n::Lang;
    let errors = [
        import(&v1_file("javascript:alert(1)", M)).unwrap_err(),
        import(&v1_file("#/tidak-ada", M)).unwrap_err(),
        import(&v1_file("#/pengaturan", M)).unwrap_err(),
        import(&v1_file(&format!("#/modul/{M}"), "lain")).unwrap_err(),
        import(&v1_file(&format!("#/modul/{M}/{}", "a".repeat(300)), M)).unwrap_err(),
        import("{").unwrap_err(),
        import(r#"{"format":"lain"}"#).unwrap_err(),
        import(r#"{"format":"bimtek-progress","version":4}"#).unwrap_err(),
        import(r#"{"format":"bimtek-progress","version":1,"lessons":1}"#).unwrap_err(),
        ImportError::TooLarge(6000),
    ];
    for e in &errors {
        assert_eq!(e.message(Lang::Id), e.to_string());
        let en = e.message(Lang::En);
        assert_ne!(en, e.to_string(), "{en}");
        assert!(
            !en.contains("titik lanjut") && !en.contains("Berkas"),
            "{en}"
        );
    }
    let en = errors[0].message(Lang::En);
    assert!(
        en.contains("javascript:alert(1)") && en.contains("must start with #/"),
        "{en}"
    );
}
