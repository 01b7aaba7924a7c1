//! "Dengarkan" (issue 29, item 1): the lesson read aloud by the device's own Indonesian voice,
//! block by block, with the block being read highlighted and kept in view; pause/resume,
//! previous/next part, stop; the voice and speed kept in `localStorage`. A bar under the lesson
//! that stays at the bottom of the screen while the lesson scrolls.
//!
//! Only the lesson page refers to it, so it lives in the lesson's wasm chunk. Wires signals to
//! `domain::listen::Player` and `content::reading`'s segments; the browser is
//! `platform::speech`. Owns screen state only. Invariants: leaving the page (its owner is
//! disposed) stops speech and takes the highlight off; no Indonesian voice means nothing is
//! read, and the button says so and how to add one; state changes (not every part) are
//! announced politely, so a screen reader is not talked over part by part.

use leptos::prelude::*;

use crate::content::reading::Segment;
use crate::domain::listen::{
    indonesian, parse_rate, pick, rate_label, Player, Status, Step, Voice, RATES,
};
use crate::i18n::listen::{wf, Word};
use crate::i18n::Lang;
use crate::platform::speech::{self, Ended};

/// How long the player waits for the browser's voices before it says there is no Indonesian
/// one (Chromium with speech-dispatcher lists 13,000 voices about 3 s after asking).
const VOICE_WAIT_MS: u32 = 8_000;

/// What the device offers.
#[derive(Debug, Clone, PartialEq)]
enum Voices {
    /// Still asking the browser.
    Checking,
    /// No speech at all in this browser.
    Unsupported,
    /// No Indonesian voice.
    None,
    /// The Indonesian voices, in the order offered.
    Some(Vec<Voice>),
}

/// The player's signals, copied into every handler.
#[derive(Clone, Copy)]
struct Ctx {
    segments: StoredValue<Vec<Segment>>,
    player: StoredValue<Player>,
    status: RwSignal<Status>,
    at: RwSignal<usize>,
    voices: RwSignal<Voices>,
    voice: RwSignal<Option<String>>,
    rate: RwSignal<f32>,
    failed: RwSignal<bool>,
}

impl Ctx {
    fn shown(self) -> impl Fn(usize) -> bool {
        let segments = self.segments.try_get_value().unwrap_or_default();
        move |i| {
            segments
                .get(i)
                .is_some_and(|s| !s.when_shown || speech::shown(&s.place))
        }
    }

    /// Runs a step of the player against the browser, then shows where it is.
    fn run(self, step: Step) {
        match step {
            Step::Speak { at, token } => {
                let Some(segment) = self
                    .segments
                    .try_with_value(|s| s.get(at).cloned())
                    .flatten()
                else {
                    return;
                };
                speech::mark(Some(&segment.place));
                let uri = self.voice.try_get_untracked().flatten().unwrap_or_default();
                let spoken = speech::speak(
                    &segment.text,
                    &uri,
                    self.rate.try_get_untracked().unwrap_or(1.0),
                    || {},
                    move |how| {
                        let next = match how {
                            Ended::Done => {
                                let shown = self.shown();
                                self.player.try_update_value(|p| p.ended(token, shown))
                            }
                            Ended::Failed => {
                                let _ = self.failed.try_set(true);
                                self.player.try_update_value(|p| p.failed(token))
                            }
                            Ended::Cut => None,
                        };
                        if let Some(next) = next {
                            self.run(next);
                        }
                    },
                );
                if !spoken {
                    let _ = self.failed.try_set(true);
                    let step = self.player.try_update_value(|p| p.failed(token));
                    if let Some(step) = step {
                        self.run(step);
                    }
                }
            }
            Step::Silence => speech::cancel(),
            Step::Nothing => {}
        }
        self.show();
    }

    fn show(self) {
        let Some((status, at)) = self.player.try_with_value(|p| (p.status(), p.at())) else {
            return;
        };
        let _ = self.status.try_set(status);
        let _ = self.at.try_set(at);
        match status {
            Status::Playing | Status::Paused => {
                if let Some(place) = self
                    .segments
                    .try_with_value(|s| s.get(at).map(|s| s.place.clone()))
                    .flatten()
                {
                    speech::mark(Some(&place));
                }
            }
            Status::Idle | Status::Finished => speech::mark(None),
        }
    }

    fn act(self, f: impl FnOnce(&mut Player, &dyn Fn(usize) -> bool) -> Step) {
        let shown = self.shown();
        let _ = self.failed.try_set(false);
        if let Some(step) = self.player.try_update_value(|p| f(p, &shown)) {
            self.run(step);
        }
    }
}

/// Reads the device's Indonesian voices into `voices`, keeping the saved choice if offered.
fn read_voices(ctx: Ctx) {
    let Some(found) = speech::indonesian_voices() else {
        // No voice listed yet (Chromium fills the list in later): `voiceschanged` or the
        // timer decides.
        return;
    };
    let found = indonesian(&found);
    if found.is_empty() {
        set_voices(ctx, Voices::None);
        return;
    }
    let saved = ctx.voice.get_untracked().or_else(speech::saved_voice);
    let chosen = pick(&found, saved.as_deref()).map(|v| v.uri.clone());
    if ctx.voice.try_get_untracked() != Some(chosen.clone()) {
        let _ = ctx.voice.try_set(chosen);
    }
    set_voices(ctx, Voices::Some(found));
}

/// Sets the voices only when they changed: Chromium sends `voiceschanged` again and again
/// while it fills the list, and every change redraws the start button (a learner's tap, or the
/// keyboard focus, on a button that is being replaced would be lost).
fn set_voices(ctx: Ctx, voices: Voices) {
    if ctx.voices.try_get_untracked().as_ref() != Some(&voices) {
        let _ = ctx.voices.try_set(voices);
    }
}

/// The "Dengarkan" bar for a lesson's `segments` (`content::reading::reading_order`).
#[component]
pub fn ListenBar(
    /// UI language.
    lang: Lang,
    /// The lesson's segments, in reading order.
    segments: Vec<Segment>,
) -> impl IntoView {
    let count = segments.len();
    let ctx = Ctx {
        player: StoredValue::new(Player::new(count)),
        segments: StoredValue::new(segments),
        status: RwSignal::new(Status::Idle),
        at: RwSignal::new(0),
        voices: RwSignal::new(if speech::supported() {
            Voices::Checking
        } else {
            Voices::Unsupported
        }),
        voice: RwSignal::new(None),
        rate: RwSignal::new(parse_rate(speech::saved_rate().as_deref())),
        failed: RwSignal::new(false),
    };
    let options_open = RwSignal::new(false);
    let help_open = RwSignal::new(false);
    // Pressed while the voices were still loading: start once they are in.
    let start_when_ready = RwSignal::new(false);
    // Once the voices are known, a press made while they were loading is answered: reading
    // starts (the focus going to pause, as after a press on a ready button), or, with no
    // Indonesian voice, how to add one opens.
    let answer_waiting = move || {
        if start_when_ready.try_get_untracked() != Some(true) {
            return;
        }
        match ctx.voices.try_get_untracked() {
            Some(Voices::Some(_)) => {
                start_when_ready.set(false);
                ctx.act(|p, shown| p.play(shown));
                request_animation_frame(|| crate::platform::focus_element("listen-toggle"));
            }
            Some(Voices::None | Voices::Unsupported) => {
                start_when_ready.set(false);
                help_open.set(true);
                request_animation_frame(|| crate::platform::focus_element("listen-start"));
            }
            Some(Voices::Checking) | None => {}
        }
    };
    let mut watching = None;
    if ctx.voices.get_untracked() == Voices::Checking {
        watching = Some(speech::watch(move || {
            read_voices(ctx);
            answer_waiting();
        }));
        read_voices(ctx);
        gloo::timers::callback::Timeout::new(VOICE_WAIT_MS, move || {
            if ctx.voices.try_get_untracked() == Some(Voices::Checking) {
                set_voices(ctx, Voices::None);
                answer_waiting();
            }
        })
        .forget();
    }
    on_cleanup(move || {
        if let Some(which) = watching {
            speech::unwatch(which);
        }
        speech::cancel();
        speech::mark(None);
    });

    let play = move |_| match ctx.voices.get_untracked() {
        Voices::Some(_) => {
            ctx.act(|p, shown| p.play(shown));
            // The start button gives way to the controls: the focus goes to pause.
            request_animation_frame(|| crate::platform::focus_element("listen-toggle"));
        }
        Voices::Checking => start_when_ready.set(true),
        Voices::None | Voices::Unsupported => help_open.update(|o| *o = !*o),
    };
    let toggle = move |_| {
        if ctx.status.get_untracked() == Status::Playing {
            ctx.act(|p, _| p.pause());
        } else {
            ctx.act(|p, shown| p.play(shown));
        }
    };
    let stop = move |_| {
        ctx.act(|p, _| p.stop());
        request_animation_frame(|| crate::platform::focus_element("listen-start"));
    };
    let previous = move |_| ctx.act(|p, shown| p.previous(shown));
    let next = move |_| ctx.act(|p, shown| p.next(shown));
    // A new voice or speed takes effect at once: the current part is read again with it.
    let again = move || {
        if ctx.status.get_untracked() == Status::Playing {
            ctx.act(|p, shown| {
                let _ = p.pause();
                p.play(shown)
            });
        }
    };

    let announce = move || {
        if ctx.failed.get() {
            return Word::Failed.text(lang);
        }
        match ctx.status.get() {
            Status::Idle => "",
            Status::Playing => Word::Reading.text(lang),
            Status::Paused => Word::Paused.text(lang),
            Status::Finished => Word::Finished.text(lang),
        }
    };
    let where_text = move || wf(lang, Word::Where, &[&(ctx.at.get() + 1), &count]);
    let active = Memo::new(move |_| matches!(ctx.status.get(), Status::Playing | Status::Paused));

    // What the start button says, as a memo: the voices arriving (Checking → Some) do not
    // redraw it, so a focused button keeps the focus.
    let offer = Memo::new(move |_| match ctx.voices.get() {
        Voices::Some(_) | Voices::Checking => Word::Listen,
        Voices::None => Word::NoVoice,
        Voices::Unsupported => Word::NoSpeech,
    });
    let start_view = move || {
        let word = offer.get();
        let (label, unavailable) = (word.text(lang), word != Word::Listen);
        let waiting = move || start_when_ready.get() && ctx.voices.get() == Voices::Checking;
        view! {
            <div class="listen-controls">
                <button type="button" id="listen-start"
                    class=if unavailable { "button button-secondary listen-start" } else { "button listen-start" }
                    aria-expanded=move || unavailable.then(|| help_open.get().to_string())
                    aria-controls=unavailable.then_some("listen-help")
                    on:click=play>{label}</button>
                {(!unavailable).then(|| view! {
                    <button type="button" class="button button-secondary" id="listen-options-toggle"
                        aria-expanded=move || options_open.get().to_string() aria-controls="listen-options"
                        on:click=move |_| options_open.update(|o| *o = !*o)>{Word::Options.text(lang)}</button>
                })}
            </div>
            {move || (unavailable && help_open.get()).then(|| view! {
                <p id="listen-help" class="listen-help">
                    {if ctx.voices.get() == Voices::Unsupported { Word::NoSpeech.text(lang) } else { Word::NoVoiceHelp.text(lang) }}
                </p>
            })}
            {(!unavailable).then(|| view! {
                // Shown while the voices are looked for; otherwise heard, not seen (the bar stays
                // one row on a 360 px screen; the options repeat it).
                <p class="listen-hint" class:visually-hidden=move || !waiting()>{move || if waiting() { Word::Checking.text(lang) } else { Word::Hint.text(lang) }}</p>
            })}
        }
    };

    let playing_view = move || {
        let playing = move || ctx.status.get() == Status::Playing;
        view! {
            <div class="listen-controls">
                <button type="button" class="button button-secondary listen-icon" id="listen-previous"
                    aria-label=Word::Previous.text(lang) title=Word::Previous.text(lang) on:click=previous>
                    <span aria-hidden="true">"«"</span>
                </button>
                <button type="button" class="button listen-toggle" id="listen-toggle" on:click=toggle>
                    {move || if playing() { Word::Pause.text(lang) } else { Word::Resume.text(lang) }}
                </button>
                <button type="button" class="button button-secondary listen-icon" id="listen-next"
                    aria-label=Word::Next.text(lang) title=Word::Next.text(lang) on:click=next>
                    <span aria-hidden="true">"»"</span>
                </button>
                <button type="button" class="button button-secondary" id="listen-stop" on:click=stop>{Word::Stop.text(lang)}</button>
            </div>
            <p class="listen-where">
                <span id="listen-where">{where_text}</span>
                " · "
                <button type="button" class="link-button" id="listen-options-toggle"
                    aria-expanded=move || options_open.get().to_string() aria-controls="listen-options"
                    on:click=move |_| options_open.update(|o| *o = !*o)>{Word::Options.text(lang)}</button>
            </p>
        }
    };

    let options_view = move || {
        let Voices::Some(list) = ctx.voices.get() else {
            return None;
        };
        let chosen = ctx.voice.get_untracked();
        let voice_options = list
            .into_iter()
            .map(|v| {
                let place = if v.local {
                    Word::OnDevice
                } else {
                    Word::Online
                };
                let label = format!("{} ({})", v.name, place.text(lang));
                let selected = chosen.as_deref() == Some(v.uri.as_str());
                view! { <option value=v.uri selected=selected>{label}</option> }
            })
            .collect_view();
        let rate_now = ctx.rate.get_untracked();
        let rate_options = RATES
            .into_iter()
            .map(|r| {
                view! {
                    <option value=r.to_string() selected=(r - rate_now).abs() < 0.001>
                        {rate_label(r, lang == Lang::Id)}
                    </option>
                }
            })
            .collect_view();
        Some(view! {
            <div id="listen-options" class="listen-options">
                <label class="field-label" for="listen-voice">{Word::Voice.text(lang)}</label>
                <select id="listen-voice" class="field" on:change=move |ev| {
                    let uri = event_target_value(&ev);
                    speech::save_voice(&uri);
                    ctx.voice.set(Some(uri));
                    again();
                }>{voice_options}</select>
                <label class="field-label" for="listen-rate">{Word::Speed.text(lang)}</label>
                <select id="listen-rate" class="field" on:change=move |ev| {
                    let rate = parse_rate(Some(&event_target_value(&ev)));
                    speech::save_rate(rate);
                    ctx.rate.set(rate);
                    again();
                }>{rate_options}</select>
                <p class="listen-hint">{Word::Hint.text(lang)} " " {Word::Kept.text(lang)}</p>
            </div>
        })
    };

    view! {
        <section class="listen" aria-label=Word::Region.text(lang)>
            {move || if active.get() { playing_view().into_any() } else { start_view().into_any() }}
            {move || options_open.get().then(options_view)}
            <p class="visually-hidden" role="status" aria-live="polite" id="listen-status">{announce}</p>
        </section>
    }
}
