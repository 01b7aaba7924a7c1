//! The words of "Dengarkan" (the lesson read aloud), in Indonesian and English.
//!
//! A table of its own, beside [`super::Key`]'s: only the player (in the lesson's wasm chunk)
//! refers to it, so both languages' words travel in that chunk and the main module does not
//! grow (issue 29, item 3). The same rule as the main table: a word without both languages
//! does not compile, and a test checks none is empty and placeholders match.

use super::Lang;

impl Word {
    /// The Indonesian word: what the lesson's own (Indonesian) voice says.
    #[must_use]
    pub fn id(self) -> &'static str {
        self.text(Lang::Id)
    }
}

super::chunk_words! {
    "of the player";
    /// The player's region.
    Region => "Dengarkan pelajaran ini", "Listen to this lesson";
    /// The start button.
    Listen => "Dengarkan", "Listen";
    /// Under the start button.
    Hint => "Dibacakan suara perangkat Anda, tanpa internet.", "Read by your device's own voice, no internet needed.";
    Pause => "Jeda", "Pause";
    Resume => "Lanjutkan", "Resume";
    Stop => "Berhenti", "Stop";
    Previous => "Bagian sebelumnya", "Previous part";
    Next => "Bagian berikutnya", "Next part";
    /// "Bagian 3 dari 12".
    Where => "Bagian {} dari {}", "Part {} of {}";
    /// The button that opens the voice and speed choice.
    Options => "Suara dan kecepatan", "Voice and speed";
    Voice => "Suara", "Voice";
    Speed => "Kecepatan", "Speed";
    /// After a voice's name.
    OnDevice => "di perangkat", "on the device";
    Online => "perlu internet", "needs internet";
    Kept => "Pilihan ini disimpan di perangkat ini untuk semua pelajaran.", "These choices are kept on this device for every lesson.";
    Checking => "Mencari suara bahasa Indonesia di perangkat ini…", "Looking for an Indonesian voice on this device…";
    /// The start button when the device has no Indonesian voice.
    NoVoice => "Dengarkan: belum ada suara bahasa Indonesia", "Listen: no Indonesian voice yet";
    NoVoiceHelp => "Perangkat ini belum punya suara bahasa Indonesia, dan pelajaran tidak dibacakan dengan suara bahasa lain. Di Android: buka Setelan → cari \"Text-to-speech\" (Output text-to-speech) → pilih mesin Google → Instal data suara → Indonesia. Sesudah itu muat ulang halaman ini.",
        "This device has no Indonesian voice yet, and the lesson is not read with a voice of another language. On Android: open Settings → search for \"Text-to-speech\" (Text-to-speech output) → choose Google's engine → Install voice data → Indonesian. Then reload this page.";
    NoSpeech => "Browser ini tidak dapat membacakan teks. Coba Chrome versi terbaru.", "This browser cannot read text aloud. Try a recent Chrome.";
    /// Announced (politely) when reading starts.
    Reading => "Membacakan pelajaran.", "Reading the lesson aloud.";
    Paused => "Dijeda.", "Paused.";
    Stopped => "Berhenti membacakan.", "Stopped reading.";
    Finished => "Selesai dibacakan.", "Finished reading.";
    Failed => "Suara perangkat tidak dapat membacakan bagian ini.", "The device's voice could not read this part.";
    /// Spoken before an image's text alternative.
    Image => "Gambar", "Image";
    /// Spoken before a case's options.
    Choices => "Pilihan jawaban:", "Answer options:";
}

/// `word` in `lang` with its `{}` filled in order.
#[must_use]
pub fn wf(lang: Lang, word: Word, args: &[&dyn std::fmt::Display]) -> String {
    super::fill(word.text(lang), args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(wf(Lang::Id, Word::Where, &[&3, &12]), "Bagian 3 dari 12");
        assert_eq!(wf(Lang::En, Word::Where, &[&3, &12]), "Part 3 of 12");
    }
}
