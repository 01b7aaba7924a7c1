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

use std::collections::BTreeMap;

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
    /// Values to set (then the session time) and commit.
    pub main: Vec<(&'static str, String)>,
}

/// The per-element record of what the LMS holds and what a client believes it sent. Every
/// element the app sets is here — the score's range and scaled score and `exit` too, which a
/// cache-then-post client drops just the same after a failed commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ledger {
    edition: Edition,
    /// The app's values the LMS is known to hold.
    confirmed_values: CmiValues,
    confirmed: BTreeMap<&'static str, String>,
    believed: BTreeMap<&'static str, String>,
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

/// The elements for `v` as the app sets them, in the order it sets them (the score's range and
/// scaled score right after the raw score).
fn elements(edition: Edition, v: &CmiValues) -> Vec<(&'static str, Option<String>)> {
    let mut out = vec![(edition.location(), Some(v.location.clone()))];
    match edition {
        Edition::Scorm12 => out.push((STATUS, v.status.map(|s| s.as_cmi().to_owned()))),
        Edition::Scorm2004 => {
            out.push((COMPLETION, completion(v).map(str::to_owned)));
            out.push((SUCCESS, v.status.map(|s| success(s).to_owned())));
        }
    }
    let raw = v.score_raw.map(|r| r.to_string());
    if let Some(raw) = &raw {
        out.push((edition.score_raw(), Some(raw.clone())));
        for (extra, value) in edition.score_extras(raw) {
            out.push((extra, Some(value)));
        }
    } else {
        out.push((edition.score_raw(), None));
    }
    out.push((SUSPEND, Some(v.suspend_data.clone())));
    out
}

/// Writes `value` of `element` into the app's values `into`.
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

fn is_exit(element: &str) -> bool {
    element == Edition::Scorm12.exit() || element == Edition::Scorm2004.exit()
}

/// A value to bridge `element` through when the LMS holds nothing for it yet: one the
/// learner's state already implies (started; no score; success unknown), and never `value`
/// itself (a bridge equal to the value would not be sent either).
fn implied(element: &str, value: &str) -> String {
    let guess = match element {
        STATUS | COMPLETION => LessonStatus::Incomplete.as_cmi(),
        SUCCESS => "unknown",
        e if e.contains(".score.") => "0",
        e if is_exit(e) => "suspend",
        _ => "",
    };
    if guess != value {
        return guess.to_owned();
    }
    match element {
        STATUS | COMPLETION => "not attempted",
        SUCCESS => "failed",
        e if e.contains(".score.") => "1",
        e if is_exit(e) => "",
        _ => "-",
    }
    .to_owned()
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
        // Only what the launch really read: the raw score, not a range it never said.
        let mut map = BTreeMap::new();
        for (element, value) in elements(edition, &held) {
            let said = element == edition.location()
                || element == SUSPEND
                || element == edition.score_raw()
                || element == STATUS
                || element == COMPLETION
                || element == SUCCESS;
            if let (true, Some(value)) = (said, value) {
                map.insert(element, value);
            }
        }
        Self {
            edition,
            confirmed_values: held,
            confirmed: map.clone(),
            believed: map,
        }
    }

    /// The values the LMS is known to hold.
    #[must_use]
    pub fn confirmed(&self) -> &CmiValues {
        &self.confirmed_values
    }

    /// Whether `values` are all known to be stored (the score's range with the score).
    #[must_use]
    pub fn saved(&self, values: &CmiValues) -> bool {
        elements(self.edition, values)
            .into_iter()
            .all(|(element, v)| v.is_none() || self.confirmed.get(element) == v.as_ref())
    }

    /// The sets that bring the LMS to `values` (and `exit`, when leaving).
    #[must_use]
    pub fn plan(&self, values: &CmiValues, exit: Option<&str>) -> Plan {
        let mut plan = Plan::default();
        let mut want = elements(self.edition, values);
        if let Some(exit) = exit {
            want.push((self.edition.exit(), Some(exit.to_owned())));
        }
        for (element, v) in want {
            let Some(v) = v else { continue };
            let confirmed = self.confirmed.get(element);
            if confirmed == Some(&v) {
                continue;
            }
            if self.believed.get(element) == Some(&v) {
                // Believed sent, not stored: bridge through what the LMS holds.
                let bridge = confirmed
                    .filter(|c| **c != v)
                    .cloned()
                    .unwrap_or_else(|| implied(element, &v));
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
            self.believed.insert(element, value.clone());
            if ok {
                self.confirmed.insert(element, value.clone());
                put(self.edition, &mut self.confirmed_values, element, value);
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
        let plan = ledger.plan(v, None);
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
        let plan = ledger.plan(&passed, None);
        assert!(plan.bridge.is_empty());
        assert_eq!(
            plan.main,
            [
                (STATUS, "passed".to_owned()),
                (SCORE_RAW, "90".to_owned()),
                ("cmi.core.score.min", "0".to_owned()),
                ("cmi.core.score.max", "100".to_owned()),
                (SUSPEND, "baru".to_owned())
            ],
            "the location the LMS holds is not set again"
        );
        ledger.committed(&plan.main, false);
        let plan = ledger.plan(&passed, None);
        // Every element believed sent is bridged through a value that differs from it: what
        // the LMS holds, else one the learner's state implies (never the value itself: the
        // score's minimum 0 goes through 1).
        assert_eq!(
            plan.bridge,
            [
                (STATUS, "incomplete".to_owned()),
                (SCORE_RAW, "0".to_owned()),
                ("cmi.core.score.min", "1".to_owned()),
                ("cmi.core.score.max", "0".to_owned()),
                (SUSPEND, "lama".to_owned())
            ]
        );
        assert_eq!(plan.main.len(), 5);
    }

    #[test]
    fn the_score_range_and_exit_reach_the_lms_after_a_failed_commit_too() {
        let mut ledger = Ledger::new(Edition::Scorm12, &Launch::default());
        let mut lms = CacheThenPost::default();
        let passed = values(LessonStatus::Passed, Some(0), "kuis/hasil", "p");
        let leave = |ledger: &mut Ledger, lms: &mut CacheThenPost, ok: bool| {
            let plan = ledger.plan(&passed, Some("suspend"));
            if !plan.bridge.is_empty() {
                lms.commit(&plan.bridge, ok);
                ledger.committed(&plan.bridge, ok);
            }
            lms.commit(&plan.main, ok);
            ledger.committed(&plan.main, ok);
        };
        leave(&mut ledger, &mut lms, false);
        leave(&mut ledger, &mut lms, true);
        for (element, want) in [
            (SCORE_RAW, "0"),
            ("cmi.core.score.min", "0"),
            ("cmi.core.score.max", "100"),
            ("cmi.core.exit", "suspend"),
        ] {
            assert_eq!(
                lms.stored.get(element).map(String::as_str),
                Some(want),
                "{element}"
            );
        }
        assert!(ledger.saved(&passed));
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
        let plan = ledger.plan(&started, None);
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
        let plan = ledger.plan(&v, None);
        assert!(plan.bridge.is_empty());
        ledger.committed(&plan.main, true);
        assert_eq!(ledger.plan(&v, None), Plan::default(), "nothing to write");
    }
}
