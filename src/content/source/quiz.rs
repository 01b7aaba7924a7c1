//! `<module>/quiz.toml`: questions whose `type` selects their kind (a serde tag), each decoded
//! on its own so that a problem names the question.

use serde::Deserialize;

use super::{parse_id, toml_error};
use crate::content::error::{ContentError, Location, Problem};
use crate::content::model::{Choice, Pair, Question, QuestionKind, Step};
use crate::domain::ids::{LessonId, QuestionId};
use crate::domain::pretest::ItemUse;

/// `quiz.toml` as a list of tables, each decoded on its own (one bad question does not hide
/// the others, and every problem names its question).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizSource {
    #[serde(default)]
    question: Vec<::toml::Table>,
}

/// One question: the fields every kind has, and the kind chosen by `type`.
#[derive(Deserialize)]
struct QuestionSource {
    id: String,
    prompt: String,
    #[serde(default)]
    explanation: String,
    #[serde(rename = "use", default)]
    usage: ItemUse,
    #[serde(default)]
    lesson: Option<String>,
    #[serde(flatten)]
    kind: KindSource,
}

/// The kinds, told apart by the `type` key (a serde tag, not a string matched by hand).
#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
enum KindSource {
    Single {
        #[serde(default)]
        option: Vec<Choice>,
    },
    Multiple {
        #[serde(default)]
        option: Vec<Choice>,
    },
    TrueFalse {
        answer: Option<bool>,
        feedback_true: Option<String>,
        feedback_false: Option<String>,
    },
    Ordering {
        #[serde(default)]
        step: Vec<Step>,
    },
    Matching {
        #[serde(default)]
        pair: Vec<Pair>,
    },
}

pub(super) fn parse_quiz(
    file: &str,
    module_loc: &Location,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Vec<Question> {
    let quiz: QuizSource = match toml::from_str(text) {
        Ok(q) => q,
        Err(e) => {
            errors.push(toml_error(file, &e));
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for table in quiz.question {
        let raw_id = table
            .get("id")
            .and_then(::toml::Value::as_str)
            .unwrap_or("?")
            .to_owned();
        let loc = module_loc.clone().question(raw_id);
        let q: QuestionSource = match ::toml::Value::Table(table).try_into() {
            Ok(q) => q,
            Err(e) => {
                errors.push(ContentError::new(
                    file,
                    &loc,
                    Problem::Syntax(e.message().to_owned()),
                ));
                continue;
            }
        };
        let Some(id) = parse_id(file, &loc, &q.id, QuestionId::parse, errors) else {
            continue;
        };
        let lesson = match &q.lesson {
            None => None,
            Some(raw) => match parse_id(file, &loc, raw, LessonId::parse, errors) {
                Some(l) => Some(l),
                None => continue,
            },
        };
        let kind = match q.kind {
            KindSource::Single { option } => QuestionKind::Single { options: option },
            KindSource::Multiple { option } => QuestionKind::Multiple { options: option },
            KindSource::TrueFalse {
                answer,
                feedback_true,
                feedback_false,
            } => match (answer, feedback_true, feedback_false) {
                (Some(answer), Some(feedback_true), Some(feedback_false)) => {
                    QuestionKind::TrueFalse {
                        answer,
                        feedback_true,
                        feedback_false,
                    }
                }
                (None, _, _) => {
                    errors.push(ContentError::new(
                        file,
                        &loc,
                        Problem::BadAnswerKey("answer (true/false) tidak ada".to_owned()),
                    ));
                    continue;
                }
                _ => {
                    errors.push(ContentError::new(
                        file,
                        &loc,
                        Problem::MissingFeedback("feedback_true/feedback_false".to_owned()),
                    ));
                    continue;
                }
            },
            KindSource::Ordering { step } => QuestionKind::Ordering { steps: step },
            KindSource::Matching { pair } => QuestionKind::Matching { pairs: pair },
        };
        out.push(Question {
            id,
            prompt: q.prompt,
            explanation: q.explanation,
            usage: q.usage,
            lesson,
            kind,
        });
    }
    out
}
