//! What can go wrong between the SCO and the LMS, in words a learner understands.

use super::suspend::SuspendError;
use super::Edition;
use crate::i18n::{t, tf, Key, Lang};

/// The SCORM API call that failed (named in each edition by [`Edition::function`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LmsCall {
    /// `LMSInitialize("")`.
    Initialize,
    /// `LMSGetValue(element)`.
    GetValue,
    /// `LMSSetValue(element, value)`.
    SetValue,
    /// `LMSCommit("")`.
    Commit,
    /// `LMSFinish("")` (SCORM 2004: `Terminate("")`).
    Finish,
    /// `LMSGetLastError()`.
    LastError,
}

impl LmsCall {
    /// The SCORM 1.2 function's name.
    #[must_use]
    pub fn name(self) -> &'static str {
        Edition::Scorm12.function(self)
    }
}

/// `LMSGetLastError()`, SCORM 1.2's error codes (RTE 3.3.2.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    /// 101: general exception (an LMS that could not store the data says this).
    General,
    /// 201: invalid argument.
    InvalidArgument,
    /// 202: element cannot have children.
    NoChildren,
    /// 203: element not an array, cannot have a count.
    NoCount,
    /// 301: not initialized (the session is not open, or already finished).
    NotInitialized,
    /// 401: not implemented.
    NotImplemented,
    /// 402: invalid set value, the element is a keyword.
    Keyword,
    /// 403: element is read only.
    ReadOnly,
    /// 404: element is write only.
    WriteOnly,
    /// 405: incorrect data type.
    WrongType,
    /// Any other code an LMS invents (the number is shown).
    Other(u16),
    /// A SCORM 2004 code (RTE 3.1.7), as the LMS said it; its meaning by its range.
    Scorm2004(u16),
}

impl ErrorCode {
    /// Parses `LMSGetLastError()`'s answer: `None` for "0" (no error) or an empty answer.
    #[must_use]
    pub fn parse(value: &str) -> Option<Self> {
        let code: u16 = value.trim().parse().ok()?;
        Some(match code {
            0 => return None,
            101 => Self::General,
            201 => Self::InvalidArgument,
            202 => Self::NoChildren,
            203 => Self::NoCount,
            301 => Self::NotInitialized,
            401 => Self::NotImplemented,
            402 => Self::Keyword,
            403 => Self::ReadOnly,
            404 => Self::WriteOnly,
            405 => Self::WrongType,
            other => Self::Other(other),
        })
    }

    /// Parses `GetLastError()`'s answer in `edition`: `None` for "0" (no error) or an empty
    /// answer.
    #[must_use]
    pub fn parse_in(edition: Edition, value: &str) -> Option<Self> {
        match edition {
            Edition::Scorm12 => Self::parse(value),
            Edition::Scorm2004 => match value.trim().parse::<u16>().ok()? {
                0 => None,
                n => Some(Self::Scorm2004(n)),
            },
        }
    }

    /// The number.
    #[must_use]
    pub fn number(self) -> u16 {
        match self {
            Self::General => 101,
            Self::InvalidArgument => 201,
            Self::NoChildren => 202,
            Self::NoCount => 203,
            Self::NotInitialized => 301,
            Self::NotImplemented => 401,
            Self::Keyword => 402,
            Self::ReadOnly => 403,
            Self::WriteOnly => 404,
            Self::WrongType => 405,
            Self::Other(n) | Self::Scorm2004(n) => n,
        }
    }

    /// What the code means, in plain words, in `lang`.
    #[must_use]
    pub fn words(self, lang: Lang) -> &'static str {
        t(
            lang,
            match self {
                Self::General => Key::LmsErrGeneral,
                Self::InvalidArgument | Self::NoChildren | Self::NoCount => Key::LmsErrArgument,
                Self::NotInitialized => Key::LmsErrNotOpen,
                Self::NotImplemented => Key::LmsErrUnsupported,
                Self::Keyword | Self::ReadOnly | Self::WriteOnly | Self::WrongType => {
                    Key::LmsErrRefused
                }
                Self::Other(_) => Key::LmsErrOther,
                Self::Scorm2004(n) => match n {
                    // General, initialization, termination, get, set and commit failures.
                    101 | 102 | 111 | 301 | 351 | 391 => Key::LmsErrGeneral,
                    // Called before Initialize or after Terminate.
                    103 | 104 | 112 | 113 | 122 | 123 | 132 | 133 | 142 | 143 => Key::LmsErrNotOpen,
                    201 => Key::LmsErrArgument,
                    // Undefined or unimplemented data model element.
                    401 | 402 => Key::LmsErrUnsupported,
                    // Not initialized, read only, write only, type, range, dependency.
                    403..=408 => Key::LmsErrRefused,
                    _ => Key::LmsErrOther,
                },
            },
        )
    }
}

/// Why SCORM mode cannot record progress in the LMS right now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScormError {
    /// No SCORM `API` (SCORM 2004: `API_1484_11`) object in any parent or opener window: the
    /// package was opened outside an LMS.
    NoApi,
    /// The LMS answered `false` or an error code (`LMSGetLastError` ≠ 0).
    Refused {
        /// The package's edition (which names the call).
        edition: Edition,
        /// Which call.
        call: LmsCall,
        /// `LMSGetLastError()`.
        code: ErrorCode,
    },
    /// The LMS's API threw instead of answering (its own words, shortened).
    Threw {
        /// The package's edition (which names the call).
        edition: Edition,
        /// Which call.
        call: LmsCall,
        /// The exception's message.
        detail: String,
    },
    /// The progress could not be put into `cmi.suspend_data`.
    Suspend(SuspendError),
}

impl ScormError {
    /// The sentence shown to the learner, in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::NoApi => t(lang, Key::ScormNoApi).to_owned(),
            Self::Refused {
                edition,
                call,
                code,
            } => tf(
                lang,
                Key::ScormRefused,
                &[&code.words(lang), &code.number(), &edition.function(*call)],
            ),
            Self::Threw {
                edition,
                call,
                detail,
            } => tf(
                lang,
                Key::ScormThrew,
                &[
                    &edition.function(*call),
                    &crate::domain::progress::excerpt(detail),
                ],
            ),
            Self::Suspend(e) => e.message(lang),
        }
    }
}

crate::i18n::learner_error!(ScormError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_and_round_trip() {
        assert_eq!(ErrorCode::parse("0"), None);
        assert_eq!(ErrorCode::parse(""), None);
        assert_eq!(ErrorCode::parse("x"), None);
        for n in [101, 201, 202, 203, 301, 401, 402, 403, 404, 405, 999] {
            let code = ErrorCode::parse(&n.to_string()).unwrap();
            assert_eq!(code.number(), n);
        }
        assert_eq!(ErrorCode::parse(" 101 "), Some(ErrorCode::General));
    }

    #[test]
    fn messages_name_the_code_in_both_languages() {
        let e = ScormError::Refused {
            edition: Edition::Scorm12,
            call: LmsCall::Commit,
            code: ErrorCode::General,
        };
        let id = e.message(Lang::Id);
        let en = e.message(Lang::En);
        assert!(id.contains("101") && id.contains("LMSCommit"), "{id}");
        assert!(en.contains("101") && en.contains("LMSCommit"), "{en}");
        assert_ne!(id, en);
        assert!(ScormError::NoApi.message(Lang::Id).contains("LMS"));
        let e = ScormError::Refused {
            edition: Edition::Scorm2004,
            call: LmsCall::Commit,
            code: ErrorCode::parse_in(Edition::Scorm2004, "391").unwrap(),
        };
        let id = e.message(Lang::Id);
        assert!(id.contains("391") && id.contains("Commit") && !id.contains("LMSCommit"));
        assert!(id.contains(t(Lang::Id, Key::LmsErrGeneral)), "{id}");
        assert_eq!(ErrorCode::parse_in(Edition::Scorm2004, "0"), None);
        let late = ErrorCode::parse_in(Edition::Scorm2004, "143").unwrap();
        assert_eq!(late.words(Lang::En), t(Lang::En, Key::LmsErrNotOpen));
    }
}
