//! The outbox port: xAPI statements waiting for an LRS (docs/design.md contract 11), kept in
//! their own store (`outbox`, schema version 3) next to the progress, and the row it keeps.
//!
//! Invariants: a statement is stored with the exact bytes that every try sends, its id and
//! timestamp inside them fixed when it was made; the queue is ordered by a sequence number
//! the database assigns (oldest first, across tabs); a refused statement leaves the queue
//! for the "not accepted" list, so it never blocks the rest. This store holds the LRS
//! credentials (`auth`) of each statement: no export, snapshot or message reads it.

use serde::{Deserialize, Serialize};

use super::StorageError;
use crate::domain::lrs::outbox::{Label, Queued, Refusal, RefusedItem, Summary};
use crate::domain::quiz::Millis;

/// A statement to add to the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStatement {
    /// The statement's id.
    pub statement_id: String,
    /// The LRS endpoint it goes to.
    pub endpoint: String,
    /// The `Authorization` value for that LRS, if any.
    pub auth: Option<String>,
    /// The statement, serialised (sent as is on every try).
    pub body: String,
    /// When it was made (Unix ms).
    pub created_at: Millis,
    /// What it is about, for the "not accepted" list.
    pub label: Label,
}

/// How a try settled a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Settlement {
    /// The LRS has it (2xx, or 409: it already had it): the row is deleted.
    Accepted {
        /// When (kept as "last accepted").
        at: Millis,
    },
    /// The LRS refused it: the row moves to the "not accepted" list.
    Refused(Refusal),
}

/// A row of the `outbox` store, exactly as IndexedDB keeps it (contract 6; its shape is a
/// golden file, `tests/golden/outbox-row-v3.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxRow {
    /// The key, assigned by the store's key generator (absent when adding).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub seq: Option<u64>,
    /// The statement id.
    pub id: String,
    /// The LRS endpoint.
    pub endpoint: String,
    /// The credentials for it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub auth: Option<String>,
    /// The statement as sent.
    pub body: String,
    /// When it was made.
    pub created: Millis,
    /// What it is about.
    pub label: Label,
    /// `0` while the statement waits (the sparse index `wait` lists exactly the waiting
    /// rows, in key order); absent once refused.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub wait: Option<u8>,
    /// Why the LRS refused it (the sparse index `refused` on `refused.at`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub refused: Option<Refusal>,
}

impl OutboxRow {
    /// A waiting row for `s`, without its key (the store assigns it).
    #[must_use]
    pub fn new(s: &NewStatement) -> Self {
        Self {
            seq: None,
            id: s.statement_id.clone(),
            endpoint: s.endpoint.clone(),
            auth: s.auth.clone(),
            body: s.body.clone(),
            created: s.created_at,
            label: s.label.clone(),
            wait: Some(0),
            refused: None,
        }
    }

    /// The row as the sender needs it (`None` without a key).
    #[must_use]
    pub fn queued(&self) -> Option<Queued> {
        Some(Queued {
            seq: self.seq?,
            statement_id: self.id.clone(),
            endpoint: self.endpoint.clone(),
            auth: self.auth.clone(),
            body: self.body.clone(),
        })
    }

    /// The row as Settings lists it, when refused.
    #[must_use]
    pub fn refused_item(&self) -> Option<RefusedItem> {
        Some(RefusedItem {
            seq: self.seq?,
            label: self.label.clone(),
            endpoint: self.endpoint.clone(),
            refusal: self.refused.clone()?,
        })
    }

    /// Applies a refusal: out of the queue, into the "not accepted" list.
    pub fn refuse(&mut self, refusal: Refusal) {
        self.wait = None;
        self.refused = Some(refusal);
    }

    /// Back into the queue at its old place; with `credentials` for its endpoint, those
    /// replace the stored ones (the trainer fixed them and the learner launched again).
    pub fn requeue(&mut self, credentials: Option<(&str, Option<&str>)>) {
        self.wait = Some(0);
        self.refused = None;
        if let Some((endpoint, auth)) = credentials {
            if endpoint == self.endpoint {
                self.auth = auth.map(str::to_owned);
            }
        }
    }
}

/// The outbox port, next to [`super::ProgressStore`]. Every method is one transaction,
/// committed before it returns.
#[allow(
    async_fn_in_trait,
    reason = "single-threaded wasm: the futures need not be Send"
)]
pub trait OutboxStore {
    /// Adds a statement at the end of the queue.
    ///
    /// # Errors
    /// [`StorageError`] when the write fails; nothing is added then.
    async fn enqueue(&self, statement: &NewStatement) -> Result<(), StorageError>;

    /// The oldest waiting statement (refused ones are not waiting).
    ///
    /// # Errors
    /// [`StorageError`] when reading fails.
    async fn next_waiting(&self) -> Result<Option<Queued>, StorageError>;

    /// Settles statement `seq`: deleted when accepted (and the time kept as "last
    /// accepted"), moved to the "not accepted" list when refused. A statement already gone
    /// (another tab settled it) is left alone.
    ///
    /// # Errors
    /// [`StorageError`] when the write fails; the statement then stays as it was.
    async fn settle(&self, seq: u64, settlement: &Settlement) -> Result<(), StorageError>;

    /// How many statements wait to be sent ([`Summary::waiting`] without reading a row: the
    /// start-up of a site without an LRS asks only this).
    ///
    /// # Errors
    /// [`StorageError`] when reading fails.
    async fn outbox_waiting(&self) -> Result<u32, StorageError>;

    /// How many wait, which were refused and why, and when the LRS last accepted one.
    ///
    /// # Errors
    /// [`StorageError`] when reading fails.
    async fn outbox_summary(&self) -> Result<Summary, StorageError>;

    /// Puts every refused statement back in the queue at its old place, with `credentials`
    /// (`(endpoint, auth)`) replacing those of the statements for that endpoint. Returns how
    /// many.
    ///
    /// # Errors
    /// [`StorageError`] when the write fails; nothing changes then.
    async fn requeue_refused(
        &self,
        credentials: Option<(&str, Option<&str>)>,
    ) -> Result<u32, StorageError>;

    /// The replay of a new registration (issue 27, item 3), in one transaction: when
    /// `registration` has not been noted yet, adds `statements` at the end of the queue in
    /// order and notes it (at `at`), returning `true`; when it has, changes nothing and returns
    /// `false`. Two tabs launched with one registration replay it once.
    ///
    /// # Errors
    /// [`StorageError`] when the write fails; nothing is added or noted then.
    async fn enqueue_replay(
        &self,
        registration: &str,
        statements: &[NewStatement],
        at: Millis,
    ) -> Result<bool, StorageError>;
}
