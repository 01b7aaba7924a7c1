//! What a learning event knows beyond its contract-3 message: the lesson a `progress` is
//! about, the question and answer of an `answered`, the time spent. The portal's messages
//! ignore it (contract 3 is unchanged); an LRS's statements carry it (contract 11 version 2,
//! `domain::lrs::statement`).

use crate::domain::course::Question;
use crate::domain::ids::LessonId;
use crate::domain::quiz::{Answer, Millis};

/// The lesson whose reading a `progress` event reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonRead {
    /// The lesson.
    pub id: LessonId,
    /// Its title.
    pub title: String,
    /// Seconds of this reading (the lesson page's time from opening to "Selesai membaca").
    pub seconds: u32,
}

/// The question and answer of an `answered` event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerDetail {
    /// The question as asked (its key, options, steps or pairs).
    pub question: Question,
    /// What the learner answered.
    pub answer: Answer,
    /// Milliseconds from the question being shown to the answer
    /// ([`crate::domain::lrs::time::answer_duration`]); `None` when not known or absurd.
    pub duration_ms: Option<Millis>,
}
