//! The in-memory adapter: used when IndexedDB cannot be opened (nothing survives a reload,
//! and the app says so), and natively to run the contract suite.

use std::cell::RefCell;
use std::collections::BTreeMap;

use super::outbox::{NewStatement, OutboxRow, OutboxStore, Settlement};
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

/// The outbox of [`MemoryStore`].
#[derive(Debug, Default)]
struct MemoryOutbox {
    /// In key order (appended; keys only grow).
    rows: Vec<OutboxRow>,
    /// The last key given (like IndexedDB's key generator, never reused).
    seq: u64,
    last_accepted: Option<Millis>,
    /// The registrations replayed ([`OutboxStore::enqueue_replay`]).
    registrations: Vec<String>,
}

/// The plans, the journal and the review queue of [`MemoryStore`].
#[derive(Debug, Default)]
struct Kept {
    rtl: RefCell<BTreeMap<String, RtlPlan>>,
    journal: RefCell<BTreeMap<String, JournalEntry>>,
    /// A list, not a map: the memory adapter is in the main module, and a list of its own
    /// needs no map code there (it only serves a page without IndexedDB).
    review: RefCell<Vec<ReviewEntry>>,
}

/// Progress kept in memory for this page only.
#[derive(Debug, Default)]
pub struct MemoryStore {
    lessons: RefCell<BTreeMap<String, LessonRecord>>,
    attempts: RefCell<BTreeMap<String, Attempt>>,
    answers: RefCell<BTreeMap<String, AnswerRecord>>,
    resume: RefCell<Option<Resume>>,
    actor: RefCell<Option<String>>,
    profile: RefCell<Option<Profile>>,
    worksheets: RefCell<BTreeMap<WorksheetId, Worksheet>>,
    pretests: RefCell<BTreeMap<String, PretestRecord>>,
    /// Plans, the journal and the review queue (boxed, as the outbox: it keeps this adapter small next to the
    /// IndexedDB one in `platform::store::AnyStore`).
    kept: Box<Kept>,
    /// The xAPI outbox (boxed: it is rarely used, and keeps this adapter small next to the
    /// IndexedDB one in `platform::store::AnyStore`).
    outbox: Box<RefCell<MemoryOutbox>>,
}

impl MemoryStore {
    /// An empty store.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// A store holding `snapshot` (SCORM mode seeds it from the LMS's `suspend_data`).
    #[must_use]
    pub fn seeded(snapshot: &Snapshot) -> Self {
        let store = Self::new();
        store.fill(snapshot);
        store
    }

    /// Replaces everything with `snapshot`.
    fn fill(&self, snapshot: &Snapshot) {
        *self.lessons.borrow_mut() = snapshot
            .lessons
            .iter()
            .map(|l| (l.key(), l.clone()))
            .collect();
        *self.attempts.borrow_mut() = snapshot
            .attempts
            .iter()
            .map(|a| (a.id.clone(), a.clone()))
            .collect();
        *self.answers.borrow_mut() = snapshot
            .answers
            .iter()
            .map(|a| (answer_key(a), a.clone()))
            .collect();
        self.resume.borrow_mut().clone_from(&snapshot.resume);
        *self.worksheets.borrow_mut() = snapshot
            .worksheets
            .iter()
            .map(|w| (w.id, w.clone()))
            .collect();
        *self.pretests.borrow_mut() = snapshot
            .pretests
            .iter()
            .map(|p| (p.module.to_string(), p.clone()))
            .collect();
        *self.kept.rtl.borrow_mut() = snapshot
            .rtl
            .iter()
            .map(|p| (p.module.to_string(), p.clone()))
            .collect();
        *self.kept.journal.borrow_mut() = snapshot
            .journal
            .iter()
            .map(|e| (e.key(), e.clone()))
            .collect();
        self.kept.review.borrow_mut().clone_from(&snapshot.review);
    }
}

impl ProgressStore for MemoryStore {
    async fn update_lesson(
        &self,
        update: &LessonUpdate,
        now: Millis,
    ) -> Result<LessonRecord, StorageError> {
        let key = lesson_key(&update.module, &update.lesson);
        let mut lessons = self.lessons.borrow_mut();
        let rec = apply_lesson_update(lessons.get(&key).cloned(), update, now);
        lessons.insert(key, rec.clone());
        Ok(rec)
    }

    async fn lessons(&self) -> Result<Vec<LessonRecord>, StorageError> {
        Ok(self.lessons.borrow().values().cloned().collect())
    }

    async fn put_attempt(&self, attempt: &Attempt) -> Result<Attempt, StorageError> {
        let mut attempts = self.attempts.borrow_mut();
        let merged = merge_attempt(attempts.get(&attempt.id).cloned(), attempt);
        attempts.insert(attempt.id.clone(), merged.clone());
        Ok(merged)
    }

    async fn attempts(&self) -> Result<Vec<Attempt>, StorageError> {
        Ok(self.attempts.borrow().values().cloned().collect())
    }

    async fn put_answer(&self, answer: &AnswerRecord) -> Result<AnswerRecord, StorageError> {
        let mut answers = self.answers.borrow_mut();
        Ok(answers
            .entry(answer_key(answer))
            .or_insert_with(|| answer.clone())
            .clone())
    }

    async fn answers(&self) -> Result<Vec<AnswerRecord>, StorageError> {
        Ok(self.answers.borrow().values().cloned().collect())
    }

    async fn put_pretest(&self, pretest: &PretestRecord) -> Result<PretestRecord, StorageError> {
        let mut all = self.pretests.borrow_mut();
        let key = pretest.module.to_string();
        let merged = merge_pretest(all.get(&key).cloned(), pretest);
        all.insert(key, merged.clone());
        Ok(merged)
    }

    async fn pretests(&self) -> Result<Vec<PretestRecord>, StorageError> {
        Ok(self.pretests.borrow().values().cloned().collect())
    }

    async fn put_rtl(&self, plan: &RtlPlan) -> Result<RtlPlan, StorageError> {
        let mut all = self.kept.rtl.borrow_mut();
        let key = plan.module.to_string();
        let merged = merge_rtl(all.get(&key).cloned(), plan);
        all.insert(key, merged.clone());
        Ok(merged)
    }

    async fn rtl_plans(&self) -> Result<Vec<RtlPlan>, StorageError> {
        Ok(self.kept.rtl.borrow().values().cloned().collect())
    }

    async fn put_journal(&self, entry: &JournalEntry) -> Result<JournalEntry, StorageError> {
        let mut all = self.kept.journal.borrow_mut();
        let key = entry.key();
        let merged = merge_journal(all.get(&key).cloned(), entry);
        all.insert(key, merged.clone());
        Ok(merged)
    }

    async fn journal(&self) -> Result<Vec<JournalEntry>, StorageError> {
        Ok(self.kept.journal.borrow().values().cloned().collect())
    }

    async fn review_steps(
        &self,
        steps: &[ReviewStep],
        today: Today,
    ) -> Result<Vec<Option<ReviewEntry>>, StorageError> {
        let mut all = self.kept.review.borrow_mut();
        Ok(steps
            .iter()
            .map(|step| {
                let stored = all
                    .iter()
                    .position(|e| step.is_for(e))
                    .map(|i| all.swap_remove(i));
                let next = apply_review(stored, step, today);
                all.extend(next.clone());
                next
            })
            .collect())
    }

    async fn reviews(&self) -> Result<Vec<ReviewEntry>, StorageError> {
        Ok(self.kept.review.borrow().clone())
    }

    async fn set_resume(&self, resume: &Resume) -> Result<(), StorageError> {
        *self.resume.borrow_mut() = Some(resume.clone());
        Ok(())
    }

    async fn resume(&self) -> Result<Option<Resume>, StorageError> {
        Ok(self.resume.borrow().clone())
    }

    async fn actor_id(&self, fresh: &str) -> Result<String, StorageError> {
        Ok(self
            .actor
            .borrow_mut()
            .get_or_insert_with(|| fresh.to_owned())
            .clone())
    }

    async fn renew_actor_id(&self, fresh: Option<&str>) -> Result<(), StorageError> {
        *self.actor.borrow_mut() = fresh.map(str::to_owned);
        Ok(())
    }

    async fn profile(&self) -> Result<Option<Profile>, StorageError> {
        Ok(self.profile.borrow().clone())
    }

    async fn set_profile(&self, profile: Option<&Profile>) -> Result<(), StorageError> {
        *self.profile.borrow_mut() = profile.cloned();
        Ok(())
    }

    async fn worksheet(&self, id: WorksheetId) -> Result<Option<Worksheet>, StorageError> {
        Ok(self.worksheets.borrow().get(&id).cloned())
    }

    async fn set_worksheet(&self, sheet: &Worksheet) -> Result<(), StorageError> {
        self.worksheets.borrow_mut().insert(sheet.id, sheet.clone());
        Ok(())
    }

    async fn snapshot(&self) -> Result<Snapshot, StorageError> {
        Ok(Snapshot {
            lessons: self.lessons().await?,
            attempts: self.attempts().await?,
            answers: self.answers().await?,
            resume: self.resume().await?,
            worksheets: self.worksheets.borrow().values().cloned().collect(),
            pretests: self.pretests.borrow().values().cloned().collect(),
            rtl: self.kept.rtl.borrow().values().cloned().collect(),
            journal: self.kept.journal.borrow().values().cloned().collect(),
            review: self.kept.review.borrow().clone(),
        })
    }

    async fn replace_all(&self, snapshot: &Snapshot) -> Result<(), StorageError> {
        self.fill(snapshot);
        Ok(())
    }

    async fn holds_progress(&self) -> Result<bool, StorageError> {
        // Every part a snapshot reads, without copying it (this adapter is in the main module:
        // the snapshot's code is not, for a first visit never needs it).
        Ok(!(self.lessons.borrow().is_empty()
            && self.attempts.borrow().is_empty()
            && self.answers.borrow().is_empty()
            && self.resume.borrow().is_none()
            && self.worksheets.borrow().is_empty()
            && self.pretests.borrow().is_empty()
            && self.kept.rtl.borrow().is_empty()
            && self.kept.journal.borrow().is_empty()
            && self.kept.review.borrow().is_empty()))
    }
}

impl OutboxStore for MemoryStore {
    async fn enqueue(&self, statement: &NewStatement) -> Result<(), StorageError> {
        let mut outbox = self.outbox.borrow_mut();
        outbox.seq += 1;
        let mut row = OutboxRow::new(statement);
        row.seq = Some(outbox.seq);
        outbox.rows.push(row);
        Ok(())
    }

    async fn next_waiting(&self) -> Result<Option<Queued>, StorageError> {
        Ok(self
            .outbox
            .borrow()
            .rows
            .iter()
            .find(|r| r.wait.is_some())
            .and_then(OutboxRow::queued))
    }

    async fn settle(&self, seq: u64, settlement: &Settlement) -> Result<(), StorageError> {
        let mut outbox = self.outbox.borrow_mut();
        let Some(i) = outbox.rows.iter().position(|r| r.seq == Some(seq)) else {
            return Ok(());
        };
        match settlement {
            Settlement::Accepted { at } => {
                outbox.rows.remove(i);
                outbox.last_accepted = Some(*at);
            }
            Settlement::Refused(refusal) => outbox.rows[i].refuse(refusal.clone()),
        }
        Ok(())
    }

    async fn outbox_waiting(&self) -> Result<u32, StorageError> {
        let outbox = self.outbox.borrow();
        Ok(
            u32::try_from(outbox.rows.iter().filter(|r| r.wait.is_some()).count())
                .unwrap_or(u32::MAX),
        )
    }

    async fn outbox_summary(&self) -> Result<Summary, StorageError> {
        let waiting = self.outbox_waiting().await?;
        let outbox = self.outbox.borrow();
        Ok(Summary {
            waiting,
            refused: outbox
                .rows
                .iter()
                .filter_map(OutboxRow::refused_item)
                .collect(),
            last_accepted: outbox.last_accepted,
        })
    }

    async fn requeue_refused(
        &self,
        credentials: Option<(&str, Option<&str>)>,
    ) -> Result<u32, StorageError> {
        let mut n = 0;
        for row in &mut self.outbox.borrow_mut().rows {
            if row.refused.is_some() {
                row.requeue(credentials);
                n += 1;
            }
        }
        Ok(n)
    }

    async fn enqueue_replay(
        &self,
        registration: &str,
        statements: &[NewStatement],
        _at: Millis,
    ) -> Result<bool, StorageError> {
        let mut outbox = self.outbox.borrow_mut();
        if outbox.registrations.iter().any(|r| r == registration) {
            return Ok(false);
        }
        outbox.registrations.push(registration.to_owned());
        for statement in statements {
            outbox.seq += 1;
            let mut row = OutboxRow::new(statement);
            row.seq = Some(outbox.seq);
            outbox.rows.push(row);
        }
        Ok(true)
    }
}
