//! The words of the quiz, its result and the pre-test (the quiz chunk), in Indonesian and English.
//!
//! A table of its own (issue 28, item 6): only that chunk refers to it, so both languages travel
//! in the chunk and not in the main module, which home needs. A word without both languages
//! does not compile; a test checks none is empty and the placeholders match.

super::chunk_words! {
    "of the quiz, its result and the pre-test (the quiz chunk)";
    PretestIntro => "Pre-test singkat: {} soal tentang isi modul ini, untuk melihat apa yang sudah Anda ketahui sebelum belajar. Tidak ada nilai lulus dan tidak ada umpan balik selama pre-test; jawaban dan pembahasannya ditunjukkan setelah Anda mengerjakan post-test (kuis akhir). Soal pre-test tidak muncul lagi di post-test.", "A short pre-test: {} questions on this module, to see what you already know before studying. There is no pass mark and no feedback during the pre-test; its answers and explanations are shown after you take the post-test (the final quiz). Pre-test questions do not come back in the post-test.";
    PretestSkip => "Lewati pre-test", "Skip the pre-test";
    PretestDone => "Pre-test selesai: {}%. Jawabannya ditunjukkan setelah post-test.", "Pre-test done: {}%. Its answers are shown after the post-test.";
    PretestClosed => "Pre-test tidak lagi tersedia: Anda sudah memulai post-test modul ini.", "The pre-test is no longer available: you have started this module's post-test.";
    PretestAnswersTitle => "Jawaban pre-test Anda", "Your pre-test answers";
    RtlAfterPass => "Langkah berikutnya: tulis Rencana Tindak Lanjut, satu perubahan yang akan Anda bawa ke pekerjaan.", "Next step: write your follow-up plan, one change you will take back to work.";
    /// The quiz page while lessons the module asks for are unread (the *Lulus* rule).
    ReadingRule => "Modul lulus, dan JP-nya dihitung, bila kuis lulus dan {} dari {} pelajaran sudah dibaca. Sudah dibaca: {}.",
        "The module is passed, and its JP counted, when the quiz is passed and {} of {} lessons are read. Read so far: {}.";
    QuizAttempts => "Percobaan selesai: {}", "Attempts finished: {}";
    QuizAttemptsLeft => "Sisa percobaan: {}", "Attempts left: {}";
    QuizNoAttemptsLeft => "Batas percobaan untuk modul ini sudah habis.", "No attempts are left for this module.";
    QuestionOf => "Soal {} dari {}", "Question {} of {}";
    OrderHint => "Susun langkah dari yang pertama sampai terakhir dengan tombol Naik dan Turun.", "Put the steps in order, first to last, with the Up and Down buttons.";
    MatchHint => "Pilih pasangan yang tepat untuk setiap butir.", "Choose the right match for each item.";
    MoveUp => "Naik", "Up";
    MoveDown => "Turun", "Down";
    MoveUpLabel => "Naik: {}", "Up: {}";
    MoveDownLabel => "Turun: {}", "Down: {}";
    MatchPickLabel => "Pasangan:", "Match:";
    MatchNone => "Belum dipilih", "Not chosen yet";
    MatchUsedFor => "sudah dipasangkan dengan “{}”; memilihnya memindahkannya ke sini", "already matched with “{}”; choosing it moves it here";
    MatchMade => "“{}” dipasangkan dengan “{}”.", "“{}” matched with “{}”.";
    OrderMoved => "“{}” sekarang nomor {} dari {}.", "“{}” is now number {} of {}.";
    MissingOne => "Pilih satu jawaban untuk dapat memeriksanya.", "Choose an answer to check it.";
    MissingSome => "Pilih paling sedikit satu jawaban untuk dapat memeriksanya.", "Choose at least one answer to check it.";
    MissingMatches => "Masih {} butir belum dipasangkan.", "{} items still have no match.";
    VerdictCorrect => "Tepat", "Right";
    VerdictPartial => "Sebagian tepat ({}%)", "Partly right ({}%)";
    VerdictWrong => "Kurang tepat", "Not right";
    /// A key option the learner did not tick (multiple choice), or the key of a wrong single choice.
    RightAnswer => "Jawaban yang tepat", "The right answer";
    /// True/false: "Pilihan Anda: Salah — tepat".
    StatementRight => "Pilihan Anda: {} — tepat", "Your choice: {} — right";
    StatementWrong => "Pilihan Anda: {} — kurang tepat", "Your choice: {} — not right";
    StepRight => "Langkah ke-{} Anda — tepat", "Your step {} — right";
    StepWrong => "Langkah ke-{} Anda — kurang tepat (seharusnya langkah ke-{})", "Your step {} — not right (it belongs at step {})";
    RightPair => "Pasangan yang tepat", "The right pair";
    /// The review on the result page, for a question the attempt has no answer to.
    NoAnswer => "Tidak dijawab", "Not answered";
    Explanation => "Penjelasan", "Explanation";
    ResultTitle => "Hasil kuis: {}", "Quiz result: {}";
    ResultScore => "Nilai Anda {}% (nilai lulus {}%).", "Your score is {}% (pass mark {}%).";
    ResultReview => "Tinjauan jawaban", "Review of your answers";
    ResultNone => "Belum ada percobaan yang selesai.", "No attempt has been finished yet.";
}
