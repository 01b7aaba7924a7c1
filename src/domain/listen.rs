//! "Dengarkan": which voice reads a lesson, at what speed, and the player's state — plain
//! rules; the browser's `speechSynthesis` is reached only through `platform::speech`.
//!
//! Invariants: a lesson (Indonesian) is only ever read with an Indonesian voice — none on the
//! device means none is used, never an English one; the speed stays within
//! [`RATES`]; every utterance carries a token and an event from an utterance the player has
//! since left (cancelled by pause, previous/next, stop) changes nothing.

/// `localStorage` key of the chosen voice (its `voiceURI`).
pub const VOICE_KEY: &str = "bimtek-listen-voice";
/// `localStorage` key of the chosen speed.
pub const RATE_KEY: &str = "bimtek-listen-rate";

/// The speeds a learner can choose.
pub const RATES: [f32; 4] = [0.75, 1.0, 1.25, 1.5];
/// The speed until one is chosen.
pub const DEFAULT_RATE: f32 = 1.0;

/// A voice the device offers, as `SpeechSynthesisVoice` describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voice {
    /// `voiceURI`: what is kept in settings.
    pub uri: String,
    /// Its name, as shown.
    pub name: String,
    /// Its BCP 47 language (`id-ID`, `id`, older Android's `in_ID`).
    pub lang: String,
    /// Works without the network.
    pub local: bool,
    /// The device's default voice.
    pub default: bool,
}

/// Whether a voice's language is Indonesian: `id`, `id-ID`, and the old code `in` (`in_ID`)
/// that older Android versions report.
#[must_use]
pub fn is_indonesian(lang: &str) -> bool {
    let lang = lang.trim().to_ascii_lowercase().replace('_', "-");
    let primary = lang.split('-').next().unwrap_or("");
    primary == "id" || primary == "in"
}

/// The Indonesian voices among `all`, in the order offered: local ones first, then the
/// device's default, then `id-ID` before other regions, then by name.
#[must_use]
pub fn indonesian(all: &[Voice]) -> Vec<Voice> {
    let mut out: Vec<Voice> = all
        .iter()
        .filter(|v| is_indonesian(&v.lang))
        .cloned()
        .collect();
    out.sort_by(|a, b| {
        b.local
            .cmp(&a.local)
            .then(b.default.cmp(&a.default))
            .then(region_rank(&a.lang).cmp(&region_rank(&b.lang)))
            .then(a.name.cmp(&b.name))
    });
    out
}

fn region_rank(lang: &str) -> u8 {
    match lang.to_ascii_lowercase().replace('_', "-").as_str() {
        "id-id" => 0,
        "id" => 1,
        _ => 2,
    }
}

/// The voice to read with, from the Indonesian voices ([`indonesian`]'s order): the saved one
/// while the device still has it, else the first. `None`: the device has no Indonesian voice.
#[must_use]
pub fn pick<'a>(voices: &'a [Voice], saved: Option<&str>) -> Option<&'a Voice> {
    saved
        .and_then(|uri| voices.iter().find(|v| v.uri == uri))
        .or_else(|| voices.first())
}

/// A saved speed, or the default for anything else (missing, not a number, not offered).
#[must_use]
pub fn parse_rate(saved: Option<&str>) -> f32 {
    saved
        .and_then(|s| s.trim().parse::<f32>().ok())
        .and_then(|r| RATES.into_iter().find(|x| (x - r).abs() < 0.001))
        .unwrap_or(DEFAULT_RATE)
}

/// A speed as shown: "0,75×" in Indonesian, "0.75×" in English.
#[must_use]
pub fn rate_label(rate: f32, comma: bool) -> String {
    let text = format!("{rate}");
    let text = if comma { text.replace('.', ",") } else { text };
    format!("{text}×")
}

/// Where the player is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Not started, or stopped.
    Idle,
    /// Reading a segment.
    Playing,
    /// Paused on a segment (resuming reads it again from its start).
    Paused,
    /// Read to the end.
    Finished,
}

/// What the browser should do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Cancel whatever is being spoken, then speak segment `at`; its events carry `token`.
    Speak {
        /// Which segment.
        at: usize,
        /// Its utterance's token.
        token: u32,
    },
    /// Cancel whatever is being spoken, and speak nothing.
    Silence,
    /// Nothing to do (an event from an utterance already left).
    Nothing,
}

/// The player over a lesson's segments. `shown(i)` says whether segment `i` can be read now
/// (a hidden *Pembahasan*'s segments cannot); those that cannot are passed over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Player {
    len: usize,
    at: usize,
    status: Status,
    token: u32,
}

impl Player {
    /// A player over `len` segments, idle at the first.
    #[must_use]
    pub const fn new(len: usize) -> Self {
        Self {
            len,
            at: 0,
            status: Status::Idle,
            token: 0,
        }
    }

    /// Its status.
    #[must_use]
    pub const fn status(&self) -> Status {
        self.status
    }

    /// The segment it is on.
    #[must_use]
    pub const fn at(&self) -> usize {
        self.at
    }

    /// The first readable segment from `from` on, forwards.
    fn forward(&self, from: usize, shown: impl Fn(usize) -> bool) -> Option<usize> {
        (from..self.len).find(|&i| shown(i))
    }

    fn speak(&mut self, at: usize) -> Step {
        self.at = at;
        self.status = Status::Playing;
        self.token = self.token.wrapping_add(1);
        Step::Speak {
            at,
            token: self.token,
        }
    }

    fn silence(&mut self, status: Status) -> Step {
        self.status = status;
        self.token = self.token.wrapping_add(1);
        Step::Silence
    }

    /// Starts reading: from the top when idle or finished, else where it is.
    pub fn play(&mut self, shown: impl Fn(usize) -> bool) -> Step {
        let from = match self.status {
            Status::Idle | Status::Finished => 0,
            Status::Playing | Status::Paused => self.at,
        };
        match self.forward(from, &shown) {
            Some(at) => self.speak(at),
            None => self.silence(Status::Finished),
        }
    }

    /// Pauses on the current segment.
    pub fn pause(&mut self) -> Step {
        if self.status == Status::Playing {
            self.silence(Status::Paused)
        } else {
            Step::Nothing
        }
    }

    /// Stops: back to idle, at the top.
    pub fn stop(&mut self) -> Step {
        self.at = 0;
        self.silence(Status::Idle)
    }

    /// Moves to the next readable segment; reads it if playing. At the last, stays.
    pub fn next(&mut self, shown: impl Fn(usize) -> bool) -> Step {
        let Some(at) = self.forward(self.at + 1, &shown) else {
            return Step::Nothing;
        };
        self.go(at)
    }

    /// Moves to the previous readable segment; reads it if playing. At the first, reads it
    /// again from its start.
    pub fn previous(&mut self, shown: impl Fn(usize) -> bool) -> Step {
        let at = (0..self.at).rev().find(|&i| shown(i)).unwrap_or(self.at);
        self.go(at)
    }

    fn go(&mut self, at: usize) -> Step {
        match self.status {
            Status::Playing => self.speak(at),
            Status::Paused => {
                self.at = at;
                Step::Nothing
            }
            Status::Idle | Status::Finished => {
                self.at = at;
                self.status = Status::Paused;
                Step::Nothing
            }
        }
    }

    /// The utterance with `token` has ended: on to the next readable segment, or finished.
    pub fn ended(&mut self, token: u32, shown: impl Fn(usize) -> bool) -> Step {
        if token != self.token || self.status != Status::Playing {
            return Step::Nothing;
        }
        match self.forward(self.at + 1, &shown) {
            Some(at) => self.speak(at),
            None => self.silence(Status::Finished),
        }
    }

    /// The utterance with `token` failed (not by our own cancel): paused on it.
    pub fn failed(&mut self, token: u32) -> Step {
        if token != self.token || self.status != Status::Playing {
            return Step::Nothing;
        }
        self.silence(Status::Paused)
    }
}

#[cfg(test)]
mod tests;
