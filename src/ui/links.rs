//! Hrefs inside a module. In the embed view they stay in `#/embed/<id>/…`, so a learner in a
//! portal's iframe never lands in the full app's chrome.

use leptos::prelude::*;

use crate::domain::ids::{LessonId, ModuleId};

/// Whether pages render inside an embed (provided by the embed view).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Embedded(pub bool);

fn base(id: &ModuleId) -> String {
    let embedded = use_context::<Embedded>().unwrap_or_default().0;
    if embedded {
        format!("#/embed/{id}")
    } else {
        format!("#/modul/{id}")
    }
}

/// Whether the current view is embedded.
#[must_use]
pub fn embedded() -> bool {
    use_context::<Embedded>().unwrap_or_default().0
}

/// The module page.
#[must_use]
pub fn module(id: &ModuleId) -> String {
    base(id)
}

/// A lesson.
#[must_use]
pub fn lesson(id: &ModuleId, lesson: &LessonId) -> String {
    format!("{}/pelajaran/{lesson}", base(id))
}

/// The glossary.
#[must_use]
pub fn glossary(id: &ModuleId) -> String {
    format!("{}/glosarium", base(id))
}

/// The quiz.
#[must_use]
pub fn quiz(id: &ModuleId) -> String {
    format!("{}/kuis", base(id))
}

/// The latest result.
#[must_use]
pub fn result(id: &ModuleId) -> String {
    format!("{}/kuis/hasil", base(id))
}
