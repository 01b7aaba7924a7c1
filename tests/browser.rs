//! Browser tests: run in headless Chromium by `wasm-bindgen-test-runner`
//! (`cargo test --target wasm32-unknown-unknown`, driven by Debian's chromedriver).
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a failing unwrap is a failing test"
)]

use bimtek::domain::progress::{Resume, ResumeRecord};
use bimtek::storage::contract;
use bimtek::storage::idb::IdbStore;
use bimtek::storage::{ProgressStore, StorageError};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn app_ready_marks() -> u32 {
    web_sys::window()
        .unwrap()
        .performance()
        .unwrap()
        .get_entries_by_name("app-ready")
        .length()
}

#[wasm_bindgen_test]
async fn app_mounts_shows_shell_and_marks_ready_once() {
    let window = web_sys::window().unwrap();
    window.location().set_hash("/").unwrap();
    let doc = window.document().unwrap();
    let host: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), bimtek::ui::App).forget();

    let brand = host.query_selector(".brand-name").unwrap().unwrap();
    assert_eq!(brand.text_content().unwrap(), "Bimtek Mandiri");
    let h1 = host.query_selector("main h1").unwrap().unwrap();
    assert_eq!(h1.text_content().unwrap(), "Belajar mandiri, kapan saja");
    assert!(host.query_selector("footer").unwrap().is_some());

    // app-ready comes once the database is open (saved progress restored).
    for _ in 0..100 {
        if app_ready_marks() > 0 {
            break;
        }
        sleep(50).await;
    }
    assert_eq!(
        app_ready_marks(),
        1,
        "performance.mark('app-ready') set exactly once"
    );
    bimtek::platform::mark_app_ready();
    assert_eq!(app_ready_marks(), 1, "a second call must not mark again");

    // A hash change swaps the page without a reload.
    window.location().set_hash("/tentang").unwrap();
    for _ in 0..40 {
        if host
            .query_selector("main h1")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
            != "Belajar mandiri, kapan saja"
        {
            break;
        }
        sleep(25).await;
    }
    let h1 = host.query_selector("main h1").unwrap().unwrap();
    assert_eq!(h1.text_content().unwrap(), "Tentang Bimtek Mandiri");
    window.location().set_hash("/").unwrap();
    host.remove();
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Sample {
    title: String,
    score: u32,
    done: bool,
}

#[wasm_bindgen_test]
async fn indexed_db_round_trip_survives_reopen() {
    let name = "bimtek-test-round-trip";
    let sample = Sample {
        title: "Pola Pikir Melayani".into(),
        score: 85,
        done: true,
    };

    let store = IdbStore::open(name).await.unwrap();
    store.put_meta("sample", &sample).await.unwrap();
    assert_eq!(
        store.get_meta::<Sample>("sample").await.unwrap(),
        Some(sample)
    );
    assert_eq!(store.get_meta::<Sample>("missing").await.unwrap(), None);
    store.close();

    // A new connection sees the committed record.
    let store = IdbStore::open(name).await.unwrap();
    let again: Option<Sample> = store.get_meta("sample").await.unwrap();
    assert_eq!(again.map(|s| s.score), Some(85));

    // A record of the wrong shape is reported as corrupt, not a crash.
    let wrong = store.get_meta::<u32>("sample").await;
    assert!(matches!(wrong, Err(StorageError::Corrupt(_))), "{wrong:?}");
    store.close();
}

/// A fresh, empty database for one test.
async fn fresh(name: &str) -> IdbStore {
    indexed_db_futures::database::Database::delete_by_name(name)
        .unwrap()
        .await
        .unwrap();
    IdbStore::open(name).await.unwrap()
}

// Every single-store contract function, each on a fresh database, generated from the one
// list in `src/storage/contract.rs` (the native suite uses the same list).
bimtek::storage_contract_suite!(browser: fresh);

/// A fresh launched learner's database (issue 27, item 3): named as the app names it.
async fn fresh_actor(name: &str) -> IdbStore {
    let key = bimtek::domain::lrs::learner::store_key(&format!("mbox:mailto:{name}@contoh.go.id"));
    fresh(&bimtek::storage::schema::actor_db_name(&key)).await
}

/// The whole storage contract on a launched learner's own database.
mod actor_database {
    use super::fresh_actor;
    bimtek::storage_contract_suite!(browser: fresh_actor);
}

/// A launched learner's database and the device's keep apart: what one holds, the other does
/// not (the app opens one of them per page).
#[wasm_bindgen_test]
async fn an_actor_database_and_the_devices_keep_apart() {
    use bimtek::domain::ids::{LessonId, ModuleId};
    use bimtek::domain::progress::LessonUpdate;
    let device = fresh("bimtek-test-device-apart").await;
    let ani = fresh_actor("ani-apart").await;
    let budi = fresh_actor("budi-apart").await;
    let update = |lesson: &str| LessonUpdate {
        module: ModuleId::parse("agen-perubahan").unwrap(),
        lesson: LessonId::parse(lesson).unwrap(),
        read: true,
        add_seconds: 60,
        position: None,
    };
    ani.update_lesson(&update("mawas-diri"), 1).await.unwrap();
    budi.update_lesson(&update("pola-pikir"), 2).await.unwrap();
    assert!(device.lessons().await.unwrap().is_empty());
    let only = |v: Vec<bimtek::domain::progress::LessonRecord>| -> Vec<String> {
        v.iter().map(|l| l.lesson.as_str().to_owned()).collect()
    };
    assert_eq!(only(ani.lessons().await.unwrap()), ["mawas-diri"]);
    assert_eq!(only(budi.lessons().await.unwrap()), ["pola-pikir"]);
}

#[wasm_bindgen_test]
async fn idb_contract_two_connections_like_two_tabs() {
    let a = fresh("bimtek-test-c4").await;
    let b = IdbStore::open("bimtek-test-c4").await.unwrap();
    contract::two_writers(&a, &b).await;
}

#[wasm_bindgen_test]
async fn idb_contract_outbox_two_connections_like_two_tabs() {
    let a = fresh("bimtek-test-c11").await;
    let b = IdbStore::open("bimtek-test-c11").await.unwrap();
    contract::outbox_two_tabs(&a, &b).await;
}

/// A frozen database fixture (`tests/fixtures/db-v*.json`).
#[derive(Deserialize)]
struct DbFixture {
    version: u32,
    stores: Vec<StoreFixture>,
}

#[derive(Deserialize)]
struct StoreFixture {
    name: String,
    key_path: String,
    /// `[name, key path]` of each index the old version made.
    #[serde(default)]
    indexes: Vec<(String, String)>,
    /// A key generator (the outbox, since version 3).
    #[serde(default)]
    auto_increment: bool,
    rows: Vec<serde_json::Value>,
}

/// `(store, key path, auto-increment, [(index, key path)])` of a fixture.
type Layout = Vec<(String, String, bool, Vec<(String, String)>)>;

/// Builds the fixture's database under `name` with plain IndexedDB calls (no app code), so the
/// old schema is data, not whatever today's migration code would make of it.
async fn build_fixture(name: &str, fixture: &DbFixture) {
    use indexed_db_futures::prelude::*;
    use indexed_db_futures::transaction::TransactionMode;
    indexed_db_futures::database::Database::delete_by_name(name)
        .unwrap()
        .await
        .unwrap();
    let stores: Layout = fixture
        .stores
        .iter()
        .map(|s| {
            (
                s.name.clone(),
                s.key_path.clone(),
                s.auto_increment,
                s.indexes.clone(),
            )
        })
        .collect();
    let db = indexed_db_futures::database::Database::open(name)
        .with_version(fixture.version)
        .with_on_upgrade_needed(move |_, db| {
            for (store, key, auto, indexes) in &stores {
                let os = db
                    .create_object_store(store)
                    .with_key_path(indexed_db_futures::KeyPath::from(key.as_str()))
                    .with_auto_increment(*auto)
                    .build()?;
                for (name, path) in indexes {
                    os.create_index(name, indexed_db_futures::KeyPath::from(path.as_str()))
                        .build()?;
                }
            }
            Ok(())
        })
        .await
        .unwrap();
    for store in &fixture.stores {
        let tx = db
            .transaction(store.name.as_str())
            .with_mode(TransactionMode::Readwrite)
            .build()
            .unwrap();
        let os = tx.object_store(&store.name).unwrap();
        for row in &store.rows {
            os.put(row).serde().unwrap().await.unwrap();
        }
        tx.commit().await.unwrap();
    }
    db.close();
}

#[wasm_bindgen_test]
async fn idb_migrates_a_version_1_database_keeping_every_record() {
    let fixture: DbFixture = serde_json::from_str(include_str!("fixtures/db-v1.json")).unwrap();
    let name = "bimtek-test-migrate-v1";
    build_fixture(name, &fixture).await;

    let now = IdbStore::open(name).await.unwrap();
    let expected = Resume::try_from(ResumeRecord {
        route: "#/modul/agen-perubahan/pelajaran/mawas-diri".into(),
        module: "agen-perubahan".into(),
        at: 1_700_000_000_000,
    })
    .unwrap();
    assert_eq!(
        now.resume().await.unwrap(),
        Some(expected),
        "v1 resume row intact"
    );
    assert_eq!(
        now.get_meta::<String>("lang").await.unwrap().as_deref(),
        Some("en")
    );
    assert_eq!(
        now.actor_id("not-this-one").await.unwrap(),
        "0b9c6f0e-3f1a-4d2b-9c3e-5a6b7c8d9e0f",
        "the stored actor id is kept, not replaced"
    );
    // The stores added by version 2 work, and the outbox of version 3.
    assert!(now.lessons().await.unwrap().is_empty());
    contract::attempts_and_answers(&now).await;
    contract::outbox_in_order(&now).await;
    now.close();
}

#[wasm_bindgen_test]
async fn idb_migrates_a_version_2_database_keeping_every_record() {
    use bimtek::storage::outbox::OutboxStore;
    let fixture: DbFixture = serde_json::from_str(include_str!("fixtures/db-v2.json")).unwrap();
    let name = "bimtek-test-migrate-v2";
    build_fixture(name, &fixture).await;

    let now = IdbStore::open(name).await.unwrap();
    let snap = now.snapshot().await.unwrap();
    assert_eq!(snap.lessons.len(), 1, "v2 lesson row intact");
    assert_eq!(snap.lessons[0].seconds, 300);
    assert_eq!(snap.attempts.len(), 1);
    assert_eq!(snap.attempts[0].finished_at, Some(1_764_200_900_000));
    assert_eq!(snap.answers.len(), 2);
    assert_eq!(snap.worksheets.len(), 1);
    assert_eq!(
        snap.resume.map(|r| r.route().to_hash()).as_deref(),
        Some("#/modul/agen-perubahan/kuis")
    );
    assert_eq!(
        now.actor_id("not-this-one").await.unwrap(),
        "0b9c6f0e-3f1a-4d2b-9c3e-5a6b7c8d9e0f"
    );
    assert!(now.profile().await.unwrap().is_some());
    // The outbox added by version 3 starts empty and works.
    assert_eq!(now.outbox_summary().await.unwrap().waiting, 0);
    contract::outbox_in_order(&now).await;
    now.close();
}

#[wasm_bindgen_test]
async fn idb_migrates_a_version_3_database_keeping_every_record() {
    use bimtek::storage::outbox::OutboxStore;
    let fixture: DbFixture = serde_json::from_str(include_str!("fixtures/db-v3.json")).unwrap();
    assert_eq!(fixture.version, 3);
    let name = "bimtek-test-migrate-v3";
    build_fixture(name, &fixture).await;

    let now = IdbStore::open(name).await.unwrap();
    let snap = now.snapshot().await.unwrap();
    assert_eq!(snap.lessons.len(), 1, "v3 lesson row intact");
    assert_eq!(snap.attempts.len(), 1);
    assert_eq!(snap.answers.len(), 2);
    assert_eq!(snap.worksheets.len(), 1);
    assert!(snap.resume.is_some());
    assert!(now.profile().await.unwrap().is_some());
    assert_eq!(
        now.actor_id("not-this-one").await.unwrap(),
        "0b9c6f0e-3f1a-4d2b-9c3e-5a6b7c8d9e0f"
    );
    // The outbox rows of version 3 are kept: one waiting, one refused, in key order.
    let summary = now.outbox_summary().await.unwrap();
    assert_eq!(summary.waiting, 1);
    assert_eq!(summary.refused.len(), 1);
    assert_eq!(
        now.next_waiting().await.unwrap().map(|q| q.seq),
        Some(7),
        "the waiting statement keeps its key"
    );
    // The `pretests` store of version 4 starts empty and works.
    assert!(snap.pretests.is_empty());
    contract::pretest_kept_and_merged(&now).await;
    now.close();
}

#[wasm_bindgen_test]
async fn idb_migrates_a_version_4_database_keeping_every_record() {
    use bimtek::storage::outbox::OutboxStore;
    let fixture: DbFixture = serde_json::from_str(include_str!("fixtures/db-v4.json")).unwrap();
    assert_eq!(fixture.version, 4);
    let name = "bimtek-test-migrate-v4";
    build_fixture(name, &fixture).await;

    let now = IdbStore::open(name).await.unwrap();
    let snap = now.snapshot().await.unwrap();
    assert_eq!(snap.lessons.len(), 1, "v4 lesson row intact");
    assert_eq!(snap.attempts.len(), 1);
    assert_eq!(snap.answers.len(), 2);
    assert_eq!(snap.worksheets.len(), 1);
    assert!(snap.resume.is_some());
    assert!(now.profile().await.unwrap().is_some());
    assert_eq!(
        now.actor_id("not-this-one").await.unwrap(),
        "0b9c6f0e-3f1a-4d2b-9c3e-5a6b7c8d9e0f"
    );
    // The pre-tests of version 4 are kept, one taken (with its answers), one skipped.
    let mut pretests = snap.pretests.clone();
    pretests.sort_by(|a, b| a.module.cmp(&b.module));
    assert_eq!(pretests.len(), 2);
    assert!(pretests[0].finished());
    assert_eq!(pretests[0].answers.len(), 2);
    assert_eq!(pretests[1].skipped_at, Some(1_764_000_500_000));
    // The outbox rows are kept.
    let summary = now.outbox_summary().await.unwrap();
    assert_eq!((summary.waiting, summary.refused.len()), (1, 1));
    // The `rtl` and `journal` stores of version 5 start empty and work.
    assert!(snap.rtl.is_empty() && snap.journal.is_empty());
    contract::rtl_kept_and_merged(&now).await;
    contract::journal_kept_and_merged(&now).await;
    now.close();
}

#[wasm_bindgen_test]
async fn idb_migrates_a_version_5_database_keeping_every_record() {
    use bimtek::domain::rtl::Outcome;
    use bimtek::storage::outbox::OutboxStore;
    let fixture: DbFixture = serde_json::from_str(include_str!("fixtures/db-v5.json")).unwrap();
    assert_eq!(fixture.version, 5);
    let name = "bimtek-test-migrate-v5";
    build_fixture(name, &fixture).await;

    let now = IdbStore::open(name).await.unwrap();
    let snap = now.snapshot().await.unwrap();
    assert_eq!(snap.lessons.len(), 1, "v5 lesson row intact");
    assert_eq!(snap.attempts.len(), 1);
    assert_eq!(snap.answers.len(), 2);
    assert_eq!(snap.worksheets.len(), 1);
    assert!(snap.resume.is_some());
    assert!(now.profile().await.unwrap().is_some());
    assert_eq!(
        now.actor_id("not-this-one").await.unwrap(),
        "0b9c6f0e-3f1a-4d2b-9c3e-5a6b7c8d9e0f"
    );
    assert_eq!(snap.pretests.len(), 2);
    let summary = now.outbox_summary().await.unwrap();
    assert_eq!((summary.waiting, summary.refused.len()), (1, 1));
    // The plans and the journal of version 5 are kept, the answered follow-up with its plan.
    let mut plans = snap.rtl.clone();
    plans.sort_by(|a, b| a.module.cmp(&b.module));
    assert_eq!(plans.len(), 2);
    assert_eq!(
        plans[0].follow_up.as_ref().map(|f| f.outcome),
        Some(Outcome::Started)
    );
    assert_eq!(plans[1].tenggat, "2027-02-15");
    assert_eq!(snap.journal.len(), 2);
    assert!(snap
        .journal
        .iter()
        .any(|e| e.text.starts_with("Saya jarang bertanya")));
    // The `review` store of version 6 starts empty and works; the rest stays.
    assert!(snap.review.is_empty());
    contract::review_kept_and_stepped(&now).await;
    now.close();
}

#[wasm_bindgen_test]
async fn idb_a_hostile_stored_resume_point_is_dropped_not_fatal() {
    let store = fresh("bimtek-test-hostile-resume").await;
    store
        .update_lesson(
            &bimtek::domain::progress::LessonUpdate {
                module: bimtek::domain::ids::ModuleId::parse("agen-perubahan").unwrap(),
                lesson: bimtek::domain::ids::LessonId::parse("mawas-diri").unwrap(),
                read: true,
                add_seconds: 5,
                position: None,
            },
            1,
        )
        .await
        .unwrap();
    for route in [
        "javascript:alert(1)",
        "https://evil.example",
        "#/pengaturan",
        "#/tidak-ada",
    ] {
        store
            .put_meta(
                "resume",
                &ResumeRecord {
                    route: route.into(),
                    module: "agen-perubahan".into(),
                    at: 1,
                },
            )
            .await
            .unwrap();
        assert_eq!(store.resume().await.unwrap(), None, "{route}");
        let snap = store.snapshot().await.unwrap();
        assert_eq!(snap.resume, None, "{route}");
        assert_eq!(snap.lessons.len(), 1, "the rest still loads");
    }
    // Not even the right shape: dropped too.
    store.put_meta("resume", &42_u32).await.unwrap();
    assert_eq!(store.snapshot().await.unwrap().resume, None);
    store.close();
}

#[wasm_bindgen_test]
async fn idb_version_change_from_a_newer_tab_closes_and_tells() {
    let name = "bimtek-test-versionchange";
    indexed_db_futures::database::Database::delete_by_name(name)
        .unwrap()
        .await
        .unwrap();
    let old = IdbStore::open_at(name, 1).await.unwrap();
    let told = std::rc::Rc::new(std::cell::Cell::new(false));
    let flag = told.clone();
    old.on_version_change(move || flag.set(true));
    // A "newer tab" opens the current schema: it is not blocked, and the old one is told.
    let newer = IdbStore::open(name).await.unwrap();
    for _ in 0..40 {
        if told.get() {
            break;
        }
        sleep(25).await;
    }
    assert!(told.get(), "the old connection heard versionchange");
    assert!(newer.lessons().await.unwrap().is_empty());
    newer.close();
}

/// A database named like ours that holds something else (another app on the same origin):
/// opening it is refused as foreign — at our schema version (every transaction would fail with
/// `NotFoundError`) and at an older one (the migration meets stores that are not there) — and
/// the advice never says the disk is full; the other app's data is left as it was.
#[wasm_bindgen_test]
async fn a_foreign_database_with_our_name_is_told_apart_and_left_alone() {
    use bimtek::i18n::{t, Key, Lang};
    use bimtek::storage::schema::DB_VERSION;
    for (name, version) in [
        ("bimtek-test-foreign-same", DB_VERSION),
        ("bimtek-test-foreign-old", 1),
    ] {
        let fixture = DbFixture {
            version,
            stores: vec![StoreFixture {
                name: "catatan".into(),
                key_path: "id".into(),
                indexes: vec![],
                auto_increment: false,
                rows: vec![serde_json::json!({ "id": "x", "isi": "milik aplikasi lain" })],
            }],
        };
        build_fixture(name, &fixture).await;
        let opened = IdbStore::open(name).await;
        assert!(
            matches!(opened, Err(StorageError::ForeignDatabase)),
            "{name}: {opened:?}"
        );
        let e = StorageError::ForeignDatabase;
        assert_ne!(e.advice(Lang::Id), t(Lang::Id, Key::StorageAdviceSpace));
        // The other app's store and row are still there.
        let db = indexed_db_futures::database::Database::open(name)
            .await
            .unwrap();
        let names: Vec<String> = db.object_store_names().collect();
        assert_eq!(names, ["catatan"], "{name}");
        db.close();
    }
}
