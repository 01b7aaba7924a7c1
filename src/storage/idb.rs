//! The IndexedDB adapter (wasm only), on `indexed_db_futures`.
//!
//! Each call is one transaction, committed before the call returns; nothing but IndexedDB
//! requests is awaited inside a transaction (awaiting a timer or a fetch would let the browser
//! auto-commit). Rows are this module's own serde types (`{key, rec}`) around the saved forms
//! of `domain::saved`, so the stored shape is decided there and here, next to the schema.
//! Request helpers and error reading live in `idb/requests.rs`.
//!
//! Longer than our ~350-line guide on purpose: most of it is the one `ProgressStore` impl,
//! one transaction per method; splitting the trait impl would scatter the transaction rules.

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{
    Transaction, TransactionDurability, TransactionMode, TransactionOptions,
};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::outbox::{NewStatement, OutboxRow, OutboxStore, Settlement};
use super::schema::{
    meta_registration, meta_worksheet, DB_VERSION, META_ACTOR, META_LRS_ACCEPTED, META_PROFILE,
    META_RESUME, META_WORKSHEET_END, META_WORKSHEET_PREFIX, OUTBOX_REFUSED, OUTBOX_WAITING,
    STORE_ANSWERS, STORE_ATTEMPTS, STORE_JOURNAL, STORE_LESSONS, STORE_META, STORE_OUTBOX,
    STORE_PRETESTS, STORE_REVIEW, STORE_RTL,
};
use super::{answer_key, merge_attempt, merge_pretest, ProgressStore, StorageError};
use crate::domain::journal::{merge_journal, JournalEntry};
use crate::domain::lrs::outbox::{Queued, Summary};
use crate::domain::pretest::PretestRecord;
use crate::domain::progress::{
    apply_lesson_update, lesson_key, LessonRecord, LessonUpdate, Resume,
};
use crate::domain::quiz::{AnswerRecord, Attempt, Millis};
use crate::domain::record::Profile;
use crate::domain::review::{apply as apply_review, ReviewEntry, Step as ReviewStep, Today};
use crate::domain::rtl::{merge_rtl, RtlPlan};
use crate::domain::transfer::Snapshot;
use crate::domain::worksheet::{Worksheet, WorksheetId};

mod requests;
use requests::{
    commit, commit_add, corrupt, count_rows, delete_row, fail, get_row, open_failed, parse_resume,
    put_row, rows_in, AttemptRow, MetaRow, Row,
};

const ALL_STORES: [&str; 8] = [
    STORE_META,
    STORE_LESSONS,
    STORE_ATTEMPTS,
    STORE_ANSWERS,
    STORE_PRETESTS,
    STORE_RTL,
    STORE_JOURNAL,
    STORE_REVIEW,
];

/// An open connection to the app's database.
#[derive(Debug, Clone)]
pub struct IdbStore {
    db: Database,
}

impl IdbStore {
    /// Opens (creating or upgrading) the database called `name`, running every migration
    /// from its stored version up to [`DB_VERSION`].
    ///
    /// # Errors
    /// [`StorageError::Unavailable`] when IndexedDB cannot be opened;
    /// [`StorageError::NewerSchema`] when a newer app version already upgraded it.
    pub async fn open(name: &str) -> Result<Self, StorageError> {
        Self::open_at(name, DB_VERSION).await
    }

    /// Like [`Self::open`]; `on_blocked` runs if another connection (an older tab that
    /// ignores `versionchange`) blocks the upgrade. The open then stays pending until that
    /// connection closes.
    ///
    /// # Errors
    /// As [`Self::open`].
    pub async fn open_reporting_block(
        name: &str,
        on_blocked: impl FnOnce() + 'static,
    ) -> Result<Self, StorageError> {
        let db = Database::open(name)
            .with_version(DB_VERSION)
            .with_on_blocked(move |_| {
                on_blocked();
                Ok(())
            })
            .with_on_upgrade_needed(move |event, db| {
                super::schema::migrate(&event, &db, DB_VERSION)
            })
            .await
            .map_err(open_failed)?;
        Self::ours(db, DB_VERSION)
    }

    /// The open database, if it has every store of this app at `version`; otherwise it is
    /// closed and
    /// [`StorageError::ForeignDatabase`] (a database of the same name and version made by
    /// something else: every later transaction would fail with `NotFoundError`).
    fn ours(db: Database, version: u32) -> Result<Self, StorageError> {
        let names: Vec<String> = db.object_store_names().collect();
        if super::schema::stores_at(version)
            .iter()
            .all(|s| names.iter().any(|n| n == s))
        {
            Ok(Self { db })
        } else {
            db.close();
            Err(StorageError::ForeignDatabase)
        }
    }

    /// Opens at an explicit schema version (tests build old databases with it).
    ///
    /// # Errors
    /// As [`Self::open`].
    pub async fn open_at(name: &str, version: u32) -> Result<Self, StorageError> {
        let db = Database::open(name)
            .with_version(version)
            .with_on_upgrade_needed(move |event, db| super::schema::migrate(&event, &db, version))
            .await
            .map_err(open_failed)?;
        Self::ours(db, version)
    }

    /// Calls `on_change` once if another tab opens a newer schema; this connection is closed
    /// first so that the other tab is not blocked.
    pub fn on_version_change(&self, on_change: impl FnOnce() + 'static) {
        let Ok(mut listener) = self.db.version_changes() else {
            return;
        };
        let db = self.db.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if listener.recv().await.is_some() {
                db.close();
                on_change();
            }
        });
    }

    /// Closes the connection.
    pub fn close(self) {
        self.db.close();
    }

    /// A transaction with `relaxed` durability: the commit completes once the browser has the
    /// data (it survives a killed tab), without waiting for a disk flush. Used for answers,
    /// lessons and the resume point, which are small, frequent and re-creatable by the learner;
    /// measured by scripts/bench.sh (answer save).
    fn tx(&self, stores: &[&str], mode: TransactionMode) -> Result<Transaction<'_>, StorageError> {
        self.tx_with(stores, mode, TransactionDurability::Relaxed)
    }

    /// A transaction with `strict` durability (flushed to disk before the commit completes),
    /// for rare writes whose loss would hurt: import, reset and the profile.
    fn tx_strict(
        &self,
        stores: &[&str],
        mode: TransactionMode,
    ) -> Result<Transaction<'_>, StorageError> {
        self.tx_with(stores, mode, TransactionDurability::Strict)
    }

    fn tx_with(
        &self,
        stores: &[&str],
        mode: TransactionMode,
        durability: TransactionDurability,
    ) -> Result<Transaction<'_>, StorageError> {
        let options = TransactionOptions::new().with_durability(durability);
        self.db
            .transaction(stores)
            .with_mode(mode)
            .with_options(options)
            .build()
            .map_err(fail)
    }

    /// Writes a `meta` value and commits.
    ///
    /// # Errors
    /// [`StorageError`] when the write fails.
    pub async fn put_meta<T: Serialize>(&self, key: &str, value: &T) -> Result<(), StorageError> {
        let tx = self.tx(&[STORE_META], TransactionMode::Readwrite)?;
        let store = tx.object_store(STORE_META).map_err(fail)?;
        put_row(
            &store,
            &MetaRow {
                key: key.to_owned(),
                value,
            },
        )
        .await?;
        commit(tx).await
    }

    /// Reads a `meta` value.
    ///
    /// # Errors
    /// [`StorageError::Corrupt`] when the stored value does not decode as `T`.
    pub async fn get_meta<T: DeserializeOwned>(
        &self,
        key: &str,
    ) -> Result<Option<T>, StorageError> {
        let tx = self.tx(&[STORE_META], TransactionMode::Readonly)?;
        let store = tx.object_store(STORE_META).map_err(fail)?;
        let row: Option<MetaRow<T>> = get_row(&store, key).await?;
        Ok(row.map(|r| r.value))
    }

    /// Read-modify-write of one `{key, rec}` row in one transaction: `merge` gets the stored
    /// record (if any) and gives what is written and returned.
    async fn put_merged<T: Serialize + DeserializeOwned>(
        &self,
        store_name: &str,
        key: String,
        durability: TransactionDurability,
        merge: impl FnOnce(Option<T>) -> T,
    ) -> Result<T, StorageError> {
        let tx = self.tx_with(&[store_name], TransactionMode::Readwrite, durability)?;
        let store = tx.object_store(store_name).map_err(fail)?;
        let stored: Option<Row<T>> = get_row(&store, key.as_str()).await?;
        let merged = merge(stored.map(|r| r.rec));
        put_row(&store, &Row { key, rec: &merged }).await?;
        commit(tx).await?;
        Ok(merged)
    }

    async fn all<T: DeserializeOwned>(&self, store_name: &str) -> Result<Vec<T>, StorageError> {
        let tx = self.tx(&[store_name], TransactionMode::Readonly)?;
        rows_in(&tx, store_name).await
    }
}

/// Inside a transaction: writes each `(key, rec)` as a `{key, rec}` row.
async fn put_all<'a, T: Serialize + 'a>(
    store: &indexed_db_futures::object_store::ObjectStore<'_>,
    rows: impl IntoIterator<Item = (String, &'a T)>,
) -> Result<(), StorageError> {
    for (key, rec) in rows {
        put_row(store, &Row { key, rec }).await?;
    }
    Ok(())
}

/// Inside a `replace_all` transaction: deletes every worksheet row, then writes `sheets`.
async fn replace_worksheets(
    meta: &indexed_db_futures::object_store::ObjectStore<'_>,
    sheets: &[Worksheet],
) -> Result<(), StorageError> {
    for id in WorksheetId::ALL {
        delete_row(meta, meta_worksheet(id).as_str()).await?;
    }
    for sheet in sheets {
        put_row(
            meta,
            &MetaRow {
                key: meta_worksheet(sheet.id),
                value: sheet,
            },
        )
        .await?;
    }
    Ok(())
}

impl ProgressStore for IdbStore {
    async fn update_lesson(
        &self,
        update: &LessonUpdate,
        now: Millis,
    ) -> Result<LessonRecord, StorageError> {
        let key = lesson_key(&update.module, &update.lesson);
        let tx = self.tx(&[STORE_LESSONS], TransactionMode::Readwrite)?;
        let store = tx.object_store(STORE_LESSONS).map_err(fail)?;
        let stored: Option<Row<LessonRecord>> = get_row(&store, key.as_str()).await?;
        let rec = apply_lesson_update(stored.map(|r| r.rec), update, now);
        put_row(&store, &Row { key, rec: &rec }).await?;
        commit(tx).await?;
        Ok(rec)
    }

    async fn lessons(&self) -> Result<Vec<LessonRecord>, StorageError> {
        Ok(self
            .all::<Row<LessonRecord>>(STORE_LESSONS)
            .await?
            .into_iter()
            .map(|r| r.rec)
            .collect())
    }

    async fn put_attempt(&self, attempt: &Attempt) -> Result<Attempt, StorageError> {
        let tx = self.tx(&[STORE_ATTEMPTS], TransactionMode::Readwrite)?;
        let store = tx.object_store(STORE_ATTEMPTS).map_err(fail)?;
        let stored: Option<AttemptRow> = get_row(&store, attempt.id.as_str()).await?;
        let merged = merge_attempt(stored.map(|r| r.rec), attempt);
        put_row(
            &store,
            &AttemptRow {
                id: merged.id.clone(),
                rec: merged.clone(),
            },
        )
        .await?;
        commit(tx).await?;
        Ok(merged)
    }

    async fn attempts(&self) -> Result<Vec<Attempt>, StorageError> {
        Ok(self
            .all::<AttemptRow>(STORE_ATTEMPTS)
            .await?
            .into_iter()
            .map(|r| r.rec)
            .collect())
    }

    async fn put_answer(&self, answer: &AnswerRecord) -> Result<AnswerRecord, StorageError> {
        // One `add` and the commit asked for at once, in one round trip to the browser's
        // database process (the benchmark measures this path): awaiting the add's own success
        // before committing cost a second one. `add` refuses an existing key; the transaction
        // then aborts with a ConstraintError, and the answer already stored (another tab's)
        // wins.
        let key = answer_key(answer);
        let tx = self.tx(&[STORE_ANSWERS], TransactionMode::Readwrite)?;
        {
            let store = tx.object_store(STORE_ANSWERS).map_err(fail)?;
            // Sent when built; the commit below settles it.
            let request = store
                .add(&Row {
                    key: key.clone(),
                    rec: answer,
                })
                .serde()
                .map_err(fail)?;
            drop(request);
        }
        if commit_add(tx).await? {
            return Ok(answer.clone());
        }
        let tx = self.tx(&[STORE_ANSWERS], TransactionMode::Readonly)?;
        let store = tx.object_store(STORE_ANSWERS).map_err(fail)?;
        let stored: Option<Row<AnswerRecord>> = get_row(&store, key.as_str()).await?;
        stored.map(|r| r.rec).ok_or(StorageError::AnswerMissing)
    }

    async fn answers(&self) -> Result<Vec<AnswerRecord>, StorageError> {
        Ok(self
            .all::<Row<AnswerRecord>>(STORE_ANSWERS)
            .await?
            .into_iter()
            .map(|r| r.rec)
            .collect())
    }

    async fn put_pretest(&self, pretest: &PretestRecord) -> Result<PretestRecord, StorageError> {
        let tx = self.tx(&[STORE_PRETESTS], TransactionMode::Readwrite)?;
        let store = tx.object_store(STORE_PRETESTS).map_err(fail)?;
        let key = pretest.module.as_str().to_owned();
        let stored: Option<Row<PretestRecord>> = get_row(&store, key.as_str()).await?;
        let merged = merge_pretest(stored.map(|r| r.rec), pretest);
        put_row(&store, &Row { key, rec: &merged }).await?;
        commit(tx).await?;
        Ok(merged)
    }

    async fn pretests(&self) -> Result<Vec<PretestRecord>, StorageError> {
        Ok(self
            .all::<Row<PretestRecord>>(STORE_PRETESTS)
            .await?
            .into_iter()
            .map(|r| r.rec)
            .collect())
    }

    /// `strict`: a plan is written rarely, and is the learner's own composed text.
    async fn put_rtl(&self, plan: &RtlPlan) -> Result<RtlPlan, StorageError> {
        let key = plan.module.as_str().to_owned();
        self.put_merged(STORE_RTL, key, TransactionDurability::Strict, |stored| {
            merge_rtl(stored, plan)
        })
        .await
    }

    async fn rtl_plans(&self) -> Result<Vec<RtlPlan>, StorageError> {
        Ok(self
            .all::<Row<RtlPlan>>(STORE_RTL)
            .await?
            .into_iter()
            .map(|r| r.rec)
            .collect())
    }

    /// `relaxed`, as a worksheet: saved while typing (debounced), small, and the latest text
    /// is on screen.
    async fn put_journal(&self, entry: &JournalEntry) -> Result<JournalEntry, StorageError> {
        self.put_merged(
            STORE_JOURNAL,
            entry.key(),
            TransactionDurability::Relaxed,
            |stored| merge_journal(stored, entry),
        )
        .await
    }

    async fn journal(&self) -> Result<Vec<JournalEntry>, StorageError> {
        Ok(self
            .all::<Row<JournalEntry>>(STORE_JOURNAL)
            .await?
            .into_iter()
            .map(|r| r.rec)
            .collect())
    }

    /// `relaxed`, as an answer: a step follows an answer, small and frequent. Every stored
    /// entry is asked for at once (a request is sent when built) and read after, and the writes
    /// are sent without waiting for each: a content update's many steps take two round trips to
    /// the browser's database process, not two per step.
    async fn review_steps(
        &self,
        steps: &[ReviewStep],
        today: Today,
    ) -> Result<Vec<Option<ReviewEntry>>, StorageError> {
        let tx = self.tx(&[STORE_REVIEW], TransactionMode::Readwrite)?;
        let store = tx.object_store(STORE_REVIEW).map_err(fail)?;
        let keys: Vec<String> = steps.iter().map(ReviewStep::storage_key).collect();
        let mut asked = Vec::with_capacity(keys.len());
        for key in &keys {
            asked.push(store.get(key.as_str()).serde().map_err(corrupt)?);
        }
        let mut stored = Vec::with_capacity(asked.len());
        for request in asked {
            let row: Option<Row<ReviewEntry>> = request.await.map_err(corrupt)?;
            stored.push(row.map(|r| r.rec));
        }
        let mut now: Vec<Option<ReviewEntry>> = Vec::with_capacity(steps.len());
        for (i, step) in steps.iter().enumerate() {
            // A question stepped twice in one write: the later step meets the earlier's result.
            let before = match (0..i).rev().find(|&j| keys[j] == keys[i]) {
                Some(j) => now[j].clone(),
                None => stored[i].take(),
            };
            now.push(apply_review(before, step, today));
        }
        for (i, key) in keys.iter().enumerate() {
            if keys[i + 1..].contains(key) {
                continue;
            }
            // Sent when built; the commit below settles them (a failed one aborts them all).
            match &now[i] {
                Some(rec) => drop(
                    store
                        .put(&Row {
                            key: key.clone(),
                            rec,
                        })
                        .serde()
                        .map_err(fail)?,
                ),
                None => drop(store.delete(key.as_str()).primitive().map_err(fail)?),
            }
        }
        commit(tx).await?;
        Ok(now)
    }

    async fn reviews(&self) -> Result<Vec<ReviewEntry>, StorageError> {
        Ok(self
            .all::<Row<ReviewEntry>>(STORE_REVIEW)
            .await?
            .into_iter()
            .map(|r| r.rec)
            .collect())
    }

    async fn set_resume(&self, resume: &Resume) -> Result<(), StorageError> {
        self.put_meta(META_RESUME, resume).await
    }

    async fn resume(&self) -> Result<Option<Resume>, StorageError> {
        let tx = self.tx(&[STORE_META], TransactionMode::Readonly)?;
        let store = tx.object_store(STORE_META).map_err(fail)?;
        parse_resume(store.get(META_RESUME).serde().map_err(corrupt)?.await)
    }

    async fn actor_id(&self, fresh: &str) -> Result<String, StorageError> {
        let tx = self.tx(&[STORE_META], TransactionMode::Readwrite)?;
        let store = tx.object_store(STORE_META).map_err(fail)?;
        let stored: Option<MetaRow<String>> = get_row(&store, META_ACTOR).await?;
        if let Some(row) = stored {
            return Ok(row.value);
        }
        put_row(
            &store,
            &MetaRow {
                key: META_ACTOR.to_owned(),
                value: fresh,
            },
        )
        .await?;
        commit(tx).await?;
        Ok(fresh.to_owned())
    }

    async fn renew_actor_id(&self, fresh: Option<&str>) -> Result<(), StorageError> {
        if let Some(id) = fresh {
            return self.put_meta(META_ACTOR, &id).await;
        }
        let tx = self.tx(&[STORE_META], TransactionMode::Readwrite)?;
        let store = tx.object_store(STORE_META).map_err(fail)?;
        delete_row(&store, META_ACTOR).await?;
        tx.commit().await.map_err(fail)
    }

    async fn profile(&self) -> Result<Option<Profile>, StorageError> {
        self.get_meta(META_PROFILE).await
    }

    async fn set_profile(&self, profile: Option<&Profile>) -> Result<(), StorageError> {
        let tx = self.tx_strict(&[STORE_META], TransactionMode::Readwrite)?;
        let store = tx.object_store(STORE_META).map_err(fail)?;
        if let Some(p) = profile {
            put_row(
                &store,
                &MetaRow {
                    key: META_PROFILE.to_owned(),
                    value: p,
                },
            )
            .await?;
        } else {
            delete_row(&store, META_PROFILE).await?;
        }
        commit(tx).await
    }

    async fn worksheet(&self, id: WorksheetId) -> Result<Option<Worksheet>, StorageError> {
        self.get_meta(&meta_worksheet(id)).await
    }

    async fn set_worksheet(&self, sheet: &Worksheet) -> Result<(), StorageError> {
        self.put_meta(&meta_worksheet(sheet.id), sheet).await
    }

    async fn snapshot(&self) -> Result<Snapshot, StorageError> {
        let tx = self.tx(&ALL_STORES, TransactionMode::Readonly)?;
        let lessons: Vec<Row<LessonRecord>> = rows_in(&tx, STORE_LESSONS).await?;
        let attempts: Vec<AttemptRow> = rows_in(&tx, STORE_ATTEMPTS).await?;
        let answers: Vec<Row<AnswerRecord>> = rows_in(&tx, STORE_ANSWERS).await?;
        let pretests: Vec<Row<PretestRecord>> = rows_in(&tx, STORE_PRETESTS).await?;
        let rtl: Vec<Row<RtlPlan>> = rows_in(&tx, STORE_RTL).await?;
        let journal: Vec<Row<JournalEntry>> = rows_in(&tx, STORE_JOURNAL).await?;
        let review: Vec<Row<ReviewEntry>> = rows_in(&tx, STORE_REVIEW).await?;
        let resume = parse_resume(
            tx.object_store(STORE_META)
                .map_err(fail)?
                .get(META_RESUME)
                .serde()
                .map_err(corrupt)?
                .await,
        )?;
        let meta = tx.object_store(STORE_META).map_err(fail)?;
        let mut worksheets = Vec::new();
        for id in WorksheetId::ALL {
            let row: Option<MetaRow<Worksheet>> =
                get_row(&meta, meta_worksheet(id).as_str()).await?;
            worksheets.extend(row.map(|r| r.value));
        }
        Ok(Snapshot {
            lessons: lessons.into_iter().map(|r| r.rec).collect(),
            attempts: attempts.into_iter().map(|r| r.rec).collect(),
            answers: answers.into_iter().map(|r| r.rec).collect(),
            resume,
            worksheets,
            pretests: pretests.into_iter().map(|r| r.rec).collect(),
            rtl: rtl.into_iter().map(|r| r.rec).collect(),
            journal: journal.into_iter().map(|r| r.rec).collect(),
            review: review.into_iter().map(|r| r.rec).collect(),
        })
    }

    async fn holds_progress(&self) -> Result<bool, StorageError> {
        let tx = self.tx(&ALL_STORES, TransactionMode::Readonly)?;
        for name in ALL_STORES.iter().filter(|n| **n != STORE_META) {
            let rows = count_rows(tx.object_store(name).map_err(fail)?.count().primitive()).await?;
            if rows > 0 {
                return Ok(true);
            }
        }
        // The meta rows a snapshot reads: where the learner stopped, and the worksheets (the
        // actor id, profile and markers are not progress).
        let meta = tx.object_store(STORE_META).map_err(fail)?;
        let resume = count_rows(meta.count().with_query(META_RESUME).primitive()).await?;
        let sheets = count_rows(
            meta.count()
                .with_query(META_WORKSHEET_PREFIX..META_WORKSHEET_END)
                .primitive(),
        )
        .await?;
        Ok(resume > 0 || sheets > 0)
    }

    async fn replace_all(&self, snapshot: &Snapshot) -> Result<(), StorageError> {
        let tx = self.tx_strict(&ALL_STORES, TransactionMode::Readwrite)?;
        let store = |name: &'static str| tx.object_store(name).map_err(fail);
        for name in [
            STORE_LESSONS,
            STORE_ATTEMPTS,
            STORE_ANSWERS,
            STORE_PRETESTS,
            STORE_RTL,
            STORE_JOURNAL,
            STORE_REVIEW,
        ] {
            store(name)?.clear().map_err(fail)?.await.map_err(fail)?;
        }
        delete_row(&store(STORE_META)?, META_RESUME).await?;
        replace_worksheets(&store(STORE_META)?, &snapshot.worksheets).await?;
        put_all(
            &store(STORE_LESSONS)?,
            snapshot.lessons.iter().map(|r| (r.key(), r)),
        )
        .await?;
        let attempts = store(STORE_ATTEMPTS)?;
        for rec in &snapshot.attempts {
            put_row(
                &attempts,
                &AttemptRow {
                    id: rec.id.clone(),
                    rec: rec.clone(),
                },
            )
            .await?;
        }
        put_all(
            &store(STORE_ANSWERS)?,
            snapshot.answers.iter().map(|r| (answer_key(r), r)),
        )
        .await?;
        put_all(
            &store(STORE_PRETESTS)?,
            snapshot
                .pretests
                .iter()
                .map(|r| (r.module.as_str().to_owned(), r)),
        )
        .await?;
        put_all(
            &store(STORE_RTL)?,
            snapshot
                .rtl
                .iter()
                .map(|r| (r.module.as_str().to_owned(), r)),
        )
        .await?;
        put_all(
            &store(STORE_JOURNAL)?,
            snapshot.journal.iter().map(|r| (r.key(), r)),
        )
        .await?;
        put_all(
            &store(STORE_REVIEW)?,
            snapshot.review.iter().map(|r| (r.storage_key(), r)),
        )
        .await?;
        if let Some(resume) = &snapshot.resume {
            put_row(
                &store(STORE_META)?,
                &MetaRow {
                    key: META_RESUME.to_owned(),
                    value: resume,
                },
            )
            .await?;
        }
        // All or nothing: an error above drops `tx` uncommitted, which rolls everything back.
        commit(tx).await
    }
}

/// An outbox key as IndexedDB holds it: a number (a `u64` would go over as a `BigInt`, which
/// is not a key).
#[allow(
    clippy::cast_precision_loss,
    reason = "keys from the key generator stay far below 2^53"
)]
fn outbox_key(seq: u64) -> f64 {
    seq as f64
}

/// Every row of `index` of the outbox, in index order.
async fn outbox_rows(
    store: &indexed_db_futures::object_store::ObjectStore<'_>,
    index: &str,
    limit: Option<u32>,
) -> Result<Vec<OutboxRow>, StorageError> {
    let index = store.index(index).map_err(fail)?;
    let request = match limit {
        Some(n) => index.get_all::<OutboxRow>().with_limit(n).serde(),
        None => index.get_all::<OutboxRow>().serde(),
    };
    let rows = request.map_err(corrupt)?.await.map_err(corrupt)?;
    rows.collect::<Result<Vec<_>, _>>().map_err(corrupt)
}

/// The outbox: statements are small and written once; settling one is a delete or one put.
/// Adding uses `relaxed` durability like an answer (the statement is made right after the
/// answer it reports, and both survive a closed tab).
impl OutboxStore for IdbStore {
    async fn enqueue(&self, statement: &NewStatement) -> Result<(), StorageError> {
        let tx = self.tx(&[STORE_OUTBOX], TransactionMode::Readwrite)?;
        {
            let store = tx.object_store(STORE_OUTBOX).map_err(fail)?;
            // Sent when built, and committed at once (`IDBTransaction.commit()`, not after the
            // request's own event): a statement made in `pagehide` is in the database's hands
            // before the page is unloaded, which would abort a transaction still waiting for
            // an event (a navigation to another site lost `suspended` that way; a closed tab
            // did not).
            let request = store
                .add(&OutboxRow::new(statement))
                .serde()
                .map_err(fail)?;
            drop(request);
        }
        commit(tx).await
    }

    async fn next_waiting(&self) -> Result<Option<Queued>, StorageError> {
        let tx = self.tx(&[STORE_OUTBOX], TransactionMode::Readonly)?;
        let store = tx.object_store(STORE_OUTBOX).map_err(fail)?;
        let rows = outbox_rows(&store, OUTBOX_WAITING, Some(1)).await?;
        Ok(rows.first().and_then(OutboxRow::queued))
    }

    async fn settle(&self, seq: u64, settlement: &Settlement) -> Result<(), StorageError> {
        let tx = self.tx(&[STORE_OUTBOX, STORE_META], TransactionMode::Readwrite)?;
        let store = tx.object_store(STORE_OUTBOX).map_err(fail)?;
        let row: Option<OutboxRow> = store
            .get(outbox_key(seq))
            .serde()
            .map_err(corrupt)?
            .await
            .map_err(corrupt)?;
        let Some(mut row) = row else {
            // Another tab settled it first.
            return Ok(());
        };
        match settlement {
            Settlement::Accepted { at } => {
                store
                    .delete(outbox_key(seq))
                    .primitive()
                    .map_err(fail)?
                    .await
                    .map_err(fail)?;
                let meta = tx.object_store(STORE_META).map_err(fail)?;
                put_row(
                    &meta,
                    &MetaRow {
                        key: META_LRS_ACCEPTED.to_owned(),
                        value: at,
                    },
                )
                .await?;
            }
            Settlement::Refused(refusal) => {
                row.refuse(refusal.clone());
                put_row(&store, &row).await?;
            }
        }
        commit(tx).await
    }

    async fn outbox_waiting(&self) -> Result<u32, StorageError> {
        let tx = self.tx(&[STORE_OUTBOX], TransactionMode::Readonly)?;
        let store = tx.object_store(STORE_OUTBOX).map_err(fail)?;
        count_rows(
            store
                .index(OUTBOX_WAITING)
                .map_err(fail)?
                .count()
                .primitive(),
        )
        .await
    }

    async fn outbox_summary(&self) -> Result<Summary, StorageError> {
        let tx = self.tx(&[STORE_OUTBOX, STORE_META], TransactionMode::Readonly)?;
        let store = tx.object_store(STORE_OUTBOX).map_err(fail)?;
        let waiting = count_rows(
            store
                .index(OUTBOX_WAITING)
                .map_err(fail)?
                .count()
                .primitive(),
        )
        .await?;
        let refused = outbox_rows(&store, OUTBOX_REFUSED, None)
            .await?
            .iter()
            .filter_map(OutboxRow::refused_item)
            .collect();
        let meta = tx.object_store(STORE_META).map_err(fail)?;
        let last: Option<MetaRow<Millis>> = get_row(&meta, META_LRS_ACCEPTED).await?;
        Ok(Summary {
            waiting,
            refused,
            last_accepted: last.map(|r| r.value),
        })
    }

    async fn requeue_refused(
        &self,
        credentials: Option<(&str, Option<&str>)>,
    ) -> Result<u32, StorageError> {
        let tx = self.tx(&[STORE_OUTBOX], TransactionMode::Readwrite)?;
        let store = tx.object_store(STORE_OUTBOX).map_err(fail)?;
        let rows = outbox_rows(&store, OUTBOX_REFUSED, None).await?;
        let mut n = 0;
        for mut row in rows {
            row.requeue(credentials);
            put_row(&store, &row).await?;
            n += 1;
        }
        commit(tx).await?;
        Ok(n)
    }

    async fn enqueue_replay(
        &self,
        registration: &str,
        statements: &[NewStatement],
        at: Millis,
    ) -> Result<bool, StorageError> {
        let tx = self.tx(&[STORE_OUTBOX, STORE_META], TransactionMode::Readwrite)?;
        let meta = tx.object_store(STORE_META).map_err(fail)?;
        let key = meta_registration(registration);
        let noted: Option<MetaRow<Millis>> = get_row(&meta, key.as_str()).await?;
        if noted.is_some() {
            return Ok(false);
        }
        let store = tx.object_store(STORE_OUTBOX).map_err(fail)?;
        for statement in statements {
            let request = store
                .add(&OutboxRow::new(statement))
                .serde()
                .map_err(fail)?;
            drop(request);
        }
        put_row(&meta, &MetaRow { key, value: at }).await?;
        commit(tx).await?;
        Ok(true)
    }
}
