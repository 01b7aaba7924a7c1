//! The pack format mapped onto the course model that the rules read ([`course`]): the
//! pack's file name and `format_version` stay here, the rest moves across unchanged.

use super::{Choice, LessonSummary, ModuleSummary, Pair, Question, QuestionKind, Step};
use crate::domain::course;

impl From<&ModuleSummary> for course::Module {
    fn from(s: &ModuleSummary) -> Self {
        Self {
            id: s.id.clone(),
            title: s.title.clone(),
            summary: s.summary.clone(),
            minutes: s.minutes,
            jp: s.jp,
            pass_mark: s.pass_mark,
            questions_per_attempt: s.questions_per_attempt,
            max_attempts: s.max_attempts,
            read_percent: s.read_percent,
            pretest: s.pretest,
            pretest_questions: s.pretest_questions,
            gelar: s.gelar,
            objectives: s.objectives.clone(),
            lessons: s.lessons.iter().map(course::LessonInfo::from).collect(),
            question_count: s.question_count,
        }
    }
}

impl From<&LessonSummary> for course::LessonInfo {
    fn from(l: &LessonSummary) -> Self {
        Self {
            id: l.id.clone(),
            title: l.title.clone(),
            minutes: l.minutes,
        }
    }
}

impl From<Question> for course::Question {
    fn from(q: Question) -> Self {
        Self {
            id: q.id,
            prompt: q.prompt,
            explanation: q.explanation,
            usage: q.usage,
            lesson: q.lesson,
            kind: q.kind.into(),
        }
    }
}

impl From<QuestionKind> for course::QuestionKind {
    fn from(k: QuestionKind) -> Self {
        let choices = |options: Vec<Choice>| options.into_iter().map(Into::into).collect();
        match k {
            QuestionKind::Single { options } => Self::Single {
                options: choices(options),
            },
            QuestionKind::Multiple { options } => Self::Multiple {
                options: choices(options),
            },
            QuestionKind::TrueFalse {
                answer,
                feedback_true,
                feedback_false,
            } => Self::TrueFalse {
                answer,
                feedback_true,
                feedback_false,
            },
            QuestionKind::Ordering { steps } => Self::Ordering {
                steps: steps.into_iter().map(Into::into).collect(),
            },
            QuestionKind::Matching { pairs } => Self::Matching {
                pairs: pairs.into_iter().map(Into::into).collect(),
            },
        }
    }
}

impl From<Choice> for course::Choice {
    fn from(c: Choice) -> Self {
        Self {
            id: c.id,
            text: c.text,
            correct: c.correct,
            feedback: c.feedback,
        }
    }
}

impl From<Step> for course::Step {
    fn from(s: Step) -> Self {
        Self {
            id: s.id,
            text: s.text,
            feedback: s.feedback,
        }
    }
}

impl From<Pair> for course::Pair {
    fn from(p: Pair) -> Self {
        Self {
            id: p.id,
            left: p.left,
            right: p.right,
            feedback: p.feedback,
        }
    }
}
