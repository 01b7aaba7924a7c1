//! SCORM 1.2 and SCORM 2004 4th edition: the same learner facts under each edition's element
//! names, API names and value formats.
//!
//! A module is packaged twice (`dist/scorm/<id>.zip`, `dist/scorm/2004/<id>.zip`); the launch
//! page says which (`<meta name="bimtek-scorm-edition">`). Everything the app decides — what
//! to write, when, what counts as saved — is the same for both ([`super::ledger`]); only the
//! names and formats below differ.
//!
//! | fact               | SCORM 1.2                   | SCORM 2004 4th edition                      |
//! |--------------------|-----------------------------|---------------------------------------------|
//! | API object         | `API`                       | `API_1484_11`                               |
//! | page               | `cmi.core.lesson_location`  | `cmi.location`                              |
//! | status             | `cmi.core.lesson_status`    | `cmi.completion_status` + `cmi.success_status` |
//! | score              | `cmi.core.score.raw/min/max`| `cmi.score.raw/min/max/scaled`              |
//! | time this session  | `cmi.core.session_time` `HHHH:MM:SS.SS` | `cmi.session_time` ISO 8601 `PT1H2M3.45S` |
//! | leaving            | `cmi.core.exit`             | `cmi.exit`                                  |
//!
//! Pure: names and text only.

use super::LessonStatus;

/// Which SCORM the package speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Edition {
    /// SCORM 1.2 (`window.API`).
    #[default]
    Scorm12,
    /// SCORM 2004 4th edition (`window.API_1484_11`).
    Scorm2004,
}

/// The `<meta name>` whose `content` names a launch page's edition (`1.2` or `2004`).
pub const EDITION_META: &str = "bimtek-scorm-edition";

/// A SCORM 2004 `cmi.completion_status` or `cmi.success_status` value ([`Edition::Scorm2004`]).
pub const COMPLETION: &str = "cmi.completion_status";
/// SCORM 2004's success status.
pub const SUCCESS: &str = "cmi.success_status";

impl Edition {
    /// The edition a launch page names; anything but `2004` is SCORM 1.2 (packages made
    /// before SCORM 2004 existed here carry no meta).
    #[must_use]
    pub fn parse(value: &str) -> Self {
        if value.trim() == "2004" {
            Self::Scorm2004
        } else {
            Self::Scorm12
        }
    }

    /// The name of the API object an LMS puts in a parent or opener window.
    #[must_use]
    pub fn api_object(self) -> &'static str {
        match self {
            Self::Scorm12 => "API",
            Self::Scorm2004 => "API_1484_11",
        }
    }

    /// The page inside the module.
    #[must_use]
    pub fn location(self) -> &'static str {
        match self {
            Self::Scorm12 => "cmi.core.lesson_location",
            Self::Scorm2004 => "cmi.location",
        }
    }

    /// The raw score.
    #[must_use]
    pub fn score_raw(self) -> &'static str {
        match self {
            Self::Scorm12 => "cmi.core.score.raw",
            Self::Scorm2004 => "cmi.score.raw",
        }
    }

    /// What is set after a raw score of `percent`: its range (and, in SCORM 2004, the scaled
    /// score LMSs grade with, `0`–`1`).
    #[must_use]
    pub fn score_extras(self, percent: &str) -> Vec<(&'static str, String)> {
        match self {
            Self::Scorm12 => vec![
                ("cmi.core.score.min", "0".to_owned()),
                ("cmi.core.score.max", "100".to_owned()),
            ],
            Self::Scorm2004 => vec![
                ("cmi.score.min", "0".to_owned()),
                ("cmi.score.max", "100".to_owned()),
                ("cmi.score.scaled", scaled(percent)),
            ],
        }
    }

    /// The time of this session, and its value for `millis`.
    #[must_use]
    pub fn session_time(self, millis: i64) -> (&'static str, String) {
        match self {
            Self::Scorm12 => ("cmi.core.session_time", super::time::session_time(millis)),
            Self::Scorm2004 => ("cmi.session_time", super::time::iso_duration(millis)),
        }
    }

    /// How the learner left.
    #[must_use]
    pub fn exit(self) -> &'static str {
        match self {
            Self::Scorm12 => "cmi.core.exit",
            Self::Scorm2004 => "cmi.exit",
        }
    }

    /// The longest `location` the edition allows (1.2: `CMIString255`; 2004:
    /// `characterstring` (SPM 1000)).
    #[must_use]
    pub fn max_location(self) -> usize {
        match self {
            Self::Scorm12 => 255,
            Self::Scorm2004 => 1000,
        }
    }

    /// The elements read at launch, by meaning: `entry`, `mode`, `credit`, the learner's name
    /// and id, the interactions' count.
    #[must_use]
    pub fn launch_elements(self) -> LaunchElements {
        match self {
            Self::Scorm12 => LaunchElements {
                entry: "cmi.core.entry",
                mode: "cmi.core.lesson_mode",
                credit: "cmi.core.credit",
                name: "cmi.core.student_name",
                id: "cmi.core.student_id",
            },
            Self::Scorm2004 => LaunchElements {
                entry: "cmi.entry",
                mode: "cmi.mode",
                credit: "cmi.credit",
                name: "cmi.learner_name",
                id: "cmi.learner_id",
            },
        }
    }

    /// The status SCORM 2004's two values come to, in the app's single vocabulary: a
    /// success status says most; then completion.
    #[must_use]
    pub fn status_2004(completion: &str, success: &str) -> Option<LessonStatus> {
        match (success.trim(), completion.trim()) {
            ("passed", _) => Some(LessonStatus::Passed),
            ("failed", _) => Some(LessonStatus::Failed),
            (_, "completed") => Some(LessonStatus::Completed),
            (_, "incomplete") => Some(LessonStatus::Incomplete),
            (_, "not attempted") => Some(LessonStatus::NotAttempted),
            _ => None,
        }
    }

    /// The API function for `call`.
    #[must_use]
    pub fn function(self, call: super::LmsCall) -> &'static str {
        use super::LmsCall as C;
        match (self, call) {
            (Self::Scorm12, C::Initialize) => "LMSInitialize",
            (Self::Scorm12, C::GetValue) => "LMSGetValue",
            (Self::Scorm12, C::SetValue) => "LMSSetValue",
            (Self::Scorm12, C::Commit) => "LMSCommit",
            (Self::Scorm12, C::Finish) => "LMSFinish",
            (Self::Scorm12, C::LastError) => "LMSGetLastError",
            (Self::Scorm2004, C::Initialize) => "Initialize",
            (Self::Scorm2004, C::GetValue) => "GetValue",
            (Self::Scorm2004, C::SetValue) => "SetValue",
            (Self::Scorm2004, C::Commit) => "Commit",
            (Self::Scorm2004, C::Finish) => "Terminate",
            (Self::Scorm2004, C::LastError) => "GetLastError",
        }
    }
}

/// The launch elements of an edition ([`Edition::launch_elements`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LaunchElements {
    /// `ab-initio`, `resume` or empty.
    pub entry: &'static str,
    /// `normal`, `review`, `browse`.
    pub mode: &'static str,
    /// `credit` or `no-credit`.
    pub credit: &'static str,
    /// The learner's name, "Last, First".
    pub name: &'static str,
    /// The learner's id.
    pub id: &'static str,
}

/// A whole percent (`"80"`) as SCORM 2004's scaled score (`"0.8"`, `"1"`, `"0"`); anything that
/// is not a whole percent from 0 to 100 is `"0"`.
fn scaled(percent: &str) -> String {
    match percent.trim().parse::<u32>() {
        Ok(p) if p >= 100 => "1".to_owned(),
        Ok(p) if p % 10 == 0 && p > 0 => format!("0.{}", p / 10),
        Ok(p) if p > 0 => format!("0.{p:02}"),
        _ => "0".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaled_scores_are_the_percent_over_100() {
        assert_eq!(scaled("80"), "0.8");
        assert_eq!(scaled("85"), "0.85");
        assert_eq!(scaled("7"), "0.07");
        assert_eq!(scaled("100"), "1");
        assert_eq!(scaled("0"), "0");
        assert_eq!(scaled("x"), "0");
    }

    #[test]
    fn editions_name_their_api_and_elements() {
        assert_eq!(Edition::parse("2004"), Edition::Scorm2004);
        assert_eq!(Edition::parse(""), Edition::Scorm12);
        assert_eq!(Edition::parse("1.2"), Edition::Scorm12);
        assert_eq!(Edition::Scorm2004.api_object(), "API_1484_11");
        assert_eq!(
            Edition::Scorm2004.function(super::super::LmsCall::Finish),
            "Terminate"
        );
        assert_eq!(Edition::Scorm2004.session_time(1_500).1, "PT1.5S");
        assert_eq!(Edition::Scorm12.session_time(1_500).1, "0000:00:01.50");
    }

    #[test]
    fn two_statuses_come_to_one() {
        let s = Edition::status_2004;
        assert_eq!(s("completed", "passed"), Some(LessonStatus::Passed));
        assert_eq!(s("incomplete", "failed"), Some(LessonStatus::Failed));
        assert_eq!(s("completed", "unknown"), Some(LessonStatus::Completed));
        assert_eq!(s("incomplete", "unknown"), Some(LessonStatus::Incomplete));
        assert_eq!(s("unknown", "unknown"), None);
    }
}
