//! The LRS outbox, wired (docs/design.md contract 11): where this session's statements go (a
//! Tin Can launch, else the deployment's `lrs.json`), one statement per learning event, and
//! the loop that sends the outbox one statement at a time, oldest first. The rules are in
//! `domain::lrs`, the storage is the ordered storage queue, the network is `platform::lrs`;
//! this module only connects them and reports to Settings through [`Lrs`]. The deciding,
//! the making of statements and the loop are the engine (`engine.rs`), a wasm chunk loaded
//! after `app-ready` (at once for a launch): the link here holds the events until it is in.
//!
//! Invariants: a statement is serialised once, when its event happens, and stored before it
//! is sent; the loop sends what is stored, so a closed page, a stopped LRS or a reload only
//! delays it. Events that happen before the session's LRS is known (the engine's chunk or
//! `lrs.json` still loading, the database still opening) wait here and are then made or
//! dropped, never lost out of order. Credentials are never logged or put in a signal.
//!
//! The link's phases (deciding, active, off) are `domain::lrs::link`, natively tested; the
//! backoff and what an LRS answer means are `domain::lrs::outbox`.

use std::cell::RefCell;
use std::rc::Rc;

use futures::channel::mpsc;
use leptos::prelude::*;

use crate::domain::embed::{uuid_from_random, Event};
use crate::domain::lrs::link::{Recorded, Renewal};
use crate::domain::lrs::outbox::Summary;
use crate::domain::lrs::LaunchError;
use crate::domain::quiz::Millis;
use crate::domain::route::Route;
use crate::i18n::{t, tf, Key, Lang};
use crate::platform;
use crate::platform::lrs::LaunchFrom;
use crate::platform::store::StoreQueue;
use crate::storage::outbox::OutboxStore;

pub mod engine;
mod others;
mod replay;
mod sessions;

/// How long the link waits before fetching the engine's chunk again after it failed.
const ENGINE_RETRY_MS: u32 = 15_000;
/// How long the loop rests after the storage itself failed.
const STORAGE_RETRY_MS: u32 = 5_000;
/// How often Settings' figures are refreshed while a backlog drains.
const REFRESH_EVERY_MS: Millis = 500;

/// Where this session's LRS setting came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The launch link's parameters.
    Launch,
    /// The deployment's `lrs.json`.
    Config,
}

/// Why this session makes no statements for an LRS, shown in Settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LrsProblem {
    /// The launch parameters were refused.
    LaunchRefused(LaunchError),
    /// `lrs.json` was refused.
    ConfigRefused(LaunchError),
    /// The page's CSP does not allow connecting to this origin.
    Csp(String),
    /// No secure randomness: no statement ids can be made.
    NoRandomness,
    /// The engine's chunk could not be loaded (a network that failed on a first visit).
    EngineUnavailable,
}

impl LrsProblem {
    /// What the learner reads, in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::LaunchRefused(e) => tf(lang, Key::LrsLaunchRefused, &[&e.message(lang)]),
            Self::ConfigRefused(e) => tf(lang, Key::LrsConfigRefused, &[&e.message(lang)]),
            Self::Csp(origin) => tf(lang, Key::LrsCspBlocked, &[origin]),
            Self::NoRandomness => t(lang, Key::LrsNoRandomness).to_owned(),
            Self::EngineUnavailable => t(lang, Key::LrsEngineUnavailable).to_owned(),
        }
    }
}

/// A learning event that happened, with its id and time fixed then.
struct Made {
    module: String,
    title: String,
    /// The module's pack's xAPI activity base.
    activity_base: String,
    event: Event,
    statement_id: String,
    timestamp: String,
    at: Millis,
}

/// What the engine (`engine.rs`) is started with.
pub struct Start {
    launch: Option<(Vec<(String, String)>, LaunchFrom)>,
    /// `lrs.json`'s text, read without a launch.
    config: Option<String>,
    launched_module: Option<String>,
    store: StoreQueue,
    kicks: mpsc::UnboundedReceiver<Kick>,
    /// When the page started (the first module session's start).
    started_at: Millis,
    /// The app's state: the catalog names the modules of the sessions' statements.
    state: super::state::AppState,
    /// Resolves once every pack has settled (the replay's catalog).
    catalog_settled: futures::channel::oneshot::Receiver<()>,
}

/// The engine's entry point, handed back by its chunk.
pub type Engine = fn(Lrs, Start) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>;

/// What this session does with learning events (the state machine: `domain::lrs::link`); the
/// enqueuer is the engine's own code (`engine.rs`, a chunk), which only the engine can put
/// there.
type Phase = crate::domain::lrs::link::Phase<Made, fn(Lrs, Made)>;

/// What wakes the sending loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kick {
    /// A statement was added (ends an idle wait, not a backoff).
    Added,
    /// The network is back, or the learner asked: the app's own backoff ends.
    Wake,
}

struct Inner {
    phase: Phase,
    /// Fired once the first view is usable: `lrs.json` is read only then, so that it never
    /// counts against the first load.
    app_ready: Option<futures::channel::oneshot::Sender<()>>,
    /// Fired once every pack has settled (loaded or failed): a launch's replay on a new
    /// registration reads the whole catalog.
    catalog_settled: Option<futures::channel::oneshot::Sender<()>>,
    kick: Option<mpsc::UnboundedSender<Kick>>,
    store: Option<StoreQueue>,
    app_url: String,
}

/// What Settings shows about the LRS link.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LrsView {
    /// Where statements go this session (endpoint, never credentials) and why.
    pub target: Option<(String, Source)>,
    /// Why no statements are made, if so.
    pub problem: Option<LrsProblem>,
    /// The outbox at a glance.
    pub summary: Summary,
    /// When the loop tries again after a failure (Unix ms), while it waits.
    pub next_try: Option<Millis>,
}

/// The LRS link of this page, for the pages that show it (Settings, from context) and for
/// [`super::state::AppState::emit`] (handed to the state by [`start`]). `Copy`: one signal and
/// a shared handle.
#[derive(Clone, Copy)]
pub struct Lrs {
    /// What Settings shows.
    pub view: RwSignal<LrsView>,
    inner: StoredValue<Rc<RefCell<Inner>>, LocalStorage>,
}

impl std::fmt::Debug for Lrs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lrs")
            .field("view", &self.view.get_untracked())
            .finish_non_exhaustive()
    }
}

impl Default for Lrs {
    fn default() -> Self {
        Self::new()
    }
}

impl Lrs {
    /// Nothing decided yet: events wait.
    #[must_use]
    pub fn new() -> Self {
        Self {
            view: RwSignal::new(LrsView::default()),
            inner: StoredValue::new_local(Rc::new(RefCell::new(Inner {
                phase: Phase::default(),
                app_ready: None,
                catalog_settled: None,
                kick: None,
                store: None,
                app_url: String::new(),
            }))),
        }
    }

    /// The link from context (provided by the app's root).
    ///
    /// # Panics
    /// When no app root above provides it (a wiring bug that must show).
    #[must_use]
    pub fn get() -> Self {
        expect_context::<Self>()
    }

    fn inner(self) -> Rc<RefCell<Inner>> {
        self.inner.get_value()
    }

    /// Changes what Settings shows: one `get_untracked` + `set` for every change, rather than a
    /// `view.update(closure)` per call site that instantiates the signal code once per closure.
    fn show(self, change: impl FnOnce(&mut LrsView)) {
        let mut view = self.view.get_untracked();
        change(&mut view);
        self.view.set(view);
    }

    /// Starts the link (once, at start): its engine, a chunk of its own
    /// ([`super::lazy::lrs_engine`]), is loaded at once for a launch, otherwise once the app
    /// is ready, and then decides where this session's statements go and sends the outbox.
    /// `launch` is what `platform::lrs::take_launch` found; `route` the page the launch
    /// opened (its module is the launched activity). Events that happen meanwhile wait, in
    /// order, as they do while `lrs.json` is read.
    pub fn start(
        self,
        launch: Option<(Vec<(String, String)>, LaunchFrom)>,
        route: &Route,
        state: super::state::AppState,
    ) {
        let store = state.store();
        let started_at = platform::device::now();
        let (tx, kicks) = mpsc::unbounded();
        let (ready_tx, ready) = futures::channel::oneshot::channel();
        let (settled_tx, catalog_settled) = futures::channel::oneshot::channel();
        {
            let inner = self.inner();
            let mut inner = inner.borrow_mut();
            inner.kick = Some(tx);
            inner.app_ready = Some(ready_tx);
            inner.catalog_settled = Some(settled_tx);
            inner.store = Some(store.clone());
            inner.app_url = platform::embed::app_url();
        }
        let launched_module = route.module().map(ToString::to_string);
        leptos::task::spawn_local(async move {
            let mut config = None;
            if launch.is_none() {
                let _ = ready.await;
                config = platform::lrs::config_text().await;
                // The engine (a chunk of its own: 34.5 KB brotli at issue 27's replay, of which
                // the replay and its SHA-1 are 6.6 KB) is fetched only when it has work: this deployment's lrs.json
                // may set an LRS, or earlier sessions left statements to send. Most sites
                // have neither, and their learners' first visit does not pay for it.
                if !config
                    .as_deref()
                    .is_some_and(platform::lrs::config_may_set_lrs)
                {
                    // Only counted: the rows' decoder (what Settings lists) is not needed
                    // for this; Settings reads the whole summary when it opens.
                    if matches!(store.outbox_waiting().await, Ok(0)) {
                        let dropped = self.inner().borrow_mut().phase.decide(None);
                        debug_assert!(dropped.is_empty());
                        return;
                    }
                }
            }
            let start = Start {
                launch,
                config,
                launched_module,
                store,
                kicks,
                started_at,
                state,
                catalog_settled,
            };
            // A chunk that does not come (a first visit on a failing network) is fetched again
            // every little while; events keep waiting here, in order, until it is in.
            let engine = loop {
                match super::lazy::lrs_engine().await {
                    Ok(engine) => break engine,
                    Err(_) => {
                        self.show(|v| v.problem = Some(LrsProblem::EngineUnavailable));
                        platform::lrs::sleep(ENGINE_RETRY_MS).await;
                    }
                }
            };
            if self.view.get_untracked().problem == Some(LrsProblem::EngineUnavailable) {
                self.show(|v| v.problem = None);
            }
            engine(self, start).await;
        });
        platform::lrs::on_online(move || self.kick(Kick::Wake));
    }

    /// The first view is usable (`app-ready`): the deployment's `lrs.json` may be read now.
    pub fn app_ready(self) {
        let ready = self.inner().borrow_mut().app_ready.take();
        if let Some(ready) = ready {
            let _ = ready.send(());
        }
    }

    /// Every pack has settled (loaded or failed): a launch's replay may read the catalog.
    pub fn catalog_settled(self) {
        let settled = self.inner().borrow_mut().catalog_settled.take();
        if let Some(settled) = settled {
            let _ = settled.send(());
        }
    }

    /// A learning event happened in module `module` (titled `title`, its pack's activity base
    /// `activity_base`): its statement is made now (id and time fixed) and added to the
    /// outbox, when this session has an LRS.
    pub fn record(self, module: &str, title: &str, activity_base: &str, event: &Event) {
        let inner = self.inner();
        if inner.borrow().phase.is_off() {
            return;
        }
        let Ok(statement_id) = uuid_from_random(platform::embed::random_bytes()) else {
            self.show(|v| v.problem = Some(LrsProblem::NoRandomness));
            return;
        };
        let made = Made {
            module: module.to_owned(),
            title: title.to_owned(),
            activity_base: activity_base.to_owned(),
            event: event.clone(),
            statement_id,
            timestamp: platform::embed::iso_now(),
            at: platform::device::now(),
        };
        let recorded = inner.borrow_mut().phase.record(made);
        if let Recorded::Enqueue(enqueue, made) = recorded {
            enqueue(self, made);
        }
    }

    fn kick(self, kick: Kick) {
        if let Some(tx) = &self.inner().borrow().kick {
            let _ = tx.unbounded_send(kick);
        }
    }

    /// After a reset: the pseudonymous id of the statements made from now on (`None`: no
    /// secure randomness, so no more statements in this page). A launch's own actor stays.
    pub fn renew_actor_id(self, fresh: Option<String>) {
        let renewal = self.inner().borrow_mut().phase.renew_actor(fresh);
        if renewal == Renewal::Stopped {
            self.show(|v| v.problem = Some(LrsProblem::NoRandomness));
        }
    }

    /// The learner asks to send now: the app's own wait ends (an LRS's `Retry-After` holds).
    pub fn send_now(self) {
        self.kick(Kick::Wake);
    }

    /// Puts the refused statements back in the queue, with this session's credentials for
    /// their LRS (the trainer may have fixed them), and sends.
    pub fn retry_refused(self) {
        let inner = self.inner();
        let (store, credentials) = {
            let inner = inner.borrow();
            (inner.store.clone(), inner.phase.credentials())
        };
        let Some(store) = store else { return };
        leptos::task::spawn_local(async move {
            let credentials = credentials
                .as_ref()
                .map(|(e, a)| (e.as_str(), a.as_deref()));
            if let Err(e) = store.requeue_refused(credentials).await {
                web_sys::console::warn_1(&e.to_string().into());
            }
            self.kick(Kick::Wake);
            self.refresh(&store).await;
        });
    }

    /// Reads the outbox's summary afresh for Settings (which opens it: the start-up of a site
    /// without an LRS only counts the waiting statements).
    pub fn refresh_summary(self) {
        let store = self.inner().borrow().store.clone();
        if let Some(store) = store {
            leptos::task::spawn_local(async move { self.refresh(&store).await });
        }
    }

    async fn refresh(self, store: &StoreQueue) {
        if let Ok(summary) = store.outbox_summary().await {
            self.show(|v| v.summary = summary);
        }
    }
}

/// Starts this page's LRS link at page load (in context, and as the state's event sink). A new
/// launch (parameters in the URL, not a reload) into a module page also makes that module's
/// `initialized` statement, once the module is known (an embed view sends its own `ready`).
#[must_use = "the root tells the link when the app is ready"]
pub fn start(
    state: super::state::AppState,
    launch: Option<(Vec<(String, String)>, LaunchFrom)>,
    route: &Route,
) -> Lrs {
    let launched = match (&launch, route) {
        (_, Route::Embed(..)) | (None | Some((_, LaunchFrom::Session)), _) => None,
        (Some((_, LaunchFrom::Url)), r) => r.module().cloned(),
    };
    let lrs = Lrs::new();
    state.send_events_to(lrs);
    provide_context(lrs);
    lrs.start(launch, route, state);
    if let Some(module) = launched {
        let sent = StoredValue::new(false);
        Effect::new(move |_| {
            if sent.get_value() {
                return;
            }
            if let Some(entry) = state.entry(&module) {
                sent.set_value(true);
                lrs.record(
                    module.as_str(),
                    &entry.summary.title,
                    &entry.activity_base,
                    &Event::Ready,
                );
            }
        });
    }
    lrs
}
