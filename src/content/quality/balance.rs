//! Answer-key balance rules of a pool: what a test-wise learner could guess without the
//! lesson. True/false keys near half false, absolute words not a sign of "false", single-choice
//! keys spread over the length ranks, and no word or phrase that marks the key.
//!
//! Pure: the pool comes in, problems (as `(location, message)`) go out through `push`.

use std::collections::{BTreeMap, BTreeSet};

use super::normalise;
use crate::content::error::Location;
use crate::content::model::{Question, QuestionKind};

/// The false share of a pool's true/false items must lie in this band (percent)…
pub const FALSE_SHARE_PERCENT: (usize, usize) = (40, 60);
/// …counted from this many true/false items. When no count of false items falls inside the
/// band (3 items: 33 % or 67 %), the counts nearest half are allowed.
pub const MIN_TRUE_FALSE_FOR_SHARE: usize = 3;
/// Words that make a statement absolute; a test-wise learner marks such statements "false".
pub const ABSOLUTE_WORDS: [&str; 10] = [
    "hanya",
    "pasti",
    "selalu",
    "tidak pernah",
    "cukup",
    "semua",
    "semuanya",
    "apa pun",
    "siapa pun",
    "berapa pun",
];
/// Of the true/false statements with an absolute word, at most this share (percent) may be
/// false — or half of them, rounded up, when that is more (one of one, one of two).
pub const MAX_ABSOLUTE_FALSE_PERCENT: usize = 60;
/// The length-rank and cue rules apply from this many single-answer items in a pool.
pub const MIN_SINGLE_FOR_BALANCE: usize = 8;
/// No length rank of the key (1st longest … 4th longest or shorter) may hold more than this
/// share (percent) of the single-answer items…
pub const MAX_RANK_PERCENT: usize = 40;
/// …or less than this share (chance is 25 % with four options).
pub const MIN_RANK_PERCENT: usize = 10;
/// A word or phrase (1–3 words; a comma counts as a word) in at least this share (percent) of
/// the single-answer keys…
pub const MIN_CUE_IN_KEYS_PERCENT: usize = 30;
/// …and in at most this share (percent) of their wrong options marks the key.
pub const MAX_CUE_IN_WRONG_PERCENT: usize = 10;
/// Longest phrase (in words) looked at for cues.
const MAX_CUE_WORDS: usize = 3;

/// `count` of `total` in whole percent (0 when `total` is 0).
fn percent(count: usize, total: usize) -> usize {
    (count * 100).checked_div(total).unwrap_or(0)
}

/// Does the (normalised, space-separated) text contain the phrase as whole words?
fn has_phrase(normalised: &str, phrase: &str) -> bool {
    format!(" {normalised} ").contains(&format!(" {phrase} "))
}

/// True/false items: the share of "false" keys, and absolute words not concentrated in false
/// statements.
pub(super) fn true_false(
    module: &Location,
    questions: &[Question],
    push: &mut impl FnMut(&Location, String),
) {
    let items: Vec<(&str, bool, String)> = questions
        .iter()
        .filter_map(|q| match q.kind {
            QuestionKind::TrueFalse { answer, .. } => {
                Some((q.id.as_str(), answer, normalise(&q.prompt)))
            }
            _ => None,
        })
        .collect();
    let n = items.len();
    if n >= MIN_TRUE_FALSE_FOR_SHARE {
        let false_ids: Vec<&str> = items
            .iter()
            .filter(|(_, answer, _)| !answer)
            .map(|(id, _, _)| *id)
            .collect();
        let (lo_pc, hi_pc) = FALSE_SHARE_PERCENT;
        let mut allowed: Vec<usize> = (0..=n)
            .filter(|f| f * 100 >= lo_pc * n && f * 100 <= hi_pc * n)
            .collect();
        if allowed.is_empty() {
            allowed = vec![n / 2, n.div_ceil(2)];
        }
        let f = false_ids.len();
        if !allowed.contains(&f) {
            let lo = allowed.first().copied().unwrap_or_default();
            let hi = allowed.last().copied().unwrap_or_default();
            let band = if lo == hi {
                lo.to_string()
            } else {
                format!("{lo}–{hi}")
            };
            push(
                module,
                format!(
                    "{f} dari {n} soal benar/salah berkunci “salah” ({}%: {}); seharusnya {lo_pc}–{hi_pc}% (untuk {n} soal: {band} berkunci “salah”) agar menebak satu jawaban tidak menguntungkan",
                    percent(f, n),
                    false_ids.join(", ")
                ),
            );
        }
    }
    let absolute: Vec<(&str, bool)> = items
        .iter()
        .filter(|(_, _, text)| ABSOLUTE_WORDS.iter().any(|w| has_phrase(text, w)))
        .map(|(id, answer, _)| (*id, *answer))
        .collect();
    let false_abs: Vec<&str> = absolute
        .iter()
        .filter(|(_, answer)| !answer)
        .map(|(id, _)| *id)
        .collect();
    let max = (absolute.len() * MAX_ABSOLUTE_FALSE_PERCENT / 100).max(absolute.len().div_ceil(2));
    if false_abs.len() > max {
        push(
            module,
            format!(
                "{} dari {} pernyataan benar/salah yang memakai kata mutlak ({}) berkunci “salah” ({}); paling banyak {max}: tulis juga pernyataan benar yang memakai kata mutlak, atau hapus kata itu bila tidak perlu",
                false_abs.len(),
                absolute.len(),
                ABSOLUTE_WORDS.join(", "),
                false_abs.join(", ")
            ),
        );
    }
}

/// The key's rank by length among a single-answer item's options: 1 = longest (ties count in
/// the key's favour), capped at 4 ("4th longest or shorter").
fn key_rank(options: &[crate::content::model::Choice]) -> Option<usize> {
    let key = options.iter().find(|o| o.correct)?;
    let len = key.text.chars().count();
    let longer = options
        .iter()
        .filter(|o| !o.correct && o.text.chars().count() > len)
        .count();
    Some((longer + 1).min(4))
}

/// Single-answer items: the key's length rank spread near chance.
pub(super) fn length_ranks(
    module: &Location,
    questions: &[Question],
    push: &mut impl FnMut(&Location, String),
) {
    let mut by_rank: BTreeMap<usize, Vec<&str>> = (1..=4).map(|r| (r, Vec::new())).collect();
    let mut singles = 0;
    for q in questions {
        let QuestionKind::Single { options } = &q.kind else {
            continue;
        };
        singles += 1;
        if let Some(rank) = key_rank(options) {
            by_rank.entry(rank).or_default().push(q.id.as_str());
        }
    }
    if singles < MIN_SINGLE_FOR_BALANCE {
        return;
    }
    let spread = by_rank
        .iter()
        .map(|(r, ids)| format!("ke-{r}: {}", ids.len()))
        .collect::<Vec<_>>()
        .join(", ");
    for (rank, ids) in &by_rank {
        let c = ids.len();
        let over = c * 100 > singles * MAX_RANK_PERCENT;
        let under = c * 100 < singles * MIN_RANK_PERCENT;
        if over || under {
            let which = if *rank == 4 {
                "terpanjang ke-4 atau lebih pendek".to_owned()
            } else {
                format!("terpanjang ke-{rank}")
            };
            let list = if ids.is_empty() {
                String::new()
            } else {
                format!(": {}", ids.join(", "))
            };
            push(
                module,
                format!(
                    "kunci soal pilihan tunggal adalah opsi {which} pada {c} dari {singles} soal ({}%{list}); setiap peringkat panjang kunci {MIN_RANK_PERCENT}–{MAX_RANK_PERCENT}% (sekarang {spread}) agar panjang opsi tidak membocorkan kunci",
                    percent(c, singles)
                ),
            );
        }
    }
}

/// Lower-case words of a text, with each comma kept as a word of its own (the "…, lalu …"
/// cue is a comma and a word).
fn cue_tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.to_lowercase().chars() {
        if c.is_alphanumeric() {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        if c == ',' {
            out.push(",".to_owned());
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// The phrases of 1–3 words of a text (a lone comma is not a phrase).
fn phrases(text: &str) -> BTreeSet<Vec<String>> {
    let tokens = cue_tokens(text);
    let mut out = BTreeSet::new();
    for n in 1..=MAX_CUE_WORDS {
        for w in tokens.windows(n) {
            if w.iter().all(|t| t == ",") {
                continue;
            }
            out.insert(w.to_vec());
        }
    }
    out
}

/// A phrase as the author reads it: words joined by spaces, commas joined to the word before.
fn show(phrase: &[String]) -> String {
    phrase.join(" ").replace(" ,", ",")
}

/// Is `short` a run of words inside `long`?
fn contains_run(long: &[String], short: &[String]) -> bool {
    long.len() > short.len() && long.windows(short.len()).any(|w| w == short)
}

/// Single-answer items: no word or phrase common in keys and rare in wrong options.
pub(super) fn key_cues(
    module: &Location,
    questions: &[Question],
    push: &mut impl FnMut(&Location, String),
) {
    let mut keys: Vec<(&str, BTreeSet<Vec<String>>)> = Vec::new();
    let mut wrong: Vec<BTreeSet<Vec<String>>> = Vec::new();
    for q in questions {
        let QuestionKind::Single { options } = &q.kind else {
            continue;
        };
        for o in options {
            if o.correct {
                keys.push((q.id.as_str(), phrases(&o.text)));
            } else {
                wrong.push(phrases(&o.text));
            }
        }
    }
    if keys.len() < MIN_SINGLE_FOR_BALANCE {
        return;
    }
    let mut in_keys: BTreeMap<&Vec<String>, Vec<&str>> = BTreeMap::new();
    for (id, set) in &keys {
        for p in set {
            in_keys.entry(p).or_default().push(id);
        }
    }
    let cues: Vec<(&Vec<String>, &Vec<&str>, usize)> = in_keys
        .iter()
        .filter(|(_, ids)| ids.len() * 100 >= keys.len() * MIN_CUE_IN_KEYS_PERCENT)
        .map(|(p, ids)| (*p, ids, wrong.iter().filter(|w| w.contains(*p)).count()))
        .filter(|(_, _, w)| w * 100 <= wrong.len() * MAX_CUE_IN_WRONG_PERCENT)
        .collect();
    for (phrase, ids, w) in &cues {
        // Report the longest form only: ", lalu" rather than also "lalu" for the same keys.
        let covered = cues
            .iter()
            .any(|(other, other_ids, _)| contains_run(other, phrase) && other_ids == ids);
        if covered {
            continue;
        }
        push(
            module,
            format!(
                "frasa “{}” ada di {} dari {} kunci soal pilihan tunggal ({}%: {}) tetapi hanya di {w} dari {} opsi salah ({}%); peserta bisa menebak kunci dari frasa ini: pakai juga di opsi salah atau ubah rumusan kuncinya (batas: ≥ {MIN_CUE_IN_KEYS_PERCENT}% kunci dan ≤ {MAX_CUE_IN_WRONG_PERCENT}% opsi salah)",
                show(phrase),
                ids.len(),
                keys.len(),
                percent(ids.len(), keys.len()),
                ids.join(", "),
                wrong.len(),
                percent(*w, wrong.len())
            ),
        );
    }
}
