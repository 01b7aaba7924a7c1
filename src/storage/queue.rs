//! One ordered queue in front of a store: every call made before the store is chosen, and
//! after, runs in the order it was made (the app's `platform::store::StoreQueue`, in front of
//! IndexedDB or memory).
//!
//! Why a queue rather than screens that wait for the database: the landing screens (a lesson,
//! the quiz) must show at once, also while the database is still opening or is blocked by an
//! older tab; a learner who marks a lesson read in that window must not lose it, and two calls
//! must reach the database in the order they were made (an import after an answer, say). So a
//! call made before the store is ready waits in the queue and runs, in order, once it is — the
//! caller's future simply resolves later. Nothing is ever written to a temporary memory store
//! that the real one then replaces.
//!
//! No browser here: the queue is given a spawner (the browser's `spawn_local` in the app, a
//! local executor in the native tests below).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use futures::channel::oneshot;

use super::outbox::{NewStatement, OutboxStore, Settlement};
use super::{ProgressStore, StorageError};
use crate::domain::lrs::outbox::{Queued, Summary};
use crate::domain::progress::{LessonRecord, LessonUpdate, Resume};
use crate::domain::quiz::{AnswerRecord, Attempt, Millis};
use crate::domain::transfer::Snapshot;
use crate::domain::worksheet::{Worksheet, WorksheetId};

type Job<S> = Box<dyn FnOnce(Rc<S>) -> Pin<Box<dyn Future<Output = ()>>>>;

/// Runs a future to completion in the background (the browser's `spawn_local`; a local
/// executor in tests).
pub type Spawner = Rc<dyn Fn(Pin<Box<dyn Future<Output = ()>>>)>;

struct QueueState<S> {
    store: Option<Rc<S>>,
    jobs: VecDeque<Job<S>>,
    draining: bool,
}

/// The storage the app uses: every call waits for the store to be chosen, then runs in the
/// order it was made. Cheap to clone (a shared handle).
pub struct Queue<S> {
    inner: Rc<RefCell<QueueState<S>>>,
    spawn: Spawner,
}

impl<S> Clone for Queue<S> {
    fn clone(&self) -> Self {
        Self {
            inner: self.inner.clone(),
            spawn: self.spawn.clone(),
        }
    }
}

impl<S> std::fmt::Debug for Queue<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = self.inner.borrow();
        f.debug_struct("StoreQueue")
            .field("ready", &state.store.is_some())
            .field("waiting", &state.jobs.len())
            .finish_non_exhaustive()
    }
}

impl<S: 'static> Queue<S> {
    /// A queue whose store is not chosen yet: calls wait; `spawn` runs the queue's drain.
    #[must_use]
    pub fn with_spawner(spawn: Spawner) -> Self {
        Self {
            inner: Rc::new(RefCell::new(QueueState {
                store: None,
                jobs: VecDeque::new(),
                draining: false,
            })),
            spawn,
        }
    }

    /// Sets the store and runs every waiting call, in order.
    pub fn set_store(&self, store: S) {
        self.inner.borrow_mut().store = Some(Rc::new(store));
        self.drain();
    }

    /// The chosen store, once there is one.
    #[must_use]
    pub fn ready_store(&self) -> Option<Rc<S>> {
        self.inner.borrow().store.clone()
    }

    /// Resolves once every call made before it has finished (after the store is chosen).
    pub async fn flush(&self) {
        let _ = self.run(|_| async { Ok(()) }).await;
    }

    /// Calls waiting for the store.
    #[must_use]
    pub fn waiting(&self) -> usize {
        self.inner.borrow().jobs.len()
    }

    fn drain(&self) {
        let store = {
            let mut state = self.inner.borrow_mut();
            if state.draining {
                return;
            }
            let Some(store) = state.store.clone() else {
                return;
            };
            state.draining = true;
            store
        };
        let inner = self.inner.clone();
        (self.spawn)(Box::pin(async move {
            loop {
                let job = inner.borrow_mut().jobs.pop_front();
                let Some(job) = job else { break };
                job(store.clone()).await;
            }
            inner.borrow_mut().draining = false;
        }));
    }

    /// Runs `call` on the store once it is chosen and every earlier call has finished.
    async fn run<T: 'static, F, Fut>(&self, call: F) -> Result<T, StorageError>
    where
        F: FnOnce(Rc<S>) -> Fut + 'static,
        Fut: Future<Output = Result<T, StorageError>> + 'static,
    {
        let (done, result) = oneshot::channel();
        let job: Job<S> = Box::new(move |store| {
            Box::pin(async move {
                let _ = done.send(call(store).await);
            })
        });
        self.inner.borrow_mut().jobs.push_back(job);
        self.drain();
        result.await.unwrap_or(Err(StorageError::QueueClosed))
    }
}

impl<S: ProgressStore + 'static> ProgressStore for Queue<S> {
    async fn update_lesson(
        &self,
        update: &LessonUpdate,
        now: Millis,
    ) -> Result<LessonRecord, StorageError> {
        let update = update.clone();
        self.run(move |s| async move { s.update_lesson(&update, now).await })
            .await
    }
    async fn lessons(&self) -> Result<Vec<LessonRecord>, StorageError> {
        self.run(|s| async move { s.lessons().await }).await
    }
    async fn put_attempt(&self, attempt: &Attempt) -> Result<Attempt, StorageError> {
        let attempt = attempt.clone();
        self.run(move |s| async move { s.put_attempt(&attempt).await })
            .await
    }
    async fn attempts(&self) -> Result<Vec<Attempt>, StorageError> {
        self.run(|s| async move { s.attempts().await }).await
    }
    async fn put_answer(&self, answer: &AnswerRecord) -> Result<AnswerRecord, StorageError> {
        let answer = answer.clone();
        self.run(move |s| async move { s.put_answer(&answer).await })
            .await
    }
    async fn answers(&self) -> Result<Vec<AnswerRecord>, StorageError> {
        self.run(|s| async move { s.answers().await }).await
    }
    async fn put_pretest(
        &self,
        pretest: &crate::domain::pretest::PretestRecord,
    ) -> Result<crate::domain::pretest::PretestRecord, StorageError> {
        let pretest = pretest.clone();
        self.run(move |s| async move { s.put_pretest(&pretest).await })
            .await
    }
    async fn pretests(&self) -> Result<Vec<crate::domain::pretest::PretestRecord>, StorageError> {
        self.run(|s| async move { s.pretests().await }).await
    }
    async fn put_rtl(
        &self,
        plan: &crate::domain::rtl::RtlPlan,
    ) -> Result<crate::domain::rtl::RtlPlan, StorageError> {
        let plan = plan.clone();
        self.run(move |s| async move { s.put_rtl(&plan).await })
            .await
    }
    async fn rtl_plans(&self) -> Result<Vec<crate::domain::rtl::RtlPlan>, StorageError> {
        self.run(|s| async move { s.rtl_plans().await }).await
    }
    async fn put_journal(
        &self,
        entry: &crate::domain::journal::JournalEntry,
    ) -> Result<crate::domain::journal::JournalEntry, StorageError> {
        let entry = entry.clone();
        self.run(move |s| async move { s.put_journal(&entry).await })
            .await
    }
    async fn journal(&self) -> Result<Vec<crate::domain::journal::JournalEntry>, StorageError> {
        self.run(|s| async move { s.journal().await }).await
    }
    async fn review_steps(
        &self,
        steps: &[crate::domain::review::Step],
        today: crate::domain::review::Today,
    ) -> Result<Vec<Option<crate::domain::review::ReviewEntry>>, StorageError> {
        let steps = steps.to_vec();
        self.run(move |s| async move { s.review_steps(&steps, today).await })
            .await
    }
    async fn reviews(&self) -> Result<Vec<crate::domain::review::ReviewEntry>, StorageError> {
        self.run(|s| async move { s.reviews().await }).await
    }
    async fn set_resume(&self, resume: &Resume) -> Result<(), StorageError> {
        let resume = resume.clone();
        self.run(move |s| async move { s.set_resume(&resume).await })
            .await
    }
    async fn resume(&self) -> Result<Option<Resume>, StorageError> {
        self.run(|s| async move { s.resume().await }).await
    }
    async fn actor_id(&self, fresh: &str) -> Result<String, StorageError> {
        let fresh = fresh.to_owned();
        self.run(move |s| async move { s.actor_id(&fresh).await })
            .await
    }
    async fn renew_actor_id(&self, fresh: Option<&str>) -> Result<(), StorageError> {
        let fresh = fresh.map(str::to_owned);
        self.run(move |s| async move { s.renew_actor_id(fresh.as_deref()).await })
            .await
    }
    async fn profile(&self) -> Result<Option<crate::domain::record::Profile>, StorageError> {
        self.run(|s| async move { s.profile().await }).await
    }
    async fn set_profile(
        &self,
        profile: Option<&crate::domain::record::Profile>,
    ) -> Result<(), StorageError> {
        let profile = profile.cloned();
        self.run(move |s| async move { s.set_profile(profile.as_ref()).await })
            .await
    }
    async fn snapshot(&self) -> Result<Snapshot, StorageError> {
        self.run(|s| async move { s.snapshot().await }).await
    }
    async fn holds_progress(&self) -> Result<bool, StorageError> {
        self.run(|s| async move { s.holds_progress().await }).await
    }
    async fn worksheet(&self, id: WorksheetId) -> Result<Option<Worksheet>, StorageError> {
        self.run(move |s| async move { s.worksheet(id).await })
            .await
    }
    async fn set_worksheet(&self, sheet: &Worksheet) -> Result<(), StorageError> {
        let sheet = sheet.clone();
        self.run(move |s| async move { s.set_worksheet(&sheet).await })
            .await
    }
    async fn replace_all(&self, snapshot: &Snapshot) -> Result<(), StorageError> {
        let snapshot = snapshot.clone();
        self.run(move |s| async move { s.replace_all(&snapshot).await })
            .await
    }
}

/// The outbox goes through the same queue: a statement is added after the answer it reports
/// has been written, and waits with it while the database opens.
impl<S: OutboxStore + 'static> OutboxStore for Queue<S> {
    async fn enqueue(&self, statement: &NewStatement) -> Result<(), StorageError> {
        let statement = statement.clone();
        self.run(move |s| async move { s.enqueue(&statement).await })
            .await
    }
    async fn next_waiting(&self) -> Result<Option<Queued>, StorageError> {
        self.run(|s| async move { s.next_waiting().await }).await
    }
    async fn settle(&self, seq: u64, settlement: &Settlement) -> Result<(), StorageError> {
        let settlement = settlement.clone();
        self.run(move |s| async move { s.settle(seq, &settlement).await })
            .await
    }
    async fn outbox_waiting(&self) -> Result<u32, StorageError> {
        self.run(|s| async move { s.outbox_waiting().await }).await
    }
    async fn outbox_summary(&self) -> Result<Summary, StorageError> {
        self.run(|s| async move { s.outbox_summary().await }).await
    }
    async fn requeue_refused(
        &self,
        credentials: Option<(&str, Option<&str>)>,
    ) -> Result<u32, StorageError> {
        let credentials = credentials.map(|(e, a)| (e.to_owned(), a.map(str::to_owned)));
        self.run(move |s| async move {
            let credentials = credentials
                .as_ref()
                .map(|(e, a)| (e.as_str(), a.as_deref()));
            s.requeue_refused(credentials).await
        })
        .await
    }
    async fn enqueue_replay(
        &self,
        registration: &str,
        statements: &[NewStatement],
        at: Millis,
    ) -> Result<bool, StorageError> {
        let (registration, statements) = (registration.to_owned(), statements.to_vec());
        self.run(move |s| async move { s.enqueue_replay(&registration, &statements, at).await })
            .await
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
