//! The *Lembar kerja* block: the learner's KBK worksheet as plain labelled fields, saved with
//! the progress. Owns the form's screen state (the sheet being edited, whether it is saved);
//! the data's shape and limits are `domain::worksheet`'s, storage is the `ProgressStore`'s.
//!
//! Saving: every edit schedules a save 500 ms after the last keystroke, and leaving a field
//! (`change`) saves at once; "Tersimpan" is shown only once the write has committed and
//! nothing was typed since. What the learner types is only ever set as a value or text.

mod fields;

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::worksheet::{KbkSheet, Worksheet, WorksheetError, WorksheetId};
use crate::i18n::{t, tf, Key, Lang};
use crate::platform;
use crate::ui::state::AppState;

/// Debounce of saves while typing.
const SAVE_DELAY: Duration = Duration::from_millis(500);

/// Where the last save stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Status {
    /// Nothing to say (nothing typed yet, or typing).
    Idle,
    /// A write is on its way.
    Saving,
    /// Committed, and nothing typed since.
    Saved,
    /// Not saved: the sheet breaks a limit (the key says which kind).
    Invalid(Key),
    /// Not saved: storage failed (the error in words).
    Failed(String),
}

/// The form's handles; `Copy`, so every field's closures take it freely.
#[derive(Clone, Copy)]
struct Form {
    id: WorksheetId,
    lang: Lang,
    /// The app's state, held by handle (the state itself is large, and `Form` is copied into
    /// every field's closures).
    state: StoredValue<AppState>,
    sheet: RwSignal<KbkSheet>,
    status: RwSignal<Status>,
    /// Counts edits, so a save that finishes after a newer edit does not say "Tersimpan";
    /// above 0 once the learner edits: from then on the stored copy no longer replaces the
    /// form (one handle for both keeps `Form` small to copy).
    generation: StoredValue<u64>,
    /// The sheet last committed, so an unchanged sheet is not written again.
    last_saved: StoredValue<Option<KbkSheet>>,
}

impl Form {
    /// Applies an edit and schedules a save.
    fn edit(self, change: impl FnOnce(&mut KbkSheet)) {
        // A field's `change` event can fire as the page goes away (the input loses focus):
        // the form may be disposed by then, and its cleanup has saved what was typed.
        if self.sheet.try_update(change).is_none() {
            return;
        }
        let _ = self.generation.try_update_value(|g| *g += 1);
        let Some(generation) = self.generation.try_get_value() else {
            return;
        };
        let _ = self.status.try_set(Status::Idle);
        set_timeout(
            move || {
                // The learner may have left the page within the delay: the form is gone, and
                // its cleanup has already saved the edit (`flush`).
                if self.generation.try_get_value() == Some(generation) {
                    self.save_now();
                }
            },
            SAVE_DELAY,
        );
    }

    /// The form goes away (the learner left the page): an edit not saved yet is saved now,
    /// through app-level handles only, since the form's own are about to be disposed.
    fn flush(self) {
        let (Some(kbk), Some(last), Some(true)) = (
            self.sheet.try_get_untracked(),
            self.last_saved.try_get_value(),
            self.generation.try_get_value().map(|g| g > 0),
        ) else {
            return;
        };
        if last.as_ref() == Some(&kbk) {
            return;
        }
        let Ok(sheet) = Worksheet::new(self.id, kbk, platform::device::now()) else {
            return;
        };
        let Some(state) = self.state.try_get_value() else {
            return;
        };
        leptos::task::spawn_local(async move {
            // The one write path keeps the mirror and reports a failure.
            let _ = state.save_worksheet(sheet).await;
        });
    }

    /// Saves the sheet now, unless it is what was last saved.
    fn save_now(self) {
        // Called from a timer: the form may be gone (its cleanup saved the edit).
        let Some(kbk) = self.sheet.try_get_untracked() else {
            return;
        };
        if self.last_saved.with_value(|l| l.as_ref() == Some(&kbk)) {
            // What is on screen is what is committed (an edit undone, a second `change`).
            if self.generation.try_get_value().is_some_and(|g| g > 0) {
                let _ = self.status.try_set(Status::Saved);
            }
            return;
        }
        let sheet = match Worksheet::new(self.id, kbk, platform::device::now()) {
            Ok(sheet) => sheet,
            Err(e) => {
                let key = match e {
                    WorksheetError::BadNumber(_) => Key::WkBadNumber,
                    _ => Key::WkTooLong,
                };
                let _ = self.status.try_set(Status::Invalid(key));
                return;
            }
        };
        let Some(generation) = self.generation.try_get_value() else {
            return;
        };
        let Some(state) = self.state.try_get_value() else {
            return;
        };
        let _ = self.status.try_set(Status::Saving);
        leptos::task::spawn_local(async move {
            let kbk = sheet.kbk.clone();
            match state.save_worksheet(sheet).await {
                Ok(()) => {
                    // The form may be gone by now (the learner left): its own values quietly.
                    let _ = self.last_saved.try_set_value(Some(kbk));
                    if self.generation.try_get_value() == Some(generation) {
                        let _ = self.status.try_set(Status::Saved);
                    }
                }
                Err(e) => {
                    let _ = self.status.try_set(Status::Failed(e.message(state.lang)));
                }
            }
        });
    }

    fn status_text(self) -> String {
        match self.status.get() {
            Status::Idle => String::new(),
            Status::Saving => t(self.lang, Key::WkSaving).to_owned(),
            Status::Saved => format!("✓ {}", t(self.lang, Key::WkSaved)),
            Status::Invalid(key) => t(self.lang, key).to_owned(),
            Status::Failed(why) => tf(self.lang, Key::WkNotSaved, &[&why]),
        }
    }
}

/// A worksheet block: the form for worksheet `id`, filled from the stored copy (which arrives
/// once storage has opened) until the learner starts typing.
pub(super) fn worksheet_view(id: WorksheetId, lang: Lang) -> AnyView {
    let state = AppState::get();
    let form = Form {
        id,
        lang,
        state: StoredValue::new(state),
        sheet: RwSignal::new(KbkSheet::default()),
        status: RwSignal::new(Status::Idle),
        generation: StoredValue::new(0),
        last_saved: StoredValue::new(None),
    };
    // Leaving within the save delay must neither lose the edit nor touch a disposed form.
    on_cleanup(move || form.flush());
    Effect::new(move |_| {
        let stored = state.progress.worksheets.with(|worksheets| {
            worksheets
                .iter()
                .find(|w| w.id == id)
                .map(|w| w.kbk.clone())
        });
        if form.generation.get_value() == 0 {
            form.last_saved.set_value(stored.clone());
            form.sheet.set(stored.unwrap_or_default());
        }
    });
    let failed = move || matches!(form.status.get(), Status::Invalid(_) | Status::Failed(_));
    let title_id = format!("lk-{}-title", id.as_str());
    let labelled_by = title_id.clone();
    view! {
        <section class="callout worksheet" aria-labelledby=labelled_by>
            <p class="callout-title" id=title_id>{t(lang, Key::WkTitle)}</p>
            <p class="muted">{t(lang, if use_context::<crate::ui::scorm::LmsLink>().is_some() { Key::ScormWorksheetNote } else { Key::WkIntro })}</p>
            {fields::group(form)}
            {fields::members(form)}
            {fields::problem(form)}
            {fields::tally(form)}
            {fields::fishbone(form)}
            {fields::pdca(form)}
            {fields::measures(form)}
            <p class="wk-status" class:error-text=failed role="status" id=format!("lk-{}-status", id.as_str())>
                {move || form.status_text()}
            </p>
        </section>
    }
    .into_any()
}
