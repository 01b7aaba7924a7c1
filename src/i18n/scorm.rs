//! The words of a SCORM package's app (the scorm chunk), in Indonesian and English.
//!
//! A table of its own (issue 28, item 6): only that chunk refers to it, so both languages travel
//! in the chunk and not in the main module, which home needs. A word without both languages
//! does not compile; a test checks none is empty and the placeholders match.

super::chunk_words! {
    "of a SCORM package's app (the scorm chunk)";
    ScormBarLabel => "Hubungan dengan LMS", "Connection to the LMS";
    ScormConnecting => "Menghubungkan ke LMS…", "Connecting to the LMS…";
    ScormSaved => "Tersimpan di LMS.", "Saved in the LMS.";
    ScormReview => "Mode tinjauan: hasil Anda sudah tercatat di LMS. Anda dapat membaca ulang dan berlatih; tidak ada yang disimpan.", "Review mode: your result is recorded in the LMS. You can reread and practise; nothing is saved.";
    ScormPractice => "Mode latihan: yang Anda kerjakan di sini tidak mengubah catatan Anda di LMS.", "Practice mode: what you do here does not change your record in the LMS.";
    ScormLearner => "Peserta: {}", "Learner: {}";
    ScormSessionHint => "Bila sesi Moodle Anda berakhir: masuk lagi (di tab lain), lalu tekan Coba simpan lagi, atau buka ulang aktivitas ini di tab ini. Jawaban Anda disimpan sementara di tab ini.", "If your Moodle session has ended: log in again (in another tab), then press Try saving again, or reopen this activity in this tab. Your answers are kept in this tab meanwhile.";
    ScormRestored => "Kemajuan yang belum tersimpan di LMS pada sesi sebelumnya (di tab ini) dipulihkan dan dikirim ke LMS.", "Progress the LMS had not stored in the previous session (in this tab) was brought back and sent to the LMS.";
    ScormLeave => "Simpan dan keluar", "Save and leave";
    ScormRetry => "Coba simpan lagi", "Try saving again";
    ScormRetryNote => "Jawaban Anda tetap ada di halaman ini dan dikirim lagi ke LMS pada jawaban berikutnya (atau tekan “Coba simpan lagi”). Jangan tutup jendela ini sebelum tersimpan.",
        "Your answers are kept on this page and sent to the LMS again with your next answer (or press “Try saving again”). Do not close this window until they are saved.";
    ScormDoneTitle => "Sesi selesai", "Session finished";
    ScormDoneBody => "Kemajuan dan nilai Anda sudah tersimpan di LMS. Anda dapat menutup jendela ini atau kembali ke halaman kursus di LMS.",
        "Your progress and score are saved in the LMS. You can close this window or go back to the course page in the LMS.";
    ScormResumeLost => "Kemajuan sebelumnya tidak dapat dilanjutkan: {}. Anda mulai lagi dari awal; status dan nilai yang sudah tercatat di LMS tetap.",
        "Your earlier progress cannot be resumed: {}. You start again from the beginning; the status and score already recorded in the LMS stay.";
}
