//! Course-quality rules for a module, checked when a pack is compiled (`bimtek-pack`, the
//! tests), not when the app loads a pack: they keep quizzes testing understanding rather
//! than pattern-spotting, and lessons readable on a phone.
//!
//! Each rule has its threshold as a constant (here, in [`balance`] and in [`coverage`]), and
//! each problem names the file, the module and the question or lesson ids concerned. Pure: no
//! I/O.
//!
//! [`coverage`] holds the rules that need more than the module body (a question-to-lesson map,
//! the module's minutes and JP); their callers pass that in.

use std::collections::{BTreeMap, HashMap, HashSet};

pub mod balance;
pub mod coverage;

use super::error::{ContentError, Location, Problem};
use super::model::{Block, CalloutKind, ModuleBody, Question, QuestionKind};

/// At most this share (in percent) of a pool's single-answer items may have their key as the
/// strictly longest option.
pub const MAX_KEY_LONGEST_PERCENT: usize = 40;
/// At most this share (in percent) of a pool's single-answer items may have their key as the
/// strictly shortest option (so that "pick the shortest" does not pay either).
pub const MAX_KEY_SHORTEST_PERCENT: usize = 40;
/// The key-length rules apply from this many single-answer items in a pool.
pub const MIN_SINGLE_FOR_KEY_RULE: usize = 3;
/// In a pool with at least this many multiple-answer items, their numbers of correct options
/// must not all be the same.
pub const MIN_MULTIPLE_FOR_SPREAD: usize = 2;
/// With at least [`MIN_MULTIPLE_FOR_SHARE`] multiple-answer items, no one number of correct
/// options may be used by more than this share (in percent) of them.
pub const MAX_SAME_CORRECT_COUNT_PERCENT: usize = 60;
/// See [`MAX_SAME_CORRECT_COUNT_PERCENT`].
pub const MIN_MULTIPLE_FOR_SHARE: usize = 5;
/// Two prompts whose word-pair overlap (Jaccard, in percent) reaches this are near-duplicates.
pub const NEAR_DUPLICATE_PERCENT: usize = 60;
/// An option text of at least this many words may appear in only one question of a pool.
pub const MIN_WORDS_SHARED_OPTION: usize = 4;
/// At most this many ordering items per pool (ordering only where the order is canonical).
pub const MAX_ORDERING: usize = 2;
/// At most this many columns in a lesson table (readable at 360 px without scrolling).
pub const MAX_TABLE_COLUMNS: usize = 2;

/// Lower-case words of letters and digits, for comparing texts.
#[must_use]
pub fn normalise(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Adjacent word pairs of a normalised text.
fn shingles(normalised: &str) -> HashSet<(String, String)> {
    let words: Vec<&str> = normalised.split(' ').collect();
    words
        .windows(2)
        .map(|w| (w[0].to_owned(), w[1].to_owned()))
        .collect()
}

/// Overlap of two sets of word pairs, in percent (0 when both are empty).
fn jaccard_percent(a: &HashSet<(String, String)>, b: &HashSet<(String, String)>) -> usize {
    let union = a.union(b).count();
    if union == 0 {
        return 0;
    }
    a.intersection(b).count() * 100 / union
}

/// Every course-quality problem of a module. `dir` is the module's folder in the pack.
#[must_use]
pub fn module_quality(dir: &str, body: &ModuleBody) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let module = Location::module(&body.id);
    let quiz_file = format!("{dir}/quiz.toml");
    let mut push_quiz = |loc: &Location, why: String| {
        errors.push(ContentError::new(&quiz_file, loc, Problem::Quality(why)));
    };
    key_length(&module, &body.questions, &mut push_quiz);
    balance::length_ranks(&module, &body.questions, &mut push_quiz);
    balance::key_cues(&module, &body.questions, &mut push_quiz);
    balance::true_false(&module, &body.questions, &mut push_quiz);
    correct_counts(&module, &body.questions, &mut push_quiz);
    duplicates(&module, &body.questions, &mut push_quiz);
    let ordering: Vec<&str> = body
        .questions
        .iter()
        .filter(|q| matches!(q.kind, QuestionKind::Ordering { .. }))
        .map(|q| q.id.as_str())
        .collect();
    if ordering.len() > MAX_ORDERING {
        push_quiz(
            &module,
            format!(
                "{} soal urutan ({}); paling banyak {MAX_ORDERING}, hanya untuk urutan yang baku (mis. PDCA, prosedur yang ditetapkan peraturan)",
                ordering.len(),
                ordering.join(", ")
            ),
        );
    }
    for lesson in &body.lessons {
        let file = format!("{dir}/lessons/{}.md", lesson.id);
        let loc = module.clone().lesson(&lesson.id);
        let has_reflection = lesson.blocks.iter().any(|b| {
            matches!(
                b,
                Block::Callout {
                    kind: CalloutKind::Refleksi,
                    ..
                }
            )
        });
        if !has_reflection {
            errors.push(ContentError::new(
                &file,
                &loc,
                Problem::Quality("pelajaran tanpa kotak REFLEKSI (mawas diri)".to_owned()),
            ));
        }
        let tables = lesson.blocks.iter().filter_map(|b| match b {
            Block::Table { header, rows } => Some((header, rows)),
            _ => None,
        });
        for (n, (header, rows)) in tables.enumerate() {
            let widest = rows.iter().map(Vec::len).fold(header.len(), usize::max);
            if widest > MAX_TABLE_COLUMNS {
                errors.push(ContentError::new(
                    &file,
                    &loc,
                    Problem::Quality(format!(
                        "tabel ke-{} punya {widest} kolom; paling banyak {MAX_TABLE_COLUMNS} agar terbaca di layar 360 px tanpa digeser",
                        n + 1
                    )),
                ));
            }
        }
    }
    errors
}

fn key_length(module: &Location, questions: &[Question], push: &mut impl FnMut(&Location, String)) {
    let mut singles = 0;
    let mut longest = Vec::new();
    let mut shortest = Vec::new();
    for q in questions {
        let QuestionKind::Single { options } = &q.kind else {
            continue;
        };
        singles += 1;
        let Some(key) = options.iter().find(|o| o.correct) else {
            continue;
        };
        let len = key.text.chars().count();
        let others: Vec<usize> = options
            .iter()
            .filter(|o| !o.correct)
            .map(|o| o.text.chars().count())
            .collect();
        if others.iter().all(|&n| n < len) {
            longest.push(q.id.as_str());
        }
        if others.iter().all(|&n| n > len) {
            shortest.push(q.id.as_str());
        }
    }
    if singles < MIN_SINGLE_FOR_KEY_RULE {
        return;
    }
    for (ids, max, what) in [
        (&longest, MAX_KEY_LONGEST_PERCENT, "terpanjang"),
        (&shortest, MAX_KEY_SHORTEST_PERCENT, "terpendek"),
    ] {
        if ids.len() * 100 > singles * max {
            push(
                module,
                format!(
                    "pada {} dari {singles} soal pilihan tunggal kunci adalah opsi {what} ({}); paling banyak {max}%",
                    ids.len(),
                    ids.join(", ")
                ),
            );
        }
    }
}

fn correct_counts(
    module: &Location,
    questions: &[Question],
    push: &mut impl FnMut(&Location, String),
) {
    let mut by_count: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for q in questions {
        if let QuestionKind::Multiple { options } = &q.kind {
            let n = options.iter().filter(|o| o.correct).count();
            by_count.entry(n).or_default().push(q.id.as_str());
        }
    }
    let total: usize = by_count.values().map(Vec::len).sum();
    let describe = || {
        by_count
            .iter()
            .map(|(n, ids)| format!("{n} benar: {}", ids.join(", ")))
            .collect::<Vec<_>>()
            .join("; ")
    };
    if total >= MIN_MULTIPLE_FOR_SPREAD && by_count.len() == 1 {
        push(
            module,
            format!(
                "semua {total} soal pilihan ganda punya jumlah opsi benar yang sama ({}); variasikan 1 sampai 4",
                describe()
            ),
        );
    } else if total >= MIN_MULTIPLE_FOR_SHARE
        && by_count
            .values()
            .any(|ids| ids.len() * 100 > total * MAX_SAME_CORRECT_COUNT_PERCENT)
    {
        push(
            module,
            format!(
                "jumlah opsi benar soal pilihan ganda terlalu seragam ({}); satu jumlah paling banyak {MAX_SAME_CORRECT_COUNT_PERCENT}%",
                describe()
            ),
        );
    }
}

/// The texts a learner reads as options of a question (choices, steps, right-hand sides).
fn option_texts(q: &Question) -> Vec<&str> {
    match &q.kind {
        QuestionKind::Single { options } | QuestionKind::Multiple { options } => {
            options.iter().map(|o| o.text.as_str()).collect()
        }
        QuestionKind::Ordering { steps } => steps.iter().map(|s| s.text.as_str()).collect(),
        QuestionKind::Matching { pairs } => pairs
            .iter()
            .flat_map(|p| [p.left.as_str(), p.right.as_str()])
            .collect(),
        QuestionKind::TrueFalse { .. } => Vec::new(),
    }
}

fn duplicates(module: &Location, questions: &[Question], push: &mut impl FnMut(&Location, String)) {
    let prompts: Vec<(&str, String)> = questions
        .iter()
        .map(|q| {
            let p = normalise(&q.prompt);
            let p = p
                .strip_prefix("pernyataan ")
                .map_or(p.clone(), str::to_owned);
            (q.id.as_str(), p)
        })
        .collect();
    let sets: Vec<_> = prompts.iter().map(|(_, p)| shingles(p)).collect();
    for i in 0..prompts.len() {
        for j in i + 1..prompts.len() {
            let (a, pa) = &prompts[i];
            let (b, pb) = &prompts[j];
            if pa == pb {
                push(
                    &module.clone().question(a),
                    format!("pertanyaan sama dengan soal {b}"),
                );
            } else {
                let overlap = jaccard_percent(&sets[i], &sets[j]);
                if overlap >= NEAR_DUPLICATE_PERCENT {
                    push(
                        &module.clone().question(a),
                        format!("pertanyaan hampir sama dengan soal {b} ({overlap}% pasangan kata sama; batas {NEAR_DUPLICATE_PERCENT}%)"),
                    );
                }
            }
        }
    }
    let mut seen: HashMap<String, &str> = HashMap::new();
    for q in questions {
        let mut own = HashSet::new();
        for text in option_texts(q) {
            let norm = normalise(text);
            if norm.is_empty() {
                continue;
            }
            if !own.insert(norm.clone()) {
                if !matches!(q.kind, QuestionKind::Matching { .. }) {
                    push(
                        &module.clone().question(&q.id),
                        format!("opsi “{text}” muncul dua kali dalam soal ini"),
                    );
                }
                continue;
            }
            if norm.split(' ').count() < MIN_WORDS_SHARED_OPTION {
                continue;
            }
            match seen.get(&norm) {
                Some(other) => push(
                    &module.clone().question(&q.id),
                    format!("opsi “{text}” sama dengan opsi soal {other}"),
                ),
                None => {
                    seen.insert(norm, q.id.as_str());
                }
            }
        }
    }
}
