//! `cmi.suspend_data`: one module's lessons and quiz attempts in at most 4,096 characters
//! (SCORM 1.2's `CMIString4096`; Moodle's standard mode enforces it).
//!
//! Format version 1, printable ASCII only (no quotes, `&`, `=` or spaces, so no LMS escapes
//! it), every number and item in the 64 digits `0-9a-zA-Z-_`:
//!
//! ```text
//! 1.<fingerprint>.<lessons>.<dropped>.<attempt>~<attempt>~…
//! attempt = <seed>,<started>,<finished>,<answers>
//! ```
//! - `fingerprint`: five digits of a hash of the module's lesson ids, question ids, kinds and
//!   item ids and its questions per attempt. Item positions and draws mean something only for
//!   that content; saved data from other content is refused ([`SuspendError::ContentChanged`])
//!   instead of being read wrongly.
//! - `lessons`: two bits per lesson in the module's order (1 opened, 2 read), three lessons
//!   per digit, trailing zeros left out.
//! - `dropped`: how many older finished attempts did not fit (they still count against an
//!   attempt limit); empty for none.
//! - `seed`: the attempt's draw seed. Its questions are not stored: they are drawn again from
//!   the seed, as [`start_attempt`] drew them from the post-test pool
//!   ([`crate::domain::pretest::post_pool`] without a pre-test: SCORM mode offers none, so
//!   `pre` items are never drawn; their tags are part of the fingerprint).
//! - `started`: Unix seconds; `finished`: seconds after `started`, empty while it runs.
//! - `answers`: one code per question in the attempt's order, up to the last answered; `*` for
//!   a question skipped. Single choice: the option's position; multiple choice: a bit mask of
//!   positions (≤ 6 options, by the validator); true/false: `1`/`0`; ordering: the step
//!   positions in the learner's order; matching: for each pair in authored order, the position
//!   of the pair whose right side was chosen. Credit is recomputed by [`grade`].
//!
//! - Format version 2 (issue 26) is version 1 and a sixth part, `.<pretest>`, written only when
//!   the learner has a pre-test (so a module without one is written exactly as before):
//!   `<seconds>` when skipped, else an attempt as above, its items drawn again from the seed
//!   from the pre-test pool ([`crate::domain::pretest::start`]); the post-test attempts are
//!   then drawn from the post-test pool without the pre-test's items, as the quiz drew them.
//!   Version 1 is still read (no pre-test).
//!
//! Size: an attempt is at most 21 + 6 × questions characters (600 + 21 for the validator's
//! limits: 100 questions, 6 items). The running attempt, the latest and the best finished ones
//! are always kept; older finished attempts are added newest first while they fit, and the
//! rest are counted in `dropped`. So the running attempt, the score and the pass always
//! survive, for any module the validator accepts with up to 6,000 lessons (`tests/scorm.rs`
//! builds that worst case).
//!
//! Longer than our ~350-line guide on purpose: the encoder and the decoder of one format side
//! by side, so that every field is read back exactly as it is written.

use crate::domain::course::{Module, Question, QuestionKind};
use crate::domain::pretest::{post_pool, ItemUse, PretestRecord};
use crate::domain::progress::LessonRecord;
use crate::domain::quiz::{grade, score, start_attempt, Answer, AnswerRecord, Attempt, Millis};
use crate::domain::rng::hash_str;
use crate::i18n::{t, tf, Key, Lang};

/// SCORM 1.2's limit on `cmi.suspend_data`.
pub const MAX_SUSPEND_DATA: usize = 4096;

const VERSION: &str = "1";
/// Version 1 and a sixth part, the pre-test; written only when there is one.
const VERSION_PRETEST: &str = "2";
const DIGITS: &[u8; 64] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
const SKIPPED: u8 = b'*';
/// More dropped attempts than this is not something this app writes: refused, so a hostile
/// value cannot make the decoder build millions of records.
const MAX_DROPPED: u64 = 10_000;

/// Why saved data cannot be read, or progress cannot be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SuspendError {
    /// Written by another format version (shown shortened).
    Version(String),
    /// Written for other content (the package was replaced by a newer one).
    ContentChanged,
    /// Not this format, or cut off.
    Malformed,
    /// Longer than [`MAX_SUSPEND_DATA`] even with only the attempts that must be kept.
    TooLong(usize),
    /// An attempt or answer that this format cannot express (not made by this module's quiz).
    Unencodable,
}

impl SuspendError {
    /// The sentence for the learner, in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Version(v) => tf(lang, Key::SuspendVersion, &[v]),
            Self::ContentChanged => t(lang, Key::SuspendContentChanged).to_owned(),
            Self::Malformed => t(lang, Key::SuspendMalformed).to_owned(),
            Self::TooLong(n) => tf(lang, Key::SuspendTooLong, &[n]),
            Self::Unencodable => t(lang, Key::SuspendUnencodable).to_owned(),
        }
    }
}

crate::i18n::learner_error!(SuspendError);

/// A module's progress as kept by the LMS: what [`decode`] gives and [`encode`] takes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Suspended {
    /// Lessons opened or read.
    pub lessons: Vec<LessonRecord>,
    /// Attempts, the running one included.
    pub attempts: Vec<Attempt>,
    /// Their answers.
    pub answers: Vec<AnswerRecord>,
    /// The module's pre-test (format version 2 only).
    pub pretest: Option<PretestRecord>,
}

/// How an attempt's items are drawn again from its seed: a post-test attempt from the
/// post-test pool, the pre-test from the pre-test pool.
type Draw<'a> = &'a dyn Fn(String, u32, Millis) -> Attempt;

fn digit(n: usize) -> Option<char> {
    DIGITS.get(n).map(|&b| char::from(b))
}

fn value(b: u8) -> Option<usize> {
    DIGITS.iter().position(|&d| d == b)
}

/// `n` in base 64, most significant digit first (`0` for zero).
fn number(mut n: u64) -> String {
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[usize::try_from(n % 64).unwrap_or(0)]);
        n /= 64;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn parse_number(s: &str) -> Result<u64, SuspendError> {
    if s.is_empty() || s.len() > 10 {
        return Err(SuspendError::Malformed);
    }
    s.bytes().try_fold(0_u64, |n, b| {
        let d = value(b).ok_or(SuspendError::Malformed)?;
        Ok(n * 64 + d as u64)
    })
}

/// A short hash of everything that item positions and draws depend on.
#[must_use]
pub fn fingerprint(module: &Module, pool: &[Question]) -> String {
    let mut s = format!("{}|{}", module.id, module.questions_per_attempt);
    for l in &module.lessons {
        s.push('|');
        s.push_str(l.id.as_str());
    }
    for q in pool {
        s.push('|');
        s.push_str(q.id.as_str());
        let (tag, items): (char, Vec<&str>) = match &q.kind {
            QuestionKind::Single { options } => {
                ('s', options.iter().map(|o| o.id.as_str()).collect())
            }
            QuestionKind::Multiple { options } => {
                ('m', options.iter().map(|o| o.id.as_str()).collect())
            }
            QuestionKind::TrueFalse { .. } => ('t', Vec::new()),
            QuestionKind::Ordering { steps } => {
                ('o', steps.iter().map(|x| x.id.as_str()).collect())
            }
            QuestionKind::Matching { pairs } => {
                ('p', pairs.iter().map(|x| x.id.as_str()).collect())
            }
        };
        s.push(':');
        s.push(tag);
        // A pre-test item leaves the post-test's draw (issue 26): its tag is part of the draw.
        match q.usage {
            ItemUse::Post => {}
            ItemUse::Pre => s.push_str("^pre"),
            ItemUse::Both => s.push_str("^both"),
        }
        for item in items {
            s.push(',');
            s.push_str(item);
        }
    }
    let h = hash_str(&s);
    (0..5)
        .filter_map(|i| digit(usize::try_from((h >> (6 * i)) & 63).unwrap_or(0)))
        .collect()
}

/// The ids of a question's items in authored order (empty for true/false).
fn item_ids(q: &Question) -> Vec<&str> {
    match &q.kind {
        QuestionKind::Single { options } | QuestionKind::Multiple { options } => {
            options.iter().map(|o| o.id.as_str()).collect()
        }
        QuestionKind::TrueFalse { .. } => Vec::new(),
        QuestionKind::Ordering { steps } => steps.iter().map(|s| s.id.as_str()).collect(),
        QuestionKind::Matching { pairs } => pairs.iter().map(|p| p.id.as_str()).collect(),
    }
}

fn encode_answer(q: &Question, answer: &Answer) -> Option<String> {
    let items = item_ids(q);
    let pos = |id: &str| items.iter().position(|i| *i == id);
    match (&q.kind, answer) {
        (QuestionKind::Single { .. }, Answer::Single(id)) => digit(pos(id)?).map(String::from),
        (QuestionKind::Multiple { .. }, Answer::Multiple(ids)) => {
            if items.len() > 6 {
                return None;
            }
            let mut mask = 0;
            for id in ids {
                mask |= 1 << pos(id)?;
            }
            digit(mask).map(String::from)
        }
        (QuestionKind::TrueFalse { .. }, Answer::TrueFalse(said)) => {
            Some(if *said { "1" } else { "0" }.to_owned())
        }
        (QuestionKind::Ordering { .. }, Answer::Ordering(order)) => {
            if order.len() != items.len() {
                return None;
            }
            order.iter().map(|id| digit(pos(id)?)).collect()
        }
        (QuestionKind::Matching { .. }, Answer::Matching(chosen)) => items
            .iter()
            .map(|left| {
                let (_, right) = chosen.iter().find(|(l, _)| l == left)?;
                digit(pos(right)?)
            })
            .collect(),
        _ => None,
    }
}

/// Reads one answer to `q` from the front of `codes`; returns it and how many bytes it took.
fn decode_answer(q: &Question, codes: &[u8]) -> Result<(Answer, usize), SuspendError> {
    let items = item_ids(q);
    let at = |i: usize| -> Result<String, SuspendError> {
        let b = *codes.get(i).ok_or(SuspendError::Malformed)?;
        let n = value(b).ok_or(SuspendError::Malformed)?;
        items
            .get(n)
            .map(|s| (*s).to_owned())
            .ok_or(SuspendError::Malformed)
    };
    let first = *codes.first().ok_or(SuspendError::Malformed)?;
    Ok(match &q.kind {
        QuestionKind::Single { .. } => (Answer::Single(at(0)?), 1),
        QuestionKind::Multiple { .. } => {
            let mask = value(first).ok_or(SuspendError::Malformed)?;
            if mask == 0
                || mask
                    .checked_shr(u32::try_from(items.len()).unwrap_or(u32::MAX))
                    .unwrap_or(0)
                    != 0
            {
                return Err(SuspendError::Malformed);
            }
            let chosen = items
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, id)| (*id).to_owned())
                .collect();
            (Answer::Multiple(chosen), 1)
        }
        QuestionKind::TrueFalse { .. } => match first {
            b'1' => (Answer::TrueFalse(true), 1),
            b'0' => (Answer::TrueFalse(false), 1),
            _ => return Err(SuspendError::Malformed),
        },
        QuestionKind::Ordering { .. } => {
            let order = (0..items.len()).map(at).collect::<Result<_, _>>()?;
            (Answer::Ordering(order), items.len())
        }
        QuestionKind::Matching { .. } => {
            let pairs = items
                .iter()
                .enumerate()
                .map(|(i, left)| Ok(((*left).to_owned(), at(i)?)))
                .collect::<Result<_, SuspendError>>()?;
            (Answer::Matching(pairs), items.len())
        }
    })
}

fn seconds(ms: Millis) -> u64 {
    u64::try_from(ms.max(0) / 1000).unwrap_or(0)
}

fn encode_attempt(
    pool: &[Question],
    draw: Draw<'_>,
    attempt: &Attempt,
    answers: &[AnswerRecord],
) -> Result<String, SuspendError> {
    // The questions are not stored: the draw must be the one the seed gives.
    let drawn = draw(String::new(), attempt.seed, attempt.started_at);
    if drawn.questions != attempt.questions {
        return Err(SuspendError::Unencodable);
    }
    let mut codes = String::new();
    let mut skipped = 0;
    for qid in &attempt.questions {
        match answers
            .iter()
            .find(|a| a.attempt == attempt.id && &a.question == qid)
        {
            Some(record) => {
                let q = pool
                    .iter()
                    .find(|q| &q.id == qid)
                    .ok_or(SuspendError::Unencodable)?;
                codes.extend(std::iter::repeat_n(char::from(SKIPPED), skipped));
                skipped = 0;
                codes.push_str(&encode_answer(q, &record.answer).ok_or(SuspendError::Unencodable)?);
            }
            None => skipped += 1,
        }
    }
    let finished = attempt.finished_at.map_or_else(String::new, |f| {
        number(seconds(f.saturating_sub(attempt.started_at.max(0))))
    });
    Ok(format!(
        "{},{},{finished},{codes}",
        number(u64::from(attempt.seed)),
        number(seconds(attempt.started_at)),
    ))
}

fn decode_attempt(
    pool: &[Question],
    draw: Draw<'_>,
    text: &str,
    answers: &mut Vec<AnswerRecord>,
) -> Result<Attempt, SuspendError> {
    let fields: Vec<&str> = text.split(',').collect();
    let [seed, started, finished, codes] = fields.as_slice() else {
        return Err(SuspendError::Malformed);
    };
    let seed = u32::try_from(parse_number(seed)?).map_err(|_| SuspendError::Malformed)?;
    let started_ms = i64::try_from(parse_number(started)?)
        .ok()
        .and_then(|s| s.checked_mul(1000))
        .ok_or(SuspendError::Malformed)?;
    let finished_at = if finished.is_empty() {
        None
    } else {
        let delta = i64::try_from(parse_number(finished)?)
            .ok()
            .and_then(|d| d.checked_mul(1000))
            .ok_or(SuspendError::Malformed)?;
        Some(
            started_ms
                .checked_add(delta)
                .ok_or(SuspendError::Malformed)?,
        )
    };
    let mut attempt = draw(format!("{started_ms}-{seed:08x}"), seed, started_ms);
    attempt.finished_at = finished_at;
    let codes = codes.as_bytes();
    let mut pos = 0;
    for qid in &attempt.questions {
        match codes.get(pos) {
            None => break,
            Some(&SKIPPED) => pos += 1,
            Some(_) => {
                let q = pool
                    .iter()
                    .find(|q| &q.id == qid)
                    .ok_or(SuspendError::Malformed)?;
                let (answer, used) = decode_answer(q, &codes[pos..])?;
                pos += used;
                let graded = grade(q, &answer).map_err(|_| SuspendError::Malformed)?;
                answers.push(AnswerRecord {
                    attempt: attempt.id.clone(),
                    question: qid.clone(),
                    answer,
                    credit: graded.credit,
                    answered_at: started_ms,
                });
            }
        }
    }
    if pos != codes.len() {
        return Err(SuspendError::Malformed);
    }
    Ok(attempt)
}

/// The pre-test part: `<seconds>` when skipped, else an attempt (`<seed>,<started>,<finished>,
/// <answers>`) drawn from the pre-test pool.
fn encode_pretest(
    module: &Module,
    pool: &[Question],
    p: &PretestRecord,
) -> Result<String, SuspendError> {
    match (&p.attempt, p.skipped_at) {
        (None, Some(at)) => Ok(number(seconds(at))),
        (Some(a), None) => {
            let draw = |id: String, seed: u32, at: Millis| {
                crate::domain::pretest::start(id, module, pool, seed, at)
            };
            encode_attempt(pool, &draw, a, &p.answers)
        }
        _ => Err(SuspendError::Unencodable),
    }
}

fn decode_pretest(
    module: &Module,
    pool: &[Question],
    text: &str,
) -> Result<PretestRecord, SuspendError> {
    if !text.contains(',') {
        let at = i64::try_from(parse_number(text)?)
            .ok()
            .and_then(|s| s.checked_mul(1000))
            .ok_or(SuspendError::Malformed)?;
        return Ok(PretestRecord::skipped(module.id.clone(), at));
    }
    let draw = |id: String, seed: u32, at: Millis| {
        crate::domain::pretest::start(id, module, pool, seed, at)
    };
    let mut answers = Vec::new();
    let attempt = decode_attempt(pool, &draw, text, &mut answers)?;
    Ok(PretestRecord {
        module: module.id.clone(),
        skipped_at: None,
        attempt: Some(attempt),
        answers,
    })
}

fn encode_lessons(module: &Module, lessons: &[LessonRecord]) -> String {
    let states: Vec<usize> = module
        .lessons
        .iter()
        .map(|l| {
            match lessons
                .iter()
                .find(|r| r.module == module.id && r.lesson == l.id)
            {
                Some(r) if r.read_at.is_some() => 2,
                Some(_) => 1,
                None => 0,
            }
        })
        .collect();
    let out: String = states
        .chunks(3)
        .filter_map(|c| digit(c.iter().enumerate().fold(0, |v, (i, s)| v | (s << (2 * i)))))
        .collect();
    out.trim_end_matches('0').to_owned()
}

fn decode_lessons(
    module: &Module,
    text: &str,
    now: Millis,
) -> Result<Vec<LessonRecord>, SuspendError> {
    let mut out = Vec::new();
    for (i, b) in text.bytes().enumerate() {
        let v = value(b).ok_or(SuspendError::Malformed)?;
        for k in 0..3 {
            let state = (v >> (2 * k)) & 3;
            if state == 0 {
                continue;
            }
            let lesson = module
                .lessons
                .get(3 * i + k)
                .filter(|_| state < 3)
                .ok_or(SuspendError::Malformed)?;
            let read = state == 2;
            out.push(LessonRecord {
                module: module.id.clone(),
                lesson: lesson.id.clone(),
                opened_at: now,
                read_at: read.then_some(now),
                seconds: 0,
                position: if read { 100 } else { 0 },
                updated_at: now,
            });
        }
    }
    Ok(out)
}

/// Encodes `module`'s progress (records of other modules are ignored) in at most
/// [`MAX_SUSPEND_DATA`] characters.
///
/// # Errors
/// [`SuspendError::Unencodable`] for an attempt not drawn by this module's quiz or an answer
/// that does not fit its question; [`SuspendError::TooLong`] when even the attempts that must
/// be kept do not fit (not possible within the validator's limits and 6,000 lessons).
pub fn encode(
    module: &Module,
    pool: &[Question],
    lessons: &[LessonRecord],
    attempts: &[Attempt],
    answers: &[AnswerRecord],
) -> Result<String, SuspendError> {
    encode_with(module, pool, lessons, attempts, answers, None)
}

/// [`encode`] with the module's pre-test, when the learner has one (format version 2; without
/// one the text is version 1, as before). The pre-test is kept like the attempts that must be
/// kept: within the validator's limits (`pretest::MAX_PRETEST_QUESTIONS`) it always fits.
///
/// # Errors
/// As [`encode`]; [`SuspendError::Unencodable`] also for a pre-test not drawn by this module.
pub fn encode_with(
    module: &Module,
    pool: &[Question],
    lessons: &[LessonRecord],
    attempts: &[Attempt],
    answers: &[AnswerRecord],
    pretest: Option<&PretestRecord>,
) -> Result<String, SuspendError> {
    let pretest = pretest.filter(|p| p.module == module.id);
    let tail = match pretest {
        None => String::new(),
        Some(p) => format!(".{}", encode_pretest(module, pool, p)?),
    };
    let version = if pretest.is_some() {
        VERSION_PRETEST
    } else {
        VERSION
    };
    let head = format!(
        "{version}.{}.{}.",
        fingerprint(module, pool),
        encode_lessons(module, lessons)
    );
    // Attempts are written in the order they are given (no sorting: a sort's code would be
    // compiled into the wasm for this alone), so decoding and encoding again gives the same text.
    let mine: Vec<&Attempt> = attempts
        .iter()
        .filter(|a| a.module == module.id && !a.questions.is_empty())
        .collect();
    // Attempts that did not fit last time come back as empty placeholders: counted again.
    let placeholders = attempts
        .iter()
        .filter(|a| a.module == module.id && a.questions.is_empty() && a.finished_at.is_some())
        .count();
    let active = mine
        .iter()
        .filter(|a| a.finished_at.is_none())
        .max_by_key(|a| a.started_at);
    let finished = || mine.iter().copied().filter(|a| a.finished_at.is_some());
    let newest = |a: &&Attempt| (a.finished_at, a.started_at);
    let latest = finished().max_by_key(newest);
    let best = finished().max_by_key(|a| score(a, answers, module.pass_mark).raw_milli);
    // Post-test attempts are drawn from the post-test pool, without the pre-test's items.
    let draws = post_pool(module, pool, pretest);
    let draw = |id: String, seed: u32, at: Millis| {
        start_attempt(
            id,
            module.id.clone(),
            &draws,
            module.questions_per_attempt as usize,
            seed,
            at,
        )
    };
    let mut encoded: Vec<Option<String>> = vec![None; mine.len()];
    for a in [active.copied(), latest, best].into_iter().flatten() {
        if let Some(i) = mine.iter().position(|m| m.id == a.id) {
            if encoded[i].is_none() {
                encoded[i] = Some(encode_attempt(pool, &draw, a, answers)?);
            }
        }
    }
    let assemble = |encoded: &[Option<String>], dropped: usize| {
        let dropped = if dropped == 0 {
            String::new()
        } else {
            number(dropped as u64)
        };
        let attempts: Vec<&str> = encoded.iter().flatten().map(String::as_str).collect();
        format!("{head}{dropped}.{}{tail}", attempts.join("~"))
    };
    let required = assemble(&encoded, placeholders);
    if required.len() > MAX_SUSPEND_DATA {
        return Err(SuspendError::TooLong(required.len()));
    }
    // Older finished attempts, newest first, while they fit; the rest are counted.
    let mut others: Vec<usize> = (0..mine.len())
        .filter(|&i| encoded[i].is_none() && mine[i].finished_at.is_some())
        .collect();
    let mut dropped = placeholders;
    while let Some(k) = (0..others.len()).max_by_key(|&k| newest(&mine[others[k]])) {
        let i = others.swap_remove(k);
        encoded[i] = Some(encode_attempt(pool, &draw, mine[i], answers)?);
        if assemble(&encoded, dropped + others.len()).len() > MAX_SUSPEND_DATA {
            encoded[i] = None;
            dropped += 1;
        }
    }
    Ok(assemble(&encoded, dropped))
}

/// Decodes saved progress of `module` at `now` (the time given to the lesson records).
///
/// # Errors
/// [`SuspendError::Version`], [`SuspendError::ContentChanged`] or [`SuspendError::Malformed`]:
/// nothing is restored then.
pub fn decode(
    text: &str,
    module: &Module,
    pool: &[Question],
    now: Millis,
) -> Result<Suspended, SuspendError> {
    let parts: Vec<&str> = text.split('.').collect();
    let (print, lessons, dropped, attempts, pretest) = match parts.as_slice() {
        [version, print, lessons, dropped, attempts] if *version == VERSION => {
            (*print, *lessons, *dropped, *attempts, None)
        }
        [version, print, lessons, dropped, attempts, pretest] if *version == VERSION_PRETEST => {
            (*print, *lessons, *dropped, *attempts, Some(*pretest))
        }
        _ => {
            let version = parts.first().copied().unwrap_or_default();
            return Err(if [VERSION, VERSION_PRETEST, ""].contains(&version) {
                SuspendError::Malformed
            } else {
                SuspendError::Version(crate::domain::progress::excerpt(version))
            });
        }
    };
    if print != fingerprint(module, pool) {
        return Err(SuspendError::ContentChanged);
    }
    let mut out = Suspended {
        lessons: decode_lessons(module, lessons, now)?,
        ..Suspended::default()
    };
    let dropped = if dropped.is_empty() {
        0
    } else {
        parse_number(dropped)?
    };
    if dropped > MAX_DROPPED {
        return Err(SuspendError::Malformed);
    }
    // Placeholders for the attempts that did not fit: finished, empty, older than any real one.
    for i in 0..dropped {
        out.attempts.push(Attempt {
            id: format!("dropped-{i}"),
            module: module.id.clone(),
            seed: 0,
            started_at: 0,
            questions: Vec::new(),
            finished_at: Some(0),
        });
    }
    if let Some(text) = pretest {
        out.pretest = Some(decode_pretest(module, pool, text)?);
    }
    let draws = post_pool(module, pool, out.pretest.as_ref());
    let draw = |id: String, seed: u32, at: Millis| {
        start_attempt(
            id,
            module.id.clone(),
            &draws,
            module.questions_per_attempt as usize,
            seed,
            at,
        )
    };
    if !attempts.is_empty() {
        for text in attempts.split('~') {
            let attempt = decode_attempt(pool, &draw, text, &mut out.answers)?;
            if out.attempts.iter().any(|a| a.id == attempt.id) {
                return Err(SuspendError::Malformed);
            }
            out.attempts.push(attempt);
        }
    }
    Ok(out)
}
