//! The IndexedDB schema: database name, version, store names and migrations, in one place.
//!
//! Invariant: `DB_VERSION` only goes up, and every step from an older version to the next is
//! a migration here that keeps every record. A frozen fixture for each old version is data in
//! `tests/fixtures/db-v<N>.json`; `tests/browser.rs` builds it with plain IndexedDB calls and
//! opens it with the current app.
//!
//! | version | change |
//! |---|---|
//! | 1 | `meta` (`{key, value}`) |
//! | 2 | `lessons` (key `module/lesson`, index `module`), `attempts` (key `id`, index `module`), `answers` (key `attempt/question`, index `attempt`) |
//! | 3 | `outbox` (key `seq` from the key generator; sparse indexes `wait` — the waiting rows, oldest first — and `refused` on `refused.at`): xAPI statements waiting for an LRS |
//! | 4 | `pretests` (key `key` = the module id, rows `{key, rec}`): one pre-test per module (issue 26) |
//! | 5 | `rtl` (key `key` = the module id, rows `{key, rec}`): one follow-up action plan per module, its 30-day follow-up inside; `journal` (key `key` = `module/lesson`, rows `{key, rec}`, index `module`): reflection journal entries (issue 26, items 4 and 6) |
//! | 6 | `review` (key `key` = `module/question`, rows `{key, rec}`): the questions to review, each with its Leitner box, due day and key fingerprint (issue 29, item 2) |

/// The database name used by the app: the device's own progress.
pub const DB_NAME: &str = "bimtek-mandiri";

/// The database of a Tin Can launch's actor (issue 27, item 3): `bimtek-mandiri:lms-<key>`,
/// `key` the 16 hexadecimal digits of [`crate::domain::lrs::learner::store_key`]. The same
/// schema, versions and migrations as [`DB_NAME`]; one per actor that was launched in this
/// browser, never the raw e-mail or account in its name.
#[must_use]
pub fn actor_db_name(key: &str) -> String {
    format!("{DB_NAME}:lms-{key}")
}

/// The current schema version.
pub const DB_VERSION: u32 = 6;

/// Key–value settings and bookkeeping (`{key, value}` records, key path `key`). Since v1.
pub const STORE_META: &str = "meta";
/// Lesson records, key path `key` = `module/lesson`. Since v2.
pub const STORE_LESSONS: &str = "lessons";
/// Quiz attempts, key path `id`. Since v2.
pub const STORE_ATTEMPTS: &str = "attempts";
/// Answers, key path `key` = `attempt/question`. Since v2.
pub const STORE_ANSWERS: &str = "answers";

/// xAPI statements waiting for an LRS, key path `seq` (auto-increment). Since v3. Holds LRS
/// credentials: no export or snapshot reads it.
pub const STORE_OUTBOX: &str = "outbox";
/// Pre-tests, key path `key` = the module id, one row per module. Since v4.
pub const STORE_PRETESTS: &str = "pretests";
/// Follow-up action plans (RTL), key path `key` = the module id, one row per module. Since v5.
pub const STORE_RTL: &str = "rtl";
/// Reflection journal entries, key path `key` = `module/lesson`, index `module`. Since v5.
pub const STORE_JOURNAL: &str = "journal";
/// The review queue ("Ulang soal yang salah"), key path `key` = `module/question`. Since v6.
pub const STORE_REVIEW: &str = "review";

/// The key path of `outbox`.
pub const OUTBOX_KEY_PATH: &str = "seq";
/// `outbox` index of the waiting rows (key path `wait`, present only while waiting).
pub const OUTBOX_WAITING: &str = "wait";
/// `outbox` index of the refused rows (key path `refused.at`, present only once refused).
pub const OUTBOX_REFUSED: &str = "refused";

/// The key path shared by `meta`, `lessons` and `answers`.
pub const KEY_PATH: &str = "key";
/// The key path of `attempts`.
pub const ATTEMPT_KEY_PATH: &str = "id";

/// `meta` key of the resume point.
pub const META_RESUME: &str = "resume";
/// `meta` key of the learner's profile (completion record).
pub const META_PROFILE: &str = "profile";
/// `meta` key of the pseudonymous learner id used in learning events.
pub const META_ACTOR: &str = "actor-id";
/// `meta` key of when an LRS last accepted a statement from this device (Unix ms).
pub const META_LRS_ACCEPTED: &str = "lrs-last-accepted";
/// `meta` key of the eviction marker: when progress was first saved in this database
/// (Unix ms). Its absence in a database that `localStorage` says had progress means the
/// browser deleted the data.
pub const META_MARKER: &str = "progress-marker";

/// `meta` key noting that a launch's registration was replayed (issue 27, item 3):
/// `lrs-registration:<uuid>`, the value when (Unix ms). Added without a schema bump, as
/// worksheets were: `meta` is a key–value store since v1. Written with the replay's statements
/// in one transaction ([`crate::storage::outbox::OutboxStore::enqueue_replay`]).
#[must_use]
pub fn meta_registration(registration: &str) -> String {
    format!("lrs-registration:{registration}")
}

/// `meta` key of a worksheet (`worksheet:kbk`): one row per worksheet, written whole on each
/// (debounced) change. Added without a schema bump: `meta` is a key–value store since v1.
#[must_use]
pub fn meta_worksheet(id: crate::domain::worksheet::WorksheetId) -> String {
    format!("{META_WORKSHEET_PREFIX}{}", id.as_str())
}

/// What every worksheet's `meta` key starts with ([`meta_worksheet`]).
pub const META_WORKSHEET_PREFIX: &str = "worksheet:";
/// The first key after every worksheet's (`;` follows `:`): the upper bound of their range.
pub const META_WORKSHEET_END: &str = "worksheet;";

/// The stores a database of this app has at schema `version` (the table above).
#[must_use]
pub fn stores_at(version: u32) -> &'static [&'static str] {
    const ALL: [&str; 9] = [
        STORE_META,
        STORE_LESSONS,
        STORE_ATTEMPTS,
        STORE_ANSWERS,
        STORE_OUTBOX,
        STORE_PRETESTS,
        STORE_RTL,
        STORE_JOURNAL,
        STORE_REVIEW,
    ];
    match version {
        0 => &[],
        1 => &ALL[..1],
        2 => &ALL[..4],
        3 => &ALL[..5],
        4 => &ALL[..6],
        5 => &ALL[..8],
        _ => &ALL,
    }
}

/// Stepwise migrations from the stored version up to `version`: each step runs once, in
/// order, keeping all records (see `schema.rs` for the table of versions).
#[cfg(target_arch = "wasm32")]
pub(super) fn migrate(
    event: &indexed_db_futures::database::VersionChangeEvent,
    db: &indexed_db_futures::database::Database,
    version: u32,
) -> indexed_db_futures::Result<()> {
    use indexed_db_futures::prelude::*;
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "IndexedDB versions are small positive integers carried as f64"
    )]
    let old = event.old_version() as u32;
    // A database of this name at `old` must hold that version's stores; one that does not is
    // another app's (same origin, same name): refuse to touch it (the open fails as foreign,
    // `requests::open_failed`), rather than add our stores to it.
    let names: Vec<String> = db.object_store_names().collect();
    if let Some(missing) = stores_at(old)
        .iter()
        .find(|s| !names.iter().any(|n| n == *s))
    {
        let foreign = web_sys::DomException::new_with_message_and_name(
            &format!("NotFoundError: no store {missing}: not this app's database"),
            "NotFoundError",
        )
        .map_err(|e| indexed_db_futures::error::Error::from(js_sys::Error::from(e)))?;
        return Err(foreign.into());
    }
    if old < 1 && version >= 1 {
        db.create_object_store(STORE_META)
            .with_key_path(indexed_db_futures::KeyPath::from(KEY_PATH))
            .build()?;
    }
    if old < 2 && version >= 2 {
        // (store, key path, index, index key path)
        let stores = [
            (STORE_LESSONS, KEY_PATH, "module", "rec.module"),
            (STORE_ATTEMPTS, ATTEMPT_KEY_PATH, "module", "rec.module"),
            (STORE_ANSWERS, KEY_PATH, "attempt", "rec.attempt"),
        ];
        for (store, key, index, index_key) in stores {
            db.create_object_store(store)
                .with_key_path(indexed_db_futures::KeyPath::from(key))
                .build()?
                .create_index(index, indexed_db_futures::KeyPath::from(index_key))
                .build()?;
        }
    }
    if old < 3 && version >= 3 {
        let outbox = db
            .create_object_store(STORE_OUTBOX)
            .with_key_path(indexed_db_futures::KeyPath::from(OUTBOX_KEY_PATH))
            .with_auto_increment(true)
            .build()?;
        outbox
            .create_index(OUTBOX_WAITING, indexed_db_futures::KeyPath::from("wait"))
            .build()?;
        outbox
            .create_index(
                OUTBOX_REFUSED,
                indexed_db_futures::KeyPath::from("refused.at"),
            )
            .build()?;
    }
    if old < 4 && version >= 4 {
        db.create_object_store(STORE_PRETESTS)
            .with_key_path(indexed_db_futures::KeyPath::from(KEY_PATH))
            .build()?;
    }
    if old < 5 && version >= 5 {
        db.create_object_store(STORE_RTL)
            .with_key_path(indexed_db_futures::KeyPath::from(KEY_PATH))
            .build()?;
        db.create_object_store(STORE_JOURNAL)
            .with_key_path(indexed_db_futures::KeyPath::from(KEY_PATH))
            .build()?
            .create_index("module", indexed_db_futures::KeyPath::from("rec.module"))
            .build()?;
    }
    if old < 6 && version >= 6 {
        db.create_object_store(STORE_REVIEW)
            .with_key_path(indexed_db_futures::KeyPath::from(KEY_PATH))
            .build()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_version_keeps_the_stores_of_the_one_before() {
        assert!(stores_at(0).is_empty());
        for v in 1..=DB_VERSION {
            let (before, now) = (stores_at(v - 1), stores_at(v));
            assert!(before.iter().all(|s| now.contains(s)), "v{v}");
            assert!(now.len() > before.len(), "v{v} adds a store");
        }
        assert!(stores_at(DB_VERSION).contains(&STORE_OUTBOX));
        assert!(stores_at(DB_VERSION).contains(&STORE_PRETESTS));
        assert!(!stores_at(3).contains(&STORE_PRETESTS));
        for store in [STORE_RTL, STORE_JOURNAL] {
            assert!(stores_at(DB_VERSION).contains(&store));
            assert!(!stores_at(4).contains(&store), "{store} is new in v5");
        }
        assert!(stores_at(DB_VERSION).contains(&STORE_REVIEW));
        assert!(!stores_at(5).contains(&STORE_REVIEW), "review is new in v6");
    }
}
