//! *Ulang soal yang salah* (issue 29, item 2): the questions a learner answered wrong or only
//! partly right in a post-test come back, a few days later, in Leitner boxes.
//!
//! Pure: the clock comes in as a [`Today`] (the time and the learner's own calendar day, which
//! the caller reads); nothing here reads a clock. Owns every rule of the review queue:
//! - **what enters**: a post-test answer with less than full credit ([`enters_queue`],
//!   [`Change::Missed`]) puts its question in box 1 (back in box 1 when it was queued already);
//!   the pre-test never does (the caller's rule: it has no path here);
//! - **when it comes back**: box 1, 2, 3 and 4 are due [`INTERVAL_DAYS`] (1, 3, 7 and 21)
//!   calendar days after the answer that put it there;
//! - **what a review answer does** ([`Change::Answered`]): right moves it up a box, and out of
//!   the queue after the last box; wrong (or partly right) puts it back in box 1. An answer given
//!   to a box another tab has already moved on from changes nothing (the first answer wins);
//! - **a session** ([`session`]): at most [`SESSION_MAX`] questions, only those due (a question
//!   answered before its day would break the spacing), the longest-waiting first;
//! - **a content update** ([`check`]): a question no longer in its module's bank leaves the queue
//!   quietly; a question whose key changed (the fingerprint kept in each entry,
//!   [`key_fingerprint`], differs) restarts at box 1.
//!
//! A review never touches a module's attempts, answers, score or status, and sends no learning
//! event: it is the learner's own practice (the page keeps it so; nothing here can reach them).
//! Stored (schema v6 store `review`, key `module/question`) and exported (version 4,
//! `"review": […]`) as [`ReviewEntry`] serializes; `tests/golden.rs` pins the shape.

use serde::{Deserialize, Serialize};

use super::course::{Question, QuestionKind};
use super::ids::{ModuleId, QuestionId};
use super::quiz::FULL;
use super::time::{Millis, DAY};
use crate::i18n::{t, tf, Key, Lang};

/// Days until a question in box 1, 2, 3 and 4 comes back.
pub const INTERVAL_DAYS: [i64; 4] = [1, 3, 7, 21];
/// The last box: a right answer there takes the question out of the queue.
pub const LAST_BOX: u8 = 4;
/// Questions in one review session at most: a few minutes on a phone.
pub const SESSION_MAX: usize = 10;

/// The clock as the review sees it: now, and the learner's own calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Today {
    /// Now (Unix ms).
    pub at: Millis,
    /// Days since 1970-01-01 in the learner's time zone.
    pub day: i64,
}

impl Today {
    /// The clock at `at`, in a time zone `offset_minutes` east of UTC (Jakarta: 420).
    #[must_use]
    pub fn new(at: Millis, offset_minutes: i64) -> Self {
        Self {
            at,
            day: at
                .saturating_add(offset_minutes.saturating_mul(60_000))
                .div_euclid(DAY),
        }
    }
}

/// Whether an answer with `credit` (0..=[`super::quiz::FULL`]) sends its question to the
/// queue: anything short of fully right.
#[must_use]
pub fn enters_queue(credit: u32) -> bool {
    credit < FULL
}

/// One question in the review queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewEntry {
    /// The module.
    pub module: ModuleId,
    /// The question, in that module's bank.
    pub question: QuestionId,
    /// The Leitner box, 1..=[`LAST_BOX`].
    #[serde(rename = "box")]
    pub level: u8,
    /// The learner's calendar day (days since 1970-01-01 in their own time zone) from which
    /// it is due.
    pub due_day: i64,
    /// [`key_fingerprint`] of the question when it entered the queue or last restarted.
    pub fingerprint: String,
    /// When it entered the queue (Unix ms): of two due on the same day, the older comes first.
    pub added_at: Millis,
    /// When it last changed (Unix ms).
    pub updated_at: Millis,
}

impl ReviewEntry {
    /// The storage key, `module/question`.
    #[must_use]
    pub fn storage_key(&self) -> String {
        review_key(&self.module, &self.question)
    }

    /// Whether it is due on `today`.
    #[must_use]
    pub fn is_due(&self, today: Today) -> bool {
        self.due_day <= today.day
    }

    /// Checks what an import brings: a box that exists, a fingerprint of the right form, times
    /// after 1970, and a due day that no step could have set later than (the longest interval
    /// after the last change, a day's slack for the time zone).
    ///
    /// # Errors
    /// The [`ReviewError`] found.
    pub fn validate(&self) -> Result<(), ReviewError> {
        if !(1..=LAST_BOX).contains(&self.level) {
            return Err(ReviewError::NoSuchBox(self.level));
        }
        let hex = self.fingerprint.len() == 16
            && self
                .fingerprint
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if !hex {
            return Err(ReviewError::BadFingerprint);
        }
        let latest = (self.updated_at / DAY).saturating_add(INTERVAL_DAYS[3] + 1);
        if self.added_at < 0
            || self.updated_at < self.added_at
            || self.due_day < 0
            || self.due_day > latest
        {
            return Err(ReviewError::BadTime);
        }
        Ok(())
    }
}

/// The storage key of a question in the queue: `module/question`.
#[must_use]
pub fn review_key(module: &ModuleId, question: &QuestionId) -> String {
    format!("{module}/{question}")
}

/// Why an imported entry is refused. Words: [`ReviewError::message`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewError {
    /// A box outside 1..=[`LAST_BOX`].
    NoSuchBox(u8),
    /// Not 16 lowercase hexadecimal digits.
    BadFingerprint,
    /// A time before 1970, a change before it entered, or a due day too far ahead.
    BadTime,
}

impl ReviewError {
    /// The message for the learner in `lang` (the Indonesian one is the `Display` text).
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::NoSuchBox(level) => tf(lang, Key::ReviewErrBox, &[level, &LAST_BOX]),
            Self::BadFingerprint => t(lang, Key::ReviewErrFingerprint).to_owned(),
            Self::BadTime => t(lang, Key::ReviewErrTime).to_owned(),
        }
    }
}

crate::i18n::learner_error!(ReviewError);

/// What happens to one question of the queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The module.
    pub module: ModuleId,
    /// The question.
    pub question: QuestionId,
    /// What happened.
    pub change: Change,
}

/// What happened to a question of the queue ([`apply`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Answered wrong or partly right in a post-test: into box 1, or back to it.
    Missed {
        /// The question's [`key_fingerprint`] now.
        fingerprint: String,
    },
    /// Answered in a review session, where it was shown in box `seen`.
    Answered {
        /// The question's [`key_fingerprint`] as shown.
        fingerprint: String,
        /// The box it was in when shown.
        seen: u8,
        /// Fully right.
        right: bool,
    },
    /// Its key changed in a content update: back to box 1.
    KeyChanged {
        /// The new [`key_fingerprint`].
        fingerprint: String,
    },
    /// No longer in its module's bank: out of the queue.
    Removed,
}

impl Step {
    /// The storage key of its question.
    #[must_use]
    pub fn storage_key(&self) -> String {
        review_key(&self.module, &self.question)
    }

    /// Whether `entry` is its question's (compared field by field: no key is built).
    #[must_use]
    pub fn is_for(&self, entry: &ReviewEntry) -> bool {
        entry.question == self.question && entry.module == self.module
    }
}

/// The day a question put in box `level` on `today` comes back.
fn due_in(level: u8, today: Today) -> i64 {
    let i = usize::from(level.clamp(1, LAST_BOX) - 1);
    today.day.saturating_add(INTERVAL_DAYS[i])
}

/// A question in box 1 from `today`.
fn first_box(
    module: &ModuleId,
    question: &QuestionId,
    fingerprint: &str,
    added_at: Millis,
    today: Today,
) -> ReviewEntry {
    ReviewEntry {
        module: module.clone(),
        question: question.clone(),
        level: 1,
        due_day: due_in(1, today),
        fingerprint: fingerprint.to_owned(),
        added_at,
        updated_at: today.at,
    }
}

/// The entry after `step` on `today`, given the one stored (`None`: not in the queue). `None`
/// back means the question is not (or no longer) in the queue. Applied by the store to the
/// entry stored at that moment, in one transaction, so two tabs never undo each other.
#[must_use]
pub fn apply(stored: Option<ReviewEntry>, step: &Step, today: Today) -> Option<ReviewEntry> {
    match &step.change {
        Change::Missed { fingerprint } => {
            let added_at = stored.as_ref().map_or(today.at, |e| e.added_at);
            Some(first_box(
                &step.module,
                &step.question,
                fingerprint,
                added_at,
                today,
            ))
        }
        Change::Answered {
            fingerprint,
            seen,
            right,
        } => {
            let entry = stored?;
            let key_changed = &entry.fingerprint != fingerprint;
            if !key_changed && entry.level != *seen {
                // Another tab answered it first, or a post-test put it back meanwhile.
                return Some(entry);
            }
            // A key changed since it was queued: the answer counts from box 1.
            let level = if key_changed { 1 } else { entry.level };
            if !right {
                return Some(first_box(
                    &step.module,
                    &step.question,
                    fingerprint,
                    entry.added_at,
                    today,
                ));
            }
            if level >= LAST_BOX {
                return None;
            }
            Some(ReviewEntry {
                level: level + 1,
                due_day: due_in(level + 1, today),
                fingerprint: fingerprint.clone(),
                updated_at: today.at,
                ..entry
            })
        }
        Change::KeyChanged { fingerprint } => {
            let entry = stored?;
            if &entry.fingerprint == fingerprint {
                return Some(entry);
            }
            // Back to box 1; one already due stays due today.
            let due_day = entry.due_day.min(due_in(1, today));
            Some(ReviewEntry {
                level: 1,
                due_day,
                fingerprint: fingerprint.clone(),
                updated_at: today.at,
                ..entry
            })
        }
        Change::Removed => None,
    }
}

/// What a content update asks of `entry`, given the question with its id in the module's
/// loaded bank (`None`: not there any more): [`Change::Removed`], [`Change::KeyChanged`], or
/// nothing.
#[must_use]
pub fn check(entry: &ReviewEntry, question: Option<&Question>) -> Option<Step> {
    let change = match question {
        None => Change::Removed,
        Some(q) => {
            let fingerprint = key_fingerprint(q);
            if fingerprint == entry.fingerprint {
                return None;
            }
            Change::KeyChanged { fingerprint }
        }
    };
    Some(Step {
        module: entry.module.clone(),
        question: entry.question.clone(),
        change,
    })
}

/// The order of a session: the earliest due day first, then the longest in the queue, then by
/// module and question (so the order never depends on how the store listed them).
fn session_order(a: &ReviewEntry, b: &ReviewEntry) -> std::cmp::Ordering {
    (a.due_day, a.added_at, &a.module, &a.question).cmp(&(
        b.due_day,
        b.added_at,
        &b.module,
        &b.question,
    ))
}

/// Today's review session: the entries `keep` accepts (a module's alone in an embed, modules
/// whose bank is loaded) that are due on `today`, in [`session_order`], at most
/// [`SESSION_MAX`]. The ten are picked by repeated minimum (ten passes over the due ones): no
/// sort's code in the app for a list this short.
#[must_use]
pub fn session(
    entries: &[ReviewEntry],
    today: Today,
    keep: impl Fn(&ReviewEntry) -> bool,
) -> Vec<&ReviewEntry> {
    let mut due: Vec<&ReviewEntry> = entries
        .iter()
        .filter(|e| e.is_due(today) && keep(e))
        .collect();
    let mut chosen = Vec::with_capacity(SESSION_MAX.min(due.len()));
    while chosen.len() < SESSION_MAX {
        let Some(i) = (0..due.len()).min_by(|&a, &b| session_order(due[a], due[b])) else {
            break;
        };
        chosen.push(due.swap_remove(i));
    }
    chosen
}

/// How many entries `keep` accepts are due on `today` (the home screen's "N soal perlu diulang
/// hari ini"; it may be more than one session holds).
#[must_use]
pub fn due_count(
    entries: &[ReviewEntry],
    today: Today,
    keep: impl Fn(&ReviewEntry) -> bool,
) -> usize {
    entries
        .iter()
        .filter(|e| e.is_due(today) && keep(e))
        .count()
}

/// The earliest day any entry `keep` accepts is due, if the queue holds one.
#[must_use]
pub fn next_due_day(entries: &[ReviewEntry], keep: impl Fn(&ReviewEntry) -> bool) -> Option<i64> {
    entries.iter().filter(|e| keep(e)).map(|e| e.due_day).min()
}

/// FNV-1a 64 over fields, each ended by the unit separator (which no text holds, so no field
/// runs into the next).
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }

    fn bytes(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn field(&mut self, s: &str) -> &mut Self {
        self.bytes(s.as_bytes());
        self.bytes(&[0x1f]);
        self
    }
}

/// A fingerprint of what makes an answer to `q` right (FNV-1a 64, 16 hex digits): the kind,
/// every option with its text and whether it is in the key (in any order), the true/false
/// answer, the steps in their order, every pair's two sides (in any order). The prompt, the
/// explanation and the feedback are left out: rewording them does not change what the learner
/// must know. Kept in each entry, so a content update that changes the key restarts the
/// question at box 1.
#[must_use]
pub fn key_fingerprint(q: &Question) -> String {
    let mut h = Fnv::new();
    // Options and pairs are a set: each item's own hash, mixed and summed (the order they are
    // listed in does not count, and no sort is needed).
    let mut set = 0_u64;
    let mut item = |fields: &[&str]| {
        let mut one = Fnv::new();
        for f in fields {
            one.field(f);
        }
        // Mixed first (SplitMix64), so that two items' changes cannot cancel in the sum.
        set = set.wrapping_add(super::rng::SplitMix64::new(one.0).next_u64());
    };
    match &q.kind {
        QuestionKind::Single { options } | QuestionKind::Multiple { options } => {
            h.field(if matches!(q.kind, QuestionKind::Single { .. }) {
                "single"
            } else {
                "multiple"
            });
            for o in options {
                item(&[&o.id, &o.text, if o.correct { "1" } else { "0" }]);
            }
        }
        QuestionKind::TrueFalse { answer, .. } => {
            h.field("true_false").field(if *answer { "1" } else { "0" });
        }
        QuestionKind::Ordering { steps } => {
            h.field("ordering");
            for s in steps {
                h.field(&s.id).field(&s.text);
            }
        }
        QuestionKind::Matching { pairs } => {
            h.field("matching");
            for p in pairs {
                item(&[&p.id, &p.left, &p.right]);
            }
        }
    }
    h.bytes(&set.to_le_bytes());
    format!("{:016x}", h.0)
}
