//! A Tin Can launch's own learner (issue 27, item 3), pure: whose progress a launch holds and
//! the name of its store (the actor's identifier hashed, never the e-mail; the same learner
//! whatever the LMS's spelling of the actor; an actor that names nobody, or two, holds
//! nobody's; the page and the engine name the same learner). The replay on a new registration
//! is `tests/lrs_replay.rs`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use bimtek::domain::lrs::learner::{identity, ifi, label, launch_learner, store_key, Learner};
use bimtek::domain::lrs::parse_launch;
use bimtek::domain::lrs::target::{actor_fields, parse_actor};
use bimtek::json::SerdeJson;
use bimtek::storage::schema::{actor_db_name, meta_registration, DB_NAME};

const SITI: &str =
    r#"{"name":"Siti Rahma","mbox":"mailto:siti@contoh.go.id","objectType":"Agent"}"#;
const REG: &str = "a1b2c3d4-0000-4000-8000-0123456789ab";

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// How the tests read an actor's JSON: serde's reading (the engine's); the browser's
/// `JSON.parse` reading is held to the same results by lrs-actor.spec.mjs.
fn fields(text: &str) -> Option<bimtek::domain::lrs::target::ActorFields> {
    actor_fields(text, &SerdeJson).ok()
}

fn learner_of(actor: &str) -> Learner {
    launch_learner(
        &pairs(&[("endpoint", "https://lrs.example/xAPI/"), ("actor", actor)]),
        fields,
    )
}

fn key_of(actor: &str) -> String {
    match learner_of(actor) {
        Learner::Launched(l) => l.key,
        other => panic!("{actor}: {other:?}"),
    }
}

#[test]
fn a_launch_without_an_actor_keeps_the_devices_store() {
    assert_eq!(launch_learner(&[], fields), Learner::Device);
    let no_actor = pairs(&[
        ("endpoint", "https://lrs.example/xAPI/"),
        ("registration", REG),
    ]);
    assert_eq!(launch_learner(&no_actor, fields), Learner::Device);
}

#[test]
fn a_launched_actor_gets_a_store_named_by_a_hash_of_its_identifier() {
    let Learner::Launched(siti) = learner_of(SITI) else {
        panic!("not launched")
    };
    // FNV-1a 64 of `mbox:mailto:siti@contoh.go.id`, computed independently (Python).
    assert_eq!(siti.key, "fb2cbf6a8bd5a200");
    assert_eq!(siti.label.as_deref(), Some("Siti Rahma"));
    let name = actor_db_name(&siti.key);
    assert_eq!(name, "bimtek-mandiri:lms-fb2cbf6a8bd5a200");
    assert_ne!(name, DB_NAME);
    assert!(!name.contains("siti") && !name.contains('@'), "{name}");
    assert_eq!(store_key("mbox:mailto:siti@contoh.go.id"), siti.key);
}

#[test]
fn the_same_learner_is_one_store_whatever_the_lms_spelling() {
    let siti = key_of(SITI);
    // Another display name, no objectType, extra members, Tin Can 0.9 arrays.
    for same in [
        r#"{"name":"Hj. Siti Rahma, S.E.","mbox":"mailto:siti@contoh.go.id"}"#,
        r#"{"mbox":"mailto:siti@contoh.go.id","objectType":"Agent","extra":1}"#,
        r#"{"name":["Siti"],"mbox":["mailto:siti@contoh.go.id"]}"#,
    ] {
        assert_eq!(key_of(same), siti, "{same}");
    }
    // mbox_sha1sum in either case is one learner.
    let sha = "ABCDEF0123456789ABCDEF0123456789ABCDEF01";
    assert_eq!(
        key_of(&format!(r#"{{"mbox_sha1sum":"{sha}"}}"#)),
        key_of(&format!(r#"{{"mbox_sha1sum":"{}"}}"#, sha.to_lowercase()))
    );
    // Moodle's account form, both spellings of its members.
    let account = key_of(r#"{"account":{"homePage":"https://moodle.contoh.go.id","name":"budi"}}"#);
    assert_eq!(
        key_of(
            r#"{"account":[{"accountServiceHomePage":"https://moodle.contoh.go.id","accountName":"budi"}]}"#
        ),
        account
    );
    // Other learners are other stores.
    let others = [
        key_of(r#"{"mbox":"mailto:budi@contoh.go.id"}"#),
        account.clone(),
        key_of(r#"{"account":{"homePage":"https://moodle.contoh.go.id","name":"siti"}}"#),
        key_of(r#"{"account":{"homePage":"https://lms.lain.go.id","name":"budi"}}"#),
        key_of(r#"{"openid":"https://id.contoh.go.id/siti"}"#),
    ];
    for (i, a) in others.iter().enumerate() {
        assert_ne!(*a, siti);
        for b in &others[i + 1..] {
            assert_ne!(a, b);
        }
    }
}

#[test]
fn an_actor_that_cannot_be_read_holds_nobodys_progress() {
    for bad in [
        "not json",
        r#"{"name":"Tanpa id"}"#,
        r#"{"objectType":"Group","mbox":"mailto:a@b.id"}"#,
        r#"{"mbox":"mailto:a@b.id","openid":"https://a.id/"}"#,
        r#"{"mbox":"mailto:a@b.id","name":5}"#,
        r#"{"account":"budi"}"#,
        r#"["mailto:a@b.id"]"#,
    ] {
        assert_eq!(learner_of(bad), Learner::Unreadable, "{bad}");
    }
    let twice = pairs(&[
        ("endpoint", "https://lrs.example/xAPI/"),
        ("actor", SITI),
        ("actor", r#"{"mbox":"mailto:budi@contoh.go.id"}"#),
    ]);
    assert_eq!(launch_learner(&twice, fields), Learner::Unreadable);
    // The engine refuses the same launches (so the page never keeps a learner it reports as
    // nobody, nor the other way round).
    assert!(parse_launch(&twice, &SerdeJson).is_err());
}

#[test]
fn the_page_and_the_engine_name_the_same_learner_for_every_actor_the_engine_accepts() {
    for text in [
        SITI,
        r#"{"mbox":"mailto:siti@contoh.go.id"}"#,
        r#"{"name":["  Siti  "],"mbox":["mailto:siti@contoh.go.id"]}"#,
        r#"{"mbox_sha1sum":"ABCDEF0123456789ABCDEF0123456789ABCDEF01","name":"S"}"#,
        r#"{"openid":" https://id.contoh.go.id/siti "}"#,
        r#"{"account":{"homePage":" https://m.id ","name":" Budi S "}}"#,
        r#"{"account":[{"accountServiceHomePage":"https://m.id","accountName":"budi"}],"objectType":"Agent"}"#,
    ] {
        let checked = parse_actor(text, &SerdeJson).unwrap();
        let page = identity(&fields(text).unwrap()).unwrap();
        assert_eq!(page.key, store_key(&ifi(&checked)), "{text}");
        assert_eq!(page.label, label(&checked), "{text}");
    }
}

#[test]
fn an_actor_the_engine_refuses_for_its_form_still_keeps_its_own_store_and_sends_nothing() {
    // An mbox without `mailto:`: the page keeps this learner apart (never the device's store),
    // the engine refuses the launch (Settings names why), so nothing is reported.
    let text = r#"{"mbox":"siti@contoh.go.id"}"#;
    assert!(matches!(learner_of(text), Learner::Launched(_)));
    assert!(parse_launch(
        &pairs(&[("endpoint", "https://lrs.example/xAPI/"), ("actor", text)]),
        &SerdeJson
    )
    .is_err());
}

#[test]
fn the_page_calls_the_learner_by_name_else_address_else_account() {
    let actor = |text: &str| parse_actor(text, &SerdeJson).unwrap();
    assert_eq!(label(&actor(SITI)).as_deref(), Some("Siti Rahma"));
    assert_eq!(
        label(&actor(r#"{"mbox":"mailto:siti@contoh.go.id"}"#)).as_deref(),
        Some("siti@contoh.go.id")
    );
    assert_eq!(
        label(&actor(
            r#"{"account":{"homePage":"https://m.id","name":"budi"}}"#
        ))
        .as_deref(),
        Some("budi")
    );
    assert_eq!(
        label(&actor(r#"{"openid":"https://id.contoh.go.id/siti"}"#)),
        None
    );
    assert_eq!(
        ifi(&actor(
            r#"{"account":{"homePage":"https://m.id","name":"Budi S"}}"#
        )),
        "account:https://m.id Budi S"
    );
}

#[test]
fn a_registration_is_noted_under_its_own_meta_key() {
    assert_eq!(meta_registration(REG), format!("lrs-registration:{REG}"));
}
