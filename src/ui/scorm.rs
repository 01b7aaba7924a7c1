//! SCORM mode: the app as the one SCO of a module's SCORM package (1.2 or 2004 4th edition,
//! `domain::scorm::edition`), inside an LMS (docs/scorm.md).
//!
//! The launch page in `dist/scorm/<module-id>.zip` carries `<meta name="bimtek-scorm">`, and
//! [`super::start`] mounts [`ScormApp`] instead of the app. Why the LMS is the record and
//! what is written when: `domain::scorm`. This file wires it:
//! - finds the API (`platform::scorm`), `LMSInitialize("")`, reads what the LMS holds;
//! - once the module's content has loaded, seeds the in-memory store from `cmi.suspend_data`
//!   (IndexedDB is never opened, the service worker never registered) and opens the page
//!   `cmi.core.lesson_location` names;
//! - shows that module's embed pages only, under a bar with the LMS's state and the app's own
//!   "Simpan dan keluar" button (`LMSFinish`);
//! - after every change of progress or page, hands the values, milestones and interactions to
//!   the write rules (`domain::scorm::link`: what is written when, the ledger's bridge for a
//!   client that never re-sends, review mode, leaving), over the LMS's API
//!   (`platform::scorm::Lms`), and shows the result in plain words; what the LMS has not stored
//!   is kept in this tab (`sessionStorage`) until it has.
//!
//! Longer than our ~350-line guide: the SCORM root and its bar are one mode (the rules
//! themselves are in the domain, natively tested).

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::content::catalog::CatalogEntry;
use crate::content::catalog::ModuleContent;
use crate::domain::ids::ModuleId;
use crate::domain::progress::{module_progress, LessonRecord};
use crate::domain::quiz::{AnswerRecord, Attempt};
use crate::domain::route::Route;
use crate::domain::scorm::interaction::{self, Interaction};
use crate::domain::scorm::link::{AnswerKey, Link, Milestones};
use crate::domain::scorm::{self, CmiValues, Launch, Outcome, Recording, ScormError, SuspendError};
use crate::domain::transfer::Snapshot;
use crate::i18n::scorm::Word as Words;
use crate::i18n::{t, Key, Lang};
use crate::platform;
use crate::platform::scorm::Lms;

use super::state::{AppState, BodyState, Connectivity, Progress};

/// The link to the LMS, as the views show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkState {
    /// Not written yet (the module is loading).
    Connecting,
    /// Every change so far is committed.
    Saved,
    /// No SCORM API: the package was opened outside an LMS. The material can be read.
    NoApi,
    /// The last write failed; everything is kept in memory and written again.
    Failed(ScormError),
    /// `LMSFinish` succeeded: the session is over.
    Finished,
    /// Review or practice (the LMS's mode or credit): nothing is written to the LMS.
    ReadOnly(Recording),
}

/// What this page knows about the LMS session (not reactive; behind [`LmsLink`]): the write
/// rules' state (`domain::scorm::link`) and the module (for what this tab keeps while the LMS
/// has not stored it).
#[derive(Debug)]
struct Session {
    link: Link<Lms>,
    module: ModuleId,
}

/// The SCORM session in context: its state for the views, and the calls.
#[derive(Debug, Clone, Copy)]
pub struct LmsLink {
    /// What the bar and the quiz feedback show.
    pub state: RwSignal<LinkState>,
    /// Why the progress saved in the LMS could not be resumed, if it could not.
    pub resume_lost: RwSignal<Option<SuspendError>>,
    /// Progress this tab kept (the LMS had not stored it) was brought back at launch.
    pub restored: RwSignal<bool>,
    session: StoredValue<Rc<RefCell<Session>>, LocalStorage>,
}

impl LmsLink {
    /// Whether the learner's latest work is not (yet) in the LMS (tracked).
    #[must_use]
    pub fn not_saved(self) -> bool {
        matches!(self.state.get(), LinkState::NoApi | LinkState::Failed(_))
    }

    /// Whether this session writes nothing to the LMS (review, browse, no credit) (tracked).
    #[must_use]
    pub fn read_only(self) -> bool {
        matches!(self.state.get(), LinkState::ReadOnly(_))
    }

    fn launch(self) -> Launch {
        self.session
            .with_value(|s| s.borrow().link.launch().clone())
    }

    fn confirmed(self) -> CmiValues {
        self.session
            .with_value(|s| s.borrow().link.confirmed().clone())
    }

    fn show(self, result: Result<bool, ScormError>) {
        if matches!(
            self.state.get_untracked(),
            LinkState::Finished | LinkState::ReadOnly(_)
        ) {
            return;
        }
        // What the LMS has not stored stays in this tab (sessionStorage) until it has.
        self.session.with_value(|s| {
            let s = s.borrow();
            let module = s.module.as_str();
            match (&result, s.link.latest()) {
                (Ok(_), Some(_)) if s.link.latest_saved() => {
                    platform::scorm::clear_pending(module);
                }
                (Err(ScormError::NoApi) | Ok(_), _) | (Err(_), None) => {}
                (Err(_), Some(latest)) => platform::scorm::keep_pending(
                    module,
                    &s.link.launch().student_id,
                    &latest.location,
                    &latest.suspend_data,
                ),
            }
        });
        match result {
            Ok(_) => {
                if self.state.get_untracked() != LinkState::Saved {
                    self.state.set(LinkState::Saved);
                }
            }
            Err(ScormError::NoApi) => self.state.set(LinkState::NoApi),
            Err(e) => {
                web_sys::console::warn_1(&e.message(Lang::En).into());
                self.state.set(LinkState::Failed(e));
            }
        }
    }

    /// Writes `values` (after a change of progress or page); `problem` is an error found
    /// while making them (the rest is still written).
    fn sync(self, written: Written) {
        let Written {
            values,
            milestones,
            interactions,
            problem,
        } = written;
        let result = self.session.with_value(|s| {
            s.borrow_mut()
                .link
                .change(values, milestones, interactions, platform::device::now())
        });
        match problem {
            Some(p) if result.is_ok() => self.show(Err(p)),
            _ => self.show(result),
        }
    }

    /// Writes the latest values again (the learner pressed "Coba simpan lagi").
    fn retry(self) {
        let result = self
            .session
            .with_value(|s| s.borrow_mut().link.retry(platform::device::now()));
        self.show(result);
    }

    /// The learner leaves through the app's button: everything is written with `exit`, then
    /// `LMSFinish("")`. If the commit fails the session stays open (the learner can retry).
    fn leave(self, attempt_running: bool) {
        let result = self.session.with_value(|s| {
            s.borrow_mut()
                .link
                .leave(attempt_running, platform::device::now())
        });
        match result {
            Ok(()) => self.state.set(LinkState::Finished),
            Err(e) => self.show(Err(e)),
        }
    }

    /// The page is hidden (another app, the screen locks, the tab goes to the background): a
    /// checkpoint with `exit` = "suspend" and the session time.
    fn checkpoint(self) {
        let result = self
            .session
            .with_value(|s| s.borrow_mut().link.checkpoint(platform::device::now()));
        self.show(result);
    }

    /// The page goes away (the tab closes, the LMS's own "Exit activity" link, a reload):
    /// everything is written with `exit`, then `LMSFinish("")` whatever the commit did (Moodle's
    /// client sends it with `navigator.sendBeacon` then). Never on `unload`.
    fn leave_on_hide(self, attempt_running: bool) {
        let (finished, problem) = self.session.with_value(|s| {
            s.borrow_mut()
                .link
                .leave_on_hide(attempt_running, platform::device::now())
        });
        if let Some(e) = problem {
            web_sys::console::warn_1(&e.message(Lang::En).into());
        }
        if finished {
            self.state.set(LinkState::Finished);
        }
    }

    /// Whether `LMSFinish` has been called.
    fn finished(self) -> bool {
        self.session.with_value(|s| s.borrow().link.finished())
    }
}

/// The values for the current progress and page (`route`, when it is one of the module's
/// pages; otherwise the last location stays). Tracks lessons, attempts and answers (read in
/// place, not copied: this runs after every answer).
fn values_for(
    link: LmsLink,
    entry: &CatalogEntry,
    body: &ModuleContent,
    progress: Progress,
    route: &Route,
) -> Written {
    let pretest = progress.pretest(&entry.summary.id);
    progress.lessons.with(|lessons| {
        progress.attempts.with(|attempts| {
            progress.answers.with(|answers| {
                values_from(
                    link,
                    entry,
                    body,
                    (lessons, attempts, answers, pretest.as_ref()),
                    route,
                )
            })
        })
    })
}

/// [`values_for`] over the records themselves.
fn values_from(
    link: LmsLink,
    entry: &CatalogEntry,
    body: &ModuleContent,
    (lessons, attempts, answers, pretest): (
        &[LessonRecord],
        &[Attempt],
        &[AnswerRecord],
        Option<&crate::domain::pretest::PretestRecord>,
    ),
    route: &Route,
) -> Written {
    let module = &entry.summary;
    let confirmed = link.confirmed();
    let location = match route {
        Route::Embed(m, part) if m == &module.id => scorm::location(m, part),
        _ => confirmed.location.clone(),
    };
    let (suspend_data, problem) = match scorm::suspend::encode_with(
        module,
        &body.questions,
        lessons,
        attempts,
        answers,
        pretest,
    ) {
        Ok(text) => (text, None),
        Err(e) => (confirmed.suspend_data, Some(ScormError::Suspend(e))),
    };
    let p = module_progress(module, lessons, attempts, answers);
    let outcome = Outcome::new(scorm::Facts::of(&p, module.max_attempts));
    let milestones = Milestones {
        lessons_read: p.lessons_read,
        answers: answers.len(),
        attempts_finished: p.attempts_finished,
    };
    Written {
        values: CmiValues::new(&link.launch(), outcome, location, suspend_data),
        milestones,
        interactions: interactions_of(body, attempts, answers),
        problem,
    }
}

/// What a change of progress or page comes to for the LMS.
struct Written {
    values: CmiValues,
    milestones: Milestones,
    /// Every answer's interaction, oldest first.
    interactions: Vec<(AnswerKey, Interaction)>,
    problem: Option<ScormError>,
}

/// Every answer as an interaction, oldest first; latency from the previous answer of its
/// attempt (or the attempt's start).
fn interactions_of(
    body: &ModuleContent,
    attempts: &[Attempt],
    answers: &[AnswerRecord],
) -> Vec<(AnswerKey, Interaction)> {
    let mut sorted: Vec<&AnswerRecord> = answers.iter().collect();
    sorted.sort_by_key(|a| a.answered_at);
    sorted
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let question = body.questions.iter().find(|q| q.id == a.question)?;
            let since = sorted[..i]
                .iter()
                .rev()
                .find(|b| b.attempt == a.attempt)
                .map(|b| b.answered_at)
                .or_else(|| {
                    attempts
                        .iter()
                        .find(|t| t.id == a.attempt)
                        .map(|t| t.started_at)
                })
                .unwrap_or(a.answered_at);
            interaction::interaction(question, a, since)
                .map(|x| ((a.attempt.clone(), a.question.clone()), x))
        })
        .collect()
}

/// Replaces the page's hash without a new history entry.
fn replace_hash(hash: &str) {
    if let Some(w) = web_sys::window() {
        if w.location().replace(hash).is_err() {
            web_sys::console::warn_1(&"navigation refused by the browser".into());
        }
    }
}

/// The whole app in SCORM mode, for `module` (the launch page's module id).
#[component]
pub fn ScormApp(
    /// The module, from the launch page.
    module: ModuleId,
) -> impl IntoView {
    let lang = platform::lang_from_url()
        .or_else(platform::stored_lang)
        .unwrap_or_default();
    platform::set_document_lang(lang);
    platform::set_root_class("embed");
    platform::set_root_class("scorm");
    // The launch page's static "Memuat modul…" (scripts/scorm-package.mjs): the app is here.
    platform::remove_element("scorm-boot");
    let state = AppState::new(lang);
    provide_context(state);
    provide_context(state.health);
    provide_context(Connectivity::new());

    let edition = platform::scorm::launch_edition();
    let lms = Lms::find(edition);
    let (lms, launch, unavailable) = match lms.map(|l| l.initialize().map(|()| l)) {
        None => (None, Launch::default(), ScormError::NoApi),
        Some(Ok(l)) => {
            let launch = l.launch();
            (Some(l), launch, ScormError::NoApi)
        }
        Some(Err(e)) => (None, Launch::default(), e),
    };
    let initial = match (&lms, &unavailable) {
        (Some(_), _) if launch.recording() != Recording::Records => {
            LinkState::ReadOnly(launch.recording())
        }
        (Some(_), _) => LinkState::Connecting,
        (None, ScormError::NoApi) => LinkState::NoApi,
        (None, e) => LinkState::Failed(e.clone()),
    };
    let link = LmsLink {
        state: RwSignal::new(initial),
        resume_lost: RwSignal::new(None),
        restored: RwSignal::new(false),
        session: StoredValue::new_local(Rc::new(RefCell::new(Session {
            link: Link::new(lms.ok_or(unavailable), launch, platform::device::now()),
            module: module.clone(),
        }))),
    };
    provide_context(link);

    let (route, set_route) = signal(platform::current_route());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(platform::current_route());
    });
    on_cleanup(move || handle.remove());
    super::links::focus_title_on_change(route);

    state.load_catalog(std::future::ready(()), || {});
    // Seed the store once the module's content is here: saved answers are item positions and
    // seeds, read against this module's questions.
    let seeded = RwSignal::new(false);
    let m = module.clone();
    Effect::new(move |_| {
        if seeded.get_untracked() {
            return;
        }
        let Some(entry) = state.entry(&m) else { return };
        state.request_body(&entry);
        let Some(BodyState::Ready(body)) = state.body(&m) else {
            return;
        };
        let mut launch = link.launch();
        let decode = |text: &str| {
            scorm::decode(
                text,
                &entry.summary,
                &body.questions,
                platform::device::now(),
            )
            .map(|saved| Snapshot {
                lessons: saved.lessons,
                attempts: saved.attempts,
                answers: saved.answers,
                pretests: saved.pretest.into_iter().collect(),
                ..Snapshot::default()
            })
        };
        let from_lms = match launch.saved() {
            None => Snapshot::default(),
            Some(text) => decode(text).unwrap_or_else(|e| {
                link.resume_lost.set(Some(e));
                Snapshot::default()
            }),
        };
        // Answers saved in an earlier session went to the LMS with it, interactions too.
        link.session.with_value(|s| {
            s.borrow_mut().link.already_recorded(
                from_lms
                    .answers
                    .iter()
                    .map(|a| (a.attempt.clone(), a.question.clone()))
                    .collect(),
            );
        });
        // Progress this tab kept because the LMS did not store it (a failed save, an expired
        // Moodle session): it wins, and the first write brings it to the LMS.
        let kept = (launch.recording() == Recording::Records)
            .then(|| platform::scorm::pending(m.as_str(), &launch.student_id))
            .flatten()
            .and_then(|(location, text)| decode(&text).ok().map(|s| (location, s)));
        let snapshot = match kept {
            Some((location, restored)) => {
                link.restored.set(true);
                launch.location = location;
                restored
            }
            None => from_lms,
        };
        state.use_memory(snapshot);
        // The page in the address if it is one of this module's (a reload), otherwise the
        // one the LMS remembers.
        let here = platform::current_route();
        if !matches!(&here, Route::Embed(id, _) if id == &m) {
            let part = scorm::parse_location(&m, &launch.location);
            let target = Route::Embed(m.clone(), part);
            replace_hash(&target.to_hash());
            set_route.set(target);
        }
        seeded.set(true);
        platform::mark_app_ready();
    });
    // After every change of progress or page: write what changed and commit.
    let m = module.clone();
    Effect::new(move |_| {
        if !seeded.get() {
            return;
        }
        let route = route.get();
        let Some(entry) = state.entry(&m) else { return };
        let Some(BodyState::Ready(body)) = state.body(&m) else {
            return;
        };
        link.sync(values_for(link, &entry, &body, state.progress, &route));
    });

    let page_module = module.clone();
    let running = move || {
        state.entry(&module).is_some_and(|entry| {
            state
                .progress
                .quiz_untracked(&entry.summary, |session| session.active().is_some())
        })
    };
    let on_leave = running.clone();
    let leave = Callback::new(move |()| link.leave(on_leave()));
    // Leaving is saving: a checkpoint when the page is hidden, the finish when it goes away; a
    // page brought back from the back/forward cache after its finish starts a new session.
    let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if platform::page_hidden() {
            link.checkpoint();
        }
    });
    let gone = window_event_listener(leptos::ev::pagehide, move |_| link.leave_on_hide(running()));
    let back = window_event_listener(leptos::ev::pageshow, move |e| {
        if e.persisted() && link.finished() {
            platform::reload();
        }
    });
    on_cleanup(move || {
        hidden.remove();
        gone.remove();
        back.remove();
    });
    let retry = Callback::new(move |()| link.retry());
    let finished = Memo::new(move |_| link.state.get() == LinkState::Finished);
    let main_module = page_module.clone();
    // Anything but the module's pages is one card: loading, a load failure, the end.
    let card = move || -> (&'static str, &'static str, String) {
        if finished.get() {
            return (
                "scorm-done",
                Words::ScormDoneTitle.text(lang),
                Words::ScormDoneBody.text(lang).to_owned(),
            );
        }
        if let Some(BodyState::Failed(detail)) = state.body(&page_module) {
            return (
                "scorm-load-failed",
                t(lang, Key::BodyFailed),
                detail.message(lang),
            );
        }
        let loaded = state
            .catalog
            .with(|c| c.as_ref().is_some_and(|c| c.pending.is_empty()));
        if loaded && state.entry(&page_module).is_none() {
            return (
                "scorm-load-failed",
                t(lang, Key::ModuleNotFoundTitle),
                format!("{} {page_module}", t(lang, Key::ModuleNotFoundBody)),
            );
        }
        ("scorm-loading", t(lang, Key::LoadingModule), String::new())
    };
    view! {
        <ScormBar lang=lang link=link leave=leave retry=retry />
        <main id="main" tabindex="-1" class="embed-main">
            {move || match route.get() {
                Route::Embed(id, part) if id == main_module && seeded.get() && !finished.get() => {
                    // From the module chunk, as in the app (its files are preloaded with the
                    // scorm chunk's on the launch page: scripts/scorm-package.mjs).
                    super::lazy::lazy_module(Route::Embed(id, part), lang)
                }
                _ => {
                    let (id, title, text) = card();
                    view! {
                        <section class="card" id=id role="status">
                            <h1 id="page-title" tabindex="-1">{title}</h1>
                            <p>{text}</p>
                        </section>
                    }
                    .into_any()
                }
            }}
        </main>
    }
}

/// The bar above the module: how the LMS link is doing, and the app's own way out.
#[component]
fn ScormBar(
    /// The UI language.
    lang: Lang,
    /// The LMS session.
    link: LmsLink,
    /// "Simpan dan keluar".
    leave: Callback<()>,
    /// "Coba simpan lagi".
    retry: Callback<()>,
) -> impl IntoView {
    let status = move || match link.state.get() {
        LinkState::Connecting => Words::ScormConnecting.text(lang),
        LinkState::Saved => Words::ScormSaved.text(lang),
        LinkState::ReadOnly(Recording::Review) => Words::ScormReview.text(lang),
        LinkState::ReadOnly(_) => Words::ScormPractice.text(lang),
        LinkState::NoApi | LinkState::Failed(_) | LinkState::Finished => "",
    };
    let can_leave = move || {
        matches!(
            link.state.get(),
            LinkState::Connecting
                | LinkState::Saved
                | LinkState::Failed(_)
                | LinkState::ReadOnly(_)
        )
    };
    let learner = link
        .launch()
        .learner_name()
        .map(|name| Words::ScormLearner.with(lang, &[&name]));
    view! {
        <div class="scorm-bar" role="region" aria-label=Words::ScormBarLabel.text(lang)>
            <div class="scorm-bar-text">
                <p class="scorm-status" role="status" id="scorm-status">{status}</p>
                {learner.map(|l| view! { <p class="scorm-learner muted small" id="scorm-learner">{l}</p> })}
            </div>
            {move || can_leave().then(|| view! {
                <button class="button button-small" type="button" id="scorm-leave"
                    on:click=move |_| leave.run(())>{Words::ScormLeave.text(lang)}</button>
            })}
        </div>
        {move || match link.state.get() {
            LinkState::NoApi => Some(view! {
                <p class="banner banner-warn" role="alert" id="scorm-no-api">{t(lang, Key::ScormNoApi)}</p>
            }.into_any()),
            LinkState::Failed(e) => Some(view! {
                <div class="alert alert-error scorm-error" role="alert" id="scorm-error">
                    <p>{e.message(lang)}</p>
                    <p>{Words::ScormRetryNote.text(lang)}</p>
                    <p>{Words::ScormSessionHint.text(lang)}</p>
                    <button class="button button-small" type="button" id="scorm-retry"
                        on:click=move |_| retry.run(())>{Words::ScormRetry.text(lang)}</button>
                </div>
            }.into_any()),
            _ => None,
        }}
        {move || link.restored.get().then(|| view! {
            <p class="banner banner-warn" role="status" id="scorm-restored">{Words::ScormRestored.text(lang)}</p>
        })}
        {move || link.resume_lost.get().map(|e| view! {
            <p class="banner banner-warn" role="status" id="scorm-resume-lost">
                {Words::ScormResumeLost.with(lang, &[&e.message(lang)])}
            </p>
        })}
    }
}
