//! The words of the Rencana Tindak Lanjut pages (the RTL chunk), in Indonesian and English.
//!
//! A table of its own (issue 28, item 6): only that chunk refers to it, so both languages travel
//! in the chunk and not in the main module, which home needs. A word without both languages
//! does not compile; a test checks none is empty and the placeholders match.

super::chunk_words! {
    "of the Rencana Tindak Lanjut pages (the RTL chunk)";
    RtlRequired => "(wajib)", "(required)";
    RtlExample => "Contoh: {}", "Example: {}";
    RtlSave => "Simpan RTL", "Save the plan";
    RtlSaved => "RTL tersimpan.", "Your plan is saved.";
    RtlSeeRecord => "Lihat semua RTL di Bukti Belajar", "See all your plans on the learning record";
    RtlFollowAsk => "Sudah {} hari sejak Anda lulus modul “{}”. Rencana Anda: “{}”", "It has been {} days since you passed “{}”. Your plan: “{}”";
    RtlFollowLegend => "Rencana ini…", "This plan is…";
    RtlFollowNote => "Satu kalimat: mengapa? (boleh kosong)", "One line: why? (optional)";
    RtlFollowSave => "Simpan jawaban", "Save the answer";
    RtlFollowSaved => "Jawaban tersimpan bersama RTL Anda. Terima kasih.", "Your answer is saved with your plan. Thank you.";
    RtlFollowPick => "Pilih salah satu jawaban dulu.", "Choose one answer first.";
    RtlFollowLater => "30 hari setelah modul ini lulus, beranda akan menanyakan bagaimana rencana ini berjalan.", "30 days after you pass this module, the home screen will ask how this plan is going.";
}
