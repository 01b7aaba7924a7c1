//! The words Settings says about a launched learner's own progress (issue 27, item 3), in
//! Indonesian and English.
//!
//! A table of its own, as the review page's: only Settings (a chunk) refers to it, so both
//! languages travel in that chunk and the main module does not grow. The line on every page
//! ("Belajar sebagai …") is the main table's (`Key::LearningAs`). A word without both
//! languages does not compile; a test checks none is empty and the placeholders match.

super::chunk_words! {
    "of Settings about a launched learner's own progress";
    /// Under the storage status, in a launch that named its learner.
    OwnStore => "Kemajuan di halaman ini milik peserta yang dibuka dari LMS dan disimpan terpisah di peramban ini. Kemajuan orang lain yang belajar di peramban ini tidak ditampilkan, tidak diubah, dan tidak dilaporkan atas nama Anda; ekspor, impor, dan hapus kemajuan di sini hanya berlaku untuk kemajuan ini. Di komputer bersama, tutup tab ini setelah selesai: siapa pun yang memakai peramban ini dapat membuka kembali kemajuan ini.",
        "The progress on this page belongs to the learner opened from the LMS and is kept apart in this browser. The progress of others who learn in this browser is not shown, not changed, and not reported as yours; exporting, importing and deleting progress here act on this progress only. On a shared computer, close this tab when you are done: anyone who uses this browser can open this progress again.";
}
