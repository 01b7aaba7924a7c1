//! Where the learner stopped ([`Resume`]): a parsed route inside a module, never any other
//! URL.

use serde::{Deserialize, Serialize};

use super::super::ids::ModuleId;
use super::super::quiz::Millis;
use super::super::route::Route;
use crate::i18n::{t, tf, Key, Lang};

/// Longest resume route accepted, in bytes: `#/modul/<64>/pelajaran/<64>` is about 150.
pub const MAX_RESUME_ROUTE: usize = 256;

/// Where the learner stopped: a page inside a module, as a parsed [`Route`].
///
/// Invariant: the route is always one of the module pages ([`Route::module`] is `Some`), so
/// the "Lanjutkan" link built from it with [`Route::to_hash`] can only ever be an app route.
/// Stored and exported as `{"route": "#/modul/x/kuis", "module": "x", "at": …}` (the shape
/// of export version 1 and of the IndexedDB `meta` row "resume"), and read back only through
/// [`Resume::try_from`], so a `javascript:` or `https:` value can never be held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "ResumeRecord", into = "ResumeRecord")]
pub struct Resume {
    route: Route,
    /// Always `route.module()`, kept to borrow it without a fallible lookup.
    module: ModuleId,
    at: Millis,
}

/// The stored and exported form of a [`Resume`], as plain strings (untrusted until parsed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResumeRecord {
    /// The hash route, e.g. `#/modul/x/kuis`.
    pub route: String,
    /// The module it belongs to.
    pub module: String,
    /// When.
    pub at: Millis,
}

/// Why a stored or imported resume point is refused. Messages are for the learner, in
/// Indonesian (like the other import errors); the value is quoted shortened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResumeError {
    /// Longer than [`MAX_RESUME_ROUTE`].
    TooLong(usize),
    /// Not a hash route of this app (`javascript:`, `https://…`, `data:`…).
    NotAppRoute(String),
    /// A hash route that names no page.
    UnknownRoute(String),
    /// A page, but not one inside a module.
    NotModulePage(String),
    /// The route's module is not the record's module.
    ModuleMismatch(String, String),
    /// A date before 1970.
    BadTime,
}

impl ResumeError {
    /// The reason in `lang` (the Indonesian one is the `Display` text).
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::TooLong(n) => tf(lang, Key::ResumeTooLong, &[n]),
            Self::NotAppRoute(r) => tf(lang, Key::ResumeNotAppRoute, &[r]),
            Self::UnknownRoute(r) => tf(lang, Key::ResumeUnknownRoute, &[r]),
            Self::NotModulePage(r) => tf(lang, Key::ResumeNotModulePage, &[r]),
            Self::ModuleMismatch(r, m) => tf(lang, Key::ResumeModuleMismatch, &[r, m]),
            Self::BadTime => t(lang, Key::ResumeBadTime).to_owned(),
        }
    }
}

crate::i18n::learner_error!(ResumeError);

/// At most 60 characters of `s`, for quoting untrusted text in a message.
#[must_use]
pub fn excerpt(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(MAX).collect();
        out.push('…');
        out
    }
}

impl Resume {
    /// A resume point at `route`, reached at `at`.
    ///
    /// # Errors
    /// [`ResumeError::NotModulePage`] when `route` is not a page inside a module.
    pub fn new(route: Route, at: Millis) -> Result<Self, ResumeError> {
        let Some(module) = route.module().cloned() else {
            return Err(ResumeError::NotModulePage(excerpt(&route.to_hash())));
        };
        Ok(Self { route, module, at })
    }

    /// The page to go back to.
    #[must_use]
    pub fn route(&self) -> &Route {
        &self.route
    }

    /// The module of that page.
    #[must_use]
    pub fn module(&self) -> &ModuleId {
        &self.module
    }

    /// When the learner was there.
    #[must_use]
    pub fn at(&self) -> Millis {
        self.at
    }
}

impl TryFrom<ResumeRecord> for Resume {
    type Error = ResumeError;

    /// Parses a stored or imported resume point: the route must be this app's hash route of a
    /// page inside a module, and that module must be the record's.
    fn try_from(r: ResumeRecord) -> Result<Self, ResumeError> {
        if r.route.len() > MAX_RESUME_ROUTE {
            return Err(ResumeError::TooLong(r.route.chars().count()));
        }
        if !r.route.starts_with("#/") {
            return Err(ResumeError::NotAppRoute(excerpt(&r.route)));
        }
        if r.at < 0 {
            return Err(ResumeError::BadTime);
        }
        let route = Route::parse(&r.route);
        match route.module() {
            None if matches!(route, Route::NotFound(_)) => {
                Err(ResumeError::UnknownRoute(excerpt(&r.route)))
            }
            None => Err(ResumeError::NotModulePage(excerpt(&r.route))),
            Some(m) if m.as_str() != r.module => Err(ResumeError::ModuleMismatch(
                excerpt(&r.route),
                excerpt(&r.module),
            )),
            Some(m) => {
                let module = m.clone();
                Ok(Self {
                    route,
                    module,
                    at: r.at,
                })
            }
        }
    }
}

impl From<Resume> for ResumeRecord {
    fn from(r: Resume) -> Self {
        Self {
            route: r.route.to_hash(),
            module: r.module.to_string(),
            at: r.at,
        }
    }
}
