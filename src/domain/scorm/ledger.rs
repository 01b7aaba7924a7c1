//! What the LMS really holds, element by element, so that nothing it did not store is
//! considered saved — in any SCORM client, including Moodle's own (its SCORM 2004 client,
//! `scorm_13.js`, posts changed values the same way as its SCORM 1.2 one).
//!
//! Moodle's client (`mod/scorm/datamodels/scorm_12.js`, read for this design) sends on a commit
//! only the elements whose value differs from the last one *it built a request with*, marks them
//! sent before the request goes out, and never rolls that back when the request fails. Setting
//! the same value again is not a change, so after a failed commit a plain re-set never reaches
//! the LMS. scorm-again sends every value on every commit, so a harness built on it hides this.
//!
//! The ledger keeps two views per element:
//! - **confirmed**: the value the LMS is known to hold (the launch's, or one sent by a commit
//!   that succeeded);
//! - **believed**: the value a cache-then-post client believes it has sent (every value set
//!   before a commit, whatever its result).
//!
//! A write is planned in up to two steps. An element whose value equals *believed* but not
//! *confirmed* cannot be sent by setting it: it is first **bridged** — set to its confirmed
//! value (what the LMS already holds, so the bridge changes nothing there) and committed — and
//! then set to its value in the main step, where it differs from what the client believes. A
//! client that sends everything (scorm-again) gets one more commit, on the failure path only.
//!
//! Pure: plans in, results in; `ui::scorm` makes the calls.

use super::edition::{COMPLETION, SUCCESS};
use super::{CmiValues, Edition, Launch, LessonStatus};

/// The data-model elements the app writes, with what it sets them to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sets(pub Vec<(&'static str, String)>);

/// What to write: a bridge commit first (when some values must be re-sent), then the main one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    /// Values to set and commit first; empty when nothing needs a bridge.
    pub bridge: Vec<(&'static str, String)>,
    /// Values to set (then the session time, the exit) and commit.
    pub main: Vec<(&'static str, String)>,
}

/// The per-element record of what the LMS holds and what a client believes it sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ledger {
    edition: Edition,
    confirmed: CmiValues,
    believed: CmiValues,
}

const STATUS: &str = "cmi.core.lesson_status";
const SUSPEND: &str = "cmi.suspend_data";

/// SCORM 2004's success status for the app's status.
fn success(status: LessonStatus) -> &'static str {
    match status {
        LessonStatus::Passed => "passed",
        LessonStatus::Failed => "failed",
        _ => "unknown",
    }
}

/// SCORM 2004's completion status for `v`: `None` while the LMS holds no attempt (its
/// `unknown` or `not attempted`).
fn completion(v: &CmiValues) -> Option<&'static str> {
    match (v.completed, v.status) {
        (true, _) => Some("completed"),
        (false, None | Some(LessonStatus::NotAttempted | LessonStatus::Browsed)) => None,
        (false, Some(_)) => Some("incomplete"),
    }
}

/// The elements as the app sets them, in the order it sets them.
fn elements(edition: Edition, v: &CmiValues) -> Vec<(&'static str, Option<String>)> {
    let location = (edition.location(), Some(v.location.clone()));
    let score = (edition.score_raw(), v.score_raw.map(|r| r.to_string()));
    let suspend = (SUSPEND, Some(v.suspend_data.clone()));
    match edition {
        Edition::Scorm12 => vec![
            location,
            (STATUS, v.status.map(|s| s.as_cmi().to_owned())),
            score,
            suspend,
        ],
        Edition::Scorm2004 => vec![
            location,
            (COMPLETION, completion(v).map(str::to_owned)),
            (SUCCESS, v.status.map(|s| success(s).to_owned())),
            score,
            suspend,
        ],
    }
}

/// Writes `value` of `element` into `into`.
fn put(edition: Edition, into: &mut CmiValues, element: &str, value: &str) {
    match element {
        STATUS => into.status = LessonStatus::parse(value),
        SUSPEND => value.clone_into(&mut into.suspend_data),
        COMPLETION => {
            into.completed = value == "completed";
            if matches!(
                into.status,
                None | Some(LessonStatus::NotAttempted | LessonStatus::Browsed)
            ) {
                into.status = Some(LessonStatus::Incomplete);
            }
        }
        SUCCESS => {
            into.status = Some(match value {
                "passed" => LessonStatus::Passed,
                "failed" => LessonStatus::Failed,
                // `unknown`: whatever the app's status was, if it also says unknown.
                _ => match into.status {
                    Some(s) if success(s) == "unknown" => s,
                    _ => LessonStatus::Incomplete,
                },
            });
        }
        e if e == edition.location() => value.clone_into(&mut into.location),
        e if e == edition.score_raw() => into.score_raw = value.parse().ok(),
        _ => {}
    }
}

/// What the LMS already holds for an element with no value yet, used to bridge it: a value
/// the learner's state already implies (started; no score; success unknown).
fn implied(element: &str) -> String {
    match element {
        STATUS | COMPLETION => LessonStatus::Incomplete.as_cmi().to_owned(),
        SUCCESS => "unknown".to_owned(),
        e if e.ends_with("score.raw") => "0".to_owned(),
        _ => String::new(),
    }
}

impl Ledger {
    /// Both views start as what the LMS handed over at launch (Moodle's client starts its
    /// "sent" values from the same data).
    #[must_use]
    pub fn new(edition: Edition, launch: &Launch) -> Self {
        let held = CmiValues {
            location: launch.location.clone(),
            status: launch.status,
            // The launch keeps hundredths; the app writes whole percents.
            score_raw: launch.score_raw.map(|h| h / 100),
            suspend_data: launch.suspend_data.clone(),
            completed: launch.completed,
        };
        Self {
            edition,
            confirmed: held.clone(),
            believed: held,
        }
    }

    /// The values the LMS is known to hold.
    #[must_use]
    pub fn confirmed(&self) -> &CmiValues {
        &self.confirmed
    }

    /// Whether `values` are all known to be stored.
    #[must_use]
    pub fn saved(&self, values: &CmiValues) -> bool {
        elements(self.edition, values) == elements(self.edition, &self.confirmed)
    }

    /// The sets that bring the LMS to `values`.
    #[must_use]
    pub fn plan(&self, values: &CmiValues) -> Plan {
        let mut plan = Plan::default();
        let want = elements(self.edition, values);
        let believed = elements(self.edition, &self.believed);
        let confirmed = elements(self.edition, &self.confirmed);
        for (((element, v), (_, b)), (_, c)) in want.into_iter().zip(believed).zip(confirmed) {
            let Some(v) = v else { continue };
            if Some(&v) == c.as_ref() {
                continue;
            }
            if Some(&v) == b.as_ref() {
                // Believed sent, not stored: bridge through what the LMS holds. Nothing held
                // yet: a value the learner's state already implies.
                let bridge = c.unwrap_or_else(|| implied(element));
                plan.bridge.push((element, bridge));
            }
            plan.main.push((element, v));
        }
        plan
    }

    /// Records a commit of `sets`: whatever its result, a cache-then-post client now believes
    /// them sent; only a commit that succeeded makes them confirmed.
    pub fn committed(&mut self, sets: &[(&'static str, String)], ok: bool) {
        for (element, value) in sets {
            put(self.edition, &mut self.believed, element, value);
            if ok {
                put(self.edition, &mut self.confirmed, element, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCATION: &str = "cmi.core.lesson_location";
    const SCORE_RAW: &str = "cmi.core.score.raw";

    fn values(status: LessonStatus, score: Option<u32>, location: &str, data: &str) -> CmiValues {
        CmiValues {
            location: location.to_owned(),
            status: Some(status),
            score_raw: score,
            suspend_data: data.to_owned(),
            completed: false,
        }
    }

    /// A client that behaves as Moodle's: sends a set value only when it differs from the last
    /// one it built a request with; marks it before the request; never rolls back.
    #[derive(Default)]
    struct CacheThenPost {
        sent: std::collections::HashMap<&'static str, String>,
        stored: std::collections::HashMap<&'static str, String>,
    }

    impl CacheThenPost {
        fn commit(&mut self, sets: &[(&'static str, String)], ok: bool) {
            let changed: Vec<_> = sets
                .iter()
                .filter(|(e, v)| self.sent.get(e) != Some(v))
                .cloned()
                .collect();
            for (e, v) in &changed {
                self.sent.insert(e, v.clone());
            }
            if ok {
                for (e, v) in changed {
                    self.stored.insert(e, v);
                }
            }
        }
    }

    fn run(ledger: &mut Ledger, lms: &mut CacheThenPost, v: &CmiValues, ok: bool) {
        let plan = ledger.plan(v);
        if !plan.bridge.is_empty() {
            lms.commit(&plan.bridge, ok);
            ledger.committed(&plan.bridge, ok);
            if !ok {
                return;
            }
        }
        lms.commit(&plan.main, ok);
        ledger.committed(&plan.main, ok);
    }

    #[test]
    fn a_failed_commit_is_sent_again_through_a_cache_then_post_client() {
        let mut ledger = Ledger::new(Edition::Scorm12, &Launch::default());
        let mut lms = CacheThenPost::default();
        let started = values(LessonStatus::Incomplete, None, "#/embed/m/kuis", "a");
        run(&mut ledger, &mut lms, &started, true);
        assert!(ledger.saved(&started));
        // The quiz result's commit fails (HTTP 500, an expired session).
        let passed = values(LessonStatus::Passed, Some(80), "#/embed/m/kuis", "b");
        run(&mut ledger, &mut lms, &passed, false);
        assert!(!ledger.saved(&passed));
        // The page-location commit 40 ms later succeeds: the result is still not stored, and the
        // ledger knows it.
        let moved = CmiValues {
            location: "#/embed/m/kuis/hasil".into(),
            ..passed.clone()
        };
        run(&mut ledger, &mut lms, &moved, true);
        assert!(ledger.saved(&moved), "confirmed after the bridge");
        assert_eq!(lms.stored.get(STATUS).map(String::as_str), Some("passed"));
        assert_eq!(lms.stored.get(SCORE_RAW).map(String::as_str), Some("80"));
        assert_eq!(lms.stored.get(SUSPEND).map(String::as_str), Some("b"));
        assert_eq!(
            lms.stored.get(LOCATION).map(String::as_str),
            Some("#/embed/m/kuis/hasil")
        );
    }

    #[test]
    fn the_bridge_uses_what_the_lms_holds_and_nothing_else_is_bridged() {
        let mut ledger = Ledger::new(
            Edition::Scorm12,
            &Launch {
                status: Some(LessonStatus::Incomplete),
                suspend_data: "lama".into(),
                location: "#/embed/m".into(),
                ..Launch::default()
            },
        );
        let passed = values(LessonStatus::Passed, Some(90), "#/embed/m", "baru");
        let plan = ledger.plan(&passed);
        assert!(plan.bridge.is_empty());
        assert_eq!(
            plan.main,
            [
                (STATUS, "passed".to_owned()),
                (SCORE_RAW, "90".to_owned()),
                (SUSPEND, "baru".to_owned())
            ],
            "the location the LMS holds is not set again"
        );
        ledger.committed(&plan.main, false);
        let plan = ledger.plan(&passed);
        assert_eq!(
            plan.bridge,
            [
                (STATUS, "incomplete".to_owned()),
                (SCORE_RAW, "0".to_owned()),
                (SUSPEND, "lama".to_owned())
            ]
        );
        assert_eq!(plan.main.len(), 3);
    }

    #[test]
    fn a_failed_bridge_keeps_everything_pending() {
        let mut ledger = Ledger::new(Edition::Scorm12, &Launch::default());
        let mut lms = CacheThenPost::default();
        let passed = values(LessonStatus::Passed, Some(80), "", "b");
        run(&mut ledger, &mut lms, &passed, false);
        run(&mut ledger, &mut lms, &passed, false);
        run(&mut ledger, &mut lms, &passed, false);
        assert!(!ledger.saved(&passed));
        assert!(lms.stored.is_empty());
        run(&mut ledger, &mut lms, &passed, true);
        assert!(ledger.saved(&passed));
        assert_eq!(lms.stored.get(STATUS).map(String::as_str), Some("passed"));
        assert_eq!(lms.stored.get(SCORE_RAW).map(String::as_str), Some("80"));
    }

    #[test]
    fn scorm_2004_a_failed_result_is_sent_again_with_both_statuses() {
        let mut ledger = Ledger::new(Edition::Scorm2004, &Launch::default());
        let mut lms = CacheThenPost::default();
        let started = values(LessonStatus::Incomplete, None, "kuis", "a");
        let plan = ledger.plan(&started);
        assert_eq!(
            plan.main,
            [
                ("cmi.location", "kuis".to_owned()),
                (COMPLETION, "incomplete".to_owned()),
                (SUCCESS, "unknown".to_owned()),
                (SUSPEND, "a".to_owned()),
            ]
        );
        run(&mut ledger, &mut lms, &started, true);
        assert!(ledger.saved(&started));
        let passed = CmiValues {
            completed: true,
            ..values(LessonStatus::Passed, Some(90), "kuis/hasil", "b")
        };
        run(&mut ledger, &mut lms, &passed, false);
        assert!(!ledger.saved(&passed));
        run(&mut ledger, &mut lms, &passed, true);
        assert!(ledger.saved(&passed), "confirmed after the bridge");
        for (element, want) in [
            (COMPLETION, "completed"),
            (SUCCESS, "passed"),
            ("cmi.score.raw", "90"),
            (SUSPEND, "b"),
            ("cmi.location", "kuis/hasil"),
        ] {
            assert_eq!(lms.stored.get(element).map(String::as_str), Some(want));
        }
        assert!(!lms.stored.contains_key(STATUS), "no SCORM 1.2 element");
    }

    #[test]
    fn a_client_that_sends_everything_needs_no_bridge_when_nothing_failed() {
        let mut ledger = Ledger::new(Edition::Scorm12, &Launch::default());
        let v = values(LessonStatus::Incomplete, None, "#/embed/m", "a");
        let plan = ledger.plan(&v);
        assert!(plan.bridge.is_empty());
        ledger.committed(&plan.main, true);
        assert_eq!(ledger.plan(&v), Plan::default(), "nothing to write");
    }
}
