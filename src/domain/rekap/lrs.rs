//! An LRS export read into the class (issue 27, item 2): a JSON array of xAPI statements, or
//! one statement per line (what Ralph's `ralph read` and most LRSs' exports give). Each actor
//! is one learner; the statements this app sends (contract 11, `domain::embed::message`) are
//! mapped to the class table's row:
//! - the module from the object's IRI: `<pack base><id>[/kuis[/pretest] | /soal/<question> |
//!   /pelajaran/<lesson>]` (contract 11 version 2), or `…#/modul/<id>[…]` (version 1);
//!   the object of a Tin Can launch's own module is the launched activity, found through the
//!   answers, whose `contextActivities.parent` it is;
//! - `passed` → *Lulus*; `completed` → every lesson read; any other statement about the
//!   module → in progress;
//! - `passed`/`failed` → post-test scores (the best is the row's), one attempt each (a pass
//!   sent when the reading was done after the quiz counts once: the count is close, not exact);
//! - `scored` on the pre-test → the pre-test's score;
//! - `answered` → the item analysis: the first attempt's answers (each question's first
//!   answer, up to the first `passed`/`failed`), right when `result.success`, with the options
//!   from `result.response` when a statement carries one (`a[,]b`, `true`/`false`); the first
//!   attempt's score is the first `passed`/`failed`'s;
//! - `result.duration` (ISO 8601), where a statement carries one, adds to the time.
//!
//! A statement in two exports (the same `id`) counts once. Other statements are ignored. The
//! actor's name (a launch's) or account name is the learner's name: no NIP or unit.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::de::IgnoredAny;
use serde::Deserialize;

use super::{Entry, FirstAttempt, ModuleRow, Response, Source};
use crate::domain::ids::{ModuleId, QuestionId};
use crate::domain::laporan::Status;
use crate::domain::quiz::{Millis, FALSE_ID, FULL, TRUE_ID};
use crate::domain::record::Profile;
use crate::i18n::rekap::{sf, Word};
use crate::i18n::Lang;
use crate::json::JsonDecoder;

/// Largest export read, in bytes.
pub const MAX_EXPORT_BYTES: usize = 32 * 1024 * 1024;

/// Why an export was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LrsError {
    /// Larger than [`MAX_EXPORT_BYTES`] (in KB).
    TooLarge(usize),
    /// The n-th statement (from 1) is not a complete statement.
    BadStatement(usize),
    /// No statement of this app in it.
    Nothing,
}

impl LrsError {
    /// The reason in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::TooLarge(kb) => sf(lang, Word::FileTooLarge, &[kb]),
            Self::BadStatement(n) => sf(lang, Word::LrsBadLine, &[n]),
            Self::Nothing => Word::LrsNothing.text(lang).to_owned(),
        }
    }
}

crate::i18n::learner_error!(LrsError);

/// The parts of a statement the class reads (anything else in it is ignored).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Statement {
    /// The statement's UUID.
    #[serde(default)]
    pub id: Option<String>,
    /// Who.
    pub actor: Agent,
    /// What they did.
    pub verb: Named,
    /// To what.
    pub object: Object,
    /// How it went.
    #[serde(default)]
    pub result: Option<Outcome>,
    /// The launch's activity, the pre-test's category.
    #[serde(default)]
    pub context: Option<Ctx>,
    /// When (ISO 8601).
    #[serde(default)]
    pub timestamp: Option<String>,
}

/// An xAPI agent's identifiers.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Agent {
    /// Name.
    #[serde(default)]
    pub name: Option<String>,
    /// `mailto:`.
    #[serde(default)]
    pub mbox: Option<String>,
    /// SHA-1 of an mbox.
    #[serde(default)]
    pub mbox_sha1sum: Option<String>,
    /// `OpenID`.
    #[serde(default)]
    pub openid: Option<String>,
    /// Account.
    #[serde(default)]
    pub account: Option<AccountIn>,
}

/// An xAPI account.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct AccountIn {
    /// The system.
    #[serde(rename = "homePage", default)]
    pub home_page: String,
    /// The id.
    #[serde(default)]
    pub name: String,
}

/// Something named by an IRI.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Named {
    /// IRI.
    pub id: String,
}

/// The statement's object.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Object {
    /// IRI.
    pub id: String,
    /// Name.
    #[serde(default)]
    pub definition: Option<Definition>,
}

/// An activity's definition.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Definition {
    /// Language map.
    #[serde(default)]
    pub name: Option<BTreeMap<String, String>>,
}

/// A statement's result.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Outcome {
    /// Score.
    #[serde(default)]
    pub score: Option<ScoreIn>,
    /// Right / passed.
    #[serde(default)]
    pub success: Option<bool>,
    /// The learner's response (`cmi.interaction` format).
    #[serde(default)]
    pub response: Option<String>,
    /// ISO 8601 duration.
    #[serde(default)]
    pub duration: Option<String>,
}

/// A score.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ScoreIn {
    /// 0..=1.
    #[serde(default)]
    pub scaled: Option<f64>,
    /// Points.
    #[serde(default)]
    pub raw: Option<f64>,
    /// Highest.
    #[serde(default)]
    pub max: Option<f64>,
}

/// A statement's context.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Ctx {
    /// Parent, grouping, category.
    #[serde(rename = "contextActivities", default)]
    pub activities: Option<CtxActivities>,
}

/// `contextActivities`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CtxActivities {
    /// Parent.
    #[serde(default)]
    pub parent: Option<Vec<Named>>,
    /// Category.
    #[serde(default)]
    pub category: Option<Vec<Named>>,
}

/// True when `text` (trimmed) is a JSON array, or its first line a JSON object with an
/// `actor` and a `verb`.
pub fn looks_like_statements(text: &str, json: &impl JsonDecoder) -> bool {
    #[derive(Deserialize)]
    struct Probe {
        actor: Option<IgnoredAny>,
        verb: Option<IgnoredAny>,
    }
    if text.starts_with('[') {
        return true;
    }
    let first = text.lines().next().unwrap_or_default();
    json.decode::<Probe>(first)
        .is_ok_and(|p| p.actor.is_some() && p.verb.is_some())
}

/// A statement, or something that is not one.
#[derive(Deserialize)]
#[serde(untagged)]
enum Item {
    Statement(Box<Statement>),
    Other(IgnoredAny),
}

/// Decodes the statements of an export.
///
/// # Errors
/// [`LrsError`] saying why it is not read.
pub fn parse(text: &str, json: &impl JsonDecoder) -> Result<Vec<Statement>, LrsError> {
    if text.len() > MAX_EXPORT_BYTES {
        return Err(LrsError::TooLarge(text.len() / 1024));
    }
    let items: Vec<Result<Item, String>> = if text.starts_with('[') {
        // Not a whole array (cut off): the statement after the last whole one is broken.
        let Ok(items) = json.decode::<Vec<Item>>(text) else {
            let whole = json
                .decode::<Vec<IgnoredAny>>(text)
                .map_or(0, |v: Vec<IgnoredAny>| v.len());
            return Err(LrsError::BadStatement(whole + 1));
        };
        items.into_iter().map(Ok).collect()
    } else {
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| json.decode::<Item>(l.trim()))
            .collect()
    };
    let mut out = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        match item {
            Ok(Item::Statement(s)) => out.push(*s),
            _ => return Err(LrsError::BadStatement(i + 1)),
        }
    }
    // Only the verbs this app sends: an IRI of version 2 is known by its path alone, which
    // another app's activity may share.
    out.retain(|s| {
        s.verb
            .id
            .strip_prefix(VERB)
            .is_some_and(|v| OUR_VERBS.contains(&v))
    });
    let ours = out
        .iter()
        .filter(|s| object_place(&s.object.id).is_some())
        .count();
    if ours == 0 {
        return Err(LrsError::Nothing);
    }
    Ok(out)
}

/// What a statement's object is, from its IRI.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Place {
    /// The module itself.
    Module(ModuleId),
    /// Its post-test.
    Quiz(ModuleId),
    /// Its pre-test.
    Pretest(ModuleId),
    /// One of its questions.
    Question(ModuleId, QuestionId),
}

impl Place {
    fn module(&self) -> &ModuleId {
        match self {
            Self::Module(m) | Self::Quiz(m) | Self::Pretest(m) | Self::Question(m, _) => m,
        }
    }
}

/// The place an IRI of this app names. Contract 11 version 2 (issue 27, item 3): the pack's
/// activity base and `<module>[/kuis[/pretest] | /soal/<q> | /pelajaran/<lesson>]`, the base
/// being whatever the pack set (so the module is found from the end of the path); version 1:
/// the app's URL and `#/modul/<id>[/kuis[/pretest] | /soal/<q>]`.
fn object_place(iri: &str) -> Option<Place> {
    let path = if let Some((_, rest)) = iri.split_once("#/modul/") {
        rest
    } else {
        let (_, after_scheme) = iri.split_once("://")?;
        let (_, path) = after_scheme.split_once('/')?;
        if path.contains(['?', '#']) {
            return None;
        }
        path
    };
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    // The segment `back` places before the end, as a module id.
    let module = |back: usize| {
        let at = parts.len().checked_sub(back)?;
        parts.get(at).and_then(|m| ModuleId::parse(m).ok())
    };
    let place = match parts.as_slice() {
        [.., "soal", q] => Place::Question(module(3)?, QuestionId::parse(q).ok()?),
        [.., "kuis", "pretest"] => Place::Pretest(module(3)?),
        [.., "kuis"] => Place::Quiz(module(2)?),
        [.., "pelajaran", _] => Place::Module(module(3)?),
        [.., _] => Place::Module(module(1)?),
        [] => return None,
    };
    Some(place)
}

const VERB: &str = "http://adlnet.gov/expapi/verbs/";
/// The ADL verbs of the statements this app sends (contract 11).
const OUR_VERBS: [&str; 10] = [
    "initialized",
    "progressed",
    "answered",
    "completed",
    "passed",
    "failed",
    "attempted",
    "scored",
    "terminated",
    "suspended",
];

/// The actor's identifier and the name to show.
fn who(a: &Agent) -> Option<(String, String)> {
    let id = if let Some(m) = &a.mbox {
        m.clone()
    } else if let Some(s) = &a.mbox_sha1sum {
        format!("sha1:{s}")
    } else if let Some(o) = &a.openid {
        o.clone()
    } else {
        let acc = a.account.as_ref()?;
        format!("{}|{}", acc.home_page, acc.name)
    };
    let shown = a
        .name
        .clone()
        .filter(|n| !n.trim().is_empty())
        .or_else(|| {
            a.mbox
                .as_ref()
                .map(|m| m.trim_start_matches("mailto:").to_owned())
        })
        .or_else(|| a.account.as_ref().map(|acc| acc.name.clone()))
        .unwrap_or_else(|| id.clone());
    Some((id, shown.chars().take(120).collect()))
}

/// `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)` in Unix ms.
#[must_use]
pub fn parse_timestamp(text: &str) -> Option<Millis> {
    let num = |t: &str| -> Option<i64> {
        (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse().ok())?
    };
    let (date, time) = text.split_once('T')?;
    let mut parts = date.split('-');
    let (y, m, day) = (
        num(parts.next()?)?,
        num(parts.next()?)?,
        num(parts.next()?)?,
    );
    let (clock, offset) = if let Some(c) = time.strip_suffix('Z') {
        (c, 0)
    } else {
        let at = time.rfind(['+', '-'])?;
        let (c, z) = time.split_at(at);
        let sign = if z.starts_with('-') { -1 } else { 1 };
        let (hh, mm) = z[1..].split_once(':')?;
        (c, sign * (num(hh)? * 60 + num(mm)?))
    };
    let (hms, frac) = clock.split_once('.').unwrap_or((clock, ""));
    let mut t = hms.split(':');
    let (h, mi, sec) = (num(t.next()?)?, num(t.next()?)?, num(t.next()?)?);
    let ms = if frac.is_empty() {
        0
    } else {
        num(&format!("{frac:0<3}")[..3])?
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) || h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    // Days from civil (H. Hinnant).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(((days * 24 + h) * 60 + mi - offset) * 60_000 + sec * 1000 + ms)
}

/// An ISO 8601 duration (`PT1H2M3.5S`, `P1DT2H`) in whole seconds (a fraction dropped).
/// Whole numbers are read by hand: `str::parse::<f64>` would bring Rust's float parser and
/// its tables (about 14 KB) into the main module, which another chunk shares them with.
#[must_use]
pub fn parse_duration(text: &str) -> Option<u32> {
    let rest = text.strip_prefix('P')?;
    let (days, time) = rest.split_once('T').unwrap_or((rest, ""));
    let mut total: u64 = 0;
    let mut add = |part: &str, units: &[(char, u64)]| -> Option<()> {
        let (mut whole, mut fraction, mut digits) = (0u64, false, false);
        for c in part.chars() {
            match c {
                '0'..='9' => {
                    digits = true;
                    if !fraction {
                        whole = whole
                            .checked_mul(10)?
                            .checked_add(u64::from(c) - u64::from('0'))?;
                    }
                }
                '.' | ',' if digits && !fraction => fraction = true,
                _ => {
                    let (_, secs) = units.iter().find(|(u, _)| *u == c)?;
                    if !digits {
                        return None;
                    }
                    total = total.saturating_add(whole.saturating_mul(*secs));
                    (whole, fraction, digits) = (0, false, false);
                }
            }
        }
        (!digits).then_some(())
    };
    add(days, &[('D', 86_400), ('W', 604_800)])?;
    add(time, &[('H', 3600), ('M', 60), ('S', 1)])?;
    Some(u32::try_from(total).unwrap_or(u32::MAX))
}

/// A score as whole percent.
fn percent(r: Option<&Outcome>) -> Option<u32> {
    let s = r?.score.as_ref()?;
    let scaled = s
        .scaled
        .or_else(|| Some(s.raw? / s.max.filter(|m| *m > 0.0)?))?;
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "clamped to 0..=100 first"
    )]
    Some((scaled * 100.0 + 1e-9).floor().clamp(0.0, 100.0) as u32)
}

/// The options a `cmi.interaction` response names: `a[,]b`, `true`/`false`.
fn response_options(r: &str) -> Vec<String> {
    match r {
        "true" => vec![TRUE_ID.to_owned()],
        "false" => vec![FALSE_ID.to_owned()],
        _ if r.contains("[.]") => Vec::new(),
        _ => r
            .split("[,]")
            .filter(|s| crate::domain::ids::check_id(s).is_ok())
            .map(str::to_owned)
            .collect(),
    }
}

#[derive(Default)]
struct Building {
    name: String,
    latest: Millis,
    modules: BTreeMap<ModuleId, Row>,
}

#[derive(Default)]
struct Row {
    title: Option<String>,
    status: Option<Status>,
    pre: Option<u32>,
    scores: Vec<(Millis, u32)>,
    seconds: Option<u32>,
    answers: Vec<(Millis, Response)>,
}

/// Each actor's statements as a class entry: statements deduplicated by id, read in time order.
#[must_use]
pub fn entries(statements: Vec<Statement>) -> Vec<Entry> {
    let mut seen = HashSet::new();
    let mut all: Vec<(Millis, usize, Statement)> = statements
        .into_iter()
        .filter(|s| s.id.as_ref().is_none_or(|id| seen.insert(id.clone())))
        .enumerate()
        .map(|(i, s)| {
            let at = s
                .timestamp
                .as_deref()
                .and_then(parse_timestamp)
                .unwrap_or(0);
            (at, i, s)
        })
        .collect();
    all.sort_by_key(|(at, i, _)| (*at, *i));
    // A launched activity stands for the module whose answers name it as their parent.
    let mut launched: HashMap<String, ModuleId> = HashMap::new();
    for (_, _, s) in &all {
        if let Some(Place::Question(m, _)) = object_place(&s.object.id) {
            let parents = s.context.as_ref().and_then(|c| c.activities.as_ref());
            for p in parents
                .and_then(|a| a.parent.as_ref())
                .into_iter()
                .flatten()
            {
                launched.entry(p.id.clone()).or_insert_with(|| m.clone());
            }
        }
    }
    let mut actors: Vec<(String, Building)> = Vec::new();
    for (at, _, s) in all {
        let Some((key, name)) = who(&s.actor) else {
            continue;
        };
        // A launched activity's IRI may end like a module's own (version 2 knows a module by
        // its path alone): the answers' parent says which module it stands for.
        let place = match object_place(&s.object.id) {
            None | Some(Place::Module(_)) if launched.contains_key(&s.object.id) => {
                launched.get(&s.object.id).map(|m| Place::Module(m.clone()))
            }
            place => place,
        };
        let Some(place) = place else {
            continue;
        };
        let i = actors
            .iter()
            .position(|(k, _)| *k == key)
            .unwrap_or_else(|| {
                actors.push((key.clone(), Building::default()));
                actors.len() - 1
            });
        let b = &mut actors[i].1;
        b.name = name;
        b.latest = b.latest.max(at);
        let row = b.modules.entry(place.module().clone()).or_default();
        take(row, &place, &s, at);
    }
    actors
        .into_iter()
        .map(|(key, b)| Entry {
            learner: Profile {
                name: b.name,
                nip: None,
                unit: String::new(),
            },
            source: Source::Lrs(key),
            made_at: b.latest,
            modules: b
                .modules
                .into_iter()
                .map(|(module, r)| row(module, r))
                .collect(),
            rtl: Vec::new(),
            worksheets: Vec::new(),
        })
        .collect()
}

/// Adds what statement `s` (made at `at`, about `place`) says to its module's row.
fn take(row: &mut Row, place: &Place, s: &Statement, at: Millis) {
    let verb = s.verb.id.strip_prefix(VERB).unwrap_or("");
    let category_pretest = s
        .context
        .as_ref()
        .and_then(|c| c.activities.as_ref())
        .and_then(|a| a.category.as_ref())
        .is_some_and(|c| c.iter().any(|x| x.id.ends_with("/kategori/pretest")));
    if let Some(d) = s.result.as_ref().and_then(|r| r.duration.as_deref()) {
        if let Some(secs) = parse_duration(d) {
            row.seconds = Some(row.seconds.unwrap_or(0).saturating_add(secs));
        }
    }
    if matches!(place, Place::Module(_) | Place::Quiz(_)) && verb != "answered" {
        if let Some(n) = s.object.definition.as_ref().and_then(|d| d.name.as_ref()) {
            let title = n.get("id-ID").or_else(|| n.values().next()).cloned();
            row.title = row.title.take().or(title);
        }
    }
    let status = match verb {
        "passed" => Status::Lulus,
        "completed" => Status::SelesaiDibaca,
        _ => Status::SedangBelajar,
    };
    row.status = Some(row.status.map_or(status, |s| s.max(status)));
    match (verb, place) {
        ("scored", p) if category_pretest || matches!(p, Place::Pretest(_)) => {
            row.pre = percent(s.result.as_ref()).or(row.pre);
        }
        ("passed" | "failed", Place::Quiz(_) | Place::Module(_)) => {
            if let Some(p) = percent(s.result.as_ref()) {
                row.scores.push((at, p));
            }
        }
        ("answered", Place::Question(_, q))
            if !row.answers.iter().any(|(_, r)| &r.question == q) =>
        {
            let result = s.result.as_ref();
            row.answers.push((
                at,
                Response {
                    question: q.clone(),
                    credit: if result.and_then(|r| r.success) == Some(true) {
                        FULL
                    } else {
                        0
                    },
                    chosen: result
                        .and_then(|r| r.response.as_deref())
                        .map(response_options)
                        .unwrap_or_default(),
                },
            ));
        }
        _ => {}
    }
}

fn row(module: ModuleId, r: Row) -> ModuleRow {
    // The first attempt: the answers up to the first `passed`/`failed` (all of them before one).
    let cutoff = r.scores.first().map(|(at, _)| *at);
    let answers: Vec<Response> = r
        .answers
        .into_iter()
        .filter(|(at, _)| cutoff.is_none_or(|c| *at <= c))
        .map(|(_, a)| a)
        .collect();
    let first_percent = r.scores.first().map(|(_, p)| *p).or_else(|| {
        let n = u32::try_from(answers.len()).ok().filter(|n| *n > 0)?;
        let right = u32::try_from(answers.iter().filter(|a| a.credit == FULL).count()).ok()?;
        Some(right * 100 / n)
    });
    ModuleRow {
        title: r.title.unwrap_or_else(|| module.to_string()),
        module,
        status: r.status.unwrap_or(Status::SedangBelajar),
        jp: 0,
        pre: r.pre,
        post: r.scores.iter().map(|(_, p)| *p).max(),
        attempts: u32::try_from(r.scores.len()).unwrap_or(u32::MAX),
        seconds: r.seconds,
        first: first_percent
            .filter(|_| !answers.is_empty())
            .map(|percent| FirstAttempt { percent, answers }),
    }
}
