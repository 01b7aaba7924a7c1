//! Checks of a module's parts: content blocks and their inline runs, discussions, and quiz
//! questions (answer keys, feedback, sizes). Split from `validate.rs`, which checks whole files.

use std::collections::HashSet;

use super::super::error::Problem;
use super::super::model::{Block, CalloutKind, DiscussionChoice, Inline, Question, QuestionKind};
use super::{id_problem, is_allowed_url};
use crate::domain::quiz::{FALSE_ID, TRUE_ID};

fn check_inlines(inlines: &[Inline], push: &mut impl FnMut(Problem)) {
    for i in inlines {
        if let Inline::Link { href, .. } = i {
            if !is_allowed_url(href) {
                push(Problem::BadUrl(href.clone()));
            }
        }
    }
}

pub(super) fn check_blocks(
    blocks: &[Block],
    push: &mut impl FnMut(Problem),
    kinds: &mut HashSet<CalloutKind>,
    in_callout: bool,
) {
    let mut previous: Option<&Block> = None;
    for block in blocks {
        match block {
            Block::Heading { level, text } => {
                if !(2..=3).contains(level) || in_callout {
                    push(Problem::UnknownBlock(format!("judul tingkat {level}")));
                }
                if text.iter().all(|i| i.text().trim().is_empty()) {
                    push(Problem::Empty("judul"));
                }
                check_inlines(text, push);
            }
            Block::Paragraph { text } => check_inlines(text, push),
            Block::List { items, .. } => {
                if items.is_empty() {
                    push(Problem::Empty("daftar"));
                }
                for item in items {
                    check_inlines(item, push);
                }
            }
            Block::Table { header, rows } => {
                if in_callout {
                    push(Problem::UnknownBlock("tabel di dalam kotak".to_owned()));
                }
                for cell in header.iter().chain(rows.iter().flatten()) {
                    check_inlines(cell, push);
                }
            }
            Block::Image { src, alt } => {
                if alt.trim().is_empty() {
                    push(Problem::MissingAlt(src.clone()));
                }
                if !is_allowed_url(src) {
                    push(Problem::BadUrl(src.clone()));
                }
            }
            Block::Callout { kind, blocks, .. } => {
                if in_callout {
                    push(Problem::UnknownBlock("kotak di dalam kotak".to_owned()));
                }
                if blocks.is_empty() {
                    push(Problem::Empty("kotak"));
                }
                kinds.insert(*kind);
                check_blocks(blocks, push, kinds, true);
            }
            Block::Worksheet { .. } => {
                if in_callout {
                    push(Problem::BadWorksheet("di dalam kotak".to_owned()));
                }
            }
            Block::Diagram(diagram) => {
                if in_callout {
                    push(Problem::BadDiagram("di dalam kotak".to_owned()));
                }
                if let Err(why) = crate::content::diagram::check(diagram) {
                    push(Problem::BadDiagram(why));
                }
            }
            Block::Discussion { choices, closing } => {
                if in_callout {
                    push(Problem::UnknownBlock(
                        "pembahasan di dalam kotak".to_owned(),
                    ));
                }
                let after_case = matches!(
                    previous,
                    Some(Block::Callout {
                        kind: CalloutKind::StudiKasus,
                        ..
                    })
                );
                if !after_case {
                    push(Problem::BadDiscussion(
                        "harus tepat sesudah kotak STUDI-KASUS".to_owned(),
                    ));
                }
                discussion_problems(choices, push);
                let mut inner = HashSet::new();
                check_blocks(closing, push, &mut inner, true);
                if !inner.is_empty() {
                    push(Problem::UnknownBlock(
                        "kotak di dalam pembahasan".to_owned(),
                    ));
                }
            }
        }
        previous = Some(block);
    }
}

/// The options of a *Pembahasan*: 2–6, each with text and feedback, unique, at least one best.
fn discussion_problems(choices: &[DiscussionChoice], push: &mut impl FnMut(Problem)) {
    if !(2..=6).contains(&choices.len()) {
        push(Problem::BadCount {
            what: "pilihan pembahasan",
            count: choices.len(),
            min: 2,
            max: 6,
        });
    }
    if !choices.iter().any(|c| c.best) {
        push(Problem::BadDiscussion(
            "tidak ada pilihan terbaik yang ditandai [x]".to_owned(),
        ));
    }
    let mut seen = HashSet::new();
    for c in choices {
        if c.text.trim().is_empty() {
            push(Problem::Empty("teks pilihan pembahasan"));
        }
        if c.feedback.iter().all(|i| i.text().trim().is_empty()) {
            push(Problem::MissingFeedback(c.text.clone()));
        }
        if !seen.insert(c.text.trim().to_lowercase()) {
            push(Problem::DuplicateId(c.text.clone()));
        }
        check_inlines(&c.feedback, push);
    }
}

/// The problems of one question (empty when it is valid).
#[must_use]
pub fn question_problems(q: &Question) -> Vec<Problem> {
    let mut problems = Vec::new();
    if q.prompt.trim().is_empty() {
        problems.push(Problem::Empty("prompt"));
    }
    if q.explanation.trim().is_empty() {
        problems.push(Problem::Empty("explanation"));
    }
    let count =
        |what: &'static str, n: usize, min: usize, max: usize, problems: &mut Vec<Problem>| {
            if !(min..=max).contains(&n) {
                problems.push(Problem::BadCount {
                    what,
                    count: n,
                    min,
                    max,
                });
            }
        };
    // (id, text, feedback) of every option/step/pair, to check ids and feedback uniformly.
    let items: Vec<(&str, &str, &str)> = match &q.kind {
        QuestionKind::Single { options } | QuestionKind::Multiple { options } => {
            count("pilihan", options.len(), 2, 6, &mut problems);
            let correct = options.iter().filter(|o| o.correct).count();
            let single = matches!(q.kind, QuestionKind::Single { .. });
            if single && correct != 1 {
                problems.push(Problem::BadAnswerKey(format!(
                    "soal pilihan tunggal harus punya tepat satu opsi benar, ada {correct}"
                )));
            }
            if !single && correct == 0 {
                problems.push(Problem::BadAnswerKey(
                    "tidak ada opsi yang benar".to_owned(),
                ));
            }
            options
                .iter()
                .map(|o| (o.id.as_str(), o.text.as_str(), o.feedback.as_str()))
                .collect()
        }
        QuestionKind::TrueFalse {
            feedback_true,
            feedback_false,
            ..
        } => {
            vec![
                (TRUE_ID, TRUE_ID, feedback_true.as_str()),
                (FALSE_ID, FALSE_ID, feedback_false.as_str()),
            ]
        }
        QuestionKind::Ordering { steps } => {
            count("langkah", steps.len(), 3, 6, &mut problems);
            steps
                .iter()
                .map(|s| (s.id.as_str(), s.text.as_str(), s.feedback.as_str()))
                .collect()
        }
        QuestionKind::Matching { pairs } => {
            count("pasangan", pairs.len(), 3, 6, &mut problems);
            let mut rights = HashSet::new();
            for p in pairs {
                if p.left.trim().is_empty() || p.right.trim().is_empty() {
                    problems.push(Problem::Empty("left/right"));
                }
                if !rights.insert(p.right.trim().to_ascii_lowercase()) {
                    problems.push(Problem::DuplicateId(p.right.clone()));
                }
            }
            pairs
                .iter()
                .map(|p| (p.id.as_str(), p.left.as_str(), p.feedback.as_str()))
                .collect()
        }
    };
    let mut ids = HashSet::new();
    for (id, text, feedback) in items {
        if let Some(p) = id_problem(id) {
            problems.push(p);
        }
        if !ids.insert(id) {
            problems.push(Problem::DuplicateId(id.to_owned()));
        }
        if text.trim().is_empty() {
            problems.push(Problem::Empty("teks pilihan"));
        }
        if feedback.trim().is_empty() {
            problems.push(Problem::MissingFeedback(id.to_owned()));
        }
    }
    problems
}
