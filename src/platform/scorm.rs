//! The LMS's SCORM API object (SCORM 1.2: `window.API`; SCORM 2004: `window.API_1484_11`, of
//! a parent or opener window), found and called as each edition's run-time environment
//! describes.
//!
//! Calls go through `js_sys::Reflect` and `Function::call*` on whatever object the LMS put
//! there (no `extern` block: the crate forbids `unsafe`), so a missing method or an LMS that
//! throws becomes a [`ScormError`], never a panic. Every call is synchronous, as SCORM 1.2's
//! API is. What to write, and when, is decided in `domain::scorm` and `ui::scorm`.

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::scorm::edition::EDITION_META;
use crate::domain::scorm::{Edition, ErrorCode, Launch, LessonStatus, LmsCall, ScormError};

/// The `<meta name>` of a launch page made by `scripts/scorm-package.mjs`; its `content` is
/// the module id.
const LAUNCH_META: &str = "bimtek-scorm";

/// How many parent windows are searched for `API` (ADL's discovery algorithm gives up after 7;
/// LMS players nest a few frames at most).
const MAX_PARENTS: usize = 10;

/// The module this page was packaged for, when it is a SCORM launch page
/// (`<meta name="bimtek-scorm" content="<module-id>">`); `None` for the normal app.
#[must_use]
pub fn launch_module() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let meta = document
        .query_selector(&format!("meta[name=\"{LAUNCH_META}\"]"))
        .ok()??;
    meta.get_attribute("content")
}

/// The edition the launch page was packaged for (`<meta name="bimtek-scorm-edition">`);
/// SCORM 1.2 when it says nothing else.
#[must_use]
pub fn launch_edition() -> Edition {
    let content = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("meta[name=\"{EDITION_META}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"));
    content.map_or(Edition::Scorm12, |c| Edition::parse(&c))
}

/// `object[name]`, or `None` when reading it throws (a window of another origin) or it is
/// null or undefined.
fn property(object: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(object, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_null() && !v.is_undefined())
}

/// The API object `name` in `start` or one of its parents.
fn find_in(start: JsValue, name: &str) -> Option<JsValue> {
    let mut win = start;
    for _ in 0..=MAX_PARENTS {
        if let Some(api) = property(&win, name).filter(JsValue::is_object) {
            return Some(api);
        }
        let parent = property(&win, "parent")?;
        if Object::is(&parent, &win) {
            return None;
        }
        win = parent;
    }
    None
}

/// The LMS's API object.
#[derive(Debug, Clone)]
pub struct Lms {
    api: JsValue,
    edition: Edition,
}

/// A call's answer as text (`"true"`, a value, an error code); LMSs answer strings, some
/// answer booleans or numbers.
fn text(value: &JsValue) -> String {
    if let Some(s) = value.as_string() {
        s
    } else if let Some(b) = value.as_bool() {
        b.to_string()
    } else if let Some(n) = value.as_f64() {
        // Error codes and flags are whole numbers (no float formatting code for them).
        #[allow(
            clippy::cast_possible_truncation,
            reason = "whole numbers; a fraction is not an error code"
        )]
        let whole = n as i64;
        whole.to_string()
    } else {
        String::new()
    }
}

fn thrown(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map_or_else(|| text(e), |e| String::from(e.message()))
}

impl Lms {
    /// Finds `edition`'s API: this window and its parents, then the opener and its parents (an
    /// LMS that opens the package in a new window). `None` outside an LMS.
    #[must_use]
    pub fn find(edition: Edition) -> Option<Self> {
        let window = web_sys::window()?;
        let own = JsValue::from(window);
        let name = edition.api_object();
        find_in(own.clone(), name)
            .or_else(|| find_in(property(&own, "opener")?, name))
            .map(|api| Self { api, edition })
    }

    /// The edition this API speaks.
    #[must_use]
    pub fn edition(&self) -> Edition {
        self.edition
    }

    /// Calls `call(args…)` on the API; the answer as text.
    fn invoke(&self, call: LmsCall, args: &[&str]) -> Result<String, ScormError> {
        let edition = self.edition;
        let name = edition.function(call);
        let threw = |detail: String| ScormError::Threw {
            edition,
            call,
            detail,
        };
        let function: Function = property(&self.api, name)
            .and_then(|f| f.dyn_into().ok())
            .ok_or_else(|| threw(format!("{name} tidak ada")))?;
        let result = match args {
            [] => function.call0(&self.api),
            [a] => function.call1(&self.api, &JsValue::from_str(a)),
            [a, b, ..] => function.call2(&self.api, &JsValue::from_str(a), &JsValue::from_str(b)),
        };
        result.map(|v| text(&v)).map_err(|e| threw(thrown(&e)))
    }

    /// `LMSGetLastError()`, `None` for no error (or an LMS that cannot say).
    fn last_error(&self) -> Option<ErrorCode> {
        self.invoke(LmsCall::LastError, &[])
            .ok()
            .and_then(|code| ErrorCode::parse_in(self.edition, &code))
    }

    /// A call that answers `"true"` on success: anything else, or a last error ≠ 0, fails.
    fn expect_true(&self, call: LmsCall, args: &[&str]) -> Result<(), ScormError> {
        let answer = self.invoke(call, args)?;
        let error = self.last_error();
        let edition = self.edition;
        match (answer.trim() == "true", error) {
            (true, None) => Ok(()),
            (_, Some(code)) => Err(ScormError::Refused {
                edition,
                call,
                code,
            }),
            (false, None) => Err(ScormError::Refused {
                edition,
                call,
                code: ErrorCode::General,
            }),
        }
    }

    /// `LMSInitialize("")` (SCORM 2004: `Initialize("")`). An LMS that is already initialised (the page was reloaded inside
    /// the LMS's frame) refuses a second call; the session is used as it is then.
    ///
    /// # Errors
    /// The LMS's refusal, when no session is open.
    pub fn initialize(&self) -> Result<(), ScormError> {
        match self.expect_true(LmsCall::Initialize, &[""]) {
            Ok(()) => Ok(()),
            Err(e) => {
                let open = self
                    .invoke(LmsCall::GetValue, &[self.edition.location()])
                    .is_ok()
                    && self.last_error().is_none();
                if open {
                    Ok(())
                } else {
                    Err(e)
                }
            }
        }
    }

    /// `LMSGetValue(element)`; an element the LMS does not have reads as empty.
    #[must_use]
    pub fn get(&self, element: &str) -> String {
        let value = self
            .invoke(LmsCall::GetValue, &[element])
            .unwrap_or_default();
        // Clear the error an unsupported element leaves, so it is not blamed on the next call.
        let _ = self.last_error();
        value
    }

    /// What the LMS holds at the start of the session.
    #[must_use]
    pub fn launch(&self) -> Launch {
        use crate::domain::scorm::edition::{COMPLETION, SUCCESS};
        let e = self.edition;
        let names = e.launch_elements();
        let (status, completed) = match e {
            Edition::Scorm12 => (
                LessonStatus::parse(&self.get("cmi.core.lesson_status")),
                false,
            ),
            Edition::Scorm2004 => {
                let completion = self.get(COMPLETION);
                (
                    Edition::status_2004(&completion, &self.get(SUCCESS)),
                    completion.trim() == "completed",
                )
            }
        };
        Launch {
            entry: self.get(names.entry),
            status,
            completed,
            score_raw: crate::domain::scorm::parse_raw(&self.get(e.score_raw())),
            location: self.get(e.location()),
            suspend_data: self.get("cmi.suspend_data"),
            interactions: self
                .get("cmi.interactions._count")
                .trim()
                .parse()
                .unwrap_or(0),
            mode: crate::domain::scorm::LessonMode::parse(&self.get(names.mode)),
            no_credit: self.get(names.credit).trim() == "no-credit",
            student_name: self.get(names.name),
            student_id: self.get(names.id),
        }
    }

    /// `LMSSetValue(element, value)`.
    ///
    /// # Errors
    /// The LMS's refusal (`LMSGetLastError`) or its exception.
    pub fn set(&self, element: &str, value: &str) -> Result<(), ScormError> {
        self.expect_true(LmsCall::SetValue, &[element, value])
    }

    /// `LMSCommit("")`.
    ///
    /// # Errors
    /// The LMS's refusal or its exception.
    pub fn commit(&self) -> Result<(), ScormError> {
        self.expect_true(LmsCall::Commit, &[""])
    }

    /// `LMSFinish("")` (SCORM 2004: `Terminate("")`): the session ends; nothing can be written
    /// after it.
    ///
    /// # Errors
    /// The LMS's refusal or its exception.
    pub fn finish(&self) -> Result<(), ScormError> {
        self.expect_true(LmsCall::Finish, &[""])
    }
}

/// What the LMS has not stored yet, kept in this tab only (`sessionStorage`: gone when the tab
/// closes, so nothing stays on a shared lab PC), so that reopening the activity after a Moodle
/// session timeout brings it back. One entry per module.
fn pending_key(module: &str) -> String {
    format!("bimtek-scorm-pending:{module}")
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// Keeps `location` and `suspend_data` that the LMS has not confirmed for `student`.
pub fn keep_pending(module: &str, student: &str, location: &str, suspend_data: &str) {
    if let Some(storage) = session_storage() {
        let value = format!("{student}\u{1f}{location}\u{1f}{suspend_data}");
        if storage.set_item(&pending_key(module), &value).is_err() {
            web_sys::console::warn_1(&"sessionStorage refused the unsaved progress".into());
        }
    }
}

/// The unsaved `(location, suspend_data)` this tab kept for `student`, if any.
#[must_use]
pub fn pending(module: &str, student: &str) -> Option<(String, String)> {
    let value = session_storage()?.get_item(&pending_key(module)).ok()??;
    let mut parts = value.splitn(3, '\u{1f}');
    let (who, location, data) = (parts.next()?, parts.next()?, parts.next()?);
    (who == student).then(|| (location.to_owned(), data.to_owned()))
}

/// Forgets the unsaved progress: the LMS has it now.
pub fn clear_pending(module: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.remove_item(&pending_key(module));
    }
}

/// The write rules' port (`domain::scorm::link`): the API object's calls.
impl crate::domain::scorm::link::Api for Lms {
    fn edition(&self) -> Edition {
        self.edition
    }
    fn set(&self, element: &str, value: &str) -> Result<(), ScormError> {
        Lms::set(self, element, value)
    }
    fn commit(&self) -> Result<(), ScormError> {
        Lms::commit(self)
    }
    fn finish(&self) -> Result<(), ScormError> {
        Lms::finish(self)
    }
}
