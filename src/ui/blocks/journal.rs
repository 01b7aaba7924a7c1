//! A journal reflection's answer field (`> [!REFLEKSI-JURNAL]`, issue 26 item 6): a labelled
//! text box inside the reflection's box, saved as the lesson's journal entry. In the RTL chunk
//! (drawn in place by `ui::lazy::lazy_journal`), not the lesson's. Owns the field's
//! screen state (the text being edited, whether it is saved); the entry's shape and limit are
//! `domain::journal`'s, storage goes through the one write path (`AppState::save_journal`).
//!
//! Saving as the worksheet does: 500 ms after the last keystroke, at once when the field is
//! left, and what was typed when the page goes away; "Tersimpan" only once the write has
//! committed and nothing was typed since. The text is only ever set as a value.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::ids::{LessonId, ModuleId};
use crate::domain::journal::{JournalEntry, JOURNAL_MAX};
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
    /// Not saved (the reason in words).
    Failed(String),
}

/// The field's handles; `Copy`, so its closures take it freely.
#[derive(Clone, Copy)]
struct Field {
    lang: Lang,
    state: AppState,
    key: StoredValue<(ModuleId, LessonId)>,
    text: RwSignal<String>,
    status: RwSignal<Status>,
    /// Counts edits (0 until the learner types: until then the stored text fills the field).
    generation: StoredValue<u64>,
    /// The text last committed, so an unchanged text is not written again.
    last_saved: StoredValue<Option<String>>,
}

impl Field {
    fn edit(self, value: String) {
        if self.text.try_set(value).is_some() {
            return;
        }
        let _ = self.generation.try_update_value(|g| *g += 1);
        let Some(generation) = self.generation.try_get_value() else {
            return;
        };
        let _ = self.status.try_set(Status::Idle);
        set_timeout(
            move || {
                if self.generation.try_get_value() == Some(generation) {
                    self.save_now();
                }
            },
            SAVE_DELAY,
        );
    }

    /// The entry for `text` now, or why not.
    fn entry(self, text: String) -> Option<Result<JournalEntry, String>> {
        let (module, lesson) = self.key.try_get_value()?;
        Some(
            JournalEntry::new(module, lesson, text, platform::device::now())
                .map_err(|e| e.message(self.lang)),
        )
    }

    /// The field goes away (the learner left the page): an edit not saved yet is saved now,
    /// through the app's handles only.
    fn flush(self) {
        let (Some(text), Some(last), Some(true)) = (
            self.text.try_get_untracked(),
            self.last_saved.try_get_value(),
            self.generation.try_get_value().map(|g| g > 0),
        ) else {
            return;
        };
        if last.as_deref() == Some(text.as_str()) {
            return;
        }
        let Some(Ok(entry)) = self.entry(text) else {
            return;
        };
        let state = self.state;
        leptos::task::spawn_local(async move {
            let _ = state.save_journal(entry).await;
        });
    }

    fn save_now(self) {
        let Some(text) = self.text.try_get_untracked() else {
            return;
        };
        if self
            .last_saved
            .with_value(|l| l.as_deref() == Some(text.as_str()))
        {
            if self.generation.try_get_value().is_some_and(|g| g > 0) {
                let _ = self.status.try_set(Status::Saved);
            }
            return;
        }
        let entry = match self.entry(text.clone()) {
            Some(Ok(entry)) => entry,
            Some(Err(why)) => {
                let _ = self.status.try_set(Status::Failed(why));
                return;
            }
            None => return,
        };
        let Some(generation) = self.generation.try_get_value() else {
            return;
        };
        let _ = self.status.try_set(Status::Saving);
        leptos::task::spawn_local(async move {
            match self.state.save_journal(entry).await {
                Ok(_) => {
                    let _ = self.last_saved.try_set_value(Some(text));
                    if self.generation.try_get_value() == Some(generation) {
                        let _ = self.status.try_set(Status::Saved);
                    }
                }
                Err(e) => {
                    let _ = self
                        .status
                        .try_set(Status::Failed(e.message(self.state.lang)));
                }
            }
        });
    }

    fn status_text(self) -> String {
        match self.status.get() {
            Status::Idle => String::new(),
            Status::Saving => t(self.lang, Key::WkSaving).to_owned(),
            Status::Saved => format!("✓ {}", t(self.lang, Key::WkSaved)),
            Status::Failed(why) => tf(self.lang, Key::WkNotSaved, &[&why]),
        }
    }
}

/// The answer field of `lesson`'s journal reflection, filled from the stored entry (which
/// arrives once storage has opened) until the learner starts typing.
pub(crate) fn journal_view(module: ModuleId, lesson: LessonId, lang: Lang) -> AnyView {
    let state = AppState::get();
    let id = format!("jurnal-{lesson}");
    let field = Field {
        lang,
        state,
        key: StoredValue::new((module.clone(), lesson.clone())),
        text: RwSignal::new(String::new()),
        status: RwSignal::new(Status::Idle),
        generation: StoredValue::new(0),
        last_saved: StoredValue::new(None),
    };
    on_cleanup(move || field.flush());
    Effect::new(move |_| {
        let stored = state.progress.journal.with(|all| {
            all.iter()
                .find(|e| e.module == module && e.lesson == lesson)
                .map(|e| e.text.clone())
        });
        if field.generation.get_value() == 0 {
            field.last_saved.set_value(stored.clone());
            field.text.set(stored.unwrap_or_default());
        }
    });
    let failed = move || matches!(field.status.get(), Status::Failed(_));
    let hint = t(
        lang,
        if use_context::<crate::ui::scorm::LmsLink>().is_some() {
            Key::ScormRtlNote
        } else {
            Key::JournalHint
        },
    );
    let (hint_id, status_id) = (format!("{id}-hint"), format!("{id}-status"));
    view! {
        <div class="journal">
            <label class="field-label" for=id.clone()>{t(lang, Key::JournalLabel)}</label>
            <p class="hint" id=hint_id.clone()>{hint}</p>
            <textarea id=id class="field journal-text" rows="4" maxlength=JOURNAL_MAX.to_string()
                aria-describedby=hint_id
                prop:value=move || field.text.get()
                on:input=move |ev| field.edit(event_target_value(&ev))
                on:change=move |_| field.save_now()></textarea>
            <p class="wk-status" class:error-text=failed role="status" id=status_id>
                {move || field.status_text()}
            </p>
        </div>
    }
    .into_any()
}
