//! The SCORM write rules: what is written to the LMS, when, and what counts as saved — for one
//! session of one SCO, over any [`Api`] (the LMS's API object in the browser,
//! `platform::scorm::Lms`; a run-time that behaves as Moodle's client in the tests below).
//!
//! - **Milestones, not clicks.** A change that moves no milestone (a page, a lesson opened, an
//!   attempt started) waits for the next real change, the hide checkpoint or the finish,
//!   instead of freezing the page for a commit of its own (Moodle's commit is a synchronous
//!   request); lessons read, answers given and attempts finished are written at once.
//! - **Nothing the LMS did not store is saved** ([`super::ledger`]): a value a cache-then-post
//!   client believes sent is bridged and sent again.
//! - **Review, browse, no credit write nothing** (SCORM RTE: the record must not change).
//! - **Interactions** go at the next free index with the commit that carries them; the indexes
//!   a failed commit used stay used (the client holds them) and the records go again at new
//!   ones.
//! - **Leaving** sets `exit` with the session time; the finish is called even when that last
//!   commit fails when the page goes away (it is the LMS's last chance), but not when the
//!   learner presses the module's own button (they can retry).
//!
//! Pure rules over a synchronous port: no browser, no clock (times come in as arguments).

use super::interaction::{self, Interaction};
use super::ledger::{Ledger, Plan};
use super::{CmiValues, Edition, Launch, Recording, ScormError};
use crate::domain::ids::QuestionId;
use crate::domain::quiz::Millis;

/// The LMS's API, as the rules need it. Every call is synchronous, as SCORM's API is.
pub trait Api {
    /// The SCORM edition the API speaks.
    fn edition(&self) -> Edition;
    /// `SetValue(element, value)`.
    ///
    /// # Errors
    /// The LMS's refusal.
    fn set(&self, element: &str, value: &str) -> Result<(), ScormError>;
    /// `Commit("")`.
    ///
    /// # Errors
    /// The LMS's refusal (a failed request).
    fn commit(&self) -> Result<(), ScormError>;
    /// `Finish("")` / `Terminate("")`.
    ///
    /// # Errors
    /// The LMS's refusal.
    fn finish(&self) -> Result<(), ScormError>;
}

/// An answer: its attempt and question.
pub type AnswerKey = (String, QuestionId);

/// What is worth a commit of its own: lessons read, answers given, attempts finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Milestones {
    /// Lessons read.
    pub lessons_read: usize,
    /// Answers given.
    pub answers: usize,
    /// Attempts finished.
    pub attempts_finished: usize,
}

/// The interactions side of a session.
#[derive(Debug, Default)]
struct Interactions {
    next: usize,
    recorded: Vec<AnswerKey>,
    pending: Vec<(AnswerKey, Interaction)>,
    refused: bool,
}

impl Interactions {
    /// Sets every pending interaction at the next indexes. An LMS that refuses them (some do not
    /// implement `cmi.interactions`) is not asked again; it never stops the progress' commit.
    fn set(&mut self, api: &impl Api) -> usize {
        if self.refused {
            return 0;
        }
        let mut set = 0;
        for (_, one) in &self.pending {
            for (element, value) in interaction::elements(api.edition(), self.next + set, one) {
                if api.set(&element, &value).is_err() {
                    self.refused = true;
                    return set;
                }
            }
            set += 1;
        }
        set
    }

    /// After the commit that carried the first `set` pending interactions: their indexes are
    /// used whatever the result (the client holds them); recorded only when it succeeded, else
    /// written again at new indexes with the next commit.
    fn committed(&mut self, set: usize, ok: bool) {
        self.next += set;
        if ok {
            for (key, _) in self.pending.drain(..set.min(self.pending.len())) {
                self.recorded.push(key);
            }
        }
    }
}

/// One SCO session's link to the LMS.
#[derive(Debug)]
pub struct Link<A: Api> {
    api: Option<A>,
    /// Why there is no API: none found, or `Initialize` refused.
    unavailable: ScormError,
    launch: Launch,
    /// When the session started (for the session time).
    started: Millis,
    ledger: Ledger,
    /// The values of the latest change (written again by a retry or on leaving).
    latest: Option<CmiValues>,
    interactions: Interactions,
    /// The milestones at the last write that reached the LMS.
    written: Option<Milestones>,
    finished: bool,
}

impl<A: Api> Link<A> {
    /// A session over `api` (`Err`: why there is none), with what the LMS held at `launch`,
    /// started at `started`.
    #[must_use]
    pub fn new(api: Result<A, ScormError>, launch: Launch, started: Millis) -> Self {
        let (api, unavailable) = match api {
            Ok(api) => (Some(api), ScormError::NoApi),
            Err(e) => (None, e),
        };
        let edition = api.as_ref().map_or(Edition::Scorm12, Api::edition);
        Self {
            api,
            unavailable,
            ledger: Ledger::new(edition, &launch),
            interactions: Interactions {
                next: launch.interactions,
                ..Interactions::default()
            },
            launch,
            started,
            latest: None,
            written: None,
            finished: false,
        }
    }

    /// What the LMS held at the start.
    #[must_use]
    pub fn launch(&self) -> &Launch {
        &self.launch
    }

    /// The values the LMS is known to hold.
    #[must_use]
    pub fn confirmed(&self) -> &CmiValues {
        self.ledger.confirmed()
    }

    /// The latest change's values, if any.
    #[must_use]
    pub fn latest(&self) -> Option<&CmiValues> {
        self.latest.as_ref()
    }

    /// Whether the latest change is known to be stored.
    #[must_use]
    pub fn latest_saved(&self) -> bool {
        self.latest.as_ref().is_some_and(|v| self.ledger.saved(v))
    }

    /// Whether the session is over (`Finish` succeeded).
    #[must_use]
    pub fn finished(&self) -> bool {
        self.finished
    }

    /// Answers the LMS already has (saved in an earlier session with the progress).
    pub fn already_recorded(&mut self, keys: Vec<AnswerKey>) {
        self.interactions.recorded = keys;
    }

    fn edition(&self) -> Edition {
        self.api.as_ref().map_or(Edition::Scorm12, Api::edition)
    }

    /// A change of progress or page: `values`, its `milestones` and every answer's interaction
    /// (oldest first). Written now when it moves a milestone or something must be re-sent;
    /// otherwise kept for later. `Ok(false)` when nothing was written now.
    ///
    /// # Errors
    /// The LMS's refusal, or why there is no LMS.
    pub fn change(
        &mut self,
        values: CmiValues,
        milestones: Milestones,
        interactions: Vec<(AnswerKey, Interaction)>,
        now: Millis,
    ) -> Result<bool, ScormError> {
        let recorded = &self.interactions.recorded;
        self.interactions.pending = interactions
            .into_iter()
            .filter(|(key, _)| !recorded.contains(key))
            .collect();
        let result = self.write_if_due(&values, milestones, now);
        self.latest = Some(values);
        result
    }

    fn write_if_due(
        &mut self,
        values: &CmiValues,
        milestones: Milestones,
        now: Millis,
    ) -> Result<bool, ScormError> {
        if self.api.is_none() {
            return Err(self.unavailable.clone());
        }
        let plan = self.ledger.plan(values, None);
        let due = self.written != Some(milestones) || !plan.bridge.is_empty();
        if self.finished || plan.main.is_empty() || !due {
            return Ok(false);
        }
        let written = self.commit(&plan, now)?;
        self.written = Some(milestones);
        Ok(written)
    }

    /// Brings the LMS to `values` with the session time and `exit` (when leaving). `Ok(false)`
    /// when there was nothing to write.
    fn write(
        &mut self,
        values: &CmiValues,
        exit: Option<&str>,
        now: Millis,
    ) -> Result<bool, ScormError> {
        if self.api.is_none() {
            return Err(self.unavailable.clone());
        }
        let plan = self.ledger.plan(values, exit);
        if self.finished || (plan.main.is_empty() && exit.is_none()) {
            return Ok(false);
        }
        self.commit(&plan, now)
    }

    fn commit(&mut self, plan: &Plan, now: Millis) -> Result<bool, ScormError> {
        let Some(api) = &self.api else {
            return Err(self.unavailable.clone());
        };
        if self.launch.recording() != Recording::Records {
            return Ok(false);
        }
        if !plan.bridge.is_empty() {
            let bridged = set_all(api, &plan.bridge).and_then(|()| api.commit());
            self.ledger.committed(&plan.bridge, bridged.is_ok());
            bridged?;
        }
        let mut with_interactions = 0;
        let edition = api.edition();
        let written = set_all(api, &plan.main).and_then(|()| {
            with_interactions = self.interactions.set(api);
            let (element, time) = edition.session_time(now - self.started);
            api.set(element, &time)?;
            api.commit()
        });
        self.ledger.committed(&plan.main, written.is_ok());
        self.interactions
            .committed(with_interactions, written.is_ok());
        written.map(|()| true)
    }

    /// Writes the latest values again (the learner pressed "Coba simpan lagi").
    ///
    /// # Errors
    /// As [`Self::change`].
    pub fn retry(&mut self, now: Millis) -> Result<bool, ScormError> {
        match self.latest.clone() {
            Some(values) => self.write(&values, None, now),
            None => Ok(false),
        }
    }

    /// The learner leaves through the module's button: everything is written with `exit`, then
    /// `Finish`. If the commit fails the session stays open (the learner can retry).
    ///
    /// # Errors
    /// The LMS's refusal of the commit or of the finish.
    pub fn leave(&mut self, attempt_running: bool, now: Millis) -> Result<(), ScormError> {
        if self.finished {
            return Ok(());
        }
        let values = self.latest_or_confirmed();
        let exit = values.exit(self.edition(), attempt_running);
        self.write(&values, Some(exit), now)?;
        let api = self.api.as_ref().ok_or_else(|| self.unavailable.clone())?;
        api.finish()?;
        self.finished = true;
        Ok(())
    }

    /// The page is hidden: a checkpoint with `exit` = `suspend` and the session time, so a
    /// phone that kills the tab later leaves a session the LMS resumes.
    ///
    /// # Errors
    /// As [`Self::change`].
    pub fn checkpoint(&mut self, now: Millis) -> Result<bool, ScormError> {
        match self.latest.clone() {
            Some(values) if !self.finished => self.write(&values, Some("suspend"), now),
            _ => Ok(false),
        }
    }

    /// The page goes away (a closed tab, the LMS's own exit link, a reload): everything is
    /// written with `exit`, then `Finish` whatever the commit did — the finish is the LMS's last
    /// chance to take the values and the time. Whether the session is now finished; the
    /// commit's failure, if any.
    pub fn leave_on_hide(
        &mut self,
        attempt_running: bool,
        now: Millis,
    ) -> (bool, Option<ScormError>) {
        if self.finished {
            return (false, None);
        }
        let values = self.latest_or_confirmed();
        let exit = values.exit(self.edition(), attempt_running);
        let problem = self.write(&values, Some(exit), now).err();
        let Some(api) = &self.api else {
            return (false, problem);
        };
        self.finished = api.finish().is_ok();
        (self.finished, problem)
    }

    fn latest_or_confirmed(&self) -> CmiValues {
        self.latest
            .clone()
            .unwrap_or_else(|| self.ledger.confirmed().clone())
    }
}

/// Sets each value, in order.
fn set_all(api: &impl Api, sets: &[(&'static str, String)]) -> Result<(), ScormError> {
    for (element, value) in sets {
        api.set(element, value)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
