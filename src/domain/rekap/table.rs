//! The class table (issue 27, item 2): its modules (the trainer's course, then any other a file
//! names), each learner's JP and time, the order a header's button sorts it in, the summary
//! line, each module's line and score distribution, and the table as cells, which both
//! downloads write ([`to_csv`], [`super::xlsx`]) so the two always agree.

use std::cmp::Ordering;

use super::items::{Flag, ItemStats};
use super::{median, Class, Entry};
use crate::domain::ids::ModuleId;
use crate::domain::laporan::Status;
use crate::domain::record::csv_field;
use crate::i18n::rekap::{sf, Word};
use crate::i18n::Lang;

/// A module of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseModule {
    /// Id.
    pub id: ModuleId,
    /// Title.
    pub title: String,
    /// JP it credits, when the trainer's course has it.
    pub jp: Option<u32>,
    /// Pass mark, percent.
    pub pass_mark: Option<u32>,
}

/// The table's modules: the trainer's `course` in its order, then the modules only the files
/// name (titled as the first file does).
#[must_use]
pub fn modules(course: &[CourseModule], class: &Class) -> Vec<CourseModule> {
    let mut out = course.to_vec();
    for e in &class.entries {
        for m in &e.modules {
            if !out.iter().any(|c| c.id == m.module) {
                out.push(CourseModule {
                    id: m.module.clone(),
                    title: m.title.clone(),
                    jp: None,
                    pass_mark: None,
                });
            }
        }
    }
    out
}

/// JP credited to `e` in `m`: the course's JP for a *Lulus* module (the file's when the course
/// does not have it).
#[must_use]
pub fn jp_in(e: &Entry, m: &CourseModule) -> u32 {
    e.module(&m.id)
        .filter(|r| r.status == Status::Lulus)
        .map_or(0, |r| m.jp.unwrap_or(r.jp))
}

/// JP over the table's modules.
#[must_use]
pub fn jp(e: &Entry, modules: &[CourseModule]) -> u32 {
    modules.iter().map(|m| jp_in(e, m)).sum()
}

/// Reading time in whole minutes, when known.
#[must_use]
pub fn minutes(e: &Entry) -> Option<u32> {
    e.seconds().map(|s| s / 60)
}

/// What a header's button sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    /// The learner's name.
    Name,
    /// Their unit.
    Unit,
    /// A module (by its index in the table's modules): status, then the best post-test.
    Module(usize),
    /// JP.
    Jp,
    /// Reading time.
    Time,
}

/// The order of the class's entries sorted by `key` (descending when `desc`); ties keep the
/// order the files were read in.
#[must_use]
pub fn order(class: &Class, modules: &[CourseModule], key: SortKey, desc: bool) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..class.entries.len()).collect();
    let cmp = |a: &Entry, b: &Entry| -> Ordering {
        match key {
            SortKey::Name => a
                .learner
                .name
                .to_lowercase()
                .cmp(&b.learner.name.to_lowercase()),
            SortKey::Unit => a
                .learner
                .unit
                .to_lowercase()
                .cmp(&b.learner.unit.to_lowercase()),
            SortKey::Module(i) => {
                let of = |e: &Entry| {
                    modules
                        .get(i)
                        .and_then(|m| e.module(&m.id))
                        .map_or((None, None), |r| (Some(r.status), r.post))
                };
                of(a).cmp(&of(b))
            }
            SortKey::Jp => jp(a, modules).cmp(&jp(b, modules)),
            SortKey::Time => minutes(a).cmp(&minutes(b)),
        }
    };
    idx.sort_by(|a, b| {
        let o = cmp(&class.entries[*a], &class.entries[*b]);
        if desc {
            o.reverse()
        } else {
            o
        }
    });
    idx
}

/// The summary line's numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Learners.
    pub learners: usize,
    /// Learners *Lulus* in every module of the trainer's course.
    pub passed_all: usize,
    /// The median of post-test minus pre-test, over every learner and module with both.
    pub median_gain: Option<f64>,
}

/// The summary of `class` over the trainer's `course`.
#[must_use]
pub fn summary(class: &Class, course: &[CourseModule]) -> Summary {
    let gains: Vec<i64> = class
        .entries
        .iter()
        .flat_map(|e| &e.modules)
        .filter_map(|m| Some(i64::from(m.post?) - i64::from(m.pre?)))
        .collect();
    Summary {
        learners: class.entries.len(),
        passed_all: class
            .entries
            .iter()
            .filter(|e| {
                !course.is_empty()
                    && course
                        .iter()
                        .all(|m| e.module(&m.id).is_some_and(|r| r.status == Status::Lulus))
            })
            .count(),
        median_gain: median(&gains),
    }
}

/// One module's line: learners *Lulus*, learners with data, median pre and post.
#[derive(Debug, Clone, PartialEq)]
pub struct ModuleLine {
    /// *Lulus*.
    pub passed: usize,
    /// Learners with data for the module.
    pub learners: usize,
    /// Median pre-test.
    pub pre: Option<f64>,
    /// Median best post-test.
    pub post: Option<f64>,
}

/// The line of module `m`.
#[must_use]
pub fn module_line(class: &Class, m: &ModuleId) -> ModuleLine {
    let rows: Vec<_> = class.entries.iter().filter_map(|e| e.module(m)).collect();
    let pre: Vec<i64> = rows.iter().filter_map(|r| r.pre.map(i64::from)).collect();
    let post: Vec<i64> = rows.iter().filter_map(|r| r.post.map(i64::from)).collect();
    ModuleLine {
        passed: rows.iter().filter(|r| r.status == Status::Lulus).count(),
        learners: rows.len(),
        pre: median(&pre),
        post: median(&post),
    }
}

/// How many best post-test scores of module `m` fall in each tenth: 0–9, 10–19, …, 90–100.
#[must_use]
pub fn distribution(class: &Class, m: &ModuleId) -> [usize; 10] {
    let mut bins = [0; 10];
    for p in class.entries.iter().filter_map(|e| e.module(m)?.post) {
        let i = usize::try_from(p / 10).unwrap_or(9).min(9);
        bins[i] += 1;
    }
    bins
}

/// A number as the tables write it: whole numbers plain, others with one decimal.
#[must_use]
pub fn number(x: f64) -> String {
    if (x - x.round()).abs() < 1e-9 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}")
    }
}

/// A status in `lang`.
#[must_use]
pub fn status_word(s: Status, lang: Lang) -> &'static str {
    match s {
        Status::BelumMulai => Word::BelumMulai,
        Status::SedangBelajar => Word::SedangBelajar,
        Status::SelesaiDibaca => Word::SelesaiDibaca,
        Status::Lulus => Word::Lulus,
    }
    .text(lang)
}

/// A flag in `lang`.
#[must_use]
pub fn flag_word(f: Flag, lang: Lang) -> &'static str {
    match f {
        Flag::TooEasy => Word::FlagEasy,
        Flag::TooHard => Word::FlagHard,
        Flag::NegativeDiscrimination => Word::FlagNegative,
    }
    .text(lang)
}

/// A cell of a download.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text.
    Text(String),
    /// A number.
    Number(f64),
    /// Nothing.
    Empty,
}

impl Cell {
    fn of(n: Option<u32>) -> Self {
        n.map_or(Self::Empty, |n| Self::Number(f64::from(n)))
    }
}

/// The class table as cells, the header row first, the learners in `rows` order: learner,
/// NIP, unit, then per module its status, pre-test, best post-test and attempts, then JP and
/// reading minutes.
#[must_use]
pub fn class_cells(
    class: &Class,
    modules: &[CourseModule],
    rows: &[usize],
    lang: Lang,
) -> Vec<Vec<Cell>> {
    let text = |s: &str| Cell::Text(s.to_owned());
    let mut header = vec![
        text(Word::ColLearner.text(lang)),
        text("NIP"),
        text(Word::ColUnit.text(lang)),
    ];
    for m in modules {
        for w in [
            Word::ColStatus,
            Word::ColPre,
            Word::ColPost,
            Word::ColAttempts,
        ] {
            header.push(Cell::Text(format!("{}: {}", m.title, w.text(lang))));
        }
    }
    header.push(text(Word::ColJp.text(lang)));
    header.push(Cell::Text(format!(
        "{} ({})",
        Word::ColTime.text(lang),
        Word::MinutesUnit.text(lang)
    )));
    let mut out = vec![header];
    for e in rows.iter().filter_map(|i| class.entries.get(*i)) {
        let mut row = vec![
            text(&e.learner.name),
            e.learner.nip.as_deref().map_or(Cell::Empty, text),
            if e.learner.unit.is_empty() {
                Cell::Empty
            } else {
                text(&e.learner.unit)
            },
        ];
        for m in modules {
            match e.module(&m.id) {
                Some(r) => row.extend([
                    text(status_word(r.status, lang)),
                    Cell::of(r.pre),
                    Cell::of(r.post),
                    Cell::Number(f64::from(r.attempts)),
                ]),
                None => row.extend([Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty]),
            }
        }
        row.push(Cell::Number(f64::from(jp(e, modules))));
        row.push(Cell::of(minutes(e)));
        out.push(row);
    }
    out
}

/// The item analysis as cells: module, question, answered, right (percent), discrimination,
/// wrong options, flags.
#[must_use]
pub fn item_cells(items: &[(CourseModule, Vec<ItemStats>)], lang: Lang) -> Vec<Vec<Cell>> {
    let text = |s: &str| Cell::Text(s.to_owned());
    let mut out = vec![vec![
        text(Word::ColModule.text(lang)),
        text(Word::ColQuestion.text(lang)),
        text(Word::ColAnswered.text(lang)),
        text(Word::ColDifficulty.text(lang)),
        text(Word::ColDiscrimination.text(lang)),
        text(Word::ColWrong.text(lang)),
        text(Word::ColFlags.text(lang)),
    ]];
    for (m, stats) in items {
        for s in stats {
            #[allow(clippy::cast_precision_loss, reason = "a class's size")]
            out.push(vec![
                text(&m.title),
                text(s.question.as_str()),
                Cell::Number(s.answered as f64),
                Cell::Number((s.difficulty * 100.0).round()),
                s.discrimination
                    .map_or(Cell::Empty, |d| Cell::Number((d * 100.0).round() / 100.0)),
                text(&wrong_text(&s.wrong)),
                text(
                    &s.flags
                        .iter()
                        .map(|f| flag_word(*f, lang))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            ]);
        }
    }
    out
}

/// Wrong options as a line: `c: 2, d: 1`.
#[must_use]
pub fn wrong_text(wrong: &[(String, usize)]) -> String {
    wrong
        .iter()
        .map(|(o, n)| format!("{o}: {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Cells as CSV (RFC 4180, CRLF), text cells through the record's CSV helper, so that no cell
/// is read as a formula by a spreadsheet.
#[must_use]
pub fn to_csv(cells: &[Vec<Cell>]) -> String {
    let mut out = String::new();
    for row in cells {
        let line: Vec<String> = row
            .iter()
            .map(|c| match c {
                Cell::Text(s) => csv_field(s),
                Cell::Number(n) => number(*n),
                Cell::Empty => String::new(),
            })
            .collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The summary line in `lang`.
#[must_use]
pub fn summary_text(s: &Summary, lang: Lang) -> String {
    match s.median_gain {
        Some(g) => sf(
            lang,
            Word::Summary,
            &[&s.learners, &s.passed_all, &signed(g)],
        ),
        None => sf(lang, Word::SummaryNoGain, &[&s.learners, &s.passed_all]),
    }
}

/// A gain with its sign: `+12`, `-3.5`, `0`.
#[must_use]
pub fn signed(x: f64) -> String {
    if x > 0.0 {
        format!("+{}", number(x))
    } else {
        number(x)
    }
}
