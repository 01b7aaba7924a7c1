//! Writes of progress: every save goes through here, shows at once, waits in the storage
//! queue while the database opens, and reports a failure to the learner. Split from
//! `state.rs` (same `AppState`, one concern per file).

use leptos::prelude::*;

use super::AppState;
use crate::domain::ids::ModuleId;
use crate::domain::progress::{LessonUpdate, ModuleProgress, Resume};
use crate::domain::quiz::{AnswerRecord, Attempt};
use crate::domain::route::Route;
use crate::domain::transfer::Snapshot;
use crate::domain::worksheet::Worksheet;
use crate::platform;
use crate::storage::{ProgressStore, StorageError};

impl AppState {
    /// Saves a lesson change; on failure the change is still shown for this session and the
    /// learner is told it was not saved.
    ///
    /// While the database is not open yet the change is shown at once and waits in the
    /// storage queue (see [`Self::storage_waiting`]).
    pub async fn record_lesson(self, update: LessonUpdate) {
        let now = platform::device::now();
        let before = self.module_progress_of(&update.module);
        if self.storage_waiting() {
            self.progress.lessons.update(|lessons| {
                let current = lessons
                    .iter()
                    .find(|l| l.module == update.module && l.lesson == update.lesson)
                    .cloned();
                let rec = crate::domain::progress::apply_lesson_update(current, &update, now);
                lessons.retain(|l| l.key() != rec.key());
                lessons.push(rec);
            });
        }
        let stored = self.queued(self.store().update_lesson(&update, now)).await;
        let rec = match stored {
            Ok(rec) => {
                self.note_progress();
                rec
            }
            Err(e) => {
                self.report(&e);
                let current = self.progress.lessons.with_untracked(|lessons| {
                    lessons
                        .iter()
                        .find(|l| l.module == update.module && l.lesson == update.lesson)
                        .cloned()
                });
                crate::domain::progress::apply_lesson_update(current, &update, now)
            }
        };
        self.progress.lessons.update(|lessons| {
            lessons.retain(|l| l.key() != rec.key());
            lessons.push(rec);
        });
        if !update.read {
            return;
        }
        let (Some(before), Some(after)) = (before, self.module_progress_of(&update.module)) else {
            return;
        };
        let (read, total) = (after.lessons_read, after.lessons_total);
        // What only an LRS's statements carry: the lesson read, and the time in the module.
        let lesson = self.catalog.with_untracked(|c| {
            let info = c
                .as_ref()?
                .module(&update.module)?
                .summary
                .lessons
                .iter()
                .find(|l| l.id == update.lesson)?;
            Some(crate::domain::embed::LessonRead {
                id: info.id.clone(),
                title: info.title.clone(),
                seconds: update.add_seconds,
            })
        });
        self.emit(
            &update.module,
            &crate::domain::embed::Event::Progress {
                completed_lessons: u32::try_from(read).unwrap_or(u32::MAX),
                total_lessons: u32::try_from(total).unwrap_or(u32::MAX),
                lesson,
            },
        );
        let duration_ms = Some(self.module_time_ms(&update.module, after.seconds));
        if total > 0 && read == total && before.lessons_read < total {
            self.emit(
                &update.module,
                &crate::domain::embed::Event::Completed { duration_ms },
            );
        }
        // The lesson that makes a module with a passed quiz *Lulus* sends its `passed`.
        if let Some(event) = crate::domain::progress::reading_event(&before, &after, duration_ms) {
            self.emit(&update.module, &event);
        }
    }

    /// `module`'s progress now, if the catalog has it.
    #[must_use]
    pub fn module_progress_of(self, module: &ModuleId) -> Option<ModuleProgress> {
        let entry = self
            .catalog
            .with_untracked(|c| c.as_ref().and_then(|c| c.module(module).cloned()))?;
        Some(self.progress.module_untracked(&entry.summary))
    }

    /// Saves an attempt.
    ///
    /// # Errors
    /// The storage error, already reported to the learner.
    pub async fn save_attempt(self, attempt: Attempt) -> Result<Attempt, StorageError> {
        if self.storage_waiting() {
            self.progress.attempts.update(|attempts| {
                let stored = attempts.iter().find(|a| a.id == attempt.id).cloned();
                let merged = crate::storage::merge_attempt(stored, &attempt);
                attempts.retain(|a| a.id != merged.id);
                attempts.push(merged);
            });
        }
        let result = self.queued(self.store().put_attempt(&attempt)).await;
        let saved = match &result {
            Ok(a) => {
                self.note_progress();
                a.clone()
            }
            Err(e) => {
                self.report(e);
                attempt
            }
        };
        self.progress.attempts.update(|attempts| {
            attempts.retain(|a| a.id != saved.id);
            attempts.push(saved);
        });
        result
    }

    /// Saves an answer and returns the stored one (another tab may have answered first).
    ///
    /// # Errors
    /// The storage error, already reported; the answer is then kept for this session only.
    pub async fn save_answer(self, answer: AnswerRecord) -> Result<AnswerRecord, StorageError> {
        // Measured by the benchmark (performance.measure "answer-save").
        platform::perf_mark("answer-save-start");
        if self.storage_waiting() {
            self.progress.answers.update(|answers| {
                if !answers
                    .iter()
                    .any(|a| a.attempt == answer.attempt && a.question == answer.question)
                {
                    answers.push(answer.clone());
                }
            });
        }
        let result = self.queued(self.store().put_answer(&answer)).await;
        platform::perf_measure("answer-save", "answer-save-start");
        let saved = match &result {
            Ok(a) => a.clone(),
            Err(e) => {
                self.report(e);
                answer
            }
        };
        self.progress.answers.update(|answers| {
            answers.retain(|a| !(a.attempt == saved.attempt && a.question == saved.question));
            answers.push(saved);
        });
        result
    }

    /// Remembers where the learner is (for "Lanjutkan"), when `route` is a page inside a
    /// module; other routes are not resume points.
    pub fn remember(self, route: &Route) {
        let Ok(resume) = Resume::new(route.clone(), platform::device::now()) else {
            return;
        };
        if self
            .progress
            .resume
            .with_untracked(|r| r.as_ref().is_some_and(|r| r.route() == resume.route()))
        {
            return;
        }
        self.progress.resume.set(Some(resume.clone()));
        leptos::task::spawn_local(async move {
            if let Err(e) = self.store().set_resume(&resume).await {
                self.report(&e);
            }
        });
    }

    /// Saves a worksheet (the KBK sheet, written whole after each debounced change): waits in
    /// the queue like every write, keeps the mirror, counts as progress worth keeping, and
    /// reports a failure.
    ///
    /// # Errors
    /// The storage error (also reported to the learner); the stored sheet is unchanged then.
    pub async fn save_worksheet(self, sheet: Worksheet) -> Result<(), StorageError> {
        match self.queued(self.store().set_worksheet(&sheet)).await {
            Ok(()) => {
                self.note_progress();
                self.progress.worksheets.update(|worksheets| {
                    worksheets.retain(|w| w.id != sheet.id);
                    worksheets.push(sheet);
                });
                Ok(())
            }
            Err(e) => {
                self.report(&e);
                Err(e)
            }
        }
    }

    /// Saves a module's pre-test (started, answered, finished or skipped) and mirrors what is
    /// stored (another tab's pre-test, started first, wins).
    ///
    /// # Errors
    /// The storage error, already reported; the record is then kept for this session only.
    pub async fn save_pretest(
        self,
        record: crate::domain::pretest::PretestRecord,
    ) -> Result<crate::domain::pretest::PretestRecord, StorageError> {
        if self.storage_waiting() {
            self.mirror_pretest(&record);
        }
        let result = self.queued(self.store().put_pretest(&record)).await;
        let saved = match &result {
            Ok(r) => {
                self.note_progress();
                r.clone()
            }
            Err(e) => {
                self.report(e);
                record
            }
        };
        self.mirror_pretest(&saved);
        result
    }

    fn mirror_pretest(self, record: &crate::domain::pretest::PretestRecord) {
        self.progress.pretests.update(|all| {
            let stored = all.iter().find(|p| p.module == record.module).cloned();
            let merged = crate::storage::merge_pretest(stored, record);
            all.retain(|p| p.module != merged.module);
            all.push(merged);
        });
    }

    /// Saves a module's follow-up action plan (or its 30-day follow-up): shown at once while
    /// the database opens, merged with the stored one (another tab's later edit, or a
    /// follow-up it answered, is kept), mirrored, a failure reported.
    ///
    /// # Errors
    /// The storage error, already reported; the plan is then kept for this session only.
    pub async fn save_rtl(
        self,
        plan: crate::domain::rtl::RtlPlan,
    ) -> Result<crate::domain::rtl::RtlPlan, StorageError> {
        if self.storage_waiting() {
            self.mirror_rtl(&plan);
        }
        let result = self.queued(self.store().put_rtl(&plan)).await;
        let saved = match &result {
            Ok(p) => {
                self.note_progress();
                p.clone()
            }
            Err(e) => {
                self.report(e);
                plan
            }
        };
        self.mirror_rtl(&saved);
        result
    }

    fn mirror_rtl(self, plan: &crate::domain::rtl::RtlPlan) {
        self.progress.rtl.update(|all| {
            let stored = all.iter().find(|p| p.module == plan.module).cloned();
            let merged = crate::domain::rtl::merge_rtl(stored, plan);
            all.retain(|p| p.module != merged.module);
            all.push(merged);
        });
    }

    /// Saves a lesson's journal entry (written whole after each debounced change), as
    /// [`Self::save_rtl`] does a plan.
    ///
    /// # Errors
    /// The storage error, already reported; the entry is then kept for this session only.
    pub async fn save_journal(
        self,
        entry: crate::domain::journal::JournalEntry,
    ) -> Result<crate::domain::journal::JournalEntry, StorageError> {
        if self.storage_waiting() {
            self.mirror_journal(&entry);
        }
        let result = self.queued(self.store().put_journal(&entry)).await;
        let saved = match &result {
            Ok(e) => {
                self.note_progress();
                e.clone()
            }
            Err(e) => {
                self.report(e);
                entry
            }
        };
        self.mirror_journal(&saved);
        result
    }

    fn mirror_journal(self, entry: &crate::domain::journal::JournalEntry) {
        self.progress.journal.update(|all| {
            let key = entry.key();
            let stored = all.iter().find(|e| e.key() == key).cloned();
            let merged = crate::domain::journal::merge_journal(stored, entry);
            all.retain(|e| e.key() != key);
            all.push(merged);
        });
    }

    /// Applies review-queue steps ("Ulang soal yang salah": a question missed in a post-test,
    /// a review answer, what a content update changed) to the stored entries, in one write, as
    /// [`Self::save_rtl`] saves a plan: shown at once while the database opens, mirrored, a
    /// failure reported. Returns, step by step, what is stored now (`None`: the question is
    /// not, or no longer, in the queue). Touches no attempt, answer or score, and sends no
    /// learning event.
    ///
    /// # Errors
    /// The storage error, already reported; the steps are then kept for this session only.
    pub async fn save_review(
        self,
        steps: Vec<crate::domain::review::Step>,
    ) -> Result<Vec<Option<crate::domain::review::ReviewEntry>>, StorageError> {
        let today = platform::device::today();
        // What this page shows meanwhile, and keeps if the write fails.
        let shown: Vec<_> = self.progress.review.with_untracked(|all| {
            let mut all = all.clone();
            steps
                .iter()
                .map(|step| {
                    let stored = all
                        .iter()
                        .position(|e| step.is_for(e))
                        .map(|i| all.swap_remove(i));
                    let next = crate::domain::review::apply(stored, step, today);
                    all.extend(next.clone());
                    next
                })
                .collect()
        });
        if self.storage_waiting() {
            self.mirror_review(&steps, &shown);
        }
        let result = self.queued(self.store().review_steps(&steps, today)).await;
        let now = match &result {
            Ok(now) => {
                self.note_progress();
                now
            }
            Err(e) => {
                self.report(e);
                &shown
            }
        };
        self.mirror_review(&steps, now);
        result
    }

    /// Puts what is stored after `steps` (`now`, step by step) in the mirror.
    fn mirror_review(
        self,
        steps: &[crate::domain::review::Step],
        now: &[Option<crate::domain::review::ReviewEntry>],
    ) {
        self.progress.review.update(|all| {
            all.retain(|e| !steps.iter().any(|s| s.is_for(e)));
            // A question stepped twice in one write: its last state counts.
            for (i, (step, entry)) in steps.iter().zip(now).enumerate() {
                let later = steps[i + 1..]
                    .iter()
                    .any(|s| s.module == step.module && s.question == step.question);
                if !later {
                    all.extend(entry.clone());
                }
            }
        });
    }

    /// Replaces all progress (import, reset), atomically.
    ///
    /// # Errors
    /// The storage error; nothing was changed then.
    pub async fn replace_all(self, snapshot: Snapshot) -> Result<(), StorageError> {
        self.store().replace_all(&snapshot).await?;
        let restored = !snapshot.lessons.is_empty()
            || !snapshot.attempts.is_empty()
            || !snapshot.worksheets.is_empty()
            || !snapshot.pretests.is_empty()
            || !snapshot.rtl.is_empty()
            || !snapshot.journal.is_empty()
            || !snapshot.review.is_empty();
        self.progress.set(snapshot);
        if restored {
            self.note_progress();
        }
        Ok(())
    }
}
