//! The words of the review page ("Ulang soal yang salah", `#/ulang`, issue 29 item 2), in
//! Indonesian and English.
//!
//! A table of its own, as search's and "Dengarkan"'s: only the review page (in the quiz chunk)
//! refers to it, so both languages travel in that chunk and the main module does not grow. The
//! home screen's card says its few words from the main table (`Key::ReviewDue…`). A word
//! without both languages does not compile; a test checks none is empty and the placeholders
//! match.

use super::Lang;

super::chunk_words! {
    "of the review page";
    /// The page's title.
    Title => "Ulang soal yang salah", "Review the questions you missed";
    /// Under the title: what a review never changes (short: the question must fit on a phone's
    /// first screen).
    Lead => "Mengulang tidak mengubah nilai, status modul, atau percobaan kuis Anda.",
        "Reviewing does not change your score, your module's status or your quiz attempts.";
    /// The boxes, said once the session is over or when nothing is due.
    Rule => "Soal yang belum tepat di kuis akhir muncul di sini keesokan harinya. Dijawab tepat, soal naik satu kotak dan muncul lagi 3, 7, lalu 21 hari kemudian, lalu keluar dari daftar; belum tepat, soal muncul lagi besok.",
        "Questions you did not get right in a post-test come here the next day. Answered right, a question moves up a box and comes back 3, 7, then 21 days later, then leaves the list; not right, it comes back tomorrow.";
    /// While the modules' questions load.
    Preparing => "Menyiapkan soal…", "Preparing the questions…";
    /// Above a question: "<module> · kotak 2 dari 4".
    Where => "{} · kotak {} dari {}", "{} · box {} of {}";
    /// After a right answer: the box it moved to and in how many days it comes back (3 or more:
    /// box 2's wait is 3 days).
    MovedUp => "Naik ke kotak {}: soal ini muncul lagi {} hari lagi.", "Up to box {}: this question comes back in {} days.";
    /// After a right answer in the last box.
    Mastered => "Tepat di kotak terakhir: soal ini keluar dari daftar ulang.", "Right in the last box: this question leaves the review list.";
    /// After a wrong or partly right answer.
    BackToOne => "Kembali ke kotak 1: soal ini muncul lagi besok.", "Back to box 1: this question comes back tomorrow.";
    /// The last question's button.
    Finish => "Selesai", "Finish";
    /// The end of a session.
    DoneTitle => "Selesai untuk hari ini", "Done for today";
    /// "3 dari 5 soal tepat."
    DoneScore => "{} dari {} soal tepat.", "{} of {} questions right.";
    /// More due than one session held.
    DoneMore => "Masih ada {} soal yang perlu diulang hari ini.", "There are {} more questions to review today.";
    /// Starts the next session.
    More => "Lanjutkan mengulang", "Keep reviewing";
    /// Nothing due today, but the queue holds some.
    NoneDue => "Tidak ada soal yang perlu diulang hari ini.", "Nothing to review today.";
    /// In how many days the next one is due (2 or more).
    NextDue => "Soal berikutnya muncul {} hari lagi.", "The next question comes back in {} days.";
    /// The next one is due tomorrow.
    NextDueTomorrow => "Soal berikutnya muncul besok.", "The next question comes back tomorrow.";
    /// The queue is empty.
    Empty => "Belum ada soal untuk diulang.", "No questions to review yet.";
    /// Due questions of modules whose file could not be loaded (offline before a first visit).
    Skipped => "{} soal dari modul yang belum dapat dimuat menunggu lain kali.", "{} questions of a module that could not be loaded wait for next time.";
}

/// `word` in `lang` with its `{}` filled in order.
#[must_use]
pub fn rf(lang: Lang, word: Word, args: &[&dyn std::fmt::Display]) -> String {
    super::fill(word.text(lang), args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            rf(Lang::Id, Word::Where, &[&"Agen Perubahan", &2, &4]),
            "Agen Perubahan · kotak 2 dari 4"
        );
    }
}
